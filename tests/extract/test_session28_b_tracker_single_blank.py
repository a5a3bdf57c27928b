"""A liaison tracker's page saved as text, each field's name and value parted by one blank (issue 12
point 9, session 28, B).

A tracker's table of a statement ("State Posted", "Posted Date 2017-06-15", "From Group X", "From Contact
Ana Lind", "To Group Y", "Purpose For action") comes out of a browser's or a crawler's text one row a line,
the cells parted by a single blank. A run of three such lines or more at the head of the document is its
header (a value's second line, short, may stand between them); fewer is prose. Before the rule the ends,
the contact and the purpose were lost. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

from kg.extract.headers import header_fields
from kg.model.source_text import SourceText

ROWS = [
    "Liaison statement",
    "Reply LS on buoy telemetry profiles",
    "",
    "State Posted",
    "Posted Date 2027-03-15",
    "From Group Harbour Metrology Council (HMC)",
    "From Contact Ana Lind-Varga",
    "To Group Open Buoy Consortium (OBC)",
    "To Contacts The OBC Chair",
    "The OBC Secretary",
    "Purpose For action",
    "Deadline 2027-06-30",
]
BODY = "HMC thanks OBC for its liaison on buoy telemetry profiles and asks OBC to review the attached draft."


def page(name: str) -> str:
    if name.endswith(".html"):
        return "<html><body>" + "".join(f"<div>{r}</div>" for r in ROWS if r) + f"<p>{BODY}</p></body></html>"
    if name.endswith(".md"):
        return "\n\n".join(r for r in ROWS if r) + f"\n\n{BODY}\n"
    return "\n".join(ROWS) + f"\n{BODY}\n"


@pytest.mark.parametrize("name", ["ls.txt", "ls.html", "ls.md"])
def test_the_fields_of_a_tracker_page_saved_as_text(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, page(name), name)
    assert record.liaison is not None
    assert [e.acronym for e in record.liaison.senders] == ["HMC"]
    assert [e.acronym for e in record.liaison.recipients] == ["OBC"]
    assert record.liaison.purpose == "action"
    assert record.liaison.deadline == "2027-06-30"
    assert contact_orgs(record).get("ana lind-varga") == "hmc"


@pytest.mark.parametrize("name", ["ls.txt", "ls.md"])
def test_two_such_lines_of_prose_are_no_header(tmp_path: Path, name: str) -> None:
    """Prose whose lines open with "To" or "From" twice is no tracker's table."""
    text = (
        "HMC liaison note on buoy telemetry\n\nThe Harbour Metrology Council (HMC) writes this note\n"
        "to the Open Buoy Consortium (OBC) members who asked\n"
        "from the Coastal Radar Alliance (CRA) side about it.\n"
    )
    record = extracted(tmp_path, text, name)
    senders = [e.acronym for e in record.liaison.senders] if record.liaison else []
    assert "CRA" not in senders


@pytest.mark.parametrize("name", ["ls.txt", "ls.md"])
def test_labels_alone_above_their_values_stay_stacked(tmp_path: Path, name: str) -> None:
    """ "From Group" alone over "Harbour Metrology Council (HMC)": a stacked field, no "from" field whose
    value is "Group"."""
    stacked = []
    for row in ROWS[3:]:
        words = row.split(" ")
        cut = 2 if len(words) > 2 and words[1] in ("Date", "Group", "Contact", "Contacts") else 1
        stacked += [" ".join(words[:cut]), " ".join(words[cut:])] if len(words) > cut else [row]
    sep = "\n\n" if name.endswith(".md") else "\n"
    text = sep.join([*ROWS[:2], *stacked]) + f"{sep}{BODY}\n"
    record = extracted(tmp_path, text, name)
    assert record.liaison is not None
    assert [e.acronym for e in record.liaison.senders] == ["HMC"]
    assert [e.acronym for e in record.liaison.recipients] == ["OBC"]


def test_three_wrapped_lines_of_prose_are_no_header() -> None:
    """Wrapped prose whose lines open with "to", "from", "to" (lower case) is no tracker's table."""
    text = (
        "HMC liaison note on buoy telemetry\n\nThe Harbour Metrology Council (HMC) sends this note\n"
        "to the Open Buoy Consortium (OBC) members who asked\n"
        "from the Coastal Radar Alliance (CRA) side about it and\n"
        "to the Tide Gauge Committee (TGC) chairs as well.\n"
    )
    document = SourceText(Path("note.txt"), "text/plain", "", text, range(len(text)))
    assert not [f for f in header_fields(document) if f.name in ("to", "from")]
