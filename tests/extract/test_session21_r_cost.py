"""The cost of two rules the review of session 20 measured (session 21, tag r), judged by growth with the real
`kg ingest --dry-run --workers 0` (tests/support/bounded_ingest.py):

- parties.agreement_clauses read each "<agreement> between A and B" clause's mentions from a copy of the
  tail of the block's mentions: a paragraph of thousands of clauses copied clauses x mentions;
- document_dates.opens_document copied the text before each review or approval heading to see whether
  anything stood before it: a document of thousands of approval sections copied sections x text;
- the rules of this session that loop over a document's lines or mentions (a table of contents' entries,
  a plan table's rows, the Org outline's headings and planning lines, bodies set beside the parties).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


LEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to cooperate on tide "
    "data.\n\n"
)


def agreements(clauses: int) -> str:
    return (
        "# Memorandum of Understanding between HMC and OBC\n\n"
        + LEAD
        + "The MoU between HMC and OBC, replacing the MoU between HMC and ISO, covers tide work; " * clauses
        + "\n"
    )


def test_a_paragraph_of_agreement_clauses_costs_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(tmp_path, "agreement clauses", agreements, 8_000, ".md")


def approval_sections(sections: int) -> str:
    section = (
        "## Approval\n\nApproved by the HMC Board and by the OBC Steering Committee. " + "x" * 200 + "\n\n"
    )
    return "# HMC / OBC Tide Data Work Register\n\n" + LEAD + section * sections


def test_a_document_of_approval_sections_costs_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(tmp_path, "approval sections", approval_sections, 6_000, ".md")


def outline_and_tables(rows: int) -> str:
    return (
        "#+TITLE: HMC / OBC Joint Work Register\n#+DATE: 2026-03-03\n\n* Organizations\n"
        "- Harbour Metrology Council (HMC)\n- Open Buoy Consortium (OBC)\n\nContents\n"
        + "Approval ........................ 4\n" * rows
        + "* Plan\n\nDeliverable\tDate\n"
        + "Glossary published\t1 June 2027\n" * rows
        + "   CLOSED: [2026-04-28 Tue] DEADLINE: <2026-04-30 Thu>\n" * rows
        + "ISO and IEC, who work together with the Parties, are kept informed. " * rows
        + "\n"
    )


def test_this_session_s_line_rules_cost_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(tmp_path, "outline and tables", outline_and_tables, 4_000, ".txt")
