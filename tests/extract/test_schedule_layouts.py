"""Work items in schedule layouts other than "item first, target last": a schedule whose target is
its "Completion Date" column after a status and a start date, an annex whose first column is the
target, a row not yet planned (empty target cell); day-month-year dates joined by hyphens
("18-Dec-26"); a plan's own title is no section of work items; a site menu names no kind; a letter
between two bodies with Source and Action fields is a liaison statement. All bodies are invented."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import first_date_in, parse_date, parse_target
from kg.pipeline.ingest import extract

ORGS = """## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""


def milestones(tmp_path: Path, text: str, name: str = "plan.md") -> set[tuple[str, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones}


def test_completion_date_column_after_status_and_start(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Schedule

| Step No. | Activity | Deliverables | Status | Start Date | Completion Date |
|---|---|---|---|---|---|
| 3 | Publish the buoy data profile | Profile | Not started | | |
| 2 | Align the gauge vocabularies | Glossary | In progress | 01-Mar-26 | 30-Sep-26 |
| 1 | Compare the two data models | Report | Complete | 12-Jan-26 | TBD |
"""
    assert milestones(tmp_path, text) == {
        ("Align the gauge vocabularies", "30-Sep-26"),
        ("Compare the two data models", "TBD"),
    }


def test_target_first_column(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Annex A - Joint work items

| Target | Work item | Lead | Status |
|---|---|---|---|
| H2/2026 | Joint calibration guide | HMC | in progress |
| Completed | Shared list of gauge sites | OBC | published |
"""
    assert milestones(tmp_path, text) == {
        ("Joint calibration guide", "H2/2026"),
        ("Shared list of gauge sites", "Completed"),
    }


def test_hyphenated_day_month_year() -> None:
    assert str(parse_date("18-Dec-26")) == "2026-12-18"
    assert str(parse_date("05-Feb-2026")) == "2026-02-05"
    assert parse_target("30-Sep-26") is not None and parse_target("30-Sep-26").key == "2026-09-30"
    assert first_date_in("Plan opened 14-Jan-26 by both") == ("2026-01-14", 12, 21)
    assert parse_date("14-Foo-26") is None


def test_a_plan_title_opens_no_section_of_work_items(tmp_path: Path) -> None:
    text = """Home | Liaisons | Search

# HMC / OBC Joint Work Plan: Tide Data

| Plan number | JWP-3 |
|---|---|
| Plan opened | 14-Jan-26 |

## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

## Milestones

- Joint tide data profile - Q4 2026
"""
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = extract(path)
    assert {m.label for m in result.record.milestones} == {"Joint tide data profile"}
    assert result.record.kind == "WorkRegister"  # the menu's "Liaisons" names no alliance page


def test_a_letter_with_source_and_action_fields_is_a_statement(tmp_path: Path) -> None:
    text = """HMC N 112

TITLE: Request for a liaison between the Open Buoy Consortium and the HMC Tide Gauge Working Group
SOURCE: Open Buoy Consortium (OBC)
ACTION: For approval by the HMC members
DATE: 2026-06-12

Dear members of the Harbour Metrology Council (HMC),

The Open Buoy Consortium asks for a liaison with the Tide Gauge Working Group so that both can align
their telemetry formats.
"""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(path).record.kind == "LiaisonStatement"
