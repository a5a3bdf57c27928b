"""Layout invariance of a hand-typed plain-text table whose cells start a character or two BEFORE their
column's name (issue 12, point 9, session 22, engineer B), as a liaison factsheet typed without a ruler:

- "Activity            Planned for" over "Technical brochure ...   2027 Plenary Session": a cell opening after
  two blanks, one or two characters left of its column's name, is that column's cell (the row was read as a
  paragraph, and its work item lost).

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

HEAD = """\
HARBOUR METROLOGY COUNCIL (HMC) -- OPEN BUOY CONSORTIUM (OBC)
LIAISON FACTSHEET 2026

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have exchanged liaison
officers since 2019 on the exchange of tide records between harbour gauges and offshore buoys.

CURRENT JOINT ACTIVITIES

"""

ROWS = [
    ("Technical brochure on tide gauge datum offsets", "2027 Bergen Session"),
    ("Tutorial on buoy telemetry over satellite links", "October 2027"),
    ("Review of the HMC glossary against OBC survey results", "Q4 2026"),
    ("Contribution of buoy field data to the tide record revision", "tbd"),
]


def table(shift: int) -> str:
    header = "Activity".ljust(70) + "Planned for\n"
    lines = [item.ljust(70 - shift) + target for item, target in ROWS]
    return header + "\n".join(lines) + "\n"


@pytest.mark.parametrize("shift", [0, 1, 2])
def test_a_cell_a_character_or_two_before_its_column_is_that_columns(tmp_path: Path, shift: int) -> None:
    record = extracted(tmp_path, HEAD + table(shift), "tide-factsheet.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ROWS}
