"""A work item named in quotes inside a sentence (issue 12 point 9, session 26, engineer C):

records of resolutions, minutes and agreements open or progress a joint work item by naming it in quotes
and giving its target in the rest of the sentence: 'The meeting agrees to open a joint work item "X" and
sets its target date to Q4 2027.', '... progress the joint work item "Y" and expects a stable draft by 30
September 2027.', 'RESOLVED: the new deliverable "Z" is due by the next joint meeting.' The quoted title is
the item, the phrase after the cue its target; a work item quoted with no target in its sentence ('the work
item "W" was discussed') is none.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

RESOLUTIONS = """HMC / OBC Joint Meeting on Tide Data
Record of Resolutions

Meeting:      Joint meeting No. 3, online
Held:         9 March 2027

Present: members of the Harbour Metrology Council (HMC) Tide Gauge Working Group and of the Open Buoy
Consortium (OBC) Telemetry Task Force.

Resolution J3/1 (Agenda)
  The meeting adopts the agenda.

Resolution J3/2 (Station codes)
  The meeting agrees to open a joint work item "Common station code list for tide gauges" and sets its
  target date to Q4 2027.

Resolution J3/3 (Quality flags)
  Noting the comments received, the meeting agrees to progress the joint work item "Shared quality flags
  for buoy records" and expects a stable draft by 30 September 2027.

Resolution J3/4 (Archive)
  The work item "Shared archive of sample records" was discussed; no decision was taken.
"""

MINUTES_MD = """# HMC / OBC joint call, 9 March 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Decisions

1. RESOLVED: the new deliverable \u201cCommon station code list for tide gauges\u201d is due by Q4 2027.
2. RESOLVED: the deliverable \u201cShared quality flags for buoy records\u201d is to be completed, target date
   30 September 2027, by the telemetry editors.
3. The deliverable \u201cShared archive of sample records\u201d was discussed without a decision.
"""

AGREEMENT_HTML = """<html><head><title>HMC / OBC cooperation agreement, annex</title></head><body>
<h1>Annex A to the cooperation agreement between HMC and OBC</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree on the following joint
work.</p>
<p>The Parties will carry out the joint project "Common station code list for tide gauges", with a target
date of Q4 2027. They will also carry out the joint project "Shared quality flags for buoy records" no later
than 30 September 2027. The project "Shared archive of sample records" may follow.</p>
</body></html>
"""

VARIANTS = {"resolutions.txt": RESOLUTIONS, "minutes.md": MINUTES_MD, "annex.html": AGREEMENT_HTML}
EXPECTED = {
    ("common station code list for tide gauges", "Q4 2027"),
    ("shared quality flags for buoy records", "30 September 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_quoted_work_item_takes_the_target_its_sentence_cues(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
    assert not any("shared archive of sample records" in item for item, _ in pairs), pairs
