"""A roadmap by period and a call's list of deliverables (issue 12 point 9, session 26, engineer C):

a joint roadmap page heads each column or section with a period alone ("H2 2027", "H1 2028", "Q3 '28")
over a list of item titles, each title maybe followed by a dash and a line of description; an item takes its
heading's period as its target, its title is the item, and a heading that is no period ("Later",
"Backlog") leaves its items unplanned. A call for participation lists its deliverables with their codes and
dotted leaders to a cued date ("D1. X ........ due 30 June 2027"): the code is no part of the item and the
cue none of the target.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

ROADMAP_HTML = """<html><head><title>HMC and OBC: tide data roadmap</title></head><body>
<h1>HMC and OBC: tide data roadmap</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) maintain this joint roadmap.</p>
<h2>H2 2027</h2>
<ul><li><strong>Common station code list for tide gauges</strong> \u2014 published as open data</li>
<li><strong>Shared quality flags for buoy records</strong></li></ul>
<h2>H1 2028</h2>
<ul><li><strong>Joint telemetry profile for drifting buoys</strong></li></ul>
<h2>Q3 '28</h2>
<ul><li><strong>Guidance on sensor drift corrections</strong></li></ul>
<h2>Later</h2>
<ul><li><strong>Shared archive of sample records</strong> (not yet scheduled)</li></ul>
</body></html>
"""

ROADMAP_MD = """# HMC and OBC: tide data roadmap

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) maintain this joint roadmap.

## H2 2027

- **Common station code list for tide gauges** \u2013 published as open data
- **Shared quality flags for buoy records**

## H1 2028

- **Joint telemetry profile for drifting buoys**

## Q3 '28

- **Guidance on sensor drift corrections**

## Backlog

- **Shared archive of sample records**
"""

ROADMAP_TXT = """HMC AND OBC: TIDE DATA ROADMAP

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) maintain this joint roadmap.

H2 2027
  * Common station code list for tide gauges - published as open data
  * Shared quality flags for buoy records

H1 2028
  * Joint telemetry profile for drifting buoys

Q3 '28
  * Guidance on sensor drift corrections

Later
  * Shared archive of sample records
"""

ROADMAPS = {"roadmap.html": ROADMAP_HTML, "roadmap.md": ROADMAP_MD, "roadmap.txt": ROADMAP_TXT}
ROADMAP_EXPECTED = {
    ("common station code list for tide gauges", "H2 2027"),
    ("shared quality flags for buoy records", "H2 2027"),
    ("joint telemetry profile for drifting buoys", "H1 2028"),
    ("guidance on sensor drift corrections", "Q3 '28"),
}


@pytest.mark.parametrize("name", sorted(ROADMAPS))
def test_a_roadmap_s_items_take_their_period_heading_as_target(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, ROADMAPS[name], name)
    assert pairs >= ROADMAP_EXPECTED, pairs
    assert not any(item.startswith("shared archive") and target for item, target in pairs), pairs


CALL_TXT = """CALL FOR PARTICIPATION

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)
Joint Task Force on Tide Data

1. Purpose

The Harbour Metrology Council and the Open Buoy Consortium invite their members to a joint task force.

2. Deliverables

  D1. Common station code list for tide gauges ...................... due 30 June 2027
  D2. Shared quality flags for buoy records .......................... due Q3 2027
  D3. Joint telemetry profile for drifting buoys ..................... by December 2027

3. How to participate

Write to the co-chairs.
"""

CALL_MD = """# Call for participation: HMC / OBC Joint Task Force on Tide Data

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) invite their members to a joint
task force.

## Deliverables

- WP1: Common station code list for tide gauges ........ due 30 June 2027
- WP2: Shared quality flags for buoy records ........ due Q3 2027
- WP3: Joint telemetry profile for drifting buoys ........ by December 2027
"""

CALL_HTML = """<html><head><title>HMC / OBC call for participation</title></head><body>
<h1>Call for participation: HMC / OBC Joint Task Force on Tide Data</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) invite their members to a joint
task force.</p>
<h2>Expected deliverables</h2>
<p>D1) Common station code list for tide gauges \u2026\u2026\u2026 due 30 June 2027</p>
<p>D2) Shared quality flags for buoy records \u2026\u2026\u2026 due Q3 2027</p>
<p>D3) Joint telemetry profile for drifting buoys \u2026\u2026\u2026 by December 2027</p>
</body></html>
"""

CALLS = {"call.txt": CALL_TXT, "call.md": CALL_MD, "call.html": CALL_HTML}
CALL_EXPECTED = {
    ("common station code list for tide gauges", "30 June 2027"),
    ("shared quality flags for buoy records", "Q3 2027"),
    ("joint telemetry profile for drifting buoys", "December 2027"),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_call_s_coded_deliverables_with_leaders_and_cues(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, CALLS[name], name)
    assert pairs >= CALL_EXPECTED, pairs
