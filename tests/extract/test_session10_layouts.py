"""Layouts of work items and header fields that real documents use and the earlier rules missed:
a work item written as a heading with its fields as bullets under it ("### WI-2: Title" /
"- **Timeline:** H2/2026"), a table whose first columns are a reference and an owner ("Ref | Owner |
Expected | Deliverable"), a status written before the period ("in progress, Q3 2026"), a leading
"before the end of" cue, and Markdown header lines run together by the reader ("Register number: X
Revision: 2 Date initiated: ..."). All bodies are invented."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, milestone_pairs

from kg.extract.dates import parse_target
from kg.extract.headers import field_cuts, split_fields
from kg.pipeline.ingest import extract


def milestones(tmp_path: Path, text: str, name: str = "register.md") -> set[tuple[str, str | None]]:
    return milestone_pairs(tmp_path, text, name)


def test_headed_work_items_take_their_timeline_field(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Work items

### WI-1: Shared calibration procedure for tide gauges

- **Owner:** HMC Tide Gauge Working Group
- **Timeline:** Q3 2026
- **Status:** in progress

### WI-2: Telemetry message catalogue

- **Owner:** OBC
- **Status:** drafting
- **Due:** end of 2026

### WI-3: Joint glossary

- **Owner:** both
- **Status:** idea only
"""
    assert milestones(tmp_path, text) == {
        ("Shared calibration procedure for tide gauges", "Q3 2026"),
        ("Telemetry message catalogue", "end of 2026"),
    }


def test_a_heading_without_an_identifier_outside_work_items_is_no_item(tmp_path: Path) -> None:
    """Outside a section of work items, only a heading with a work item's identifier opens one: a
    "Date:" field under a party's name is no target."""
    text = f"""# HMC / OBC Work Register

{ORGS}## Annex B

### Harbour Metrology Council

Date: 11 May 2026

### Item 4 - Buoy data exchange test

Target: H1/2027
"""
    assert milestones(tmp_path, text) == {("Buoy data exchange test", "H1/2027")}


def test_table_opening_with_reference_and_owner(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Deliverables

| Ref | Owner | Expected | Deliverable | Notes |
|---|---|---|---|---|
| D1 | HMC | 2026-Q3 | Gauge data profile | draft circulated |
| D2 | OBC | Sept. 2026 | Buoy test outline | |
| D3 | both | before the end of 2026 | Joint white paper | |
"""
    assert milestones(tmp_path, text) == {
        ("Gauge data profile", "2026-Q3"),
        ("Buoy test outline", "Sept. 2026"),
        ("Joint white paper", "end of 2026"),
    }


def test_status_before_the_period_is_no_part_of_the_target() -> None:
    assert parse_target("in progress, Q3 2026").text == "Q3 2026"
    assert parse_target("planned: H1/2027").text == "H1/2027"
    # an occasion named before its date keeps its name; a status alone stays a status
    assert parse_target("OCP Global Summit, October 2025").text == "OCP Global Summit, October 2025"
    assert parse_target("done, see notes") is None


def test_run_together_header_lines_split_into_fields() -> None:
    line = "Register number: WR-7 Revision: 2 Date initiated: 12 January 2026"
    assert split_fields(line) == ["Register number: WR-7", "Revision: 2", "Date initiated: 12 January 2026"]
    # one contact's details stay in its field; a sentence with a colon in it is not split
    contact = "Contact: Ana Lima, HMC, Tel: +1 555 0100, Email: ana@hmc.example Contact: Bo Berg, OBC"
    assert split_fields(contact) == [
        "Contact: Ana Lima, HMC, Tel: +1 555 0100, Email: ana@hmc.example",
        "Contact: Bo Berg, OBC",
    ]
    assert field_cuts("Note: the group met twice. The Chair said: fine") == []
    assert split_fields("Project Start Date: March 2027") == ["Project Start Date: March 2027"]
    assert field_cuts("The parties agree as follows: Article one applies") == []


def test_run_together_header_gives_the_initiated_date(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    header = "Register number: WR-7\nRevision: 2\nDate initiated: 12 January 2026"
    path.write_text(f"# HMC / OBC Work Register\n\n{header}\n\n{ORGS}", encoding="utf-8")
    dates = {(d.role, d.value) for d in extract(path).record.dates}
    assert ("initiated", "2026-01-12") in dates


def test_exhibit_items_take_the_field_line_under_them(tmp_path: Path) -> None:
    """An exhibit's items written "A.1  Title. What it is." with a "Timeframe:" line under each: the
    item's title is its text, the field its target (also a target counted from the agreement)."""
    text = """MEMORANDUM OF UNDERSTANDING

between Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

EXHIBIT A - INITIAL PROGRAM OF WORK

A.1  Calibration test method. Define a test method for gauges on buoys.
     Timeframe: Q4 2026

A.2  Interference study. Measure interference between the two radios.
     Timeframe: within twelve months of the effective date
"""
    assert milestones(tmp_path, text, "mou.txt") == {
        ("Calibration test method", "Q4 2026"),
        ("Interference study", "within twelve months of the effective date"),
    }


def test_relative_targets_count_from_an_event() -> None:
    assert parse_target("6 months after signature").text == "6 months after signature"
    assert parse_target("within 90 days of receipt") is not None
    assert parse_target("twelve months") is None  # a duration alone is no target
    assert parse_target("within the year") is None


def test_an_amendment_quotes_its_new_items(tmp_path: Path) -> None:
    text = f"""AMENDMENT 1 to the HMC / OBC Work Register

{ORGS}Changes to clause 5 (Milestones)

(a) Item 5.2 is replaced by the following:
    "5.2  Common buoy field definitions - target Q4 2026"

(b) Item 5.4 is deleted.

(c) The following item is added after item 5.5:
    "5.6  Joint white paper on gauge telemetry - target H1 2027"
"""
    assert milestones(tmp_path, text, "amendment.txt") == {
        ("Common buoy field definitions", "Q4 2026"),
        ("Joint white paper on gauge telemetry", "H1 2027"),
    }


STATEMENT = """LIAISON STATEMENT

Title:     Reply on buoy telemetry timers
From:      Open Buoy Consortium (OBC), Telemetry Task Force
To:        Harbour Metrology Council (HMC)
Purpose:   For action
Deadline:  30 September 2026

1  Actions

OBC asks HMC to review the attached timers.

Contact:
    Ingrid Solberg
    Co-Director, Telemetry Access Work Area
    Fjordlys Telecom
    Tel: +47 22 00 41 17
    Email: ingrid.solberg@fjordlys.example

    Marco Ventura
    OBC Liaison Officer to HMC
    Tel: +39 06 555 0192
    Email: m.ventura@obc.example
"""


def test_a_contact_block_holds_two_cards_and_no_company(tmp_path: Path) -> None:
    """A statement's trailing "Contact:" block of two cards (name, role, company, Tel, Email): a role
    with a comma opens no section of its own ("... Access Work Area" is no access section), and the
    company line after a role is nobody."""
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    people = {c.person for c in extract(path).record.contacts if c.person}
    assert people == {"Ingrid Solberg", "Marco Ventura"}


def record_of(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path).record


def test_contact_rows_of_a_template_table(tmp_path: Path) -> None:
    """The liaison template as an HTML table: a "Contact:" cell, then the person's cell."""
    html = """<html><body><h1>LS on buoy telemetry</h1><table>
<tr><td><b>Source:</b></td><td>Open Buoy Consortium (OBC)</td></tr>
<tr><td><b>For action to:</b></td><td>Harbour Metrology Council (HMC)</td></tr>
<tr><td><b>Contact:</b></td><td>Claudia Ferro<br>Rapporteur<br>Brazil</td>
<td>E-mail: c.ferro@obc.example</td></tr>
</table><p>OBC asks HMC to review the timers before 15 January 2027.</p></body></html>"""
    people = {c.person for c in record_of(tmp_path, html, "statement.html").contacts if c.person}
    assert "Claudia Ferro" in people


def test_approval_fields_read_as_headings_give_their_dates(tmp_path: Path) -> None:
    text = f"""AMENDMENT 1 to the HMC / OBC Work Register

{ORGS}Approval

HMC Tide Gauge Working Group: approved 2 April 2026
OBC Telemetry Task Force: approved 9 April 2026
Base document: HMC / OBC Work Register v4.0 (approved 2016-08-18)
"""
    dates = {(d.role, d.value) for d in record_of(tmp_path, text, "amendment.txt").dates}
    assert {("approved", "2026-04-02"), ("approved", "2026-04-09")} <= dates
    assert ("approved", "2016-08-18") not in dates  # the base register's approval is another document's


def test_a_review_paragraph_that_also_approves(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Review and approval

The register is reviewed every six months; next review: July 2026. Approved by the HMC Board on
28 January 2026 and by the OBC Council on 4 February 2026.
"""
    record = record_of(tmp_path, text, "register.md")
    dates = {(d.role, d.value) for d in record.dates}
    assert ("review", "2026-07") in dates
    assert not {("review", "2026-01-28"), ("review", "2026-02-04")} & dates
    assert record.review is not None and record.review.next_review.text == "July 2026"


def test_a_unit_named_for_the_thing_it_works_on(tmp_path: Path) -> None:
    """ "Buoys for the Ocean Working Group": "for the" joins a unit's words as "for" does; "and the"
    still separates two units ("the Council and the Telemetry Workgroup")."""
    from kg.extract.names import UNIT_PHRASE

    names = [m.group("name") for m in UNIT_PHRASE.finditer("the Buoys for the Ocean Working Group met")]
    assert names == ["Buoys for the Ocean Working Group"]
    text = "the Technical Council and the Telemetry Working Group"  # "Technical Council" a head (d487e11)
    names = [m.group("name") for m in UNIT_PHRASE.finditer(text)]
    assert names == ["Technical Council", "Telemetry Working Group"]
    names = [m.group("name") for m in UNIT_PHRASE.finditer("the Council and the Telemetry Working Group")]
    assert names == ["Telemetry Working Group"]


def test_a_column_per_body_keeps_a_row_with_an_empty_cell(tmp_path: Path) -> None:
    """A table with a column per body: a row with an empty cell keeps each group under its body."""
    text = """# HMC, OBC and CRF: liaison

The Harbour Metrology Council (HMC), the Open Buoy Consortium (OBC) and the Coastal Radio Forum
(CRF) have a liaison agreement.

## Groups involved

| Harbour Metrology Council | Open Buoy Consortium | Coastal Radio Forum |
|---|---|---|
| Tide Gauge Working Group | Telemetry Working Group | Antenna Working Group |
| Datum Working Group | | Spectrum Working Group |
"""
    record = record_of(tmp_path, text, "page.md")
    bodies = {str(p.iri): p.label for p, _ in record.parties}
    owners = {u.label: bodies.get(str(u.unit_of)) for u, _ in record.units}
    assert owners.get("Spectrum Working Group") == "Coastal Radio Forum"
    assert owners.get("Datum Working Group") == "Harbour Metrology Council"


def test_a_meeting_with_its_place_and_days(tmp_path: Path) -> None:
    text = """LIAISON STATEMENT

Title:     Reply on buoy telemetry timers
From:      Open Buoy Consortium (OBC)
To:        Harbour Metrology Council (HMC)
Approval:  Agreed at the OBC Q2 2026 meeting, Lisbon, 8 - 11 June 2026
Purpose:   For information

OBC informs HMC of its new timers.
"""
    dates = {(d.role, d.value) for d in record_of(tmp_path, text, "statement.txt").dates}
    assert ("meeting", "2026-06") in dates


def test_signature_dates_side_by_side_and_dates_after_a_verb() -> None:
    """Two signature blocks side by side give two "Date:" fields; a header segment "Created 9 March
    2026" is a field named by its verb (a phrase without a date is none)."""
    assert split_fields("Date: 11 May 2026                Date: 20 May 2026") == [
        "Date: 11 May 2026",
        "Date: 20 May 2026",
    ]
    assert split_fields("Register ID: R-3 | Version 1.1 | Created 9 March 2026")[-1] == "Created 9 March 2026"
    from kg.extract.headers import fields_of_line

    assert [(f.name, f.value) for f in fields_of_line("Created 9 March 2026", 0)] == [
        ("created", "9 March 2026")
    ]
    assert [(f.name, f.value) for f in fields_of_line("Last updated 2026-05-02", 0)] == [
        ("last updated", "2026-05-02")
    ]
    assert fields_of_line("Created by the two boards together", 0) == []


def test_side_by_side_signatures_give_both_signing_dates(tmp_path: Path) -> None:
    text = """MEMORANDUM OF UNDERSTANDING between Harbour Metrology Council (HMC)
and Open Buoy Consortium (OBC)

ARTICLE 1 - OBJECTIVE
The Parties will cooperate on buoy telemetry.

IN WITNESS WHEREOF the Parties have signed this Memorandum.

HARBOUR METROLOGY COUNCIL               OPEN BUOY CONSORTIUM
By: Ana Lima                            By: Bo Berg
Date: 11 May 2026                       Date: 20 May 2026
"""
    dates = {(d.role, d.value) for d in record_of(tmp_path, text, "mou.txt").dates}
    assert {("signed", "2026-05-11"), ("signed", "2026-05-20")} <= dates
