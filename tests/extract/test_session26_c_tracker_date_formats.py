"""Dates as trackers and spreadsheets write them (issue 12 point 9, session 26, engineer C):

an issue tracker writes a due date with slashes and the month's short name ("31/Mar/27", Jira's), a
spreadsheet's month format joins the month's name and a year of two digits by a hyphen ("Mar-27"), and a
plan may give a period by its start ("beginning of 2028", "start of Q2 2027"). Each is a target as written,
also where only its shape tells it from the item's words (a list line after a dash or a cue, in brackets).

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TEXT = """HMC / OBC joint work items - digest
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

Work items

  * Common station code list for tide gauges - due 31/Mar/27
  * Shared quality flags for buoy records - due Mar-27
  * Joint telemetry profile for drifting buoys - due beginning of 2028
  * Guidance on sensor drift corrections - due start of Q2 2027
"""

MARKDOWN = """# HMC / OBC joint work items

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Work items

- Common station code list for tide gauges (31/Mar/27)
- Shared quality flags for buoy records (Mar-27)
- Joint telemetry profile for drifting buoys (beginning of 2028)
- Guidance on sensor drift corrections (start of Q2 2027)
"""

HTML = """<html><head><title>HMC / OBC joint work items</title></head><body>
<h1>HMC / OBC joint work items</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Milestones</h2>
<ul><li>Common station code list for tide gauges: 31/Mar/27</li>
<li>Shared quality flags for buoy records: Mar-27</li>
<li>Joint telemetry profile for drifting buoys: beginning of 2028</li>
<li>Guidance on sensor drift corrections: start of Q2 2027</li></ul>
</body></html>
"""

VARIANTS = {"digest.txt": TEXT, "items.md": MARKDOWN, "items.html": HTML}
EXPECTED = {
    ("common station code list for tide gauges", "31/Mar/27"),
    ("shared quality flags for buoy records", "Mar-27"),
    ("joint telemetry profile for drifting buoys", "beginning of 2028"),
    ("guidance on sensor drift corrections", "start of Q2 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_tracker_s_and_a_spreadsheet_s_dates_are_targets(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
