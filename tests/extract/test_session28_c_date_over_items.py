"""A date written alone over the items due then (issue 12 point 9, session 28, engineer C, tag s28c).

Family: timelines that nest each month's days under the month and each day's work under the day
("- April 2027" / "  - April 8, 2027" / "    - Editors to post the draft"), as a technical committee's
timeline page does; a reader of HTML or a plain-text export may lose the nesting, so a list item that is
a date alone dates the items after it, as a line that is a period alone already did, until the next date
or the end of the list. The same with lead-in cues: "By 15 April 2027:" over its items, the cue no part of
the target ("the June plenary", "end of Q3 FY27" as written). A role written as an item's subject
without an article ("Editors to post ...") is no first name owning an action: the item keeps it. Real
layouts: an OASIS TC's draft timeline and a catalog project's "By DATE:" roadmap (probed outside the
repository, /work/s28/c-real.md).

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HTML = """<html><head><title>HMC / OBC joint draft timeline</title></head><body>
<h1>HMC / OBC joint draft timeline</h1>
<p>Shared by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) for the merged
tide data profile. Under each date, what is due then.</p>
<ul>
  <li>February 2027
    <ul><li>February 11, 2027<ul><li>File all known issues against the tide gauge profile</li></ul></li></ul>
  </li>
  <li>April 2027
    <ul>
      <li>April 8, 2027<ul><li>Editors to post the second committee draft</li></ul></li>
      <li>April 22, 2027<ul><li>Approve the second draft and start the public review</li></ul></li>
    </ul>
  </li>
</ul>
<p>Contacts: Ada Lind (HMC) and Tomas Brekke (OBC).</p>
</body></html>
"""

MARKDOWN = """# HMC / OBC joint draft timeline

Shared by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) for the merged
tide data profile. Under each date, what is due then.

## Timeline

- February 2027
  - February 11, 2027
    - File all known issues against the tide gauge profile
- April 2027
  - April 8, 2027
    - Editors to post the second committee draft
  - April 22, 2027
    - Approve the second draft and start the public review

Contacts: Ada Lind (HMC) and Tomas Brekke (OBC).
"""

TEXT = """HMC / OBC JOINT DRAFT TIMELINE

Shared by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) for the merged
tide data profile.

Timeline:

* February 2027
  o February 11, 2027
    - File all known issues against the tide gauge profile
* April 2027
  o April 8, 2027
    - Editors to post the second committee draft
  o April 22, 2027
    - Approve the second draft and start the public review

Contacts: Ada Lind (HMC) and Tomas Brekke (OBC).
"""

VARIANTS = {"timeline.html": HTML, "timeline.md": MARKDOWN, "timeline.txt": TEXT}
EXPECTED = {
    ("file all known issues against the tide gauge profile", "February 11, 2027"),
    ("editors to post the second committee draft", "April 8, 2027"),
    ("approve the second draft and start the public review", "April 22, 2027"),
}

LEAD_INS_MD = """# HMC and OBC: joint roadmap for the tide data test harness

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) build one test harness. This
roadmap is kept by the joint task force.

**By 15 April 2027:**

- Milestone: Use cases for the joint harness signed off by both boards
- Harness repository opened to the members of both bodies

**By the June plenary:**

- Milestone: Harness beta shown to the members at the joint session

**By end of Q3 FY27:**

- Milestone: First calibration lab qualified on the harness
"""

LEAD_INS_TXT = """HMC AND OBC: JOINT ROADMAP FOR THE TIDE DATA TEST HARNESS

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) build one test harness.

By 15 April 2027:
  - Milestone: Use cases for the joint harness signed off by both boards
  - Harness repository opened to the members of both bodies
By the June plenary:
  - Milestone: Harness beta shown to the members at the joint session
By end of Q3 FY27:
  - Milestone: First calibration lab qualified on the harness
"""

LEAD_INS_HTML = """<html><body><h1>HMC and OBC: joint roadmap for the tide data test harness</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) build one test harness.</p>
<p><b>By 15 April 2027:</b></p>
<ul><li>Milestone: Use cases for the joint harness signed off by both boards</li>
<li>Harness repository opened to the members of both bodies</li></ul>
<p><b>By the June plenary:</b></p>
<ul><li>Milestone: Harness beta shown to the members at the joint session</li></ul>
<p><b>By end of Q3 FY27:</b></p>
<ul><li>Milestone: First calibration lab qualified on the harness</li></ul>
</body></html>
"""

LEAD_INS = {"roadmap.md": LEAD_INS_MD, "roadmap.txt": LEAD_INS_TXT, "roadmap.html": LEAD_INS_HTML}
LEAD_IN_EXPECTED = {
    ("use cases for the joint harness signed off by both boards", "15 April 2027"),
    ("harness repository opened to the members of both bodies", "15 April 2027"),
    ("harness beta shown to the members at the joint session", "the June plenary"),
    ("first calibration lab qualified on the harness", "end of Q3 FY27"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_date_alone_dates_the_items_under_it(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs


@pytest.mark.parametrize("name", sorted(LEAD_INS))
def test_a_lead_in_by_a_date_dates_its_items_without_its_cue(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, LEAD_INS[name], name)
    assert pairs == LEAD_IN_EXPECTED, pairs


RUN_IN_TXT = """HMC / OBC DRAFT TIMELINE FOR THE MERGED TIDE PROFILE

Shared by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).

Timeline:

* April 2027
o April 8, 2027 \u00a7 Editors to post the second committee draft
o April 22, 2027 \u00a7 Approve the second draft and start the public review
* May 2027
o May 20, 2027 \u00a7 Close the public review of the second draft
"""
RUN_IN_MD = RUN_IN_TXT.replace("HMC / OBC DRAFT TIMELINE FOR THE MERGED TIDE PROFILE", "# HMC / OBC timeline")
RUN_IN_MD = RUN_IN_MD.replace("* ", "- ").replace("o April", "- April").replace("o May", "- May")
RUN_IN_MD = RUN_IN_MD.replace(" \u00a7 ", " \u2022 ")
RUN_IN_HTML = """<html><body><h1>HMC / OBC draft timeline</h1>
<p>Shared by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).</p>
<h2>Timeline</h2>
<ul><li>April 2027</li>
<li>April 8, 2027 \u00a7 Editors to post the second committee draft</li>
<li>April 22, 2027 \u00a7 Approve the second draft and start the public review</li>
<li>May 2027</li>
<li>May 20, 2027 \u00a7 Close the public review of the second draft</li></ul>
</body></html>
"""
RUN_INS = {"timeline.txt": RUN_IN_TXT, "timeline.md": RUN_IN_MD, "timeline.html": RUN_IN_HTML}


@pytest.mark.parametrize("name", sorted(RUN_INS))
def test_a_day_under_its_month_dates_the_item_run_into_its_line(tmp_path: Path, name: str) -> None:
    """ "April 8, 2027 \u00a7 Editors to post ..." under "April 2027": the day its line opens with."""
    pairs = written_milestone_pairs(tmp_path, RUN_INS[name], name)
    assert pairs == {
        ("editors to post the second committee draft", "April 8, 2027"),
        ("approve the second draft and start the public review", "April 22, 2027"),
        ("close the public review of the second draft", "May 20, 2027"),
    }, pairs
