"""Minutes' dates: the minutes they approve, and the day at their head (issue 12 point 9, session 29, C).

Family: minutes open with an approval of earlier minutes ("1. Minutes Approval" / "- 30 September 2027:
Resolution to Approve: Passed"; "Approval of the previous minutes: the minutes of 12 May were approved"):
that date is the earlier call's, not an approval of these minutes, unless a line says these minutes were
approved. And minutes dated at their head ("Agenda and action item review - 9 February 2028") are the
meeting's day, not a day of publishing besides. Real layouts: OpenCSA steering committee minutes and IEEE
802.11 minutes (probed outside the repository, /work/s29/c-real.md). Bodies and people are invented; the
values were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """HMC / OBC Coordination Steering Call Minutes - 14 October 2027

This call follows up the liaison between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) on tide data.

1. Minutes Approval

- 30 September 2027: Resolution to Approve: Passed (Quist/Vandamme) - Unanimous.

2. Open actions

- ACTION: Ravi Osterlund to map the buoy telemetry fields to the HMC tide terms by 4 November 2027.
"""

MARKDOWN = """# HMC / OBC Coordination Steering Call - 14 October 2027

This call follows up the liaison between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) on tide data.

## Approval of the previous minutes

The minutes of the call of 30 September 2027 were approved without change.

## Actions

- ACTION: Ravi Osterlund to map the buoy telemetry fields to the HMC tide terms by 4 November 2027.
"""


@pytest.mark.parametrize(("name", "text"), [("m.txt", TEXT), ("m.md", MARKDOWN)])
def test_approving_earlier_minutes_dates_no_approval_of_these(tmp_path: Path, name: str, text: str) -> None:
    record = extracted(tmp_path, text, name)
    facts = {(f.role, f.value) for f in record.dates}
    assert ("approved", "2027-09-30") not in facts, facts
    assert ("meeting", "2027-10-14") in facts, facts


def test_these_minutes_approved_in_the_section_keep_their_date(tmp_path: Path) -> None:
    """ "These minutes were approved on ..." under "Minutes Approval": this record's approval, kept; the
    earlier call's line beside it still dates none."""
    text = TEXT.replace(
        "- Unanimous.\n", "- Unanimous.\n- These minutes were approved on 11 November 2027.\n"
    )
    record = extracted(tmp_path, text, "m.txt")
    facts = {(f.role, f.value) for f in record.dates}
    assert ("approved", "2027-11-11") in facts, facts
    assert ("approved", "2027-09-30") not in facts, facts


HEADED = """# HMC / OBC Joint Coordination Committee

## Agenda and action item review - 9 February 2028

The committee coordinates the work of the Harbour Metrology Council (HMC) and the Open Buoy Consortium
(OBC) under their cooperation agreement.

- ACTION: Ilse Brandvold to draft the terms for a shared buoy plugfest by April 2028.
"""


def test_minutes_dated_at_their_head_are_that_meetings_not_published_besides(tmp_path: Path) -> None:
    record = extracted(tmp_path, HEADED, "h.md")
    facts = {(f.role, f.value) for f in record.dates}
    assert ("meeting", "2028-02-09") in facts, facts
    assert ("published", "2028-02-09") not in facts, facts
