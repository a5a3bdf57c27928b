"""Dates of plans and pages in more layouts: a field whose value stands after a gap of blanks
("Start date        3 March 2026"; a row of a table with a second gap is none), a plan "opened"
(initiated), a page "revised" or "edited" (published), and a page's revision line at the foot of an
approval section is no approval. All bodies are invented."""

from __future__ import annotations

from pathlib import Path

from kg.extract.headers import fields_of_line
from kg.pipeline.ingest import extract


def dates(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(d.role, d.value) for d in extract(path).record.dates}


def test_a_field_after_a_gap_of_blanks() -> None:
    [field] = fields_of_line("Start date            3 March 2026", 0)
    assert (field.name, field.value) == ("start date", "3 March 2026")
    assert fields_of_line("ID    Item          Owner", 0) == []  # a table's header row


def test_a_plan_opened_and_revised_and_a_page_revision_under_its_approval(tmp_path: Path) -> None:
    text = """HMC / OBC Joint Work Plan

Plan opened:  14-Jan-26
Plan revised: 02-Oct-26

Organizations
- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

Milestones
1. Joint tide data profile - Q4 2026

Approval
Approved by the HMC Board on 27-Jan-26 and by the OBC Council on 05-Feb-26.
Page revised 02-Oct-26.
"""
    found = dates(tmp_path, text, "plan.txt")
    assert {("initiated", "2026-01-14"), ("published", "2026-10-02")} <= found
    assert {("approved", "2026-01-27"), ("approved", "2026-02-05")} <= found
    assert ("approved", "2026-10-02") not in found


def test_a_page_last_edited(tmp_path: Path) -> None:
    text = """# Harbour Metrology Council and Open Buoy Consortium: liaison relationship

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have a liaison relationship
and coordinate their telemetry work.

*Last edited 2026-05-19 by the HMC secretariat.*
"""
    assert ("published", "2026-05-19") in dates(tmp_path, text, "page.md")
