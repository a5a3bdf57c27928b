"""Layout invariance of a unit's owner (issue 12, point 9, session 15): the same unit is its body's
whether the document writes the body after it ("of OBC"), before it ("OBC's", "OBC Security WG"), in
brackets after it (a slide's or a table's "Security WG (OBC)"), as the label of its list line ("ETSI: TC
CYBER, ISG QKD"), as the heading above it or as its table column. The expected owners were written before
the rules ran; the bodies OBC and HMC are invented, the real ones (ETSI, ITU-T, IEEE SA) are named only
with invented or generic groups.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

# each layout names OBC's Security Working Group and HMC's Tide Gauge Task Force
LAYOUTS = {
    "of": "The Security Working Group of OBC reviews each draft of the Tide Gauge Task Force of HMC.\n",
    "possessive": "OBC's Security Working Group reviews each draft of HMC's Tide Gauge Task Force.\n",
    "body before": "The OBC Security Working Group reviews each draft of the HMC Tide Gauge Task Force.\n",
    "body in brackets": (
        "The Security Working Group (OBC) reviews each draft of the Tide Gauge Task Force (HMC).\n"
    ),
    "slide bullets, brackets": (
        "* Security Working Group (OBC): threat model\n* Tide Gauge Task Force (HMC)\n"
    ),
    "headings": (
        "### OBC\n\n- Security Working Group\n- Telemetry Committee\n\n### HMC\n\n- Tide Gauge Task Force\n"
    ),
    "headings with words": (
        "### OBC working groups\n\n- Security Working Group\n\n### Participants from HMC\n\n"
        "- Tide Gauge Task Force\n"
    ),
    "column per body": ("| OBC | HMC |\n|---|---|\n| Security Working Group | Tide Gauge Task Force |\n"),
    "organization column": (
        "| Organization | Group | Role |\n|---|---|---|\n| OBC | Security Working Group | lead |\n"
        "| HMC | Tide Gauge Task Force | review |\n"
    ),
    "labelled lines": "- OBC: Security Working Group, Telemetry Committee\n- HMC: Tide Gauge Task Force\n",
}

EXPECTED = {"security working group": "OBC", "tide gauge task force": "HMC"}


def owned_units(record: AllianceRecord) -> dict[str, str | None]:
    """Each unit's label (without its owner's acronym in front) and acronym, with its owner's acronym."""
    known = {p.iri: p for p, _ in record.parties} | {e.iri: e for e in record.new_entities}
    found: dict[str, str | None] = {}
    for unit, _ in record.units:
        owner = known.get(unit.unit_of)
        acronym = (owner.acronym or owner.label) if owner is not None else None
        label = unit.label.lower()
        prefix = (acronym or "").lower() + " "
        found[label.removeprefix(prefix)] = acronym
        if unit.acronym:
            found[unit.acronym.lower()] = acronym
    return found


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_units_owner_is_read_in_every_layout(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, HEAD + LAYOUTS[layout], "register.md")
    units = owned_units(record)
    assert {name: units.get(name) for name in EXPECTED} == EXPECTED, (layout, units)


def test_a_body_in_brackets_is_no_acronym_of_the_unit(tmp_path: Path) -> None:
    record = extracted(tmp_path, HEAD + LAYOUTS["body in brackets"], "register.md")
    assert all(unit.acronym not in ("OBC", "HMC") for unit, _ in record.units)


def test_a_heading_that_names_two_bodies_gives_no_owner(tmp_path: Path) -> None:
    """'OBC and HMC joint groups' over a unit says nothing of whose it is: the text's other rules decide
    (here the sentence names HMC before it)."""
    text = HEAD + "### OBC and HMC joint groups\n\n- HMC chairs the Tide Gauge Task Force.\n"
    assert owned_units(extracted(tmp_path, text, "register.md")).get("tide gauge task force") == "HMC"


LABELLED_HEAD = (
    "# ETSI / ITU-T joint work\n\nETSI and ITU-T cooperate on quantum-safe networks.\n\n## Groups\n\n"
)


@pytest.mark.parametrize(
    "lines",
    [
        "- ETSI: TC CYBER, ISG QKD\n- ITU-T: SG17 and SG13\n",
        "* ETSI - TC CYBER; ISG QKD\n* ITU-T - SG17; SG13\n",
    ],
)
def test_units_written_head_first_after_a_labelled_body(tmp_path: Path, lines: str) -> None:
    record = extracted(tmp_path, LABELLED_HEAD + lines, "page.md")
    units = owned_units(record)
    expected = {"tc cyber": "ETSI", "isg qkd": "ETSI", "sg17": "ITU-T", "sg13": "ITU-T"}
    assert {name: units.get(name) for name in expected} == expected, units


SECTOR_LAYOUTS = {
    "table": (
        "| Work area | IEEE SA group | ITU-T group |\n|---|---|---|\n"
        "| Buoy links | IEEE 802.99 WG | ITU-T Study Group 15 |\n"
    ),
    "prose": "The IEEE 802.99 Working Group and ITU-T Study Group 15 exchange drafts on buoy links.\n",
}


@pytest.mark.parametrize("layout", sorted(SECTOR_LAYOUTS))
def test_a_group_written_after_a_bodys_acronym_is_that_bodys_whoever_the_parties_are(
    tmp_path: Path, layout: str
) -> None:
    """ "IEEE 802.99 WG" is IEEE's in a document of the IEEE Standards Association too. The unit is one IRI
    in the store whatever document names it, and its owner may not depend on the document's parties: a
    rule giving it to the party IEEE SA here (session 15) gave one unit two owners across documents, and
    `kg ingest` of a folder refused the later one (the unit shape: one organization;
    tests/pipeline/test_known_unit_owner.py)."""
    text = (
        "# IEEE SA and ITU-T\n\nThe IEEE Standards Association (IEEE SA) and ITU-T cooperate on buoy "
        "links.\n\n## Groups\n\n" + SECTOR_LAYOUTS[layout]
    )
    record = extracted(tmp_path, text, "page.md")
    owners = {unit.label: owned for unit, _ in record.units for owned in [unit.unit_of]}
    ieee = [label for label in owners if "802.99" in label]
    assert ieee, owners
    assert all(str(owners[label]).endswith("/organization/ieee") for label in ieee), owners


# --- a unit named after its head: "Technical Committee on X" ----------------------------------------

ON_LAYOUTS = {
    "of": "The Technical Committee on Tide Data Exchange of HMC reviews each OBC draft.\n",
    "body before": "The HMC Technical Committee on Tide Data Exchange reviews each OBC draft.\n",
    "possessive": "HMC's Technical Committee on Tide Data Exchange reviews each OBC draft.\n",
    "labelled line": "- HMC: Technical Committee on Tide Data Exchange\n- OBC: Security Working Group\n",
    "task force": "The Task Force on Tide Data Exchange of HMC reviews each OBC draft.\n",
}


@pytest.mark.parametrize("layout", sorted(ON_LAYOUTS))
def test_a_unit_named_on_its_subject_is_read_whole(tmp_path: Path, layout: str) -> None:
    units = owned_units(extracted(tmp_path, HEAD + ON_LAYOUTS[layout], "register.md"))
    named = [label for label in units if label.endswith("on tide data exchange")]
    assert len(named) == 1 and units[named[0]] == "HMC", (layout, units)
    assert "technical committee" not in units and "hmc technical committee" not in units, units


def test_a_day_or_month_after_on_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = HEAD + "The HMC Tide Working Group on Monday and the OBC Security Working Group on March 3 met.\n"
    units = owned_units(extracted(tmp_path, text, "register.md"))
    assert units.get("tide working group") == "HMC" and units.get("security working group") == "OBC", units


# --- a unit written head first, after its body and a few words ----------------------------------------

HEAD_FIRST_HEAD = "# ETSI / OGC joint work\n\nETSI and OGC cooperate on port call data.\n\n## Groups\n\n"

HEAD_FIRST_LAYOUTS = {
    "right after": "The ETSI TC SmartM2M reviews each OGC draft.\n",
    "possessive": "ETSI's TC SmartM2M reviews each OGC draft.\n",
    "through its": "ETSI, through its TC SmartM2M, reviews each OGC draft.\n",
    "verb and its": "ETSI designates its TC SmartM2M for the work.\n",
    "parties item": "- European Telecommunications Standards Institute (ETSI), through TC SmartM2M\n- OGC\n",
    "spelled head": "ETSI designates its Technical Committee SmartM2M (TC SmartM2M) for the work.\n",
}


@pytest.mark.parametrize("layout", sorted(HEAD_FIRST_LAYOUTS))
def test_a_head_first_unit_after_its_body_in_every_layout(tmp_path: Path, layout: str) -> None:
    units = owned_units(extracted(tmp_path, HEAD_FIRST_HEAD + HEAD_FIRST_LAYOUTS[layout], "page.md"))
    owners = {units.get("tc smartm2m"), units.get("technical committee smartm2m")} - {None}
    assert owners == {"ETSI"}, (layout, units)


@pytest.mark.parametrize(
    "sentence",
    ["OGC and TC SmartM2M met in May.", "OGC, TC SmartM2M and others met.", "OASIS TC Administration."],
)
def test_a_head_first_unit_after_another_body_is_not_its(tmp_path: Path, sentence: str) -> None:
    """A body joined to a head-first name by "and" or a comma is no owner; a body's office ("OASIS TC
    Administration") is no unit."""
    units = owned_units(extracted(tmp_path, HEAD_FIRST_HEAD + sentence + "\n", "page.md"))
    assert units.get("tc smartm2m") not in ("OGC", "OASIS") and "tc administration" not in units, units


# --- "Unit, Body": a liaison's header, a signature ------------------------------------------------

LIAISON = """LIAISON STATEMENT

From: {sender}
To: {recipient}
Date: 2026-05-01
Purpose: For information

We thank you for your liaison on port call data.
"""

LIAISON_LAYOUTS = {
    "unit, body": ("Timing Working Group, ETSI", "Marine Domain Working Group, OGC"),
    "body, unit": ("ETSI, Timing Working Group", "OGC, Marine Domain Working Group"),
    "body unit": ("ETSI Timing Working Group", "OGC Marine Domain Working Group"),
    "unit of body": ("Timing Working Group of ETSI", "Marine Domain Working Group of the OGC"),
}


@pytest.mark.parametrize("layout", sorted(LIAISON_LAYOUTS))
def test_a_liaisons_units_are_their_bodies_in_every_header_layout(tmp_path: Path, layout: str) -> None:
    sender, recipient = LIAISON_LAYOUTS[layout]
    record = extracted(tmp_path, LIAISON.format(sender=sender, recipient=recipient), "statement.txt")
    units = owned_units(record)
    expected = {"timing working group": "ETSI", "marine domain working group": "OGC"}
    assert {name: units.get(name) for name in expected} == expected, (layout, units)


def test_a_body_after_a_comma_owns_the_unit_only_when_it_ends_the_clause(tmp_path: Path) -> None:
    """'the Timing Working Group, ETSI and OGC' lists three; the unit is not ETSI's by that comma."""
    text = HEAD_FIRST_HEAD + "OGC hosted the Timing Working Group, ETSI and OGC staff in May.\n"
    assert owned_units(extracted(tmp_path, text, "page.md")).get("timing working group") != "ETSI"


def test_bodies_nobody_knows_in_a_liaisons_header_lines(tmp_path: Path) -> None:
    """A header line a layout reads as a heading ('From: Security Working Group, Open Buoy Consortium')
    names a body nobody told us of as any line does: the body and its unit are read."""
    text = LIAISON.format(
        sender="Security Working Group, Open Buoy Consortium",
        recipient="Tide Gauge Task Force, Harbour Sensor Alliance",
    )
    record = extracted(tmp_path, text, "statement.txt")
    assert {p.label for p, _ in record.parties} == {"Open Buoy Consortium", "Harbour Sensor Alliance"}
    units = owned_units(record)
    expected = {
        "security working group": "Open Buoy Consortium",
        "tide gauge task force": "Harbour Sensor Alliance",
    }
    assert {name: units.get(name) for name in expected} == expected, units
