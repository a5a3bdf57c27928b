"""Layout invariance of UNITS (issue 12, point 9, session 22, tuner A), in layouts the fresh dev documents of
session 22 showed:

- a table of the groups doing the work written as a list of rows, one cell a list item, as
  reStructuredText's list-table and outline exports write it ("* - Open Buoy Consortium" then "  - Telemetry
  Task Force"): the item that names a body alone is that row's organization, and the unit in the next item
  is that body's;
- a tiger team, as consortia name a short-lived group of their members ("the OBC Commissioning Tiger
  Team found ..."): a unit of the body it is written after.

Every body is invented; each layout is written in three variants, with the expected (unit, organization)
pairs written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

INTRO = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have had a liaison since 2019 on "
    "tide records from buoys."
)
GROUPS = [
    ("Harbour Metrology Council", "Tide Gauge Working Group"),
    ("Open Buoy Consortium", "Telemetry Task Force"),
]
ROLES = ["keeps the tide record format", "runs the buoy telemetry tests"]
WORK = "Planned work\n\n- Joint tide record test plan - Q3 2026\n- Buoy clock drift guide - 2026-11-30\n"


def rst_list_table() -> str:
    rows = "".join(
        f"   * - {body}\n     - {unit}\n     - {role}\n"
        for (body, unit), role in zip(GROUPS, ROLES, strict=True)
    )
    return (
        "Liaison with the Open Buoy Consortium\n#####################################\n\n"
        f"{INTRO}\n\nGroups involved\n***************\n\n.. list-table::\n   :header-rows: 1\n\n"
        "   * - Organization\n     - Group\n     - Role\n" + rows + "\n" + WORK
    )


def markdown_rows() -> str:
    rows = "".join(
        f"- {body}\n- {unit}\n- {role}\n\n" for (body, unit), role in zip(GROUPS, ROLES, strict=True)
    )
    return f"# HMC and OBC liaison\n\n{INTRO}\n\n## Groups involved\n\n{rows}## {WORK}"


def text_outline() -> str:
    rows = "".join(
        f"* {body}\n* {unit}\n* {role}\n" for (body, unit), role in zip(GROUPS, ROLES, strict=True)
    )
    header = "Groups involved\n\n* Organization\n* Group\n* Role\n"
    return f"HMC and OBC liaison\n\n{INTRO}\n\n{header}{rows}\n{WORK}"


def unit_pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    record = extracted(tmp_path, text, name)
    owners = {str(entity.iri): entity for entity, *_ in record.parties}
    pairs = set()
    for unit, *_ in record.units:
        owner = owners.get(str(unit.unit_of))
        pairs.add((folded(unit.label), folded(owner.label) if owner else ""))
    return pairs


@pytest.mark.parametrize(
    ("writer", "name"),
    [(rst_list_table, "liaison.txt"), (markdown_rows, "liaison.md"), (text_outline, "liaison.txt")],
)
def test_a_unit_in_the_item_after_its_body_is_that_bodys(tmp_path: Path, writer, name: str) -> None:
    pairs = unit_pairs(tmp_path, writer(), name)
    assert {(folded(unit), folded(body)) for body, unit in GROUPS} <= pairs


TIGER = [
    "The OBC Commissioning Tiger Team found three buoys that send frames outside the agreed interval.",
    "Findings of the Open Buoy Consortium Commissioning Tiger Team were shared with HMC.",
    "- OBC Commissioning Tiger Team: review the frame interval table",
]


@pytest.mark.parametrize("line", TIGER)
def test_a_tiger_team_is_a_unit(tmp_path: Path, line: str) -> None:
    text = f"HMC / OBC liaison call notes\n\n{INTRO}\n\n{line}\n\nNext call: 2 April 2026\n"
    pairs = unit_pairs(tmp_path, text, "notes.txt")
    assert ("commissioning tiger team", "open buoy consortium") in pairs


# A committee written head first after its body's name, its designation after the head ("ETSI Technical
# Committee Cyber Security (TC CYBER)", "Ecma Technical Committee TC39", "ETSI's Technical Committee ERM"),
# and an industry specification group named after its subject ("the ETSI Industry Specification Group on
# Multi-access Edge Computing (MEC ISG)"): the unit is the head with its designation, not a bare "Technical
# Committee" of the body.
HEAD_FIRST = [
    (
        "The first activities will be led by HMC Technical Committee Tide Records (TC TIDE) and the OBC "
        "Telemetry Task Force.",
        {"technical committee tide records", "tc tide"},
    ),
    (
        "Since 2019 HMC Technical Committee TC18 and the OBC Telemetry Task Force have exchanged drafts.",
        {"tc18"},
    ),
    (
        "The liaison lets HMC's Technical Committee ERM take the OBC telemetry requirements into account.",
        None,
    ),
    (
        "The HMC Industry Specification Group on Buoy Telemetry Archives (BTA ISG) leads the work with OBC.",
        {"industry specification group on buoy telemetry archives", "bta isg"},
    ),
]


def unit_labels(tmp_path: Path, text: str) -> dict[str, set[str]]:
    record = extracted(tmp_path, text, "page.txt")
    owners = {str(entity.iri): entity for entity, *_ in record.parties}
    found: dict[str, set[str]] = {}
    for unit, *_ in record.units:
        owner = owners.get(str(unit.unit_of))
        labels = {folded(name) for name in (unit.label, unit.acronym, *unit.names) if name}
        found.setdefault(folded(owner.label) if owner else "", set()).update(labels)
    return found


@pytest.mark.parametrize(("line", "names"), HEAD_FIRST)
def test_a_committee_written_head_first_keeps_its_designation(
    tmp_path: Path, line: str, names: set[str] | None
) -> None:
    text = f"HMC and OBC liaison\n\n{INTRO}\n\n{line}\n"
    labels = unit_labels(tmp_path, text).get("harbour metrology council", set())
    assert (names or {"technical committee erm"}) <= labels
    assert "technical committee" not in labels


# A unit named first by its acronym ("Subject: LS to the OBC BT TA TWG") and then in full with that acronym
# in brackets ("To: OBC Buoy Telemetry Technical Affiliate Technical Work Group (BT TA TWG)"): one unit under
# both names, not two. The bracketed acronym, already a name of the unit, does not hide the full name.
FULL = "OBC Buoy Telemetry Technical Affiliate Technical Work Group (BT TA TWG)"
NAMED_TWICE = {
    "fields": (
        f"Subject: Liaison statement to the OBC BT TA TWG\n\nFrom: HMC Tide Gauge Working Group\nTo: {FULL}\n"
    ),
    "table": (
        "# Liaison to the OBC BT TA TWG\n\n| Field | Value |\n|---|---|\n"
        f"| From | HMC Tide Gauge Working Group |\n| To | {FULL} |\n"
    ),
    "html": (
        "<p><b>Subject:</b> Liaison statement to the OBC BT TA TWG</p><table><tr><td><b>From</b></td>"
        f"<td>HMC Tide Gauge Working Group</td></tr><tr><td><b>To</b></td><td>{FULL}</td></tr></table>"
    ),
}


@pytest.mark.parametrize("layout", sorted(NAMED_TWICE))
def test_a_unit_named_by_its_acronym_first_is_one_unit_with_its_full_name(
    tmp_path: Path, layout: str
) -> None:
    lines = NAMED_TWICE[layout]
    text = f"{lines}\n\n{INTRO}\n\nWe ask the BT TA TWG to comment by 15 July 2026.\n"
    if layout == "html":
        text = f"<html><body>{lines}<p>{INTRO}</p><p>We ask the BT TA TWG to comment.</p></body></html>"
    record = extracted(tmp_path, text, {"fields": "ls.txt", "table": "ls.md", "html": "ls.html"}[layout])
    names = [
        {folded(n) for n in (unit.label, unit.acronym, *unit.names) if n}
        for unit, *_ in record.units
        if "bt ta twg" in {folded(n) for n in (unit.label, unit.acronym, *unit.names) if n}
        or "buoy telemetry technical affiliate technical work group" in {folded(n) for n in unit.names}
    ]
    assert len(names) == 1
    assert {"buoy telemetry technical affiliate technical work group", "bt ta twg"} <= names[0]


# A group whose head a body may have too ("... Group", "... Project") written after its body's possessive
# ("TCCA's Critical Communications Broadband Group (CCBG)"): the possessive names its body as the name
# before it does ("OCP Networking Project").
POSSESSIVE = [
    "The work will be done by OBC's Buoy Broadband Group (BBG) and the HMC Tide Gauge Working Group.",
    "- OBC\u2019s Buoy Broadband Group leads the frame tests",
    "OBC's Buoy Broadband Group and HMC's Tide Gauge Working Group will each name a lead.",
]


@pytest.mark.parametrize("line", POSSESSIVE)
def test_a_group_after_its_bodys_possessive_is_its_unit(tmp_path: Path, line: str) -> None:
    text = f"HMC and OBC liaison\n\n{INTRO}\n\n{line}\n"
    labels = unit_labels(tmp_path, text).get("open buoy consortium", set())
    assert "buoy broadband group" in labels
