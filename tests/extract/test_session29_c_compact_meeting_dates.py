"""A day or a span of days written year first with the month's name (issue 12 point 9, session 29, C).

Family: ITU-style liaison tables write the meeting that agreed the statement as "Geneva, 2004-Nov-16-25"
(year, month's name, first and last day) and days as "2028-Jan-17". A span of days is its month (the
corpus's convention for a meeting over several days); a day is that day. Real layout: an IMTC liaison
statement to ITU-T SG16 (probed outside the repository, /work/s29/c-real.md). Bodies and people are
invented; the values were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import first_date_in, parse_date

FIELDS = [
    ("Meeting, date:", "{meeting}"),
    ("Source:", "Harbour Metrology Council (HMC) Tide Working Party"),
    ("Title:", "LS on tide datum identifiers"),
    ("To:", "Open Buoy Consortium (OBC) Telemetry Task Force"),
    ("For:", "Action"),
    ("Deadline:", "March 3, 2028"),
    ("Contact:", "Ilse Brandvold, HMC secretariat"),
]
BODY = (
    "The HMC Tide Working Party asks the OBC Telemetry Task Force whether the tide datum identifiers stay"
    " stable."
)


def html(meeting: str) -> str:
    rows = "".join(f"<tr><td>{k}</td><td>{v.format(meeting=meeting)}</td></tr>\n" for k, v in FIELDS)
    return f"<html><body><table>\n{rows}</table>\n<p>{BODY}</p></body></html>\n"


def text(meeting: str) -> str:
    rows = "".join(f"{k:<16}{v.format(meeting=meeting)}\n" for k, v in FIELDS)
    return f"LIAISON STATEMENT\n\n{rows}\n{BODY}\n"


@pytest.mark.parametrize("meeting", ["Geneva, 2028-Jan-17-26", "Geneva, 2028-Jan-17/26"])
@pytest.mark.parametrize(("name", "render"), [("ls.html", html), ("ls.txt", text)])
def test_a_meeting_written_year_first_is_its_month(tmp_path: Path, meeting: str, name: str, render) -> None:
    record = extracted(tmp_path, render(meeting), name)
    assert ("meeting", "2028-01") in {(f.role, f.value) for f in record.dates}, record.dates


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Geneva, 2004-Nov-16-25", "2004-11"),
        ("agreed on 2028-Jan-17.", "2028-01-17"),
        ("2028-Sep-3", "2028-09-03"),
    ],
)
def test_year_first_days_with_the_months_name_are_read(written: str, value: str) -> None:
    found = first_date_in(written)
    assert found is not None and found[0] == value, found


def test_a_day_year_first_parses_as_a_date() -> None:
    assert parse_date("2004-Nov-16") is not None and parse_date("2004-Nov-16").isoformat() == "2004-11-16"
