"""A plain-text memo that records an addendum is an addendum, not minutes (issue 12 point 9, session 29,
round 2, engineer K, at engineer C's request; C's real probe: an addendum memo, /work/s29/real-c).

A hard-wrapped paragraph under the title was read as title lines, and its line holding one sentence's end
and the next one's start ("... Consortium (OBC). The changes were agreed on the joint liaison call of")
named a meeting: the memo became a meeting record in plain text while its Markdown and HTML forms (one
paragraph, a sentence) were addenda. A long line with a sentence's end inside is prose, not a title. Bodies
and people invented; the wrap width varies.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from support.work_items import extracted

MEMOS = [
    (
        "Addendum 3 to the HMC / OBC Work Register",
        "This memo records Addendum 3 to the work register between the Harbour Metrology Council (HMC) and "
        "the Open Buoy Consortium (OBC). The changes were agreed on the joint liaison call of 25 November "
        "2026 and approved by the HMC Technical Council on 1 December 2026.",
    ),
    (
        "Amendment 2 - ETSI / OASIS Cooperation Agreement",
        "This note records Amendment 2 to the cooperation agreement between the European Telecommunications "
        "Standards Institute (ETSI) and OASIS Open (OASIS). It was agreed at the joint meeting of 4 March "
        "2027 in Sophia Antipolis. Both secretariats signed it on 20 March 2027.",
    ),
]
ITEMS = "Changed work items\n\n1. Joint glossary of threat intelligence terms - target moved to Q2 2027\n"


@pytest.mark.parametrize("width", [88, 100, 110])
@pytest.mark.parametrize("memo", range(len(MEMOS)))
def test_a_wrapped_memo_recording_an_addendum_is_an_addendum(tmp_path: Path, width: int, memo: int) -> None:
    title, paragraph = MEMOS[memo]
    text = f"{title}\n\n{textwrap.fill(paragraph, width)}\n\n{ITEMS}"
    assert extracted(tmp_path, text, "a.txt").kind == "RegisterAddendum"


def test_a_wrapped_meeting_title_stays_minutes(tmp_path: Path) -> None:
    text = (
        "Minutes of the HMC / OBC joint liaison call, 25 November 2026\n\nAttendees: Maren Olsen-Voigt (HMC),"
        " Tomas Lindqvist-Abara (OBC)\n\n1. Work register\n\nThe call reviewed the work register. Action: "
        "HMC to send the glossary draft by 10 December 2026.\n"
    )
    assert extracted(tmp_path, text, "a.txt").kind == "MeetingRecord"
