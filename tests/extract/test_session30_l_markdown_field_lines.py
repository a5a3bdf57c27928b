"""A free-text field's line in a Markdown paragraph ends its field (issue 12, point 9, session 30, engineer
L): the reader joined a paragraph's lines with blanks, so "Subject: Draft Minutes: June meeting" over
"Minutes: kept by the secretariat" stayed one field (a free-text value holds colons of its own, and is cut
only at a source line break or before a known field's name). After a free-text field's line, a line opening
with any other label starts a line of its own; a known field's name is cut as before, a wrapped value and
prose run on. The wordings are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.headers import header_fields
from kg.extract.structure import read_blocks


def blocks(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "note.md"
    path.write_text(text)
    return [block.text for block in read_blocks(read_document(path)) if block.text]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Subject: Draft Minutes: June meeting", "Minutes: kept by the secretariat", "Date: 3 May 2026"],
            ["Subject: Draft Minutes: June meeting", "Minutes: kept by the secretariat"],
        ),
        (
            ["Title: Annex B: Conformance Profiles", "Editors: Ana Lind and Bo Ek", "Version: 1.2"],
            ["Title: Annex B: Conformance Profiles", "Editors: Ana Lind and Bo Ek"],
        ),
        (
            ["Re: Liaison Reply: joint glossary", "Glossary owner: the OBC secretariat", "From: OBC"],
            ["Re: Liaison Reply: joint glossary", "Glossary owner: the OBC secretariat", "From: OBC"],
        ),
    ],
)
def test_a_field_paragraph_keeps_a_line_per_field(
    tmp_path: Path, lines: list[str], expected: list[str]
) -> None:
    found = blocks(tmp_path, "\n".join(lines) + "\n\nThe meeting opened at ten.\n")
    for line in expected:
        assert line in found, found


def test_header_fields_of_a_date_led_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("Date: 3 May 2026\nTitle: Part 2: Widget profiles\nDeadline: 1 June 2026\n\nText.\n")
    fields = {(f.name, f.value) for f in header_fields(read_document(path))}
    assert {
        ("date", "3 May 2026"),
        ("title", "Part 2: Widget profiles"),
        ("deadline", "1 June 2026"),
    } <= fields


def test_a_wrapped_value_still_runs_on(tmp_path: Path) -> None:
    found = blocks(tmp_path, "Subject: Joint glossary of tide\nand buoy terms\nDate: 3 May 2026\n\nText.\n")
    assert "Subject: Joint glossary of tide and buoy terms" in found


def test_prose_keeps_running_on(tmp_path: Path) -> None:
    found = blocks(tmp_path, "The two bodies met in May.\nNote: the glossary is late.\n\nText.\n")
    assert "The two bodies met in May. Note: the glossary is late." in found
