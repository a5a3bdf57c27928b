"""What the session 18 review found in the rules the session added, against the real `kg ingest --dry-run
--workers 0`, judged by the child's CPU seconds (tests/support/bounded_ingest.py).

- Lines of a Markdown paragraph whose keys are identifiers ("created: ...", "updated: ..."): the Markdown
  reader now keeps each a line of its own (documents.MD_KEY_LINE, session 18), and join_continuations
  glues the lines back one by one, each time asking whether the block so far ends a sentence
  (structure.continues: TERMINAL searched over the whole block, every colon of it a try): lines x block.
  4,000 pairs of such lines (260 KB): 15.8 CPU-s (1,000: 2.6; 0: 0.8); 8,000 (520 KB): killed at the 40
  CPU-s limit, 4.3 CPU-s at 54e3355. The block's own end is what is read now.
- A document naming thousands of committees by their paths ("ISO/TC 7/SC 3") still costs units x places
  in names.Resolver.matches, as joint committees' paths did before the session: left open, with its
  figures and reproduction, in docs/reliability.md section 20 (no test here: a test that fails, or one
  marked to fail, is no proof of behaviour).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness.test_attack_round7_documents import LEAD
from tests.support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


def test_a_paragraph_of_identifier_key_lines_is_read_in_linear_time(tmp_path: Path) -> None:
    def document(pairs: int) -> str:
        return (
            "---\nlastUpdated: 2026-06-08\n---\n# DMTF and SNIA Work Register\n\n"
            + LEAD
            + "created: 2025-02-17T09:41:07Z\nupdated: 02/04/2026 and 19/01/2026\n" * pairs
        )

    assert_linear_growth(tmp_path, "identifier key lines", document, 8_000, ".md")
