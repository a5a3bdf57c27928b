"""A numbered line is never the wrapped rest of the long numbered line above it, and a line ending on a day
takes no short topic line after a blank one (session 30, N, M's request).

A plain-text plan lists its steps "1. ..." / "2. ..." line by line; the first one, longer than the reader's
wrap width, took the second into one paragraph ("... on 26 April 2027 First working draft distributed 30
June 2027"), and step 2 was lost; the entries are list items now. Minutes' "ACTION: X to publish ... by 30
June 2027" took the next topic's short line ("Joint plugfest") into one paragraph. Bodies, steps and dates
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import Block, read_layout

LEAD = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together under a liaison."
STEPS = [
    "Project plan circulated to both secretariats on 26 April 2027",
    "First working draft distributed 30 June 2027",
    "Comments collected until 15 August 2027",
    "Final draft agreed October 2027",
]


def blocks(tmp_path: Path, text: str) -> list[Block]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [b for section in read_layout(read_document(path)).sections for b in section.blocks]


def plan(heading: str, mark: str, indent: str, first: str) -> str:
    steps = [first, *STEPS[1:]]
    lines = "".join(f"{indent}{n}{mark} {step}\n" for n, step in enumerate(steps, 1))
    return f"HMC and OBC joint plan for buoy telemetry\n\n{heading}\n\n{lines}\n{LEAD}\n"


@pytest.mark.parametrize(
    ("heading", "mark", "indent", "first"),
    [
        ("Timeline agreed between HMC and OBC for the joint plan", ".", "", STEPS[0]),
        ("The steps agreed between the two secretariats", ".", "   ", STEPS[0]),
        ("Timeline", ")", "", "Project plan circulated to the secretariats and both boards, April 2027"),
    ],
)
def test_each_numbered_line_is_an_entry(
    tmp_path: Path, heading: str, mark: str, indent: str, first: str
) -> None:
    found = blocks(tmp_path, plan(heading, mark, indent, first))
    entries = [(b.label, b.kind) for b in found if b.label is not None]
    assert entries == [("1", "item"), ("2", "item"), ("3", "item"), ("4", "item")], entries


MINUTES = """HMC / OBC joint teleconference

Tide model mapping

Ana: the mapping draft needs examples from the buoy side before the last call

ACTION: Bo to publish the first public working draft of the tide model mapping by {day}

{topic}

Ana: proposes a joint test event in the autumn
"""


@pytest.mark.parametrize(
    ("day", "topic"),
    [
        ("30 June 2027", "Joint plugfest"),
        ("June 30, 2027", "Shared test event"),
        ("2027-06-30", "Next meeting"),
    ],
)
def test_a_dated_action_does_not_take_the_next_topic(tmp_path: Path, day: str, topic: str) -> None:
    found = blocks(tmp_path, MINUTES.format(day=day, topic=topic))
    action = next(b for b in found if b.text.startswith("ACTION"))
    assert action.text.endswith(day), action.text
