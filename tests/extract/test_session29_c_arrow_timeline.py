"""A chair's estimated timeline that marks each step with an arrow (issue 12 point 9, session 29, C).

Family: a project chair's timeline lists each draft's state and, on lines an arrow opens, the steps with
their dates first ("===> 30 June 2028 new material complete", "-> 2Q2029 ballot resolution meeting",
"\u2192 September 2029 Draft 4 sent for approval"); the item after the date may open in lower case, and a
reader may run the lines together. Each step is a work item dated by its opening, and no step's date is
the document's review date, even under a line the layout takes for a review's heading ("Joint review
only"). Real layout: an Austin Group estimated project timeline (probed outside the repository,
/work/s29/c-real.md). Bodies and people are invented; the pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, written_milestone_pairs

TEXT = """Estimated Project Timeline - Joint Revision of the Tide Gauge Profile

Revision Date: 2028-02-11
Source: Maren Quist, Chair
Action: for review and planning

This is the estimated timeline of the joint revision that the Harbour Metrology Council (HMC) and the
Open Buoy Consortium (OBC) carry out under their cooperation agreement.

Draft 1 :
Not feature complete
Joint review only
===> 30 June 2028 new material complete

Draft 2 :
Feature complete
===> 31 October 2028 Draft 2 available for the first HMC ballot
===> 15 December 2028 OBC member review closes

Draft 3 :
{arrow} 2Q2029 ballot resolution meeting
{arrow} September 2029 Draft 4 sent for the final approval of both bodies
Comments on this timeline go to the chair.
"""

MARKDOWN = """# Estimated Project Timeline - Joint Revision of the Tide Gauge Profile

Revision Date: 2028-02-11

This is the estimated timeline of the joint revision that the Harbour Metrology Council (HMC) and the
Open Buoy Consortium (OBC) carry out under their cooperation agreement.

## Draft 1

- Not feature complete
- Joint review only

-> 30 June 2028 new material complete

## Draft 2

-> 31 October 2028 Draft 2 available for the first HMC ballot
-> 15 December 2028 OBC member review closes

## Draft 3

-> 2Q2029 ballot resolution meeting
-> September 2029 Draft 4 sent for the final approval of both bodies
"""

EXPECTED = {
    ("new material complete", "30 June 2028"),
    ("draft 2 available for the first hmc ballot", "31 October 2028"),
    ("obc member review closes", "15 December 2028"),
    ("ballot resolution meeting", "2Q2029"),
    ("draft 4 sent for the final approval of both bodies", "September 2029"),
}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("t.txt", TEXT.format(arrow="===>")),
        ("u.txt", TEXT.format(arrow="\u2192")),
        ("t.md", MARKDOWN),
    ],
)
def test_an_arrowed_line_is_a_step_dated_by_its_opening(tmp_path: Path, name: str, text: str) -> None:
    pairs = written_milestone_pairs(tmp_path, text, name)
    assert pairs >= EXPECTED, pairs
    assert not any(item.startswith("comments on this timeline") for item, _ in pairs), pairs


def test_a_step_under_a_line_read_as_a_review_heading_dates_no_review(tmp_path: Path) -> None:
    record = extracted(tmp_path, TEXT.format(arrow="===>"), "t.txt")
    assert not any(fact.role == "review" for fact in record.dates), record.dates
    assert record.review is None or record.review.next_review is None, record.review
