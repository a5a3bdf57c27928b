"""A table row's cells keep their column (kg.extract.structure.row_block): empty cells count, and the count
runs on from cell to cell (a 10,000-column row was counted from its start at every cell: 50 s a megabyte,
found by the fourth attack; benchmarks/bench_extract_scaling.py times extraction)."""

from __future__ import annotations

from kg.extract.structure import row_block


def test_empty_cells_keep_the_columns_of_the_cells_after_them() -> None:
    row = row_block("Item\t\tQ3 2026\t\t\tDMTF", 100)
    assert [(c.text, c.column, c.start) for c in row.cells] == [
        ("Item", 0, 100),
        ("Q3 2026", 2, 106),
        ("DMTF", 5, 116),
    ]


def test_a_row_of_twenty_thousand_columns_numbers_each_cell() -> None:
    row = row_block("\t".join(f"c{k}" for k in range(20_000)), 0)
    assert [c.column for c in row.cells] == list(range(20_000))
