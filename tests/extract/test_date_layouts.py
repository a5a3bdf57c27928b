"""Dates in layouts dev lacked until session 8: a statement's "Date:" far to the right of its
number, a draft's "Prepared:" line, a page's "Last reviewed:" line, and the dates of a register's
signatures section (signing dates, not approvals)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.headers import fields_of_line
from kg.pipeline.ingest import extract

REGISTER = """ORDC / ETC Work Register

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Milestones
- Joint orbit report profile - Q3 2026

Contacts
ORDC: Ada Lindqvist, ada@ordc.example
"""


def dates(tmp_path: Path, text: str, name: str = "register.txt") -> set[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(d.role, d.value) for d in extract(path).record.dates}


def test_a_field_far_to_the_right_is_a_field() -> None:
    line = " " * 55 + "Date: 2026-07-08"
    assert [(f.name, f.value) for f in fields_of_line(line, 0)] == [("date", "2026-07-08")]


def test_a_prepared_line_is_the_day_a_draft_was_put_out(tmp_path: Path) -> None:
    text = REGISTER.replace("Alliance Organizations", "Prepared: 2026-04-27\n\nAlliance Organizations")
    assert ("published", "2026-04-27") in dates(tmp_path, text)


def test_a_last_reviewed_line_is_the_day_a_page_was_put_out(tmp_path: Path) -> None:
    assert ("published", "2026-04-14") in dates(tmp_path, REGISTER + "\nLast reviewed: 2026-04-14\n")


def test_the_dates_of_a_signatures_section_are_signing_dates(tmp_path: Path) -> None:
    text = (
        REGISTER
        + """
SIGNATURES

For the Orbital Data Consortium          For the Edge Telemetry Consortium
Joaquin Ferrer                           Leigh Tamura
14 May 2026                              14 May 2026
"""
    )
    found = dates(tmp_path, text)
    assert ("signed", "2026-05-14") in found
    assert ("approved", "2026-05-14") not in found
