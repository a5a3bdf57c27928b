"""A board's card and the badges after its due date (issue 12 point 9, session 25, engineer C): a Trello or
Planner board exported to HTML writes each card's title, then a row of badges, the due date first and, after
it, the checklist's progress ("0/4") and the count of comments ("3"). The title is the item, the due date
its target; the counts after it are no part of the target.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

BOARD = """<html><head><title>HMC / OBC joint work register | Board</title></head><body>
<h1>HMC / OBC joint work register</h1>
<p>The board of the joint work items of the Harbour Metrology Council (HMC) Tide Gauge Working Group and the
Open Buoy Consortium (OBC) Telemetry Task Force.</p>
<div class="list"><h3 class="list-header">Planned <span class="count">2</span></h3>
<div class="card"><div class="card-title">Common station code list for tide gauges</div>
<div class="badges"><span class="badge due">Due {first}</span>{badges}</div>
<div class="members"><span class="avatar">AL</span></div></div>
<div class="card"><div class="card-title">Shared quality flags for buoy records</div>
<div class="badges"><span class="badge due">Due Dec 15, 2027</span></div>
<div class="members"><span class="avatar">TB</span></div></div>
</div></body></html>
"""
BADGES = {
    "checklist": ' <span class="badge checklist">0/4</span>',
    "comments": ' <span class="badge comments">3</span>',
    "both": ' <span class="badge checklist">2/5</span> <span class="badge comments">12</span>',
}


@pytest.mark.parametrize("first", ["Jul 31, 2027", "31 Jul 2027", "2027-07-31"])
@pytest.mark.parametrize("badges", sorted(BADGES))
def test_the_badges_after_a_card_s_due_date(tmp_path: Path, badges: str, first: str) -> None:
    text = BOARD.format(first=first, badges=BADGES[badges])
    pairs = written_milestone_pairs(tmp_path, text, "board.html")
    assert ("common station code list for tide gauges", first) in pairs, pairs
    assert ("shared quality flags for buoy records", "Dec 15, 2027") in pairs, pairs
