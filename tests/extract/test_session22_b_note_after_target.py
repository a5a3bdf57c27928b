"""Layout invariance of a work item whose dashed target is followed by a NOTE IN BRACKETS (issue 12, point 9,
session 22, engineer B), as addenda and summary records write who leads or what the date depends on:

- "X \u2014 2026 (depends on the HMC edition schedule)", "(ii) X - Q3 2026 (Secretariat);": the note is none
  of the target, which stays the item's;
- a running status in brackets, the only target an item has ("X (ongoing)."), is its target (it was dropped
  as a status after a target is).

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

ADDENDUM = """\
# Addendum 3 to the HMC / OBC Tide Data Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) add the following items to their
joint work register.

## New work items

- Proposal of tide gauge datum classes for the next edition of the tide record format {dash} 2026 {note}
- Joint glossary of buoy clock terms {dash} Q3 2026 {note}
- Shared test files for the buoy telemetry profile (see annex B)
"""


@pytest.mark.parametrize("dash", ["\u2014", "-", "\u2013"])
@pytest.mark.parametrize("note", ["(depends on the HMC edition schedule)", "(Secretariat)", "(lead: OBC)."])
def test_a_note_after_the_dashed_target_is_none_of_it(tmp_path: Path, dash: str, note: str) -> None:
    record = extracted(tmp_path, ADDENDUM.format(dash=dash, note=note), "tide-addendum-3.md")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {
        ("proposal of tide gauge datum classes for the next edition of the tide record format", "2026"),
        ("joint glossary of buoy clock terms", "Q3 2026"),
    }


RUNNING = """\
# HMC / OBC Tide Data Work Register -- changelog

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this changelog of their joint
work register.

## [2.1] - 2026-03-14

### Added

- Reference implementation of the tide record format in the OBC buoy toolkit (target: 2026-12-15).
- OBC release notes list which HMC standards each release implements {status}.
"""


@pytest.mark.parametrize("status", ["(ongoing)", "(Ongoing)", "(ONGOING)"])
def test_a_running_status_in_brackets_is_the_target_of_an_item_with_no_other(
    tmp_path: Path, status: str
) -> None:
    record = extracted(tmp_path, RUNNING.format(status=status), "tide-register-changelog.md")
    targets = {folded(m.label): m.target.text if m.target else None for m in record.milestones}
    assert targets.get("obc release notes list which hmc standards each release implements") == status.strip(
        "()"
    )
