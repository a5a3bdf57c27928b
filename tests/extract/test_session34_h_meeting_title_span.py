"""Two ways real meeting reports give their meeting's days (session 34, H, from real ITU-T and CEN
reports): a title or subject field naming the meeting with its days ("Title: Report of the Geneva meeting
(19-27 July 2006)", as an ITU-T study group report's cover does below its other fields), and two days
joined by a slash ("Date: 23/24 October 2012", as CEN/BT summary reports write them). Each is a span of
days: the meeting's month. Before, the first gave no meeting date and the second the last day alone.
Bodies real, meetings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

COVER = """INTERNATIONAL TELECOMMUNICATION UNION
TELECOMMUNICATION STANDARDIZATION SECTOR
STUDY PERIOD 2025-2028

Question(s): ALL
Source: Study Group 13
{field}

1 General

The meeting was opened by the chair. Representatives of ETSI and the Broadband Forum attended the joint
session on the liaison with ETSI ISG NFV.
"""


def meeting_dates(tmp_path: Path, text: str) -> set[str]:
    record = extracted(tmp_path, text, "report.txt")
    assert record.kind == "MeetingRecord"
    return {d.value for d in record.dates if d.role == "meeting"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Title: Report of the Geneva meeting (8-19 March 2027)", "2027-03"),
        ("Subject: Minutes of the joint session with ETSI (16/17 April 2027)", "2027-04"),
        ("Title: Meeting report, Geneva, 23/24 October 2027", "2027-10"),
    ],
)
def test_a_title_field_naming_the_meeting(tmp_path: Path, field: str, value: str) -> None:
    assert value in meeting_dates(tmp_path, COVER.format(field=field))


@pytest.mark.parametrize("days", ["23/24 October 2027", "23 / 24 October 2027"])
def test_two_days_joined_by_a_slash(tmp_path: Path, days: str) -> None:
    text = f"72nd CEN/BT and CENELEC/BT joint meeting\n\nDRAFT SUMMARY REPORT\n\nDate: {days} - Brussels\n\n"
    text += "1 Opening\n\nThe chair opened the meeting and welcomed the ETSI observer.\n"
    assert meeting_dates(tmp_path, text) == {"2027-10"}
