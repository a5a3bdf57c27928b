"""A body cited only inside a standard's number is counted among the organizations a document names only
when the document names fewer than two bodies outright (issue 12 point 9, session 31, engineer L; session
30 K's note: "ISO/IEC 17025" beside two parties made four, and a document naming exactly two parties was no
longer read as "naming two"). The bodies are real, the documents and wording invented."""

from __future__ import annotations

import pytest
from support.named_bodies import named

CITED = ["ISO/IEC 17025", "ISO 8601", "IEEE 802.3", "ITU-T X.509"]
TWO = [
    "DMTF and SNIA cooperate on storage management test suites. Their laboratories report under {cited}.",
    "Minutes. Attendees: Jane Roe (DMTF), Li Wei (SNIA). The call reviewed how reports follow {cited}.",
    "The Open Grid Forum works with DMTF on the network profile; its timestamps follow {cited} throughout.",
]


@pytest.mark.parametrize("cited", CITED)
@pytest.mark.parametrize("sentence", TWO)
def test_two_bodies_named_outright_are_two_whatever_they_cite(cited: str, sentence: str) -> None:
    found = named(sentence.format(cited=cited) + "\n")
    assert len(found) == 2, found


@pytest.mark.parametrize("cited", CITED[:3])
def test_the_markdown_and_html_pages_count_the_same(cited: str) -> None:
    md = f"# Storage profiles\n\n- DMTF and SNIA share a test suite.\n- Reports follow {cited}.\n"
    html = f"<html><body><h1>Profiles</h1><p>DMTF and SNIA share a suite.</p><p>See {cited}.</p></body>"
    assert len(named(md, "page.md")) == 2
    assert len(named(html, "page.html")) == 2


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("SNIA test laboratories report under ISO/IEC 17025.\n", 2),  # one outright: the cited still count
        ("DMTF profiles cite IEEE 802.3 for their links.\n", 2),
    ],
)
def test_a_body_named_outright_alone_still_counts_the_cited_ones(text: str, least: int) -> None:
    assert len(named(text)) >= least
