"""A meeting's name that names a body by its numbered committee (issue 12 point 9, session 32, N).

Family: minutes titled by the meeting of two bodies, one of them named by its committee's number ("IAB /
IEEE 802 Coordination Teleconference", "ITU-T SG15 and IEEE 802.3 joint session"): the number is no
standard cited, its body is a party of the record (and the meeting's name decides the parties over
the attendees' offices). Layout: IAB / IEEE 802 coordination minutes (round 1,
engineer H). People and items are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MARKDOWN = """# Minutes of the IETF / IEEE 802.1 Coordination Call

**2027-05-04**

## Attendance

- Noor Vasquez-Lind - IETF Chair
- Emeka Thorsen - IAB Chair

## Agenda

1. Shared items list
2. Any other business

## Minutes

The shared items list was reviewed. Noor Vasquez-Lind will update the list by 2027-06-01.
"""

TEXT = """Minutes: IAB / IEEE 802 Coordination Teleconference

Date: 2027-05-04

Attendees: Noor Vasquez-Lind (IAB Chair), Emeka Thorsen (IETF Chair)

Agenda
1. Shared items list
2. Any other business

Discussion
The shared items list was reviewed and two items were closed.
"""


@pytest.mark.parametrize(("name", "text", "other"), [("m.md", MARKDOWN, "IETF"), ("m.txt", TEXT, "IAB")])
def test_numbered_committee_in_meeting_name_is_a_party(
    tmp_path: Path, name: str, text: str, other: str
) -> None:
    # (an attendee's office of a third body, "IAB Chair" at an IETF / IEEE 802.1 call, is no party)
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    parties = {entity.acronym or entity.label for entity, _ in record.parties}
    assert parties == {other, "IEEE"}
