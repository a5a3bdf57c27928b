"""An agreement's announcement telling its first step in a sentence of plans (issue 12 point 9, session 27,
engineer C, tag s27c).

Family: a press release, news item or memorandum that, outside any work-item section, says when the first
joint step is expected, possibly at a named occasion ("The first joint session is expected at the Tide
Data Congress in October 2027.", "A joint workshop is scheduled for June 2027."): that step is a work item
dated by the date, not by the occasion. Only such a sentence about the step itself counts, not what a
party "will" do.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

RELEASE_TXT = """JOINT PRESS RELEASE

Harbour Metrology Council and Open Buoy Consortium agree to align tide data work

BERGEN, 3 May 2027 - The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today
announced a memorandum of understanding on tide data, signed on 28 April 2027.

Under the memorandum the organizations will exchange draft deliverables. The first joint session is
expected at the Tide Data Congress in October 2027.
"""

NEWS_MD = """# HMC and OBC sign a memorandum of understanding

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of understanding
on tide data on 28 April 2027. The first joint session is expected at the Tide Data Congress in October
2027.
"""

NEWS_HTML = """<html><head><title>HMC and OBC sign MoU</title></head><body>
<h1>HMC and OBC sign a memorandum of understanding</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of
understanding on tide data on 28 April 2027.</p>
<p>The first joint session is scheduled at the Tide Data Congress in October 2027.</p>
</body></html>
"""

VARIANTS = {"release.txt": RELEASE_TXT, "news.md": NEWS_MD, "news.html": NEWS_HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_announced_first_step_is_a_work_item(tmp_path: Path, name: str) -> None:
    pairs = {
        (item.removeprefix("the "), target)
        for item, target in written_milestone_pairs(tmp_path, VARIANTS[name], name)
    }
    assert pairs == {("first joint session", "October 2027")}, pairs
