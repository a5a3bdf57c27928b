"""A timeline's lead sentence of two "X is scheduled/planned/expected for D" clauses (session 31, M2).

"The kick-off is scheduled for 3 March 2027, and the second workshop is planned for June 2027" in a paragraph
of several sentences was read as one step, "kick-off is scheduled for 3 March 2027, and the second
workshop", due by the second date (the sentence of plans, PLANNED_FOR, took both clauses for its item).
Read as M's rule reads a one-sentence paragraph: over the timeline's own dated list it is the list's lead
sentence, no step; alone, its two steps. Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = (
    "HMC and OBC joint workshop on tide record exchange\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) run the workshop together.\n\n"
)
LEADS = [
    (
        "The work runs online. The kick-off is scheduled for 3 March 2027, and the second workshop is "
        "planned for June 2027. Comments are sent by mail between the meetings.",
        {("the kick-off", "3 March 2027"), ("the second workshop", "June 2027")},
    ),
    (
        "Both bodies prepare the text. The opening webinar is expected in Q2 2027, and the closing plenary "
        "is scheduled for 18-19 November 2027.",
        {("the opening webinar", "Q2 2027"), ("the closing plenary", "18-19 November 2027")},
    ),
    (
        "The first review meeting is planned for 12 April 2027, and the final review is expected in "
        "September 2027. Editors are named by each body.",
        {("the first review meeting", "12 April 2027"), ("the final review", "September 2027")},
    ),
]
LIST = (
    "1. Working draft circulated by 15 January 2027\n"
    "2. Comments collected until 20 February 2027\n"
    "3. Agreement published in December 2027\n"
)
LIST_STEPS = {
    ("working draft circulated", "15 January 2027"),
    ("comments collected", "20 February 2027"),
    ("agreement published", "December 2027"),
}


@pytest.mark.parametrize(("lead", "steps"), LEADS)
@pytest.mark.parametrize("layout", ["text", "markdown"])
def test_over_the_timeline_s_list_the_lead_sentence_is_no_step(
    tmp_path: Path, lead: str, steps: set, layout: str
) -> None:
    if layout == "text":
        text, name = f"{HEAD}Process and timeline\n\n{lead}\n\n{LIST}\nContact: Ada Lind\n", "plan.txt"
    else:
        text, name = f"# {HEAD}## Timeline\n\n{lead}\n\n{LIST}\n## Contact\n\nAda Lind\n", "plan.md"
    assert written_milestone_pairs(tmp_path, text, name) == LIST_STEPS


@pytest.mark.parametrize(("lead", "steps"), LEADS)
def test_alone_in_a_timeline_the_sentence_is_its_two_steps(tmp_path: Path, lead: str, steps: set) -> None:
    text = f"{HEAD}Timeline\n\n{lead}\n\nContact: Ada Lind\n"
    assert written_milestone_pairs(tmp_path, text, "plan.txt") == steps
