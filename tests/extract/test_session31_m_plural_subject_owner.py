"""The parties as an item's subject own nothing as a person does (issue 12 point 9, session 31, M).

A register's additions, an agreement's timeline and minutes write "Both organizations will run ...", "The
Parties will align ...", "Each party will nominate ...": before, the owner rule took the subject for a
person and cut it from the item, so the item lost its opening words. A person or a role ("Ada Lind will
...", "The secretariats will ...", "The group will ...") is still taken off. Items invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

from kg.extract.milestones import item_draft, without_person_owner
from kg.extract.structure import Block


@pytest.mark.parametrize(
    "line",
    [
        "Both organizations will run a joint plugfest on the combined profiles",
        "Both Organisations will review the mapping note",
        "The Parties will align the buoy profile with the tide format",
        "The two parties shall publish a joint glossary",
        "Each party will nominate a liaison officer",
        "Each organisation will circulate its draft profile",
        "Both sides to compare the glossaries",
        "Both groups will hold a joint session at the spring plenary",
        "All signatories will report on the pilot",
    ],
)
def test_a_plural_or_generic_subject_stays_in_the_item(line: str) -> None:
    assert without_person_owner(line) == line


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("Ada Lind will circulate the draft", "circulate the draft"),
        ("The secretariats will compare the drafts", "compare the drafts"),
        ("The group will publish the note", "publish the note"),
        ("Ben to update the glossary", "update the glossary"),
    ],
)
def test_a_person_or_a_role_is_still_taken_off(line: str, action: str) -> None:
    assert without_person_owner(line) == action


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("Both organizations will run a joint plugfest on the combined profiles (Q1 2028)", "Q1 2028"),
        ("Each Party will publish its conformance profile (December 2027)", "December 2027"),
    ],
)
def test_a_bracketed_target_keeps_the_subject(line: str, target: str) -> None:
    draft = item_draft(Block("item", line, ((0, 0, len(line)),)), None, None, None, None)
    assert draft is not None
    assert (draft.texts[0], draft.target.text if draft.target else None) == (line.rsplit(" (", 1)[0], target)


MAIL = """Subject: Proposed additions to the HMC - OBC Work Register
From: Ada Lind <ada@hmc.example>
Date: Tue, 9 Mar 2027 10:14:02 +0100

All,

Two deliverables are proposed for the Harbour Metrology Council (HMC) - Open Buoy Consortium (OBC)
Work Register:

OBC will publish a telemetry profile for tide gauges (September 2027)

Both organizations will run a joint plugfest on the combined profiles (Q1 2028)

Regards,
Ada Lind
"""


def test_a_register_mail_keeps_the_plural_subject(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, MAIL, "mail.txt")
    assert ("both organizations will run a joint plugfest on the combined profiles", "Q1 2028") in pairs
