"""A row of a table drawn in plain text whose cells are all empty (a spacer row between groups, a row
left blank in a form, a wiki table's empty row) is a blank between rows, not a row without text.

Why: such a row became a block of no pieces, whose start the rules asked for (an IndexError): a
held-out liaison statement's cover sheet and, under mutation, a dev minutes and a wikitext register
stopped `kg ingest` in a traceback (kg.pipeline.ingest.ExtractionFailed now refuses such a fault; this
is the fault mended).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks
from kg.pipeline.ingest import extract

SPACER_ROW = """DMTF and SNIA work register

+---------------------------+-----------+
| Work item                 | Owner     |
+---------------------------+-----------+
|                           |           |
| Redfish storage mapping   | DMTF      |
+---------------------------+-----------+
"""

FORM_ROW = """Liaison statement from ETSI ISG NFV to the TM Forum

| Title:   | Cloud-native network function lifecycle               |
|          |                                                       |
| Source:  | ETSI ISG NFV                                          |
| Contact: | Ana Lind (ana.lind@nfv.example)                       |
"""

WIKI_ROW = """OGF and DMTF joint work items

{| class="wikitable"
! Item !! Lead !! Target
|-
|   ||     ||
|-
| Cloud interface profile || OGF || 2027-06
|}
"""


@pytest.mark.parametrize("text", [SPACER_ROW, FORM_ROW, WIKI_ROW], ids=["spacer", "form", "wiki"])
def test_a_row_of_empty_cells_is_no_block_without_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "register.txt"
    path.write_text(text, encoding="utf-8")
    blocks = read_blocks(read_document(path))
    assert all(block.pieces for block in blocks)
    rows = [block.text for block in blocks if block.kind == "row"]
    assert all(row.strip() for row in rows)
    extraction = extract(path)  # the whole document is read: no fault on the empty row
    assert len(extraction.facts) > 0
