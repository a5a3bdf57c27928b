"""The cost of the rules of session 21 (tag t), judged by growth with the real `kg ingest --dry-run`
(tests/support/bounded_ingest.py): each looks a bounded way around what it reads (a person before "acting
through", a title after a standard's number, the name a unit's subject ends, the body a unit's first word
names, read once per document), so a document of thousands of such lines costs their number."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


HEAD = (
    "# Sundvik Alliance / Korven Project Joint Work Register\n\n"
    "Sundvik Alliance and the Korven Project agree to cooperate on tide data.\n\n"
    "## Units\n\n- Sundvik: Ledger Working Group\n\n## Scope\n\n"
)
LINE = (
    "The Chair, Oddny Haraldsen, acting through the Joint Secretariat, asks the Sundvik Industrial "
    'Working Group to align TR-612 "Coastal Buoy Data Model" and HMC 40210 (Tide Gauge Calibration '
    "Procedures) with the Korven Ledger.\n"
)


def repeated_lines(lines: int) -> str:
    return HEAD + LINE * lines


def test_a_document_of_repeated_lines_costs_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(tmp_path, "session 21 t lines", repeated_lines, 3_000, ".md")
