"""A party line naming thousands of bodies (the review of session 20): `entities.has_no_organization` was
asked for each part of the line and scanned all the line's mentions each time, parts x mentions (the
opening "between" clause of a memorandum run on into one long paragraph of "The MoU between DMTF and SNIA
covers storage work; " clauses: 11.5x the work for 4x the line, 16,000 clauses killed at 40 CPU-s). The
mentions are in text order and apart, so a bisection finds those a part overlaps. Judged by growth, with
the real `kg ingest --dry-run --workers 0` (tests/support/bounded_ingest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness.test_attack_round7_documents import LEAD
from tests.support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


def memorandum(clauses: int) -> str:
    return (
        "# Memorandum of Understanding between DMTF and SNIA\n\n"
        + LEAD
        + "The MoU between DMTF and SNIA covers storage work; " * clauses
        + "\n"
    )


def test_a_party_line_of_thousands_of_bodies_costs_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(tmp_path, "party line", memorandum, 8_000, ".md")
