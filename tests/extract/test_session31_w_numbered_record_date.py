"""A meeting record headed by its document reference and the day it was issued (session 31, W, dev's meeting
records: an invitation under "IEC TC 100/AGS/412/INV" / "2027-03-22", a summary record under its code and
"17 March 2026" at the right): that date, alone on its line right under the reference, is the record's
issue (`published`), and the meeting's day is the one its title names ("Geneva, 14 May 2027"). A date alone
under a title with no reference above it stays the meeting's. Bodies, people and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = """\

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) meet to coordinate their work on
tide data exchange. The meeting reviews the joint liaison and the tide record drafts.

1. Opening
2. Tide record draft
3. Action items
"""


def dates(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, "record.txt").dates}


@pytest.mark.parametrize(
    ("head", "issued", "met"),
    [
        (
            "HMC TC 7/AGS/88/INV\n2027-03-22\n\nHARBOUR METROLOGY COUNCIL\n\n"
            "Invitation and agenda: second HMC / OBC coordination meeting\nBergen, 14 May 2027\n",
            "2027-03-22",
            "2027-05-14",
        ),
        (
            "Unclassified                                   HMC/TDX/M(2027)2/FINAL\n\n"
            "                                                         9 April 2027\n\n"
            "Summary record of the HMC / OBC joint meeting\nBergen, 23 March 2027\n",
            "2027-04-09",
            "2027-03-23",
        ),
    ],
)
def test_the_date_under_the_reference_is_the_issue(tmp_path: Path, head: str, issued: str, met: str) -> None:
    found = dates(tmp_path, head + BODY)
    assert ("published", issued) in found, found
    assert ("meeting", met) in found, found
    assert ("meeting", issued) not in found, found


def test_a_date_under_a_title_is_the_meeting_s(tmp_path: Path) -> None:
    found = dates(tmp_path, "HMC / OBC coordination meeting - minutes\n2027-03-22\n" + BODY)
    assert ("meeting", "2027-03-22") in found, found
    assert not any(role == "published" for role, _ in found), found
