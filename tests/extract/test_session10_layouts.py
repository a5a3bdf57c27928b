"""Layouts of work items and header fields that real documents use and the earlier rules missed:
a work item written as a heading with its fields as bullets under it ("### WI-2: Title" /
"- **Timeline:** H2/2026"), a table whose first columns are a reference and an owner ("Ref | Owner |
Expected | Deliverable"), a status written before the period ("in progress, Q3 2026"), a leading
"before the end of" cue, and Markdown header lines run together by the reader ("Register number: X
Revision: 2 Date initiated: ..."). All bodies are invented."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import parse_target
from kg.extract.headers import field_cuts, split_fields
from kg.pipeline.ingest import extract

ORGS = """## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""


def milestones(tmp_path: Path, text: str, name: str = "register.md") -> set[tuple[str, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones}


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
