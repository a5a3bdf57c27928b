"""What is no part of a work item's text or target (issue 12 point 9, session 25, engineer C):

- a register item's label before it ("Item 7: X - target Q2 2027", "Work item 3. X"): the item is X;
- the cue of a target written in a status cell ("Not started; target H2 2027"): the target is H2 2027;
- a bullet a reader left at the start of a slide's line ("\u25cf X - WG - Q4 2026") and the group or owner
  written between the item and its target ("X \u2014 3D Formats WG \u2014 Q4 2026", "X - both groups - 2027"):
  the item is X.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_MD_HEAD, written_milestone_pairs

LABELLED = (
    TIDE_REGISTER_MD_HEAD
    + """## Changes

- {label} Common station code list for tide gauges \u2014 target Q2 2027
- {label2} Shared quality flags for buoy records \u2014 target December 2027
"""
)
LABELS = {
    "item-colon": ("Item 7:", "Item 8:"),
    "work-item-dot": ("Work item 7.", "Work item 8."),
    "item-dash": ("Item 7 -", "Item 8 -"),
}


@pytest.mark.parametrize("labels", sorted(LABELS))
def test_an_item_s_label_is_no_part_of_it(tmp_path: Path, labels: str) -> None:
    first, second = LABELS[labels]
    pairs = written_milestone_pairs(tmp_path, LABELLED.format(label=first, label2=second), "addendum.md")
    assert ("common station code list for tide gauges", "Q2 2027") in pairs, pairs
    assert ("shared quality flags for buoy records", "December 2027") in pairs, pairs


STATUS_TABLE = (
    TIDE_REGISTER_MD_HEAD
    + """## Work items

| Item | Status |
|---|---|
| Common station code list for tide gauges | Done (March 2026) |
| Shared quality flags for buoy records | {status}; {cue} H2 2027 |
"""
)


@pytest.mark.parametrize("cue", ["target", "Target", "due"])
@pytest.mark.parametrize("status", ["Not started", "In progress"])
def test_a_status_cell_s_target_without_its_cue(tmp_path: Path, status: str, cue: str) -> None:
    pairs = written_milestone_pairs(tmp_path, STATUS_TABLE.format(status=status, cue=cue), "register.md")
    assert ("shared quality flags for buoy records", "H2 2027") in pairs, pairs


SLIDES = """HMC - OBC
Liaison Review

Tide Gauge Working Group / Telemetry Task Force
Online, 4 November 2026


Page 1
\x0cWhy we meet

{bullet} The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed a liaison in 2025
{bullet} This review: status of each register item


Page 2
\x0cRegister items

{bullet} Common station code list for tide gauges {dash} Tide Gauge WG {dash} Q4 2026
{bullet} Shared quality flags for buoy records {dash} both groups {dash} Q2 2027
{bullet} Joint telemetry profile for drifting buoys {dash} Telemetry TF {dash} September 2027


Page 3
\x0cContacts

{bullet} HMC: Ada Lind-Okafor (ada@hmc.example)
{bullet} OBC: Tomas Brekke (tomas@obc.example)
"""


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-"])
@pytest.mark.parametrize("bullet", ["\u25cf", "\u25aa", "\u25ba"])
def test_a_slide_s_bullet_and_owner_column_are_no_part_of_the_item(
    tmp_path: Path, bullet: str, dash: str
) -> None:
    pairs = written_milestone_pairs(tmp_path, SLIDES.format(bullet=bullet, dash=dash), "slides.txt")
    assert ("common station code list for tide gauges", "Q4 2026") in pairs, pairs
    assert ("shared quality flags for buoy records", "Q2 2027") in pairs, pairs
    assert ("joint telemetry profile for drifting buoys", "September 2027") in pairs, pairs
