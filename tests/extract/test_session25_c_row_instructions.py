"""A register amendment that tells how to change the register's table (issue 12 point 9, session 25,
engineer C):

- "Add the following row after item 5:" followed by the row written alone ("6 | X | Q3 2028 | open"): the
  row's item is a work item, its target cell its target;
- "Item 3 (X), column "Target": replace "Q4 2027" by "Q2 2028"." changes X's target to the new one, the
  quoted column's name is no item;
- "Delete item 4 (Y)" takes Y out: no work item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

AMENDMENT = """HMC / OBC Joint Work Register
AMENDMENT 3

Reference register:   HMC / OBC Joint Work Register, edition 2
Effective:            1 March 2028

Foreword

This amendment was agreed by the Harbour Metrology Council (HMC) Tide Gauge Working Group and the Open Buoy
Consortium (OBC) Telemetry Task Force. It changes Table 2 (Joint work items) of the reference register.

Changes to Table 2

1) {instruction}

2) Add the following row after item 5:

   {row}

3) Delete item 4 (Survey of legacy buoy formats); the work is complete.

Approval

Approved by both organizations on 14 February 2028.
"""
INSTRUCTION = (
    "Item 3 (Common station code list for tide gauges), column {q}Target{q}: "
    "replace {q}Q4 2027{q} {by} {q}Q2 2028{q}."
)
ROWS = {
    "pipes": "6 | Shared quality flags for buoy records | Q3 2028 | open",
    "pipes-edged": "| 6 | Shared quality flags for buoy records | Q3 2028 | open |",
    "pipes-no-number": "Shared quality flags for buoy records | OBC | 2028-09-30",
}
TARGETS = {"pipes": "Q3 2028", "pipes-edged": "Q3 2028", "pipes-no-number": "2028-09-30"}
QUOTES = {"straight": '"', "curly": "\u201d"}


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "wrapped"])
@pytest.mark.parametrize("by", ["by", "with"])
@pytest.mark.parametrize("quote", sorted(QUOTES))
@pytest.mark.parametrize("row", sorted(ROWS))
def test_rows_added_and_targets_replaced_by_instruction(
    tmp_path: Path, row: str, quote: str, by: str, wrapped: bool
) -> None:
    instruction = INSTRUCTION.format(q=QUOTES[quote], by=by)
    text = AMENDMENT.format(instruction=instruction, row=ROWS[row])
    if wrapped:  # the instruction broken after the column's name, its replacement indented under it
        closing = QUOTES[quote]
        text = text.replace(f"Target{closing}: replace", f"Target{closing}:\n   replace")
    if quote == "curly":
        text = text.replace("\u201dTarget", "\u201cTarget").replace("\u201dQ", "\u201cQ")
    pairs = written_milestone_pairs(tmp_path, text, "amendment.txt")
    assert ("shared quality flags for buoy records", TARGETS[row]) in pairs, pairs
    assert ("common station code list for tide gauges", "Q2 2028") in pairs, pairs
    items = {item for item, _ in pairs}
    assert not any("survey of legacy buoy formats" in item for item in items), pairs
    assert "target" not in items, pairs
