"""Two dates of minutes that are no date of the record (session 34, H, probing the minutes layouts of
IEEE 802 and OASIS templates): the day under a heading of the meeting to come ("## Next Meeting" over
"**Date:** 2027-06-10", "5. Date and place of the next meeting" over "Date: 10 June 2027") was a second
meeting day; a row of a table of actions whose item holds a role's word ("| Circulate the draft test method
| Bo Ek | 2027-05-02 |": "the draft") was read as a field dating the record's issue, and a table's "| Provider
design review | Complete | 2027-12 |" as its review. Bodies real, meetings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MD = """# IEEE 802.11 Coexistence SC / ETSI ERM TG11 joint call - Minutes

**Meeting:** joint call

**Date:** 2027-03-04

## Action Items

| Item | Assignee | Due Date |
|------|----------|----------|
| Send the coexistence liaison to ETSI ERM TG11 | Ada Lind | 2027-04-15 |
| Circulate the draft test method | Bo Ek | 2027-05-02 |

## {next}

**Date:** 2027-06-10
"""

TXT = """IEEE 802.11 Coexistence SC / ETSI ERM TG11 joint call - Minutes

Date: 4 March 2027

1. Opening

The chair opened the call.

2. Liaison with ETSI ERM TG11

Ada Lind to send the coexistence liaison to ETSI ERM TG11 by 15 April 2027.

3. {next}

Date: 10 June 2027
Place: Geneva
"""


def dated(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    return {(d.role, d.value) for d in record.dates}


NEXT = ["Next Meeting", "Future meetings", "Date and place of the next meeting"]


@pytest.mark.parametrize("next_heading", NEXT)
def test_the_next_meeting_is_no_meeting_of_the_record(tmp_path: Path, next_heading: str) -> None:
    assert dated(tmp_path, MD.format(next=next_heading), "minutes.md") == {("meeting", "2027-03-04")}
    assert dated(tmp_path, TXT.format(next=next_heading), "minutes.txt") == {("meeting", "2027-03-04")}


def test_a_row_of_a_table_of_items_is_no_field(tmp_path: Path) -> None:
    text = (
        "# OFA and UEC liaison\n\nThe OpenFabrics Alliance (OFA) and the Ultra Ethernet Consortium (UEC) "
        "signed a liaison letter in September 2026.\n\n## Joint work\n\n| Item | Status | Target |\n"
        "|---|---|---|\n| Provider design review | Complete | 2027-12 |\n"
        "| Review the draft API mapping | Open | 2028-03 |\n"
    )
    record = extracted(tmp_path, text, "page.md")
    assert not [d for d in record.dates if d.value in ("2027-12", "2028-03")]


def test_a_row_of_signatures_keeps_its_role(tmp_path: Path) -> None:
    text = (
        "# OGF and DMTF Memorandum of Understanding\n\nThe Open Grid Forum (OGF) and DMTF agree to cooperate "
        "on cloud management.\n\n| Party | Name | Date |\n|---|---|---|\n"
        "| Signed for OGF | Ana Example, President | 2027-03-04 |\n"
        "| Approved by the OGF Board of Directors | on behalf of OGF | 2027-02-20 |\n"
    )
    dates = {(d.role, d.value) for d in extracted(tmp_path, text, "mou.md").dates}
    assert {("signed", "2027-03-04"), ("approved", "2027-02-20")} <= dates, dates
