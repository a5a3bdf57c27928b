"""A specification's title written right before the number that cites it in brackets is read as a
specification, whatever its head word: in quotes ('"The Tide Gauge Exchange Framework" (draft-ietf-tide-
exchange)', a sentence's case allowed there) or in capitals ("the Buoy Message Signatures (RFC 9999)"), as
a quoted title after a number already was. Not a kind of document after an indefinite article ("as an
International Standard (ISO 12345)"), a reference ("Section 4 (RFC 9110)"), two things joined ("Tides
and Buoys (RFC 9997)") (issue 12 point 9, session 34, engineer G: IETF and W3C liaisons cite "HTTP Message
Signatures" and the like). Titles, numbers and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def specifications(tmp_path: Path, layout: str, sentence: str) -> set[str]:
    opening = "The IETF and the W3C exchanged liaison statements this month."
    if layout == "md":
        text, name = f"# IETF / W3C liaison notes\n\n{opening}\n\n{sentence}\n", "n.md"
    elif layout == "html":
        text = f"<html><body><h1>IETF / W3C liaison notes</h1><p>{opening}</p><p>{sentence}</p></body></html>"
        name = "n.html"
    else:
        text, name = f"IETF / W3C liaison notes\n\n{opening}\n\n{sentence}\n", "n.txt"
    record = extracted(tmp_path, text, name)
    return {entity.label for entity, _ in record.specifications}


@pytest.mark.parametrize(
    ("layout", "sentence", "title"),
    [
        (
            "txt",
            'The TIDE WG is completing "The Tide Gauge Exchange Framework" (draft-ietf-tide-exchange),'
            " which the W3C will review.",
            "Tide Gauge Exchange Framework",
        ),
        (
            "md",
            "The W3C asked about \u201cSelective disclosure for buoy tokens\u201d (draft-ietf-buoy-sd-token) "
            "in its reply.",
            "Selective disclosure for buoy tokens",
        ),
        (
            "html",
            "The IETF published the Buoy Message Signatures (RFC 9999) and the W3C will cite it.",
            "Buoy Message Signatures",
        ),
        (
            "txt",
            "It builds on Harbour Credential Data Integrity (RFC 9998), which both groups use.",
            "Harbour Credential Data Integrity",
        ),
    ],
)
def test_a_title_before_its_number(tmp_path: Path, layout: str, sentence: str, title: str) -> None:
    found = specifications(tmp_path, layout, sentence)
    assert title in found, found


@pytest.mark.parametrize(
    ("sentence", "not_a_title"),
    [
        (
            "The W3C plans its transposition as an International Standard (ISO 12345).",
            "International Standard",
        ),
        ("The IETF refers to Section 4 (RFC 9110) for the details.", "Section 4"),
        ("The W3C maps Tides and Buoys (RFC 9997) in its note.", "Tides and Buoys"),
    ],
)
def test_no_title_before_a_number(tmp_path: Path, sentence: str, not_a_title: str) -> None:
    found = specifications(tmp_path, "txt", sentence)
    assert not_a_title not in found, found
