"""A table whose first header cell is empty (the corner over a column of row numbers or labels, as HTML
and Markdown tables often have) keeps its columns aligned: the header's cells and the rows' cells are
counted from the row's first cell, empty or not (kg.extract.structure.row_block). Before, the header's
leading empty cell was skipped, every header name moved one column left, and the targets were read
from the wrong column. Invented parties and items."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, milestone_pairs

from kg.extract.structure import row_block

HTML = """<html><body><h1>HMC / OBC Joint Work Plan</h1>
<h2>Organizations</h2>
<ul><li>Harbour Metrology Council (HMC), through its Tide Gauge Working Group</li>
<li>Open Buoy Consortium (OBC), through its Telemetry Task Force</li></ul>
<h2>Work items</h2>
<table>
<tr><th></th><th>Status</th><th>Work item</th><th>Target</th></tr>
<tr><td>1</td><td>Open</td><td>Joint buoy telemetry profile</td><td>Q3 2027</td></tr>
<tr><td>2</td><td>Open</td><td>Shared calibration test suite</td><td>March 2028</td></tr>
</table></body></html>
"""
MARKDOWN = (
    "# HMC / OBC Joint Work Plan\n\n"
    + ORGS
    + """## Work items

|   | Status | Work item | Target |
|---|--------|-----------|--------|
| 1 | Open | Joint buoy telemetry profile | Q3 2027 |
| 2 | Open | Shared calibration test suite | March 2028 |
"""
)
EXPECTED = {("Joint buoy telemetry profile", "Q3 2027"), ("Shared calibration test suite", "March 2028")}


def test_a_leading_empty_cell_is_a_column() -> None:
    header, row = row_block("\tStatus\tTarget", 0), row_block("1\tOpen\tQ3 2027", 100)
    assert [(c.text, c.column) for c in header.cells] == [("Status", 1), ("Target", 2)]
    assert [(c.text, c.column) for c in row.cells] == [("1", 0), ("Open", 1), ("Q3 2027", 2)]


@pytest.mark.parametrize(("text", "name"), [(HTML, "plan.html"), (MARKDOWN, "plan.md")])
def test_targets_are_read_under_their_header(tmp_path: Path, text: str, name: str) -> None:
    assert milestone_pairs(tmp_path, text, name) == EXPECTED
