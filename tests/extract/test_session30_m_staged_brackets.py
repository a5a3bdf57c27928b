"""A work item dated by a stage in its closing bracket (issue 12 point 9, session 30, M).

Overview slides and register pages date a group's work as "The LTE-Advanced specifications start in Release
10 (Completion in 2011)", "X (completion expected Q3 2027)", "X (publication planned for March 2028)": the
stage's words and cue are no part of the target. Before the rule such an item had none. Items invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

from kg.extract.milestones import item_draft
from kg.extract.structure import Block


@pytest.mark.parametrize(
    ("line", "text", "target"),
    [
        ("Joint buoy profile in Release 10 (Completion in 2027)", "Joint buoy profile in Release 10", "2027"),
        (
            "Joint test suite for the profiles (completion expected Q3 2027)",
            "Joint test suite for the profiles",
            "Q3 2027",
        ),
        (
            "Common glossary of terms (publication planned for March 2028).",
            "Common glossary of terms",
            "March 2028",
        ),
        ("Shared data model (approval scheduled: 2Q2028)", "Shared data model", "2Q2028"),
        ("Telemetry mapping note (delivery by end of 2027)", "Telemetry mapping note", "end of 2027"),
    ],
)
def test_the_stage_s_date_is_the_target(line: str, text: str, target: str) -> None:
    draft = item_draft(Block("item", line, ((0, 0, len(line)),)), None, None, None, None)
    assert (draft.texts[0], draft.target.text if draft.target else None) == (text, target)


@pytest.mark.parametrize(
    "line",
    ["Joint white paper (completion TBD)", "Shared plugfest setup (release 2)", "Mapping (approval: 2Q2028)"],
)
def test_no_date_no_target(line: str) -> None:
    draft = item_draft(Block("item", line, ((0, 0, len(line)),)), None, None, None, None)
    assert draft.target is None


def test_a_register_s_work_items(tmp_path: Path) -> None:
    text = (
        "# HMC - OBC Work Register\n\nThe Harbour Metrology Council (HMC) and the Open Buoy Consortium "
        "(OBC) work together under this register.\n\n## Work items\n\n"
        "- Joint test suite for the buoy profiles (completion expected Q3 2027)\n"
        "- Common glossary of tide terms (publication planned for March 2028)\n"
    )
    pairs = milestone_pairs(tmp_path, text, "register.md")
    assert {
        ("Joint test suite for the buoy profiles", "Q3 2027"),
        ("Common glossary of tide terms", "March 2028"),
    } <= pairs, pairs
