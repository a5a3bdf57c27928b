"""Notes of a meeting that announce the next one stay minutes (session 31, the lead's read of engineer L's
plans_ahead): "The next meeting will be held on ..." is what minutes say of the meeting after theirs, not a
plan's lead telling of its kick-off ahead, even with no attendee list and dated action items below. The
bodies are real, the documents and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLES = [
    "OASIS / ETSI joint workshop: notes of 4 March 2027",
    "ETSI and OASIS joint workshop call, 4 March 2027",
]
NEXT = [
    "The next meeting will be held on 1 April 2027 in Sophia Antipolis.",
    "The next call is scheduled for 1 April 2027.",
    "The following session will take place on 1 April 2027 (online).",
    "The next joint workshop will be held in Geneva on 1 April 2027.",
]
ACTIONS = [
    "Ana Ruiz to circulate the draft scope by 12 March 2027",
    "Li Wei to collect comments by 19 March 2027",
    "Tom Berg to book the room by 25 March 2027",
    "All to review the terms of reference by 30 March 2027",
]


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("sentence", NEXT)
@pytest.mark.parametrize("title", TITLES)
def test_notes_announcing_the_next_meeting_stay_minutes(
    tmp_path: Path, layout: str, title: str, sentence: str
) -> None:
    items = "".join(f"{n}. {a}\n" for n, a in enumerate(ACTIONS, 1))
    head = f"# {title}" if layout == "md" else title
    text = f"{head}\n\n{sentence}\n\nAction items\n\n{items}"
    assert extracted(tmp_path, text, f"notes.{layout}").kind == "MeetingRecord"
