"""Deliverables dated in months from the start of the work (issue 12 point 9, session 27, engineer C,
tag s27c).

Family: a charter's or project plan's timeline that counts from its start rather than the calendar
("Month 3", "M+12", "T0 + 9 months", "18 months after the start"), written as a term over its
deliverable (an HTML definition list), as a field before it ("Month 6: First draft ...") or as a target
column. When such a target falls depends on a start the line does not give: it is an open target kept as
written, as "the March plenary" is.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

from kg.extract.dates import parse_target

HTML = """<html><head><title>HMC / OBC joint task force charter</title></head><body>
<h1>HMC / OBC Joint Task Force on Tide Data: Charter</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) form a joint task force.</p>
<h2>Deliverables and timeline</h2>
<p>Months are counted from the start of the task force.</p>
<dl>
<dt>Month 3</dt><dd>Gap analysis of the tide gauge code lists</dd>
<dt>Month 9</dt><dd>First draft of the joint telemetry profile</dd>
<dt>Month 15</dt><dd>Test plan for the joint telemetry profile</dd>
</dl>
<h2>Leadership</h2>
<p>Co-convenors: Ada Lind (HMC) and Tomas Brekke (OBC).</p>
</body></html>
"""

MARKDOWN = """# HMC / OBC Joint Task Force on Tide Data: Charter

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) form a joint task force.

## Deliverables

| Deliverable | Due |
|---|---|
| Gap analysis of the tide gauge code lists | M+3 |
| First draft of the joint telemetry profile | M+9 |
| Test plan for the joint telemetry profile | M+15 |
"""

TEXT = """HMC / OBC JOINT TASK FORCE ON TIDE DATA - CHARTER

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) form a joint task force.

5. Timeline

   a) Gap analysis of the tide gauge code lists - T0 + 3 months
   b) First draft of the joint telemetry profile - T0 + 9 months
   c) Test plan for the joint telemetry profile - T0 + 15 months
"""

VARIANTS = {"charter.html": HTML, "charter.md": MARKDOWN, "charter.txt": TEXT}
ITEMS = (
    "gap analysis of the tide gauge code lists",
    "first draft of the joint telemetry profile",
    "test plan for the joint telemetry profile",
)
TARGETS = {"charter.html": "Month {}", "charter.md": "M+{}", "charter.txt": "T0 + {} months"}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_deliverable_dated_from_the_start_keeps_its_target_as_written(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    expected = {(item, TARGETS[name].format(month)) for item, month in zip(ITEMS, (3, 9, 15), strict=True)}
    assert pairs == expected, pairs


@pytest.mark.parametrize("text", ["Month 6", "M+12", "T0 + 9 months", "18 months after the start", "Week 4"])
def test_a_time_from_the_start_is_an_open_target(text: str) -> None:
    target = parse_target(text)
    assert target is not None and target.text == text and target.is_status


@pytest.mark.parametrize("text", ["Month", "M6", "Section 3", "Phase 2", "12 months"])
def test_other_words_with_a_number_are_no_targets(text: str) -> None:
    assert parse_target(text) is None
