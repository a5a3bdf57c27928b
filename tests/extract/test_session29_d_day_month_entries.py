"""A day and month opening a line, the year left out (issue 12, point 9, session 29, engineer D): mailed
minutes and list posts write their timelines as "16 April - Circulate the draft" over "30 April - Comments
due". The plain-text reader read "16" as the number of a heading "April - Circulate ...", and the next
entry, read the same way, went on with it: the entries were joined into one line and each later entry's
day was lost ("... the draft April - Comments due"). A short entry that happened to name a kind of section
("3 June - Draft approved for public review") opened a section of its own, and a numbered heading after the
list's blank line ("4. Next meetings") was joined to its last entry, its number lost.

A day and month before a dash, a colon or a column gap, then words, is an entry of a dated list: never a
heading's number, never the rest of the line above, never a heading; a numbered heading after a blank line
is the text's next part. The wordings and layouts are invented (real OASIS and IETF list posts and minutes
write them so); the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks

ENTRIES = {
    "dash.txt": ("16 April - ", "30 April - ", "21 May - "),
    "colon.txt": ("3 May: ", "17 May: ", "2 June: "),
    "month-first.txt": ("May 3 - ", "May 17 - ", "June 2 - "),
    "ordinal.txt": ("1st July - ", "15th July - ", "2nd September - "),
    "gap.txt": ("12 Oct    ", "26 Oct    ", "9 Nov     "),
}
WORDS = (
    "Circulate the joint draft to the ETSI ISG NFV",
    "Comments of OASIS members due",
    "Joint review call of the comments",
)


def lines(prefixes: tuple[str, ...]) -> str:
    return "\n".join(p + w for p, w in zip(prefixes, WORDS, strict=True))


@pytest.mark.parametrize("name", ENTRIES, ids=list(ENTRIES))
def test_each_dated_entry_is_a_line_of_its_own_with_its_day(tmp_path: Path, name: str) -> None:
    text = f"Timeline agreed with the ISG\n\n{lines(ENTRIES[name])}\n\nThe TC meets again next month.\n"
    (tmp_path / name).write_text(text, encoding="utf-8")
    blocks = [b for b in read_blocks(read_document(tmp_path / name)) if b.kind != "blank"]
    entries = [" ".join(b.text.split()) for b in blocks[1:4]]
    assert entries == [" ".join((p + w).split()) for p, w in zip(ENTRIES[name], WORDS, strict=True)]
    assert all(b.kind != "heading" and b.label is None for b in blocks[1:4])


def test_an_entry_naming_a_kind_of_section_opens_none(tmp_path: Path) -> None:
    text = (
        "OASIS and ETSI joint schedule\n\nThe OASIS LCM TC and the ETSI ISG NFV agreed these dates.\n\n"
        "Schedule\n\n16 April - Circulate the draft\n3 June - Draft approved for public review\n"
        "17 June - Contributions to the review close\n"
    )
    (tmp_path / "schedule.txt").write_text(text, encoding="utf-8")
    pairs = written_milestone_pairs(tmp_path, text, "schedule.txt")
    assert pairs == {
        ("circulate the draft", "16 April"),
        ("draft approved for public review", "3 June"),
        ("contributions to the review close", "17 June"),
    }, pairs


def test_a_numbered_heading_after_the_list_keeps_its_number(tmp_path: Path) -> None:
    text = (
        "3. Timeline\n\n16 April - Circulate the draft of the joint profile to the ISG NFV\n"
        "21 May - Joint review call of the comments received from the ISG\n\n4. Next meetings\n\n"
        "The TC meets again on 28 April 2026.\n"
    )
    (tmp_path / "minutes.txt").write_text(text, encoding="utf-8")
    blocks = [b for b in read_blocks(read_document(tmp_path / "minutes.txt")) if b.kind != "blank"]
    heading = next(b for b in blocks if "Next meetings" in b.text)
    assert (heading.kind, heading.label, heading.text) == ("heading", "4", "Next meetings")


def test_a_dated_year_or_a_range_is_no_entry_opening(tmp_path: Path) -> None:
    """What stays: a sentence broken before "12 March 2026 by ..." goes on; "2 Scope" is a heading."""
    text = "The memorandum was signed on\n12 March 2026 by both chairs.\n\n2 Scope\n\nThe scope is TSN.\n"
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    blocks = [b for b in read_blocks(read_document(tmp_path / "note.txt")) if b.kind != "blank"]
    assert blocks[0].text == "The memorandum was signed on 12 March 2026 by both chairs."
    assert (blocks[1].kind, blocks[1].label, blocks[1].text) == ("heading", "2", "Scope")
