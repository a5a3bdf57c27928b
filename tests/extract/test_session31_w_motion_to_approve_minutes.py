"""A meeting record's motion approving an earlier call's minutes, its verb first ("Motion: To approve the
minutes of the call of 2 December 2026", "Approval of the minutes of the meeting of 4 March 2027", "The
group adopted the minutes of the call of ..."): that call is an earlier one, no meeting of this record, as
"The minutes of the call of X were approved" already was not (session 31, W, dev's meeting records).
Bodies, people and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = """\
# HMC Tide Gauge Working Group and OBC Telemetry Task Force: Joint Call Minutes

**Date:** 3 February 2027
**Location:** online

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) met on their tide data liaison.

## 2. Approval of the previous minutes

{line}
**Result:** Approved
"""


@pytest.mark.parametrize(
    "line",
    [
        "**Motion:** To approve the minutes of the call of 2 December 2026",
        "The group adopted the minutes of the call of 2 December 2026 without changes.",
        "Motion to accept the minutes of the meeting held on 2 December 2026, moved by Ada Lindqvist.",
    ],
)
def test_an_earlier_call_s_minutes_approved_is_no_meeting(tmp_path: Path, line: str) -> None:
    record = extracted(tmp_path, HEAD.format(line=line), "minutes.md")
    found = {(fact.role, fact.value) for fact in record.dates}
    assert ("meeting", "2027-02-03") in found, found
    assert ("meeting", "2026-12-02") not in found, found
