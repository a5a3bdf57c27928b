"""Milestones in more of the layouts real registers, memoranda and minutes use: roman-numbered
lines ("ii. ..."), an exhibit's "A.1 ..., target Q2 2027" lines run together, a table whose status
column comes before its target column (also outside a milestones section), an item whose fields
follow on its next line, and "Next call: ..." (a meeting, no work item)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import milestone_pairs

from kg.extract.dates import split_target

HEAD = """ORDC / ETC Work Register Addendum 1

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Alliance Scope
The two consortia align their telemetry formats.

"""


def milestones(tmp_path: Path, body: str, name: str = "register.txt") -> set[tuple[str, str | None]]:
    return milestone_pairs(tmp_path, HEAD + body, name)


def test_roman_numbered_lines_are_items(tmp_path: Path) -> None:
    body = """Added Milestones

i. Draft a mapping of orbit reports. Target: Q3 2026
ii. Publish the mapping as a joint note - Q1 2027
iii. Review the mapping after the next release. Target: TBD
"""
    assert milestones(tmp_path, body) == {
        ("Draft a mapping of orbit reports", "Q3 2026"),
        ("Publish the mapping as a joint note", "Q1 2027"),
        ("Review the mapping after the next release", "TBD"),
    }


def test_exhibit_lines_run_together_and_a_target_clause() -> None:
    assert split_target("Publish a glossary of orbit terms, target Q2 2027.")[1] is not None


def test_exhibit_items_in_one_block(tmp_path: Path) -> None:
    body = """## Exhibit A - Areas of Cooperation

A.1 Publish a glossary of orbit terms, target Q2 2027.
A.2 Describe telemetry value streams for operators, target 2Q2028.
"""
    assert milestones(tmp_path, body, "register.md") == {
        ("Publish a glossary of orbit terms", "Q2 2027"),
        ("Describe telemetry value streams for operators", "2Q2028"),
    }


def test_the_target_column_not_the_status_and_a_table_outside_a_milestones_section(tmp_path: Path) -> None:
    body = """## Joint work

| Item | Status | Target |
|------|--------|--------|
| Provider design review | Complete | 2026-12 |
| Shared test suite | Planned | TBD |
"""
    assert milestones(tmp_path, body, "register.md") == {
        ("Provider design review", "2026-12"),
        ("Shared test suite", "TBD"),
    }


def test_fields_on_the_next_line_and_next_call_is_no_milestone(tmp_path: Path) -> None:
    body = """Milestones

  a. Joint tutorial at the ORDC workshop
     Owner: both. Target: April 2027. Status: accepted.
  b. Joint test plan for orbit sensors
     Owner: both. Target: TBD. Status: not started.

Next call: 10 September 2026
"""
    assert milestones(tmp_path, body) == {
        ("Joint tutorial at the ORDC workshop", "April 2027"),
        ("Joint test plan for orbit sensors", "TBD"),
    }


def test_action_items_of_minutes_and_fiscal_years(tmp_path: Path) -> None:
    body = """Actions

1. ACTION (Ada / Bo): draft the cross-reference of orbit test cases - by 28 Feb 2027
2. ACTION (Cy): present the interoperability results - due Q2 2027
3. Publish the robotics profile test cases - FY2027
"""
    assert milestones(tmp_path, body) == {
        ("Draft the cross-reference of orbit test cases", "28 Feb 2027"),
        ("Present the interoperability results", "Q2 2027"),
        ("Publish the robotics profile test cases", "FY2027"),
    }
