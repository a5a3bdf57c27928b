"""A day written without its year ("Date: 16 April", "Dates: April 16 - 18", "Minutes - Thursday, 16 April",
an action "due 30 April", a timeline's "16 April - X") is in the document's own year: the one year its first
lines name, by a date or alone ("... Meeting #87 (2027)"). Before, such minutes had no meeting date and such
steps no day (session 34, H; known class a: kg.extract.document_dates.document_year, kept in
Context.year). A head naming two years ("Work programme 2026-2027") dates no such day. Bodies real,
meetings and people invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """{h}IEC TC 57 WG 19 / CEN/TC 287 joint meeting {year}

{field}
{gap}Place: Bergen

{h2}Actions

- Action (Ada Lind, due 30 April): circulate the mapping of the data models to CEN/TC 287.
- Action: Bo Ek to send the liaison reply to IEC TC 57 by 12 May 2027.
"""


def meeting_days(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    return {d.value for d in record.dates if d.role == "meeting"}


@pytest.mark.parametrize("name", ["minutes.txt", "minutes.md"])
@pytest.mark.parametrize(
    ("year", "field", "day"),
    [
        ("#12 (2027)", "Date: 16 April", "2027-04-16"),
        ("2026", "Date: Thursday, 3 December", "2026-12-03"),
        ("- Minutes 2027", "Dates: April 16 - 18", "2027-04"),
        ("2028", "Meeting date: 5th of June, 09:00-17:00 CET", "2028-06-05"),
    ],
)
def test_a_field_day_takes_the_head_year(tmp_path: Path, name: str, year: str, field: str, day: str) -> None:
    md = name.endswith(".md")
    text = MINUTES.format(
        h="# " if md else "", h2="## " if md else "", gap="\n" if md else "", year=year, field=field
    )
    assert day in meeting_days(tmp_path, text, name)


def test_a_head_line_day_takes_the_head_year(tmp_path: Path) -> None:
    text = MINUTES.format(h="", h2="", gap="", year="(2027)", field="Minutes - Thursday, 16 April")
    assert "2027-04-16" in meeting_days(tmp_path, text, "minutes.txt")


def test_two_years_date_no_such_day(tmp_path: Path) -> None:
    text = MINUTES.format(h="", h2="", gap="", year="- work programme 2026-2027", field="Date: 16 April")
    assert not {d for d in meeting_days(tmp_path, text, "minutes.txt") if d.endswith("04-16")}


def test_an_action_due_without_its_year(tmp_path: Path) -> None:
    text = MINUTES.format(h="", h2="", gap="", year="2027", field="Date: 16 April")
    targets = {m.label: m.target for m in extracted(tmp_path, text, "minutes.txt").milestones if m.target}
    due = targets["Circulate the mapping of the data models to CEN/TC 287"]
    assert (due.text, due.start) == ("30 April", dt.date(2027, 4, 30))


TIMELINE = """OBC / HMC Buoy Telemetry Timeline {year}

Parties: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC).

- 16 April - Circulate the first draft of the telemetry profile
- April 20 - 24 - Joint review meeting
- 16-30 May - Public comment period
"""


def test_a_timeline_step_takes_the_title_year(tmp_path: Path) -> None:
    record = extracted(tmp_path, TIMELINE.format(year="2027"), "timeline.txt")
    found = {m.target.text: (m.target.start, m.target.end) for m in record.milestones if m.target}
    assert found["16 April"] == (dt.date(2027, 4, 16), dt.date(2027, 4, 16))
    assert found["April 20 - 24"] == (dt.date(2027, 4, 20), dt.date(2027, 4, 24))
    assert found["16-30 May"] == (dt.date(2027, 5, 16), dt.date(2027, 5, 30))
    record = extracted(tmp_path, TIMELINE.format(year="2026/2027"), "timeline.txt")
    assert all(m.target.start is None for m in record.milestones if m.target)
