"""A title, a blank line, then a first line opening with a number (issue 12, point 9, session 28, engineer
D): "Joint Work Register of OGF and SNIA" over "12 working groups of ... share this register." The
paragraph joiner goes on from a block that ends in no mark into one opening in lower case or with a digit
(a sentence broken at a page: "... signed on" / "12 March 2026 by ..."), so a title in title case took
the text's first line into it: the document's title became a sentence, and the bodies it named were
read out of one long line.

A line in title case read as a heading for its shape is a title: a block opening with a digit after it
begins the text, in any reader that gives lines (plain text, Markdown without heading marks). A sentence
broken before a number still goes on. The wordings are invented; the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks

VARIANTS = {
    "register.txt": (
        "Joint Work Register of OGF and SNIA",
        "12 working groups of the Open Grid Forum and SNIA share this register.",
    ),
    "report.md": (
        "Liaison Report to the Technical Steering Committee",
        "3 liaisons with ETSI and oneM2M were renewed this quarter.",
    ),
    "memorandum.txt": (
        "Memorandum of Understanding Between Khronos and ASAM",
        "40 member companies of the Khronos Group also belong to ASAM e.V.",
    ),
}


@pytest.mark.parametrize("name", VARIANTS, ids=list(VARIANTS))
def test_a_title_keeps_its_line_before_a_numbered_first_line(tmp_path: Path, name: str) -> None:
    title, first = VARIANTS[name]
    (tmp_path / name).write_text(
        f"{title}\n\n{first}\n\nThe two bodies meet twice a year.\n", encoding="utf-8"
    )
    blocks = [b for b in read_blocks(read_document(tmp_path / name)) if b.kind != "blank"]
    assert (blocks[0].kind, blocks[0].text) == ("heading", title)
    assert blocks[1].text == first


def test_a_sentence_broken_before_a_number_still_goes_on(tmp_path: Path) -> None:
    text = "The memorandum between Khronos and ASAM was signed on\n\n12 March 2026 by both presidents.\n"
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    blocks = [b for b in read_blocks(read_document(tmp_path / "note.txt")) if b.kind != "blank"]
    assert [b.text for b in blocks] == [
        "The memorandum between Khronos and ASAM was signed on 12 March 2026 by both presidents."
    ]
