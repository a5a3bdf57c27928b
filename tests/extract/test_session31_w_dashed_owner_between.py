"""An action item written "Verb the work - Owner - due date" (session 31, W, dev's meeting records: an IEEE
style minutes template's "Action Items:" list): the person between the two dashes owns the action and is
no part of its text, as a person in brackets before the date already was not. An item that opens with no
action's verb keeps its words. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import folded, milestone_pairs

HEAD = """\
# HMC Tide Gauge Working Group / OBC Telemetry Task Force joint call

**Date:** 2 December 2026

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) met on their tide data liaison.

## 3. Technical discussion

**Action Items:**
"""


@pytest.mark.parametrize(
    ("line", "item", "target"),
    [
        (
            "- Circulate the shared glossary of tide terms - Ada Lindqvist-Moreau - 28 February 2027",
            "circulate the shared glossary of tide terms",
            "28 February 2027",
        ),
        (
            "- Draft the buoy station code mapping \u2013 Tomasz Wierzbicki \u2013 Q2 2027",
            "draft the buoy station code mapping",
            "Q2 2027",
        ),
        (
            "- Prepare the joint test plan - Élodie Brandt - 15 March 2027",
            "prepare the joint test plan",
            "15 March 2027",
        ),
    ],
)
def test_the_owner_between_dashes_is_no_part_of_the_item(
    tmp_path: Path, line: str, item: str, target: str
) -> None:
    pairs = milestone_pairs(tmp_path, f"{HEAD}{line}\n", "minutes.md")
    assert (item, target) in {(folded(text), found) for text, found in pairs}, pairs


def test_an_item_without_an_action_s_verb_keeps_its_words(tmp_path: Path) -> None:
    line = "- Shared glossary of tide terms - Annex Two - 28 February 2027"
    pairs = milestone_pairs(tmp_path, f"{HEAD}{line}\n", "minutes.md")
    assert any("annex two" in folded(text) for text, _ in pairs), pairs
