"""A plain-text table drawn with inner bars only is read when its header's column names are short labels;
an abbreviated name with its stop ("No.", "Nr.", "Ref.", "Resp.") is one, as ETSI and CEN action summaries
head their tables ("No. | Action | Responsible | Deadline | Status"): before, such a header was a heading and
its rows one paragraph, so the actions had no due days. A cell ending a sentence is still no column name.
Bodies, people and actions invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

from kg.extract.documents import header_labels

HEAD = (
    "ETSI TC QX #12 and CEN/TC 999 joint meeting - Meeting report\n\nDate: 4-5 May 2027\n\n"
    "The ETSI TC QX and CEN/TC 999 liaison continues.\n\n5 Summary of actions\n\n"
)


@pytest.mark.parametrize("first", ["No.", "Nr.", "Ref.", "Ref"])
def test_a_table_headed_by_an_abbreviation_gives_its_actions(tmp_path: Path, first: str) -> None:
    text = (
        HEAD + f"{first} | Action | Resp. | Deadline | Status\n"
        "12/6 | Prepare the joint workshop agenda | Bo Ek | 2027-09-01 | open\n"
        "12/7 | Send the comments table to CEN/TC 999 | Ugo Bassi | 2027-07-15 | open\n"
    )
    pairs = milestone_pairs(tmp_path, text, "report.txt")
    assert ("Prepare the joint workshop agenda", "2027-09-01") in pairs, pairs
    assert ("Send the comments table to CEN/TC 999", "2027-07-15") in pairs, pairs


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("No. | Action | Responsible", True),
        ("Ref. | Item | Owner | Due", True),
        ("Item | Owner | Due date", True),
        ("Send the draft. | Bo Ek | May", False),  # a sentence's stop
        ("Approved. | Yes | No", False),  # a word of more than five letters with a stop
    ],
)
def test_column_names(line: str, header: bool) -> None:
    assert header_labels(line) is header
