"""A unit written after the first word of its body's name is that body's (session 21, dev's units): a body
whose name has no acronym is written by its first word in front of its groups ("the Sundvik Industrial
Technical Working Group" of the Sundvik Alliance, "the Korven Specification Work Group" of the Korven
Project). Discovery found such a unit's name but no owner (the parties are decided after the units, and
the first word alone is none of the body's names), and a unit without its organization is dropped. The
bodies, units and layouts are invented; the expected facts were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

LAYOUTS = {
    "resolution": (
        "SUNDVIK ALLIANCE\nBoard of Directors\n\nCertified copy of resolution 2027-03\n"
        "Approval of Addendum No. 1 to the Sundvik Alliance / Korven Project Joint Work Register\n\n"
        "WHEREAS, Sundvik Alliance and the Korven Project keep a Joint Work Register;\n\n"
        "WHEREAS, the Sundvik Industrial Technical Working Group and\n"
        "the Korven Specification Work Group have proposed the changes set out in Addendum No. 1;\n\n"
        "RESOLVED, that the joint test plan moves to Q3 2027.\n"
    ),
    "html card": (
        "<html><body><h1>Sundvik Alliance: industry collaborations</h1>\n<div class='card'><h2>Korven "
        "Project</h2>\n<p>The Sundvik Industrial Technical Working Group and the Korven Specification Work "
        "Group align conformance tests for field devices.</p></div>\n"
        "<p>Joint test plan - Q3 2027</p></body></html>\n"
    ),
    "markdown prose": (
        "# Sundvik Alliance and Korven Project: Joint Work Register\n\n"
        "Sundvik Alliance and the Korven Project agree to work together on sensor buses.\n\n"
        "## Who works on it\n\n"
        "The Sundvik Industrial Technical Working Group drafts the test plan. The Korven Specification Work "
        "Group prepares the revision texts.\n\n## Work items\n\n1. Joint test plan - Q3 2027\n"
    ),
}
SUFFIX = {"resolution": "resolution.txt", "html card": "page.html", "markdown prose": "register.md"}
EXPECTED = {
    ("industrial technical working group", "sundvik alliance"),
    ("specification work group", "korven project"),
}


def unit_owners(record: AllianceRecord) -> set[tuple[str, str]]:
    """Each unit's names with its organization's label, the owner's name before a unit's name taken off."""
    bodies = {e.iri: e for e in record.new_entities}
    found = set()
    for unit, _ in record.units:
        owner = bodies.get(unit.unit_of) if unit.unit_of else None
        owner_label = folded(owner.label) if owner else ""
        for name in (unit.label, *unit.names):
            found.add((folded(name), owner_label))
    return found


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_unit_after_its_body_s_first_word_is_the_body_s(tmp_path: Path, layout: str) -> None:
    found = unit_owners(extracted(tmp_path, LAYOUTS[layout], SUFFIX[layout]))
    assert found >= EXPECTED, (layout, found)


def test_a_unit_named_after_a_product_keeps_the_product_s_name(tmp_path: Path) -> None:
    """ "Sundvik SBX Robotics Working Group": the unit is named after the product "Sundvik SBX", whose first
    word is the body's; the product's name stays in the unit's."""
    text = (
        "# Sundvik Alliance and Korven Project: Joint Work Register\n\n"
        "Sundvik Alliance and the Korven Project agree to work together on sensor buses.\n\n"
        "The Sundvik SBX Robotics Working Group drafts the test plan.\n\n## Work items\n\n"
        "1. Joint test plan - Q3 2027\n"
    )
    names = {name for name, _ in unit_owners(extracted(tmp_path, text, "register.md"))}
    assert "sbx robotics working group" not in names, names
