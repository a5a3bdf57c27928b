"""Work items in schedule layouts other than "item first, target last": a schedule whose target is
its "Completion Date" column after a status and a start date, an annex whose first column is the
target, a row not yet planned (empty target cell); day-month-year dates joined by hyphens
("18-Dec-26"); a plan's own title is no section of work items; a site menu names no kind; a letter
between two bodies with Source and Action fields is a liaison statement. All bodies are invented."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, milestone_pairs

from kg.extract.dates import first_date_in, parse_date, parse_target
from kg.pipeline.ingest import extract


def milestones(tmp_path: Path, text: str, name: str = "plan.md") -> set[tuple[str, str | None]]:
    return milestone_pairs(tmp_path, text, name)


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


def test_items_that_open_with_their_target(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Roadmap

- **Q3 2026** \u2013 Reference mapping of gauge records to buoy packets
- H2/2026: Joint demonstration at a harbour event
- 2027 \u2013 Joint white paper on tide telemetry
- Phase 2 \u2013 Extension to river gauges
"""
    assert milestones(tmp_path, text) == {
        ("Reference mapping of gauge records to buoy packets", "Q3 2026"),
        ("Joint demonstration at a harbour event", "H2/2026"),
        ("Joint white paper on tide telemetry", "2027"),
    }  # "Phase 2" is no target: under a "Roadmap" heading an undated item is no milestone


def test_timetable_sentences_end_on_their_target(tmp_path: Path) -> None:
    text = f"""HMC / OBC Tide Task Force Charter

{ORGS}Expected Milestones

The expected timetable is:

    First draft of the tide profile in September 2026.
    Candidate profile for joint review in H1/2027.
    Final profile published by both bodies by end of 2027.

The group agreed to revisit these dates in June 2026.
"""
    assert milestones(tmp_path, text, "charter.txt") == {
        ("First draft of the tide profile", "September 2026"),
        ("Candidate profile for joint review", "H1/2027"),
        ("Final profile published by both bodies", "end of 2027"),
    }


def test_task_list_boxes_and_handles_are_no_part_of_the_item(tmp_path: Path) -> None:
    text = f"""# HMC / OBC Work Register

{ORGS}## Action items

- [x] Publish the first gauge glossary (@akim) — due 2026-04-15
- [ ] Write a test plan for buoy anchors (@bfox, @cyu) — due Q3 2026
"""
    assert milestones(tmp_path, text) == {
        ("Publish the first gauge glossary", "2026-04-15"),
        ("Write a test plan for buoy anchors", "Q3 2026"),
    }


def test_a_letter_whose_title_names_both_ends_is_addressed_to_the_other_one(tmp_path: Path) -> None:
    text = """HMC N 113

TITLE: Request for a liaison between the Open Buoy Consortium and the Harbour Metrology Council
SOURCE: Open Buoy Consortium (OBC)
ACTION: For approval by the HMC members
DATE: 2026-06-12

Dear members of the Harbour Metrology Council (HMC),

The Open Buoy Consortium asks for a liaison so that both bodies can align their telemetry formats.
"""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    liaison = extract(path).record.liaison
    assert liaison is not None
    assert [e.short_name for e in liaison.senders] == ["OBC"]
    assert [e.short_name for e in liaison.recipients] == ["HMC"]
