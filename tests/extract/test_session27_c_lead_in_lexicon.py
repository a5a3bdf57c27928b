"""Dated items under a lead-in that names them with "are:" (issue 12 point 9, session 27, engineer C, tag
s27c).

Family: a run-in list under a clause naming what follows ("The first joint activities are:", "Planned
deliverables for 2027 will be:", "Our priorities are:"), as press releases and memoranda announce the first
work of an agreement; each item ends on its target after a comma ("a joint workshop on tide gauges, in Q3
2027;"). The lead-in lexicon had "will:", "agree to:", "activities may include:" but not a plain "are:".

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

RELEASE_TXT = """FOR IMMEDIATE RELEASE

Harbour Metrology Council and Open Buoy Consortium sign memorandum of understanding

BERGEN, 3 May 2027 - The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today signed a
memorandum of understanding on tide data.

The first joint activities are:

  * a joint workshop on tide gauge calibration, in Q3 2027;
  * a joint technical report on buoy telemetry, in H1 2028.

The memorandum runs for three years.
"""

MOU_MD = """# Memorandum of Understanding between HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to cooperate on tide data.

Planned deliverables for the first two years will be:

- a joint workshop on tide gauge calibration, in Q3 2027;
- a joint technical report on buoy telemetry, in H1 2028.
"""

NEWS_HTML = """<html><head><title>HMC and OBC sign MoU</title></head><body>
<h1>HMC and OBC sign a memorandum of understanding</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of
understanding on tide data on 3 May 2027.</p>
<p>Our priorities are:</p>
<ul><li>a joint workshop on tide gauge calibration, in Q3 2027;</li>
<li>a joint technical report on buoy telemetry, in H1 2028.</li></ul>
</body></html>
"""

VARIANTS = {"release.txt": RELEASE_TXT, "mou.md": MOU_MD, "news.html": NEWS_HTML}
EXPECTED = {
    ("a joint workshop on tide gauge calibration", "Q3 2027"),
    ("a joint technical report on buoy telemetry", "H1 2028"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_items_under_a_lead_in_naming_them_are_work_items(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs
