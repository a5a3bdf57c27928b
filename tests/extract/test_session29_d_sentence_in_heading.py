"""A short line holding two sentences is no heading (issue 12, point 9, session 29, engineer D).

Liaison pages describe a partner in a definition list, "<dt>Open Grid Forum</dt><dd>Joint work on the
storage interface. Contact: Ana Example</dd>", and minutes end an item with "Agreed by both chairs. Next
review: June 2027". Short and without a verb the rules know, such a line was read as a heading for its
shape, and its words named a kind of section ("Contact", "review"): everything after it, the partners,
the work items and the dates of the page, was read as the contacts or the review of the alliance.

A line in which a sentence ends and another begins (a word of two letters or more, a full stop, a capital)
is text, in every reader; abbreviations ("U.S.", "Inc.", "Ed.", "e.V.") and a heading's label ("Annex.")
are no end of a sentence. The wordings are invented; the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import is_heading_text, read_layout

PAGES = {
    "dl.html": (
        "<html><body><h1>Partners of the Storage Networking Industry Association</h1><dl>"
        "<dt>Open Grid Forum (OGF)</dt><dd>Joint work on the storage interface. Contact: Ana Example</dd>"
        "</dl><h2>Work items</h2><ul><li>Joint white paper - Q3 2026</li></ul></body></html>"
    ),
    "minutes.txt": (
        "OGF and SNIA joint call\n\nCloud storage profile\n\n"
        "Agreed by both chairs. Next review: June 2027\n\nWork items\n\n- Joint white paper - Q3 2026\n"
    ),
    "page.md": (
        "# SNIA and DMTF\n\n## Redfish alignment\n\nStarted in 2019. Contact: Jane Example\n\n"
        "## Work items\n\n- Joint white paper - Q3 2026\n"
    ),
}


@pytest.mark.parametrize("name", PAGES, ids=list(PAGES))
def test_two_sentences_open_no_section(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(PAGES[name], encoding="utf-8")
    layout = read_layout(read_document(tmp_path / name))
    titles = [s.title for s in layout.sections]
    assert not any(". " in title for title in titles), titles
    assert layout.blocks("milestones") and "Joint white paper - Q3 2026" in [
        b.text for b in layout.blocks("milestones")
    ]


@pytest.mark.parametrize(
    "line",
    ["U.S. Access Board", "Acme Inc. Standards Board", "ISO/IEC 19464 Ed. 2", "Annex. List of participants"],
)
def test_an_abbreviation_or_a_label_keeps_a_heading(line: str) -> None:
    assert is_heading_text(line)


@pytest.mark.parametrize(
    "line",
    ["Joint work on the interface. Contact: Ana Example", "Standards Manager. Contact: Jane Example"],
)
def test_a_sentence_then_another_is_no_heading(line: str) -> None:
    assert not is_heading_text(line)
