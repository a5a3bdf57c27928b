"""A schedule's target cell that keeps the plan and notes when it was met (issue 12 point 9, session 27,
engineer C, tag s27c).

Family: a release plan or milestone table with a header row naming the target column, whose shipped rows
keep their first target and add the actual date in brackets ("January 2027 (actual: 28 January 2027)",
"Q2 2027 (achieved 3 June 2027)", "2027-03 (delivered 2027-03-29)"), as project schedules do to learn how
long things took. The target is the plan; the note is no part of it.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# HMC / OBC joint tide data release plan

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Planned releases

| Release | Target | Description |
|---|---|---|
| Alpha 1 | January 2027 (actual: 28 January 2027) | Developer preview of the tide gauge harness |
| Beta 1 | Q2 2027 (achieved 3 June 2027) | Feature-complete telemetry profile |
| Final | December 2027 | Joint tide data profile accepted by both bodies |
"""

HTML = """<html><head><title>HMC / OBC release plan</title></head><body>
<h1>HMC / OBC joint tide data release plan</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<table>
<tr><th>Milestone</th><th>Planned date</th><th>Owner</th></tr>
<tr><td>Developer preview of the tide gauge harness</td>
<td>January 2027 (actual: 28 January 2027)</td><td>HMC</td></tr>
<tr><td>Feature-complete telemetry profile</td><td>Q2 2027 (achieved 3 June 2027)</td><td>OBC</td></tr>
<tr><td>Joint tide data profile accepted by both bodies</td><td>December 2027</td><td>both</td></tr>
</table>
</body></html>
"""

TEXT = """HMC / OBC JOINT TIDE DATA RELEASE PLAN

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

Schedule

Deliverable\tTarget\tNotes
Developer preview of the tide gauge harness\tJanuary 2027 (actual: 28 January 2027)\tshipped
Feature-complete telemetry profile\tQ2 2027 (delivered 3 June 2027)\tshipped
Joint tide data profile accepted by both bodies\tDecember 2027\t-
"""

VARIANTS = {"plan.md": MARKDOWN, "plan.html": HTML, "plan.txt": TEXT}
EXPECTED = {
    ("developer preview of the tide gauge harness", "January 2027"),
    ("feature-complete telemetry profile", "Q2 2027"),
    ("joint tide data profile accepted by both bodies", "December 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_target_keeps_its_plan_without_the_note_of_when_it_was_met(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs
