"""A body named head first with one word after "for" or "of" and its bracketed acronym spelling all three
("The Alliance for Telemetry (AFT)", "the Consortium for Buoys (CfB)") is a body (entities.head_first wants
two capitalised words after the head, so that "Alliance Members" stays a heading): before, it was read as a
specification, or as a body named "Telemetry" (issue 12 point 9, session 32, engineer G; session 31's
reports). A head with one word and no acronym stays no body.

Bodies invented; text, Markdown and HTML.
"""

from __future__ import annotations

import pytest
from support.named_bodies import named

SENTENCES = [
    ("The Alliance for Telemetry (AFT) and W3C signed a memorandum of understanding.", "AFT"),
    ("W3C works with the Alliance for Telemetry (AfT) on sensors.", "AfT"),
    ("OASIS and the Consortium for Buoys (CfB) agreed to cooperate on buoy data.", "CfB"),
    ("W3C keeps a liaison with the Association of Pilots (AoP).", "AoP"),
]


def page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Partners\n\n{sentence}\n", "p.md"
    if layout == "html":
        return f"<html><body><h1>Partners</h1><p>{sentence}</p></body></html>", "p.html"
    return f"Partners\n\n{sentence}\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(("sentence", "acronym"), SENTENCES)
def test_a_head_for_one_word_with_its_acronym_is_a_body(layout: str, sentence: str, acronym: str) -> None:
    found = named(*page(layout, sentence))
    assert acronym in found and len(found) == 2, found


def test_a_head_and_one_word_without_an_acronym_is_no_body() -> None:
    found = named("Partners\n\nW3C thanks the Alliance Members for their work with OASIS.\n")
    assert found == {"W3C", "OASIS"}, found
