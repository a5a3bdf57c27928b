"""A list of bodies written as term and description lines, without markup (issue 12, point 9, session 29,
engineer D).

3GPP's page of the bodies it exchanges liaisons with writes each as a name on one line, what the liaison
is for on the next, in lower case, and when it was agreed on a third ("450 MHz Alliance" / "liaison with
AISG to discuss ..." / "Agreed in March 2004"). The plain-text reader joined a short line read as a
heading to a next line opening in lower case, as it must for a sentence broken at a line ("Exploitability
eXchange (VEX) profiles with the" / "tooling ..."): the name and its description became one line, and the
body was no party.

A short line that ends on a name (a capitalised word or an acronym in brackets) keeps its line when the
next opens with a word in lower case that would not go on with a name in a sentence ("and", "of", "for",
...): that is the name's description. The wordings are invented; the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks

PAIRS = {
    "association": ("HbbTV Association", "to keep the service discovery of both specifications in step"),
    "forum": ("Broadband Forum (BBF)", "convergence of the fixed and mobile access profiles"),
    "alliance": ("450 MHz Alliance", "liaison on remote control of antennas"),
    "acronym": ("Consumer Technology Association CTA", "test methods for native IP reception"),
}


@pytest.mark.parametrize("name", PAIRS, ids=list(PAIRS))
def test_a_name_keeps_its_line_over_its_description(tmp_path: Path, name: str) -> None:
    term, description = PAIRS[name]
    text = (
        "Bodies with which the DVB Project exchanges liaisons\n\n"
        f"European Telecommunications Standards Institute\nstandards for broadcast delivery\n"
        "Agreed in March 2019\n\n"
        f"{term}\n{description}\nAgreed in January 2024\n"
    )
    (tmp_path / "bodies.txt").write_text(text, encoding="utf-8")
    texts = [b.text for b in read_blocks(read_document(tmp_path / "bodies.txt")) if b.kind != "blank"]
    assert term in texts and description in texts, texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The memorandum was signed by the Khronos Group", "and ASAM on 3 May 2026."),
        ("Joint work of the Open Grid Forum", "of the storage interface continues."),
    ],
)
def test_a_sentence_broken_after_a_name_still_goes_on(tmp_path: Path, first: str, second: str) -> None:
    (tmp_path / "note.txt").write_text(f"{first}\n\n{second}\n", encoding="utf-8")
    texts = [b.text for b in read_blocks(read_document(tmp_path / "note.txt")) if b.kind != "blank"]
    assert texts == [f"{first} {second}"], texts
