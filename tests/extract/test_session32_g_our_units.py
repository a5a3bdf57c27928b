"""The writer's "Our Technical Committee ..." / "Our Board ..." opening a sentence: "Our" is no word of the
unit's name, and a bare head after it ("Technical Committee", "Board") is no unit of the body named next
("W3C Our Board", "IEEE Our Technical Steering Committee" were read); a "Special Interest Group" or an
article before one ("A Special Interest Group reviews ...") is no body, and the sentence a body ends
("... works with ISO. A Special Interest Group ...") gives it no unit (issue 12 point 9, session 32,
engineer G; session 31's reports, dev i2-avnu-industry-collaborations).

Bodies real, wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.named_bodies import named
from support.work_items import extracted

SENTENCES = [
    "Our Technical Committee met with W3C and agreed to share drafts with OASIS.",
    "Our Board approved the liaison with OASIS; W3C was told in May.",
    "W3C builds on OASIS work. Our Technical Steering Committee follows the W3C Web of Things Working Group.",
    "OASIS works with ISO. A Special Interest Group reviews the drafts with W3C.",
]


def page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Liaisons\n\n{sentence}\n", "p.md"
    if layout == "html":
        return f"<html><body><h1>Liaisons</h1><p>{sentence}</p></body></html>", "p.html"
    return f"Liaisons\n\n{sentence}\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_our_and_a_are_no_words_of_a_unit(tmp_path: Path, layout: str, sentence: str) -> None:
    record = extracted(tmp_path, *page(layout, sentence))
    labels = [u.label for u, _ in record.units]
    assert not any(word in label.split() for label in labels for word in ("Our", "A", ".")), labels
    assert not any(label.startswith((". ", "A ")) or " Our " in label for label in labels), labels


@pytest.mark.parametrize(
    "text",
    [
        "# Partners\n\n## Special Interest Group\n\nOASIS works with ISO on schemas.\n",
        "Partners\n\nA Special Interest Group of W3C reviews drafts with OASIS.\n",
    ],
)
def test_a_special_interest_group_alone_is_no_body(text: str) -> None:
    found = named(text, "p.md" if text.startswith("#") else "p.txt")
    assert not any("Special Interest Group" in body for body in found), found


def test_a_named_special_interest_group_stays_a_body() -> None:
    found = named("Partners\n\nThe Marine Buoy Special Interest Group works with OASIS.\n")
    assert "Marine Buoy Special Interest Group" in found, found


def test_our_named_group_keeps_its_name_without_our(tmp_path: Path) -> None:
    text = (
        "# OpenChain liaisons\n\nThe OpenChain Project works with Ecma International. Our Specification Work"
        " Group and Ecma TC54 compare their SBOM drafts.\n"
    )
    record = extracted(tmp_path, text, "o.md")
    labels = [u.label for u, _ in record.units]
    assert "Specification Work Group" in labels, labels
