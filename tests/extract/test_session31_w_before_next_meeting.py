"""An action of a meeting's minutes due "before the next meeting" (session 31, W, dev's meeting records):
the target is the occasion with its cue, as written ("before the next meeting"), as a target field's "Due:
before the June Member Meeting" already was; the work is due ahead of the meeting, not at it. Without the
cue ("-- next call") or after "by" the occasion stays as it was read. Bodies, people and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import folded, milestone_pairs

HEAD = """\
HMC / OBC coordination meeting no. 4

Record of decisions and actions

Present: Ada Lindqvist (HMC), Tomasz Wierzbicki (OBC)

1. Buoy telemetry

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the telemetry profile.
"""


@pytest.mark.parametrize(
    ("line", "item", "target"),
    [
        (
            "ACTION 4/3: Ada Lindqvist to compare the calibration report formats of both programmes "
            "before the next meeting.",
            "compare the calibration report formats of both programmes",
            "before the next meeting",
        ),
        (
            "ACTION 4/4: Tomasz Wierzbicki to collect drift data from the member laboratories "
            "before the next plenary.",
            "collect drift data from the member laboratories",
            "before the next plenary",
        ),
        (
            "ACTION 4/5: Ada Lindqvist to draft the shared glossary of tide terms before next call.",
            "draft the shared glossary of tide terms",
            "before next call",
        ),
    ],
)
def test_before_the_next_meeting_keeps_its_cue(tmp_path: Path, line: str, item: str, target: str) -> None:
    pairs = milestone_pairs(tmp_path, f"{HEAD}{line}\n\n2. Next meeting\n\nTo be agreed.\n", "minutes.txt")
    assert (item, target) in {(folded(text), found) for text, found in pairs}, pairs


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("ACTION 4/6: Ada Lindqvist to draft the shared glossary of tide terms -- next call", "next call"),
        ("ACTION 4/7: Ada Lindqvist to draft the shared glossary of tide terms by the next meeting.", None),
    ],
)
def test_other_cues_are_unchanged(tmp_path: Path, line: str, target: str | None) -> None:
    pairs = milestone_pairs(tmp_path, f"{HEAD}{line}\n", "minutes.txt")
    found = {found for text, found in pairs if "glossary" in text}
    assert found and not any(f and f.lower().startswith("before") for f in found), pairs
    if target is not None:
        assert target in found, pairs
