"""A partner page's "Next:" field (issue 12 point 9, session 25, engineer C): alliance pages, partner
directories and liaison lists sum up each partnership in a paragraph and end it on what comes next,
labelled ("Next: X, expected H2 2027.", "Next step: X, planned for Q3 2027.", "Current item: X, due H1
2028."). The labelled value is a work item with its target when it ends on one; a "Next:" with no date
("Next: to be agreed at the plenary.") is none.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

PAGE = """<html><head><title>Industry collaborations | Harbour Metrology Council</title></head><body>
<h1>Industry collaborations</h1>
<p>The Harbour Metrology Council (HMC) works with other organizations on tide data.</p>
<h2>Open Buoy Consortium (OBC)</h2>
<p>Since 2025 the HMC Tide Gauge Working Group and the OBC Telemetry Task Force align their record formats.
{label} joint test plan for buoy telemetry over satellite links, {cue} H2 2027.</p>
<h2>Coastal Sensor Alliance (CSA-X)</h2>
<p>A liaison since 2024 on sensor calibration. {label} common guidance on sensor drift, {cue} Q1 2028.</p>
<h2>Marine Data Forum (MDF)</h2>
<p>A new liaison. {label} to be agreed at the plenary.</p>
</body></html>
"""
LABELS = ["<strong>Next:</strong>", "Next step:", "Current item:", "Next steps:"]
CUES = ["expected", "planned for", "due"]


@pytest.mark.parametrize("cue", CUES)
@pytest.mark.parametrize("label", LABELS)
def test_a_next_field_s_dated_item(tmp_path: Path, label: str, cue: str) -> None:
    pairs = written_milestone_pairs(tmp_path, PAGE.format(label=label, cue=cue), "partners.html")
    assert ("joint test plan for buoy telemetry over satellite links", "H2 2027") in pairs, pairs
    assert ("common guidance on sensor drift", "Q1 2028") in pairs, pairs
    assert not any(item.startswith("to be agreed") for item, _ in pairs), pairs
