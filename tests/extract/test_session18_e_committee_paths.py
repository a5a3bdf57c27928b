"""A standards body's committees written as their paths are units of that body in every layout (issue 12,
point 9, session 18): "ISO/TC 307", "ISO/TC 22/SC 33/WG 9", "CEN/TC 442" (the body, a slash, the
committee, then each subcommittee or working group under it), and a committee's working group written
after it with a space or a slash ("IEC TC 57 WG 21", "IEC TC 65/WG 10"). The path was read as nothing, or
cut to its first committee ("TC 57"), so the group the document names as doing the work was lost. The
bodies HMC and OBC and the numbers are invented; the expected units were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

PATHS = {"hmc/tc 18", "hmc/tc 18/wg 4", "hmc/tc 18/sc 2/wg 9"}

PATH_LAYOUTS = {
    "prose": (
        "OBC works with HMC/TC 18 and its groups HMC/TC 18/WG 4 and HMC/TC 18/SC 2/WG 9 on the buoy "
        "housing profile.\n"
    ),
    "statement fields": (
        "Source: HMC/TC 18/WG 4\n\nCopy: HMC/TC 18/SC 2/WG 9; HMC/TC 18\n\n"
        "The buoy housing profile is open for comment.\n"
    ),
    "table": (
        "| Group | Role |\n|---|---|\n| HMC/TC 18 | owner |\n| HMC/TC 18/WG 4 | drafting |\n"
        "| HMC/TC 18/SC 2/WG 9 | review |\n"
    ),
    "bullets": "- HMC/TC 18 (owner)\n- HMC/TC 18/WG 4: drafting\n- HMC/TC 18/SC 2/WG 9: review\n",
}

SUBGROUP_LAYOUTS = {
    "space": "HMC TC 18 WG 4 and HMC TC 18 WG 11 review the buoy housing profile with OBC.\n",
    "slash": "HMC TC 18/WG 4 and HMC TC 18/WG 11 review the buoy housing profile with OBC.\n",
    "table": "| Group | Role |\n|---|---|\n| HMC TC 18 WG 4 | drafting |\n| HMC TC 18 WG 11 | review |\n",
}


def units_of(record: AllianceRecord) -> dict[str, str | None]:
    """Each unit's label, without its organization's acronym in front, with that acronym."""
    organizations = {e.iri: e for e in record.new_entities}
    found: dict[str, str | None] = {}
    for unit, _ in record.units:
        owner = organizations.get(unit.unit_of) if unit.unit_of else None
        acronym = folded(owner.acronym or owner.label) if owner is not None else None
        label = folded(unit.label)
        if acronym and label.startswith(acronym + " "):
            label = label[len(acronym) + 1 :]
        found[label] = acronym
    return found


@pytest.mark.parametrize("layout", sorted(PATH_LAYOUTS))
def test_a_committees_path_is_a_unit_of_its_body(tmp_path: Path, layout: str) -> None:
    found = units_of(extracted(tmp_path, HEAD + PATH_LAYOUTS[layout], "register.md"))
    assert {name: found.get(name) for name in PATHS} == dict.fromkeys(PATHS, "hmc"), (layout, found)


@pytest.mark.parametrize("layout", sorted(SUBGROUP_LAYOUTS))
def test_a_committees_working_group_is_named_with_its_committee(tmp_path: Path, layout: str) -> None:
    found = units_of(extracted(tmp_path, HEAD + SUBGROUP_LAYOUTS[layout], "register.md"))
    separator = "/" if layout == "slash" else " "
    expected = {f"tc 18{separator}wg 4", f"tc 18{separator}wg 11"}
    assert {name: found.get(name) for name in expected} == dict.fromkeys(expected, "hmc"), (layout, found)
    assert "tc 18" not in found, (layout, found)


ALONE_LAYOUTS = {
    "field line": "HMC TC 18 leads the work.\n\nHMC groups involved ........ TC 18 WG 4, TC 18 WG 11\n",
    "owners column": (
        "HMC TC 18 leads the work.\n\n| Item | Owner |\n|---|---|\n| Glossary | TC 18 WG 4 |\n"
        "| Test suite | TC 18 WG 11 |\n"
    ),
    "prose": "HMC TC 18 leads the work.\n\nTC 18 WG 4 drafts the glossary and TC 18 WG 11 the test suite.\n",
}


@pytest.mark.parametrize("layout", sorted(ALONE_LAYOUTS))
def test_a_committees_group_written_alone_is_its_bodys(tmp_path: Path, layout: str) -> None:
    """ "TC 18 WG 4" after "HMC TC 18" was found: the committee's group, of the committee's body."""
    found = units_of(extracted(tmp_path, HEAD + ALONE_LAYOUTS[layout], "register.md"))
    expected = {"tc 18", "tc 18 wg 4", "tc 18 wg 11"}
    assert {name: found.get(name) for name in expected} == dict.fromkeys(expected, "hmc"), (layout, found)
