"""A record's own meeting day, not the next meeting's: "The next teleconference will be held in June 2027"
(the future in the cue itself, or "next" before it) names a meeting to come, so the day on the record's head
("**2027-02-17**") is its meeting; and a section "Discussion of HTTP Message Signatures" is an item the
meeting discussed, whose dates are no signing (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

RECORD = """# Minutes of the IAB / IEEE 802 Coordination Teleconference

{day}

## Attendance

- Ana Lindqvist
- Bruno Okafor

## 1. Shared items list

The IETF and IEEE 802 walked through the shared items list and closed two items.

## 2. Any other business

{next}
"""
DAYS = ["**2027-02-17**", "17 February 2027", "_Wednesday, 17 February 2027_"]
NEXT = [
    "The next teleconference will be held in June 2027.",
    "The next call will be held on 16 June 2027.",
    "The following meeting is held on 16 June 2027, online.",
]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("next_line", NEXT)
def test_the_next_meeting_is_not_the_records(tmp_path: Path, day: str, next_line: str) -> None:
    record = extracted(tmp_path, RECORD.format(day=day, next=next_line), "minutes.md")
    meetings = {d.value for d in record.dates if d.role == "meeting"}
    assert meetings == {"2027-02-17"}, record.dates


CALL = """Minutes of the W3C/IETF coordination call, 11 March 2027

Attendees: Ana Lindqvist (W3C), Bruno Okafor (IETF)

Discussion of HTTP Message Signatures:

Ana presented the use of HTTP Message Signatures in browser APIs. A review request is expected in
May 2027, after the draft of 20 April 2027.

Next steps:

Bruno will report back on the IETF side.
"""


@pytest.mark.parametrize(
    "title", ["Discussion of HTTP Message Signatures:", "Report on the signature workshop:"]
)
def test_a_discussed_items_dates_are_no_signing(tmp_path: Path, title: str) -> None:
    text = CALL.replace("Discussion of HTTP Message Signatures:", title)
    record = extracted(tmp_path, text, "minutes.txt")
    assert not [d for d in record.dates if d.role in ("signed", "approved")], record.dates
    assert ("meeting", "2027-03-11") in {(d.role, d.value) for d in record.dates}, record.dates


@pytest.mark.parametrize("day", ["_17 February 2027_", "_2027-02-17_", "__Wednesday, 17 February 2027__"])
def test_a_day_in_markdown_underscores(tmp_path: Path, day: str) -> None:
    record = extracted(tmp_path, RECORD.format(day=day, next=NEXT[0]), "minutes.md")
    assert {d.value for d in record.dates if d.role == "meeting"} == {"2027-02-17"}, record.dates
