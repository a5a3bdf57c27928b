"""A meeting record's header giving its meeting's day as an ISO 8601 date-time, as calendar tools and the
wikis of OGC, OASIS and W3C groups write it ("When: 2027-03-04T15:00Z", "Date/Time: 2027-03-04T15:00+01:00",
"Date and time: 20270304T150000Z"): the meeting's day. Before, a day running into its "T" hour was read
nowhere, so such minutes had no meeting date (session 34, H; known class c). A date-time elsewhere (a
tracker's "updated:" stamp) stays unread: only the meeting's field reads it. Bodies real, content invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """{h}OGC Agreements Working Group / ISO/TC 211 joint call - Meeting Notes

{field}: {value}
Where: online

Present: Ana Quiroga (OGC, chair), Lev Brandt (ISO/TC 211)

{h2}Decisions

- The group agreed to forward the draft to ISO/TC 211 as a liaison contribution.

{h2}Actions

- Lev Brandt to post the draft to the portal by 2027-03-18.
"""

CASES = [
    ("When", "2027-03-04T15:00Z", "2027-03-04"),
    ("Date/Time", "2027-03-04T15:00:00+01:00", "2027-03-04"),
    ("Date and time", "2027-11-23T09:30Z/2027-11-23T11:00Z", "2027-11-23"),
    ("When", "20270304T150000Z", "2027-03-04"),
    ("Date", "Thu 2027-06-10T15:00 UTC (one hour)", "2027-06-10"),
]


@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
@pytest.mark.parametrize(("field", "value", "day"), CASES)
def test_the_meeting_day_of_a_date_time(tmp_path: Path, name: str, field: str, value: str, day: str) -> None:
    md = name.endswith(".md")
    text = TEXT.format(h="# " if md else "", h2="## " if md else "", field=field, value=value)
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    assert ("meeting", day) in {(d.role, d.value) for d in record.dates}


def test_a_stamp_of_another_field_is_no_meeting(tmp_path: Path) -> None:
    text = TEXT.format(h="", h2="", field="Last edited", value="2027-03-09T08:12Z")
    record = extracted(tmp_path, text, "notes.txt")
    assert not [d for d in record.dates if d.value.startswith("2027-03-09")]
