"""Dated work in a bulleted list led in by what the parties will do (issue 12 point 9, session 25,
engineer C): press releases, newsletters and annual reports list the first joint work items under "The
first joint work items are:" or "the two organizations will:" with bullets, not numbers. Each bullet that
ends on a target ("X, expected in the second half of 2027;", "Y, due in March 2028.", "hold Z in Q3
2027;") is a work item without its cue; a bullet with no date stays a duty, no work item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

RELEASE = """# Harbour Metrology Council and Open Buoy Consortium sign a memorandum of understanding

GENEVA, 4 March 2027 - The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today signed a
memorandum of understanding on tide data. The HMC Tide Gauge Working Group and the OBC Telemetry Task Force
will meet twice a year.

{lead}

{b} a common station code list for tide gauges, {cue} the second half of 2027;
{b} a shared set of quality flags for buoy records, {cue2} March 2028;
{b} invite each other's experts to their working group calls.

About HMC

The Harbour Metrology Council develops standards for tide gauges.
"""
LEADS = ["The first joint work items are:", "Under the memorandum the two organizations will work on:"]
CUES = {"expected": ("expected in", "due in"), "planned": ("planned for", "expected by")}


@pytest.mark.parametrize("bullet", ["-", "*", "+"])
@pytest.mark.parametrize("cues", sorted(CUES))
@pytest.mark.parametrize("lead", LEADS)
def test_bulleted_items_under_a_lead_in(tmp_path: Path, lead: str, cues: str, bullet: str) -> None:
    cue, cue2 = CUES[cues]
    text = RELEASE.format(lead=lead, b=bullet, cue=cue, cue2=cue2)
    pairs = written_milestone_pairs(tmp_path, text, "news.md")
    assert ("a common station code list for tide gauges", "the second half of 2027") in pairs, pairs
    assert ("a shared set of quality flags for buoy records", "March 2028") in pairs, pairs
    assert not any(item.startswith("invite") for item, _ in pairs), pairs
