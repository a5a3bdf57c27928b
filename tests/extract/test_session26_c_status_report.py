"""A status report's lists of work items (issue 12 point 9, session 26, engineer C):

status e-mails, weekly reports and board exports sort a joint register's items under "Done", "Doing" /
"In progress" and "Next" / "Planned", each item a list line opening with its tracker key in square brackets
("[R-15]", "[WI-3]", "[#42]") and closing after a dash on its status cue and date: "- published 9 Apr 2027"
for an item met, "- target 2027-05-14", "- planned Q3 2027" (the cue alone, without "for" or "in") for one
to come. The key is no part of the item; the date after "published" is the item's target, never the
report's own date of publication; "planned" opens a target as "planned for" does.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, written_milestone_pairs

EMAIL = """From: Ada Lind-Okafor <ada.lind@hmc.example>
To: joint-work@obc.example
Date: Fri, 16 Apr 2027 17:42:10 +0000
Subject: [HMC-OBC] Tide data alignment: status, week 15

Hi all,

Weekly status of the joint work of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC). Register items in brackets.

Done
  * [R-12] Common station code list for tide gauges - published 9 Apr 2027

Doing
  * [R-15] Shared quality flags for buoy records - target 2027-05-14
  * [R-16] Joint telemetry profile for drifting buoys - due end of May 2027

Next
  * [R-17] Guidance on sensor drift corrections - planned Q3 2027
  * [R-18] Shared archive of sample records - scheduled November 2027

Thanks,
Ada
"""

MARKDOWN = """# HMC / OBC joint work: weekly report

Report of 16 April 2027 on the joint register of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).

## Done

- [WI-12] Common station code list for tide gauges \u2013 published 9 Apr 2027

## In progress

- [WI-15] Shared quality flags for buoy records \u2013 target 2027-05-14
- [WI-16] Joint telemetry profile for drifting buoys \u2013 due end of May 2027

## Planned

- [WI-17] Guidance on sensor drift corrections \u2013 planned Q3 2027
- [WI-18] Shared archive of sample records \u2013 scheduled November 2027
"""

HTML = """<html><head><title>HMC / OBC status</title></head><body>
<h1>HMC / OBC joint work: status report</h1>
<p>Sent 16 April 2027 to the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).</p>
<h2>Done</h2>
<ul><li>[#12] Common station code list for tide gauges - published 9 Apr 2027</li></ul>
<h2>Doing</h2>
<ul><li>[#15] Shared quality flags for buoy records - target 2027-05-14</li>
<li>[#16] Joint telemetry profile for drifting buoys - due end of May 2027</li></ul>
<h2>Next</h2>
<ul><li>[#17] Guidance on sensor drift corrections - planned Q3 2027</li>
<li>[#18] Shared archive of sample records - scheduled November 2027</li></ul>
</body></html>
"""

VARIANTS = {"email.txt": EMAIL, "report.md": MARKDOWN, "status.html": HTML}
EXPECTED = {
    ("common station code list for tide gauges", "9 Apr 2027"),
    ("shared quality flags for buoy records", "2027-05-14"),
    ("joint telemetry profile for drifting buoys", "end of May 2027"),
    ("guidance on sensor drift corrections", "Q3 2027"),
    ("shared archive of sample records", "November 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_status_report_s_items_lose_their_keys_and_keep_their_targets(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
    assert not any("[" in item or "]" in item for item, _ in pairs), pairs


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_item_s_published_day_is_no_date_of_the_report(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    published = {fact.value for fact in record.dates if fact.role == "published"}
    assert "2027-04-09" not in published, record.dates


MEETING_NOTES = """# HMC / OBC Tide Data Coordination Meeting

Date: 22 June 2027
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Action items

- Circulate the revised station code list to both groups - due 2027-07-06
- Propose quality flag test cases - due 2027-07-20

## Next meeting

{next}
"""
NEXT_MEETINGS = (
    "Meeting 7 is planned for 14 September 2027.",
    "Call #13 on 14 September 2027.",
    "Joint meeting No. 7 - 14 September 2027",
)


@pytest.mark.parametrize("line", NEXT_MEETINGS)
def test_a_numbered_meeting_to_come_is_no_work_item(tmp_path: Path, line: str) -> None:
    pairs = written_milestone_pairs(tmp_path, MEETING_NOTES.format(next=line), "notes.md")
    assert ("circulate the revised station code list to both groups", "2027-07-06") in pairs, pairs
    assert not any(target == "14 September 2027" for _, target in pairs), pairs
