"""The seventh outside attack (session 15), on rules the session added for a document's writer and its
contacts: each checks every sentence, or every contact line, against the whole text or every range it
found, so their cost grows with the square of the document. Against the real `kg ingest --dry-run
--workers 0`, judged by the child's CPU seconds (tests/robustness/test_attack_round7_documents.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness.test_attack_round7_documents import LEAD
from tests.support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


FIRST = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo"]
LAST = ["Lee", "Moe", "Nash", "Orr", "Pike", "Quinn", "Ross", "Shaw", "Tate", "Vale"]


def person(number: int) -> str:
    family = LAST[number // 100 % 10] + LAST[number // 1000 % 10]
    return f"{FIRST[number % 10]} {LAST[number // 10 % 10]} {family}"


def test_copyright_notices_of_an_unknown_holder_are_weighed_in_linear_time(tmp_path: Path) -> None:
    # kg/extract/kinds.py writer -> speaks_as: for each notice naming a holder no rule knew ("(c) 2026
    # Harbour Metrology Foundation X"), every sentence of the document is read again for "we"/"our" or
    # "the Foundation": notices x sentences. The writer is looked for when the text names fewer than two
    # bodies (a page about its work with one partner). 2,000 notices (82 KB): 8.5 CPU-s; 4,000 (164 KB): 24.8
    lead = "The Distributed Management Task Force (DMTF) works on this with its partner.\n\n"

    def document(notices: int) -> str:
        return (
            "DMTF partnership notes\n\n" + lead + "(c) 2026 Harbour Metrology Foundation X. " * notices + "\n"
        )

    assert_linear_growth(tmp_path, "copyright notices", document, 4_000, ".txt")


def test_contact_lines_and_signature_blocks_are_matched_in_linear_time(tmp_path: Path) -> None:
    # kg/extract/contacts.py extract_contacts -> within(block.start, signature_ranges): each contact line
    # against every section's signature range (`any(...)`): contacts x signed sections. 4,000 of each
    # (365 KB): 6.4 CPU-s; 8,000 (760 KB): 19.5-20.4 CPU-s (11.6 with within() by bisection: the rest is
    # linear work on 8,000 contacts), 24,000,000 range checks at 4,000
    def document(sections: int) -> str:
        parts = ["# DMTF and SNIA Work Register\n\n", LEAD]
        for number in range(sections):
            parts.append(
                f"## Part {number}\n\nSigned by the parties.\n\n## Contacts\n\n"
                f"For DMTF: {person(number)} <p{number}@dmtf.org>\n\n"
            )
        return "".join(parts)

    assert_linear_growth(tmp_path, "contact lines in signed sections", document, 8_000, ".md")


def test_a_contact_line_with_a_run_of_blanks_is_read_in_linear_time(tmp_path: Path) -> None:
    # kg/extract/contacts.py bracketed_run: BRACKETED_PERSON `(?P<name>[^():;,\n]{3,60}?)\s*+\(` from each
    # place of a run of blanks reads the rest of the run, for each of 58 lengths of the name: quadratic
    # (4,000 blanks 1.5 CPU-s, 16,000 about 24). Found in the contacts tuner's uncommitted work at 07:45;
    # its `\s*+` was gone by 08:15 (this test passes on that tree): kept as a guard
    assert_linear_growth(
        tmp_path,
        "blanks between two people",
        lambda blanks: (
            "DMTF and SNIA Work Register\n\n"
            + LEAD
            + "Contacts\n\nAnn Lee (DMTF)"
            + " " * blanks
            + "Bo Moe (SNIA)"
        ),
        16_000,
        ".txt",
    )


def test_a_signature_line_repeated_thousands_of_times_is_read_in_linear_time(tmp_path: Path) -> None:
    # kg/extract/entities.py written_after_body: for each unit a line names ("Chair, Tide Working Group"),
    # every place the text writes the unit's name was read for a body before it: a line repeated N times
    # cost N x N (500 lines 2.0 CPU-s of work, 2,000 lines 23.5: session 17's contacts tuner). Kept per
    # name while nothing new is known (Context.written_after): 2,000 lines 1.8 CPU-s in all
    line = "Ana Example / Chair, Tide Working Group / Harbour Metrology Council\n"
    assert_linear_growth(
        tmp_path,
        "a signature line repeated",
        lambda lines: "DMTF and SNIA Work Register\n\n" + LEAD + "## Contacts\n\n" + line * lines,
        4_000,
        ".md",
    )
