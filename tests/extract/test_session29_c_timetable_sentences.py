"""A charter's expected timetable, one step a line ending "in <period>." (issue 12 point 9, session 29, C).

Family: a working group's or joint task force's charter lists its expected milestones as short sentences,
each a stage and when it is expected ("First Public Working Draft of the profile in September 2028.",
"Candidate Recommendation in 2030."), indented (a Markdown reader runs them into one paragraph) or one a
line. Each sentence is a step; a stage named by two words is one too; a first draft due later is no start
of the joint work. Real layout: a proposed W3C HTML Working Group charter mailed to a public list (probed
outside the repository, /work/s29/c-real.md). Bodies are invented; the pairs were written before the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, written_milestone_pairs

STEPS = """First Public Working Draft of the tide profile in September 2028.
Internet-Draft adopted by the OBC telemetry group in October 2028.
Joint last call on both documents in June 2029.
Candidate Recommendation in 2030.
"""

HEAD = """Joint HMC / OBC Task Force on Tide Data Transport - Charter

The task force is set up by the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) to
define one tide data transport profile for both bodies. The first public working draft is expected in
September 2028.

"""

MARKDOWN = (
    "# "
    + HEAD
    + "## Expected Milestones\n\nThe expected timetable as of the writing of this charter is:\n\n"
    + "".join(f"    {line}\n" for line in STEPS.splitlines())
)
TEXT = (
    HEAD
    + "Expected Milestones\n\n  The expected timetable as of the writing of this charter is:\n\n"
    + "".join(f"    {line}\n" for line in STEPS.splitlines())
)
HTML = (
    "<html><body><h1>Joint HMC / OBC Task Force on Tide Data Transport - Charter</h1>\n<p>"
    + HEAD.split("\n", 2)[2].strip()
    + "</p>\n<h2>Expected Milestones</h2>\n"
    + "<p>The expected timetable as of the writing of this charter is:</p>\n<p>"
    + STEPS.replace("\n", " ").strip()
    + "</p>\n</body></html>\n"
)

EXPECTED = {
    ("first public working draft of the tide profile", "September 2028"),
    ("internet-draft adopted by the obc telemetry group", "October 2028"),
    ("joint last call on both documents", "June 2029"),
    ("candidate recommendation", "2030"),
}


@pytest.mark.parametrize(("name", "text"), [("c.md", MARKDOWN), ("c.txt", TEXT), ("c.html", HTML)])
def test_each_sentence_of_a_timetable_is_a_step(tmp_path: Path, name: str, text: str) -> None:
    pairs = written_milestone_pairs(tmp_path, text, name)
    assert pairs >= EXPECTED, pairs
    assert not any("." in item for item, _ in pairs), pairs  # no two steps in one


def test_a_first_draft_due_later_starts_no_joint_work(tmp_path: Path) -> None:
    record = extracted(tmp_path, MARKDOWN, "c.md")
    assert not any(fact.role == "initiated" for fact in record.dates), record.dates
