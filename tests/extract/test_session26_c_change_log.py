"""A register addendum written as a change log (issue 12 point 9, session 26, engineer C):

an addendum may give its changes as a table of what changed, one row a change: the day, the item changed
("4 \u2014 X", "Item 4 (X)", "#4: X") and the change ("Target moved from Q1 2027 to Q3 2027", "New item,
target 2027-11-30", "Withdrawn (merged into item 4)"). Each row that leaves an item planned is that item
with its target now; a withdrawn item is none; a revision history of the document itself ("Version | Date |
Change") names no item column and gives no work item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# HMC / OBC Joint Work Register: Addendum 3

Addendum 3 to the joint work register of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC), approved on 11 May 2027.

## Change log

| Date | Item | Change |
|---|---|---|
| 2027-02-03 | 4 \u2014 Shared quality flags for buoy records | Target moved from Q1 2027 to Q3 2027 |
| 2027-03-17 | 7 \u2014 Guidance on sensor drift corrections | New item, target 2027-11-30 |
| 2027-04-22 | 2 \u2014 Common station code list for tide gauges | Withdrawn (merged into item 4) |
| 2027-05-11 | 8 \u2014 Joint telemetry profile for drifting buoys | New item, target 1Q2028 |

## Document history

| Version | Date | Change |
|---|---|---|
| 0.1 | 2027-04-30 | First draft for the joint group |
| 1.0 | 2027-05-11 | Approved version |
"""

HTML = """<html><head><title>HMC / OBC register addendum 3</title></head><body>
<h1>HMC / OBC Joint Work Register: Addendum 3</h1>
<p>Changes to the joint work register of the Harbour Metrology Council (HMC) and the Open Buoy Consortium
(OBC), approved on 11 May 2027.</p>
<h2>Changes</h2>
<table>
<tr><th>Work item</th><th>Description of change</th><th>Agreed</th></tr>
<tr><td>Item 4 (Shared quality flags for buoy records)</td><td>target changed from Q1 2027 to Q3 2027</td>
<td>2027-02-03</td></tr>
<tr><td>Item 7 (Guidance on sensor drift corrections)</td><td>added; target 2027-11-30</td>
<td>2027-03-17</td></tr>
<tr><td>Item 2 (Common station code list for tide gauges)</td><td>deleted</td><td>2027-04-22</td></tr>
<tr><td>Item 8 (Joint telemetry profile for drifting buoys)</td><td>added, due 1Q2028</td>
<td>2027-05-11</td></tr>
</table>
</body></html>
"""

TEXT = """HMC / OBC JOINT WORK REGISTER - ADDENDUM 3

Addendum 3 to the joint work register of the Harbour Metrology Council (HMC) and the Open Buoy Consortium
(OBC). Approved on 11 May 2027.

CHANGE LOG

Date\tItem\tChange
2027-02-03\t#4: Shared quality flags for buoy records\tTarget moved from Q1 2027 to Q3 2027
2027-03-17\t#7: Guidance on sensor drift corrections\tNew item, target 2027-11-30
2027-04-22\t#2: Common station code list for tide gauges\tRemoved
2027-05-11\t#8: Joint telemetry profile for drifting buoys\tNew item, target 1Q2028
"""

VARIANTS = {"addendum.md": MARKDOWN, "addendum.html": HTML, "addendum.txt": TEXT}
EXPECTED = {
    ("shared quality flags for buoy records", "Q3 2027"),
    ("guidance on sensor drift corrections", "2027-11-30"),
    ("joint telemetry profile for drifting buoys", "1Q2028"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_change_log_s_rows_give_each_changed_item_its_target_now(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
    items = {item for item, _ in pairs}
    assert not any("common station code list" in item for item in items), pairs  # withdrawn
    assert not any(item.startswith(("first draft", "approved version")) for item in items), pairs
