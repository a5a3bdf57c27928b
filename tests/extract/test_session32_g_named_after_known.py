"""A body named after a known body's acronym, with its own bracketed acronym, is a body of its own, not the
known one: "IEEE Geoscience and Remote Sensing Society (GRSS)" is GRSS, "the IEEE Communications Society
(ComSoc)" is ComSoc (issue 12 point 9, session 32, engineer G; session 31's reports: the known acronym was
read and the rest dropped, or cut at "and" into "Remote Sensing Society"). A body known by its whole name
("the IEEE Standards Association (IEEE SA)") stays the known one.

Bodies' names invented after known acronyms (IEEE, ETSI, OGC); text, Markdown and HTML.
"""

from __future__ import annotations

import pytest
from support.named_bodies import named

SENTENCES = [
    (
        "Members of the IEEE Geoscience and Remote Sensing Society (GRSS) reviewed the draft with OGC.",
        "GRSS",
        "IEEE",
    ),
    ("OGC works with the IEEE Oceanic Engineering Society (OES) on buoy data.", "OES", "IEEE"),
    (
        "The IEEE Harbour Sensing and Tidal Measurement Society (HSTMS) and the Open Geospatial Consortium"
        " (OGC) signed a memorandum of understanding.",
        "HSTMS",
        "IEEE",
    ),
    ("W3C will cooperate with the ETSI Fjord Testing Association (FTA) on test suites.", "FTA", "ETSI"),
    ("The OGC Marine Data Society (MDS) works with W3C.", "MDS", "OGC"),
]


def page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Partners\n\n{sentence}\n", "p.md"
    if layout == "html":
        return f"<html><body><h1>Partners</h1><p>{sentence}</p></body></html>", "p.html"
    return f"Partners\n\n{sentence}\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(("sentence", "own", "known"), SENTENCES)
def test_a_body_named_after_a_known_acronym_is_its_own(
    layout: str, sentence: str, own: str, known: str
) -> None:
    found = named(*page(layout, sentence))
    assert own in found, found
    assert known not in found, found


def test_a_known_body_by_its_whole_name_stays_known() -> None:
    found = named("OGC and the IEEE Standards Association (IEEE SA) agreed to cooperate.\n")
    assert found == {"OGC", "IEEE SA"}, found


def test_an_acronym_that_opens_with_the_known_one_is_not_a_new_body() -> None:
    found = named("OGC works with the IEEE Harbour Forum (IEEE HF) on buoys.\n")
    assert found == {"OGC", "IEEE"}, found  # (its forum, a unit of IEEE: unchanged)
