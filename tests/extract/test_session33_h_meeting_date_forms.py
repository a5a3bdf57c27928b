"""A way minutes write their meeting's days that was misread (session 33, H; probed on 15 invented variants
of real minutes' heads): days then the month and year in digits, day first ("Meeting dates: 11-13/03/2027",
"11 - 13.03.2027") are a span of days, the meeting's month, not its last day. (An ISO day running into its
time, "When: 2027-03-12T14:00Z", is still not read: reading it made a card's own "updated:" time a date of
the register, tests/extract/test_session18_c_dates.py.) Bodies real, meetings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import first_date_in

BODY = (
    "\nAttendees: Ana Lindqvist (ETSI), Bo Okafor (IEEE)\n\n1. Opening\n\nThe chairs opened the call. "
    "ETSI TC ITS and the IEEE 1609 Working Group reviewed their joint work on security headers.\n"
)
TITLE = "Minutes of the ETSI TC ITS / IEEE 1609 joint call\n"


def meeting_dates(record) -> set[str]:
    return {d.value for d in record.dates if d.role == "meeting"}


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Meeting dates: 11-13/03/2027", "2027-03"),
        ("Meeting dates: 11 - 13.03.2027", "2027-03"),
        ("Sophia Antipolis, 11-13/03/2027", "2027-03"),
    ],
)
@pytest.mark.parametrize("name", ["minutes.txt", "minutes.md"])
def test_the_meeting_date(tmp_path: Path, line: str, value: str, name: str) -> None:
    title = ("# " if name.endswith(".md") else "") + TITLE
    assert meeting_dates(extracted(tmp_path, title + line + "\n" + BODY, name)) == {value}


def test_one_day_stays_a_day() -> None:
    assert first_date_in("12.03.2027 - Joint call")[0] == "2027-03-12"
    assert first_date_in("13/03/2027")[0] == "2027-03-13"
