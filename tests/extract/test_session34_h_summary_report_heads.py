"""The heads and agenda items of real committee reports (session 34, H; CEN/BT summary reports and IEEE
802.11 working group minutes): a committee's document number over a date alone ("BT N 9842" / "2027-05-06")
is the day the report was issued; a session's days on a line of their own under a long head ("March
14th-18th, 2027" below the document number, title and author table) are the meeting, and the bare "Date:"
after them the day the minutes were issued (was: a second meeting day); minutes' "1.2 Approval of the
agenda", read as an approval section that runs to the end, neither makes the dates below it approvals nor
hides the actions below it ("The BT Secretary to publish X by 15 September 2027"). Bodies real, content
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

CEN = """82nd CEN/BT - CENELEC/BT JOINT SESSION

DRAFT SUMMARY REPORT

Date: 9/10 March 2027 - Brussels

{number}
2027-04-02

1 INTRODUCTORY MATTERS

1.1 Opening

The Chair welcomed the ETSI observer.

1.2 Approval of the agenda

The agenda was approved.

2 COOPERATION WITH ETSI

The three bodies agreed the revised annex on joint working groups on 9 March 2027.

3 ACTIONS

The BT Secretary to publish the revised guidance on joint deliverables by 15 September 2027

CCMC to circulate the list of joint working groups to the BT members - by 31 May 2027
"""


def facts(tmp_path: Path, text: str):
    record = extracted(tmp_path, text, "report.txt")
    assert record.kind == "MeetingRecord"
    return record


@pytest.mark.parametrize("number", ["BT N 9842", "CEN/TC 287 N 1204", "JTC 1/SC 34 N 0265 rev. 1"])
def test_a_date_under_a_committee_document_number(tmp_path: Path, number: str) -> None:
    dates = {(d.role, d.value) for d in facts(tmp_path, CEN.format(number=number)).dates}
    assert {("meeting", "2027-03"), ("published", "2027-04-02")} <= dates, dates
    assert not [d for d in dates if d[0] == "approved"], dates


def test_the_actions_under_an_agenda_approval(tmp_path: Path) -> None:
    record = facts(tmp_path, CEN.format(number="BT N 9842"))
    found = {
        (folded(max([m.label, *m.texts], key=len)), m.target.text if m.target else None)
        for m in record.milestones
    }
    assert (folded("Publish the revised guidance on joint deliverables"), "15 September 2027") in found, found
    assert any(target == "31 May 2027" for _, target in found), found


IEEE = """Doc.: IEEE 802.11-27/0412r0

IEEE P802.11
Wireless LANs

|Minutes of the IEEE P802.11 Full Working Group |
|Date: {date} |
|Author(s): |
|Name |Company |Address |Phone |email |
|Selma Okafor |Halyard Radio Labs |Cork |+353 21 000 0000 |selma@halyard.example |

IEEE 802.11 Plenary Meeting - Session #219
Harbourside Convention Centre, Vancouver, Canada
{span}

The chair opened the meeting. The Wi-Fi Alliance liaison reported on the Wi-Fi 8 test plan; the IETF liaison
reported on the MADINAS work.
"""


@pytest.mark.parametrize(
    ("span", "date", "expected"),
    [
        ("March 14th-18th, 2027", "2027-03-25", {("meeting", "2027-03"), ("published", "2027-03-25")}),
        ("14 - 18 March 2027", "2027-04-02", {("meeting", "2027-03"), ("published", "2027-04-02")}),
    ],
)
def test_a_session_span_on_its_own_line(tmp_path: Path, span: str, date: str, expected: set) -> None:
    dates = {(d.role, d.value) for d in facts(tmp_path, IEEE.format(span=span, date=date)).dates}
    assert dates == expected
