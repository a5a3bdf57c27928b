"""Numbered groups listed after a plural head that follows a numbered committee, or a body that is one, are
each a unit (issue 12 point 9, session 31, engineer K; class a of /work/s30/reports/K.md).

"ISO/IEC JTC 1 SCs 27 and 42" made two units that no fact named (their labels carried the committee's name,
and the units were looked for by their bare name), and "IEC TC 57 WGs 10 and 13" made none: the body right
before the head was a committee, not an organization. Each group is now the body's, named after its
committee as one group alone is ("ISO/IEC JTC 1/SC 27", "TC 57/WG 10"). Bodies real or invented, wording
invented; prose, a list item and an HTML paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import led
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) thanks the groups named here for their comments on tide data."


def written(layout: str, sentence: str) -> tuple[str, str]:
    return led(layout, "Liaison statement from HMC", LEAD, sentence)


def units(tmp_path: Path, layout: str, sentence: str) -> dict[str, str]:
    """Each name of each unit the record states, with its body's short name."""
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    bodies = {e.iri: e for e in record.new_entities}
    bodies.update({p.iri: p for p, _ in record.parties})
    found: dict[str, str] = {}
    for unit, _ in record.units:
        owner = bodies.get(unit.unit_of)
        for label in (unit.label, *unit.names):
            found[label] = owner.short_name if owner is not None else str(unit.unit_of)
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "expected", "owner"),
    [
        ("It was sent to ISO/IEC JTC 1 SCs 27 and 42.", ["ISO/IEC JTC 1/SC 27", "JTC 1/SC 42"], "JTC 1"),
        ("Copies went to ISO/IEC JTC 1 Subcommittees 7 and 38.", ["JTC 1/SC 7", "SC 38"], "JTC 1"),
        ("It was sent to IEC TC 57 WGs 10 and 13.", ["TC 57/WG 10", "IEC TC 57/WG 13"], "IEC"),
        ("ISO/TC 211 Working Groups 4 and 6 will answer it.", ["ISO/TC 211/WG 4", "TC 211/WG 6"], "ISO"),
        (
            "It went to ISO/IEC JTC 1/SC 27 WGs 4 and 5.",
            ["ISO/IEC JTC 1/SC 27/WG 4", "JTC 1/SC 27/WG 5"],
            "JTC 1",
        ),
    ],
)
def test_groups_listed_after_a_committee_are_units_of_its_body(
    tmp_path: Path, layout: str, sentence: str, expected: list[str], owner: str
) -> None:
    found = units(tmp_path, layout, sentence)
    assert {found.get(name) for name in expected} == {owner}, found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_named_alone_and_in_a_list_is_one_unit(tmp_path: Path, layout: str) -> None:
    sentence = "It went to ISO/IEC JTC 1/SC 27, and later to ISO/IEC JTC 1 SCs 27 and 42."
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    sc27 = [u for u, _ in record.units if "JTC 1/SC 27" in u.names]
    assert len(sc27) == 1, [u.label for u, _ in record.units]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_after_a_body_still_gives_its_units(tmp_path: Path, layout: str) -> None:
    found = units(tmp_path, layout, "It was sent to ITU-T Study Groups 13 and 20 and to IEC TCs 57 and 65.")
    assert (found.get("Study Group 20"), found.get("TC 65")) == ("ITU-T", "IEC"), found
