"""Lettered list lines stay one entry each (issue 12 point 9, session 31, engineer L): "a) ...", "(b) ...",
"A. ...", "i. ..." written one a line with no blank line between them were joined into one paragraph: a
Markdown paragraph runs its lines together (letters are no list markers to CommonMark), and a plain-text
line wrapped at the margin took the next lettered line as its rest (only numbers were known to follow each
other: next_label). A lettered line that goes on from the line above's letter, or opens a run ("a)" over
"b)"), starts an entry. Invented lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import next_labels, read_layout

ENTRIES = [
    "joint test suites for the storage management interfaces of the two bodies and the related",
    "exchange of working drafts between the working groups of the two bodies during the year and",
    "joint promotion of the published specifications at the events of both bodies and their",
]
MARKS = [
    ["a)", "b)", "c)"],
    ["(a)", "(b)", "(c)"],
    ["A.", "B.", "C."],
    ["i.", "ii.", "iii."],
    ["(i)", "(ii)", "(iii)"],
    ["I.", "II.", "III."],
]
LEAD = "The two bodies agree that the joint work of the coming year covers the following areas:"


def blocks(tmp_path: Path, text: str, name: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    layout = read_layout(read_document(path))
    return [block.text for section in layout.sections for block in section.blocks]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("name", ["plan.md", "plan.txt"])
def test_lettered_lines_are_an_entry_each(tmp_path: Path, marks: list[str], name: str) -> None:
    lines = "".join(f"{mark} {entry}\n" for mark, entry in zip(marks, ENTRIES, strict=True))
    found = blocks(tmp_path, f"Joint work plan of DMTF and SNIA\n\n{LEAD}\n{lines}\nEnd of the plan.\n", name)
    for entry in ENTRIES:
        holding = [text for text in found if entry in text]
        assert len(holding) == 1, found
        assert sum(other in holding[0] for other in ENTRIES) == 1, holding


@pytest.mark.parametrize("name", ["memo.md", "memo.txt"])
def test_a_sentence_wrapped_before_an_initial_stays_one_paragraph(tmp_path: Path, name: str) -> None:
    text = (
        "Joint memo of DMTF and SNIA\n\n"
        "The draft of the storage telemetry profile was presented at the joint call by Dr\n"
        "A. Example of the fabric working group, who asked for comments by the end of May.\n"
    )
    found = blocks(tmp_path, text, name)
    assert any("presented at the joint call" in t and "asked for comments" in t for t in found), found


@pytest.mark.parametrize(
    ("label", "following"),
    [("a", "b"), ("B", "C"), ("i", "ii"), ("iv", "v"), ("IX", "X"), ("h", "i"), ("3", "4"), ("4.1", "4.2")],
)
def test_next_labels_know_letters_and_numerals(label: str, following: str) -> None:
    assert following in next_labels(label)
