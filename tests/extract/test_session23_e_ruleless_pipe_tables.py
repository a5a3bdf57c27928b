"""A pipe table with neither outer pipes nor a rule under its header (session 23, engineer E, named by
engineer B on a dev addendum sent as plain-text mail): "Item | Work item | Change | New target" and its rows
were read as one heading, and the work items were lost. Three lines or more in a row, each with the same
number of inner pipes (two or more), the first a header of short labels, are a table; prose with a pipe
or two is none. The bodies and items are invented; the expected items were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

from kg.extract.documents import read_document

ADDENDUM = """\
ADDENDUM 1 to the HMC / OBC Work Register

Parties: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

1. Changes to the work items

{table}

2. Approval

Approved by the HMC Board on 2 June 2026.
"""
TABLES = {
    "aligned": (
        "Item | Work item                                 | Change    | New target\n"
        "2    | Tide gauge calibration test plan          | moved     | Q1 2027\n"
        "5    | Joint white paper on buoy telemetry       | new       | 2026-12-15"
    ),
    "ragged": (
        "Item | Work item | Change | New target\n"
        "2 | Tide gauge calibration test plan | moved | Q1 2027\n"
        "5 | Joint white paper on buoy telemetry | new | 2026-12-15"
    ),
    "three columns": (
        "Work item | Change | Target\n"
        "Tide gauge calibration test plan | moved | Q1 2027\n"
        "Joint white paper on buoy telemetry | new | 2026-12-15"
    ),
}


@pytest.mark.parametrize("layout", sorted(TABLES))
def test_the_rows_of_a_ruleless_pipe_table_are_work_items(tmp_path: Path, layout: str) -> None:
    pairs = milestone_pairs(tmp_path, ADDENDUM.format(table=TABLES[layout]), "addendum.txt")
    labels = {label for label, _ in pairs}
    assert "Tide gauge calibration test plan" in labels, pairs
    assert "Joint white paper on buoy telemetry" in labels, pairs


@pytest.mark.parametrize("layout", sorted(TABLES))
def test_its_lines_are_rows_of_cells(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "addendum.txt"
    path.write_text(ADDENDUM.format(table=TABLES[layout]), encoding="utf-8")
    text = read_document(path).text
    assert "Tide gauge calibration test plan\tmoved\tQ1 2027" in text, text


def test_prose_with_pipes_stays_prose(tmp_path: Path) -> None:
    prose = (
        "The HMC | OBC joint page lists the calibration | telemetry | buoy items.\n"
        "See the HMC | OBC site for the minutes of each call | each workshop | each webinar.\n"
        "Both boards read the notes | the agenda | the register before each meeting of the group."
    )
    path = tmp_path / "addendum.txt"
    path.write_text(ADDENDUM.format(table=prose), encoding="utf-8")
    assert "\t" not in read_document(path).text
