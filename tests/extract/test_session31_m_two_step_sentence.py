"""A timeline's sentence that joins two dated steps (issue 12 point 9, session 31, M).

"The kick-off meeting will be held on 12 May 2027 and the closing workshop in November 2027" was read as one
item, "held on 12 May 2027 and the closing workshop", due by the second date. Alone in a timeline section
the sentence is two steps, each due by its own date; over the timeline's own dated list it is the list's
lead sentence, no step. Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

from kg.extract.milestones import dated_clauses
from kg.extract.structure import Block

HEAD = (
    "HMC and OBC joint plan for the tide record profile\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed the plan below.\n\n"
)
SENTENCES = [
    (
        "The kick-off meeting will be held on 12 May 2027 and the closing workshop in November 2027.",
        {("the kick-off meeting will be held", "12 May 2027"), ("the closing workshop", "November 2027")},
    ),
    (
        "Comments are collected until 15 August 2027, and the final draft is agreed in October 2027.",
        {("comments are collected", "15 August 2027"), ("the final draft is agreed", "October 2027")},
    ),
    (
        "A joint webinar is planned for March 2028, while the plugfest follows in Q3 2028.",
        {("a joint webinar", "March 2028"), ("the plugfest follows", "Q3 2028")},
    ),
]


@pytest.mark.parametrize(("sentence", "steps"), SENTENCES)
@pytest.mark.parametrize("layout", ["text", "markdown"])
def test_a_sentence_alone_in_a_timeline_is_its_two_steps(
    tmp_path: Path, sentence: str, steps: set, layout: str
) -> None:
    if layout == "text":
        text, name = f"{HEAD}Timeline\n\n{sentence}\n\nContact: Ada Lind\n", "plan.txt"
    else:
        text, name = f"# {HEAD}## Timeline\n\n{sentence}\n\n## Contact\n\nAda Lind\n", "plan.md"
    assert written_milestone_pairs(tmp_path, text, name) == steps


@pytest.mark.parametrize(("sentence", "steps"), SENTENCES[:2])
def test_over_the_timeline_s_list_the_sentence_is_no_step(tmp_path: Path, sentence: str, steps: set) -> None:
    items = "1. First working draft distributed by 30 June 2027\n2. Final draft agreed in October 2027\n"
    text = f"{HEAD}Timeline\n\n{sentence}\n\n{items}\nContact: Ada Lind\n"
    assert written_milestone_pairs(tmp_path, text, "plan.txt") == {
        ("first working draft distributed", "30 June 2027"),
        ("final draft agreed", "October 2027"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop runs between 12 May 2027 and 14 May 2027.",
        "The plan covers data and tools in 2027.",
        "The group met in March 2027 and agreed the plan.",
        "It was approved by the HMC board on 24 February 2027 and by the OBC council on 2027/02/27.",
        "Approved by the HMC board on 24 February 2027 and by the OBC council on 26 February 2027.",
        "This note lists the changes. The kick-off is held on 12 May 2027 and the workshop in November 2027.",
    ],
)
def test_one_date_a_record_or_two_sentences_is_no_pair_of_steps(sentence: str) -> None:
    assert dated_clauses(Block("paragraph", sentence, ((0, 0, len(sentence)),))) == []


@pytest.mark.parametrize("kind", ["plan", "page"])
def test_outside_a_timeline_section_the_lead_sentence_is_no_step(tmp_path: Path, kind: str) -> None:
    title = "HMC and OBC joint note on tide records: plan of work" if kind == "plan" else "HMC and OBC"
    text = (
        f"{title}\n\nThe Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed the "
        "following plan.\n\nThe kick-off call will be held on 4 March 2027 and the closing review meeting in "
        "October 2027.\n\n1. Editors nominated by both bodies until 19th March 2027\n"
        "2. Second edition published in October 2027\n"
    )
    pairs = written_milestone_pairs(tmp_path, text, "plan.txt")
    assert not any("kick-off" in text or "held on" in text for text, _ in pairs)
