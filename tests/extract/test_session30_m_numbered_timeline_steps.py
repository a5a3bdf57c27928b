"""A timeline's numbered steps that end on their date (issue 12 point 9, session 30, M).

A workshop agreement's or a joint plan's timeline writes "1. Initial analysis available on 31st August
2020", "6. Final draft agreed October 2027", "12. Published February/March 2021", "5. Second workshop
20th-21st September 2027 (online)": the date at the end with no cue, or after "on". Before the rule only the
steps with "by" or "until" were read, and a plain-text line short enough to be read as a heading was taken
for a sub-heading (its date lost). Bodies, steps and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

from kg.extract.milestones import item_draft, trailing_step_date
from kg.extract.structure import Block

STEPS = [
    (
        "Project plan circulated to both secretariats on 26 April 2027",
        "Project plan circulated to both secretariats",
        "26 April 2027",
    ),
    ("Final draft agreed October 2027", "Final draft agreed", "October 2027"),
    ("Second workshop 20th-21st September 2027 (online)", "Second workshop", "20th-21st September 2027"),
    ("Agreement published December 2027/January 2028", "Agreement published", "December 2027/January 2028"),
    (
        "Registration deadline first workshop September 30th 2027",
        "Registration deadline first workshop",
        "September 30th 2027",
    ),
    ("Joint plugfest in Q3 2027.", "Joint plugfest", "Q3 2027"),
    ("Interoperability report \u2013 H1 2028", "Interoperability report", "H1 2028"),
    ("Common test suite drafted, 15 May 2027", "Common test suite drafted", "15 May 2027"),
]


@pytest.mark.parametrize(("line", "text", "target"), STEPS)
def test_a_step_in_a_dated_section_ends_on_its_date(line: str, text: str, target: str) -> None:
    draft = item_draft(Block("item", line, ((0, 0, len(line)),)), None, None, None, None, in_section=True)
    assert (draft.texts[0], draft.target.text if draft.target else None) == (text, target)


@pytest.mark.parametrize(
    "line",
    [
        "Minutes of the meeting of 3 May 2027",  # a date the line labels, no step's
        "Annual report 2027",  # a year alone ends a title
        "Preparatory web meetings held between August and September 2027",  # a range's end
        "Next joint update: Global Summit, October 2027",  # a field's value
        "Last updated 3 May 2027",
        "Kick-off March 2027",  # one word left: no step
    ],
)
def test_no_step_date(line: str) -> None:
    assert trailing_step_date(line)[1] is None


def test_outside_a_dated_section_the_rule_reads_nothing() -> None:
    line = "Project plan circulated to both secretariats on 26 April 2027"
    draft = item_draft(Block("item", line, ((0, 0, len(line)),)), None, None, None, None)
    assert draft.target is None


TIMELINE = """HMC and OBC joint plan for buoy telemetry

Timeline agreed between HMC and OBC for the joint plan

1. Project plan circulated to both secretariats on 26 April 2027
2. Call for participation open until 31 May 2027
3. First working draft distributed 30 June 2027
4. Final draft agreed October 2027
5. Joint specification published December 2027/January 2028

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together under a liaison.
"""


def test_a_plain_text_numbered_timeline_s_steps(tmp_path: Path) -> None:
    """Short numbered lines a plain-text reader takes for headings are steps all the same."""
    pairs = milestone_pairs(tmp_path, TIMELINE, "plan.txt")
    assert {
        ("Project plan circulated to both secretariats", "26 April 2027"),
        ("First working draft distributed", "30 June 2027"),
        ("Final draft agreed", "October 2027"),
        ("Joint specification published", "December 2027/January 2028"),
    } <= pairs, pairs
