"""Two costs the session 15 review found in the rules for work items, against the real `kg ingest --dry-run
--workers 0`, judged by the child's CPU seconds (tests/robustness/test_attack_round7_documents.py).

- A target label with a long run after it ("X - y when: . . . . a - Q3 2026"): milestones.LABELLED_MORE
  grew its target one character at a time, each try scanning the rest of the run (64 KB: 21 CPU-s).
- An item with thousands of field lines ("Owner: ...", "Status: ..."): each line joins the item, and each
  join asked the block for spans by a walk of all its pieces (structure.Block.span_of; 96 KB: 19.5 CPU-s,
  130 KB of equally indented lines 59 CPU-s, before this session too). A bisection now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


HEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of joint work."
    "\n\n"
)


def test_a_target_label_before_a_long_run_is_read_in_linear_time(tmp_path: Path) -> None:
    def document(dots: int) -> str:
        return (
            "# HMC and OBC joint work register\n\n" + HEAD + "## Work items\n\n"
            "- Tide glossary - buoy when: " + ". " * dots + "a - Q3 2026\n"
        )

    assert_linear_growth(tmp_path, "a run after 'when:'", document, 32_000, ".md")


def test_an_item_with_thousands_of_field_lines_is_read_in_linear_time(tmp_path: Path) -> None:
    for name, lines, size in (
        ("hanging", "   Owner: HMC\n     Status: open\n", 3_000),
        ("even", "   Owner: HMC\n", 10_000),
    ):
        folder = tmp_path / name
        folder.mkdir()

        def document(count: int, lines: str = lines) -> str:
            return (
                "HMC and OBC joint work register\n\n"
                + HEAD
                + "Work items\n\n1. Tide glossary - Q3 2026\n"
                + lines * count
            )

        assert_linear_growth(folder, f"{name} field lines of an item", document, size, ".txt")
