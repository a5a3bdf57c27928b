"""A work item's status line under its title (issue 12 point 9, session 25, engineer C):

slides exported to text, status reports and dashboards write each item's title on a line and, under it, a
line of its status with a mark (a tick "Done - published December 2026", a half circle "In progress -
target Q3 2027", a dot "On track, due 2027-11-30", a box "[x] Done - March 2027") or a "Status:" label.
The title is the item, the date after the status its target; a marked status with no date ("Not started"
under an empty circle) makes no milestone, and the status line is never an item of its own; a group
heading with a status over the titles ("Joint work items - not started") is no item either.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

SLIDES = """HMC - OBC
Joint Session on Tide Data

Harbour Metrology Council and Open Buoy Consortium
Online, 3 March 2027

\x0cBackground

• Liaison between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) since 2025
• HMC Tide Gauge Working Group and OBC Telemetry Task Force

\x0cJoint work items - status

Common station code list for tide gauges
  {done} published December 2026

Shared quality flags for buoy records
  {running} target Q3 2027

Joint telemetry profile for drifting buoys
  {running} due 2027-11-30

\x0cJoint work items \u2013 not started

Guidance on sensor drift corrections
  {waiting} target H1 2028

Shared archive of sample records
  {waiting_alone}

\x0cContacts

HMC liaison: Ada Lind-Okafor
OBC liaison: Tomas Brekke
"""
MARKS = {
    "glyphs-dash": (
        "\u2713 Done \u2013",
        "\u25d0 In progress \u2013",
        "\u25cb Not started \u2013",
        "\u25cb Not started",
    ),
    "glyphs-comma": ("\u2714 Complete,", "\u25cf On track,", "\u25cb Planned,", "\u25cb Planned"),
    "words-colon": (
        "Status: done \u2013",
        "Status: in progress \u2013",
        "Status: not started \u2013",
        "Status: not started",
    ),
    "box": ("[x] Done -", "[ ] In progress -", "[ ] Not started -", "[ ] Not started"),
}
EXPECTED = {
    ("common station code list for tide gauges", "December 2026"),
    ("shared quality flags for buoy records", "Q3 2027"),
    ("joint telemetry profile for drifting buoys", "2027-11-30"),
    ("guidance on sensor drift corrections", "H1 2028"),
}


@pytest.mark.parametrize("marks", sorted(MARKS))
def test_a_status_line_under_an_item_s_title_gives_its_target(tmp_path: Path, marks: str) -> None:
    done, running, waiting, alone = MARKS[marks]
    text = SLIDES.format(done=done, running=running, waiting=waiting, waiting_alone=alone)
    pairs = written_milestone_pairs(tmp_path, text, "slides.txt")
    assert pairs >= EXPECTED, pairs
    items = {item for item, _ in pairs}
    statuses = ("in progress", "not started", "on track", "planned", "done")
    assert not any(word in item for item in items for word in statuses), pairs
    assert "shared archive of sample records" not in items, pairs
    assert not any(item.startswith("joint work items") for item in items), pairs
