"""A free-text field (a subject, a title, a purpose, a "Re:") whose value holds a colon, after another field
on the same line (issue 12, point 9, session 30, engineer L): header lines a reader ran together ("Date: ...
Subject: Re: LS on Part 2: profiles") were cut inside the subject's value ("Subject: Re: LS on Part 2:" and
a field "Profiles ...: ..."), because the free-text test only held for the line's first field. A later "Word:"
inside a free-text value is no label unless it names a field a header holds. The wordings are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.headers import header_fields, split_fields
from kg.extract.structure import read_blocks

BEFORE = ("Date: 3 May 2026", "From: the widget group", "Version: 1.2", "Ref: WG-17/2026")
FREE = (
    "Subject: Re: LS on Part 2: Widget profiles",
    "Title: Part 2: Widget profiles Annex: tables",
    "Purpose: Reply: for comment by the board",
    "Re: Liaison Reply: joint glossary",
)


# Not a case: a reference's value runs on into a "Re:" (no known field's name), as before; making "Re" a
# known field's name would cut "Subject: Fwd: Re: X" (headers.field_cuts).
PAIRS = [(b, f) for b in BEFORE for f in FREE if not (b.startswith("Ref:") and f.startswith("Re:"))]


@pytest.mark.parametrize(("before", "free"), PAIRS)
def test_a_free_text_value_after_a_field_keeps_its_colons(before: str, free: str) -> None:
    assert split_fields(f"{before} {free}") == [before, free]


@pytest.mark.parametrize("free", FREE)
@pytest.mark.parametrize("after", ["Deadline: 1 June 2026", "To: OBC Steering Group"])
def test_a_known_field_after_it_still_cuts(free: str, after: str) -> None:
    assert split_fields(f"Date: 3 May 2026 {free} {after}") == ["Date: 3 May 2026", free, after]


@pytest.mark.parametrize("free", FREE)
def test_header_fields_of_a_markdown_paragraph(tmp_path: Path, free: str) -> None:
    path = tmp_path / "statement.md"
    path.write_text(f"From: the widget group\n{free}\nDeadline: 1 June 2026\n\nThe group thanks you.\n")
    document = read_document(path)
    texts = [block.text for block in read_blocks(document)]
    assert free in texts
    name, value = free.split(": ", 1)
    assert (name.lower(), value) in [(f.name, f.value) for f in header_fields(document)]
