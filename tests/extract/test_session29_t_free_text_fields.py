"""A free-text field's value holding a colon (issue 12, point 9, session 29, engineer T, at engineer D's
request): field lines a reader ran together are cut before each later "Word:" label (headers.field_cuts,
through structure.field_lines), and "Subject: Draft Minutes: June meeting" was cut into "Subject: Draft" and
"Minutes: June meeting", a field of its own. A subject, a title, a purpose or a "Re:" is a phrase that may
hold a colon: inside its value a later "Word:" is no label unless it starts a line of the source or names a
field a header holds ("Date:", "From:", "Version:"). The wordings are invented; the layouts are those of
mailed minutes, liaison cover sheets and Markdown notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.headers import field_cuts, split_fields
from kg.extract.structure import read_blocks

FREE = (
    ("Subject: Draft Minutes: June meeting", "Draft Minutes: June meeting"),
    ("Title: Annex B: Conformance Profiles", "Annex B: Conformance Profiles"),
    ("Re: Liaison Reply: joint glossary", "Liaison Reply: joint glossary"),
    ("Purpose: Review: for comment by the TAB", "Review: for comment by the TAB"),
)


@pytest.mark.parametrize(("line", "value"), FREE)
def test_a_colon_inside_a_free_text_value_does_not_cut(line: str, value: str) -> None:
    assert field_cuts(line) == []
    assert split_fields(line) == [line]


@pytest.mark.parametrize(("line", "value"), FREE)
@pytest.mark.parametrize("later", ["Date: 3 May 2026", "From: ETSI ISG NFV", "Version: 1.2"])
def test_a_known_field_after_a_free_text_value_still_cuts(line: str, value: str, later: str) -> None:
    assert split_fields(f"{line} {later}") == [line, later]


def test_other_fields_run_together_still_cut() -> None:
    assert split_fields("Register number: WR-7 Revision: 2 Owner: Ana Example") == [
        "Register number: WR-7",
        "Revision: 2",
        "Owner: Ana Example",
    ]


@pytest.mark.parametrize(("line", "value"), FREE)
def test_a_plain_header_s_lines_keep_the_free_text_value_whole(tmp_path: Path, line: str, value: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(f"{line}\nMinutes: kept by the secretariat\nDate: 3 May 2026\n\nThe meeting opened.\n")
    texts = [block.text for block in read_blocks(read_document(path))]
    assert line in texts  # the value whole, and a label at a line's start still a field of its own
    assert "Minutes: kept by the secretariat" in texts


@pytest.mark.parametrize(("line", "value"), FREE)
def test_a_markdown_paragraph_of_fields_keeps_the_free_text_value_whole(
    tmp_path: Path, line: str, value: str
) -> None:
    # (Markdown joins a paragraph's lines: the line breaks are gone, a known field's name still cuts)
    path = tmp_path / "note.md"
    path.write_text(f"{line}\nDate: 3 May 2026\nFrom: OASIS TAB\n\nThe meeting opened.\n")
    texts = [block.text for block in read_blocks(read_document(path))]
    assert texts[:3] == [line, "Date: 3 May 2026", "From: OASIS TAB"]
