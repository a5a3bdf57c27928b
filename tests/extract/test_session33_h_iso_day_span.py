"""A meeting's days written as ISO committees write them, the first day and the last after a slash ("Meeting
dates: 2027-06-10/11", "2027-06-10/2027-06-12"): a span of days, dated by its month as the corpus dates a
meeting of several days, not by its first day (session 33, H; the layout of an ISO/TC 211 notice of meeting
and its minutes). Bodies real, meetings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import day_range_in, first_date_in

BODY = (
    "The JAG co-chairs (ISO/TC 211 and OGC) opened the meeting. The group reviewed the joint work on ISO "
    "19115 with the Open Geospatial Consortium.\n"
)


def meeting_dates(record) -> set[str]:
    return {d.value for d in record.dates if d.role == "meeting"}


@pytest.mark.parametrize("days", ["2027-06-10/11", "2027-06-10/2027-06-12"])
@pytest.mark.parametrize(
    "head",
    [
        "ISO/TC 211 N 5123\n\nTitle:\nMinutes of the ISO/TC 211 - OGC Joint Advisory Group meeting\n"
        "Meeting date/location:\n{days} Copenhagen, Denmark\n\n",
        "Minutes of the ISO/TC 211 - OGC Joint Advisory Group meeting\n\nMeeting dates: {days}\n\n",
        "Minutes of the ISO/TC 211 - OGC Joint Advisory Group meeting, Copenhagen, {days}\n\n",
    ],
)
def test_the_span_is_the_meetings_month(tmp_path: Path, head: str, days: str) -> None:
    record = extracted(tmp_path, head.format(days=days) + BODY, "minutes.txt")
    assert meeting_dates(record) == {"2027-06"}, record.dates


@pytest.mark.parametrize("text", ["2027-06-10 - 2027-06-12", "2027-06-10/07-02", "2027/06/10"])
def test_other_forms_are_no_span(text: str) -> None:
    assert day_range_in(text, iso=True) is None
    assert first_date_in(text)[0] == "2027-06-10"


def test_in_a_sentence_the_first_day_stays() -> None:
    assert first_date_in("SC 24 WG 9 is meeting in Busan, 2027-04-19/22.")[0] == "2027-04-19"
    assert day_range_in("2027-04-19/22", iso=True)[0] == "2027-04"
