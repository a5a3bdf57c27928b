"""Layout invariance of PARTIES when the text names a body only as the owner of what the parties use (issue
12, point 9, session 29, tuner A; the real release of The Open Group and the Web Standards Project, which
names "the W3C's HTML 3.2 recommendation", /work/s29/a-real.md).

A release or page naming the parties and, in passing, "the W3C's Data on the Web Best Practices" made the W3C
a party. A body named only in the possessive, before no group of its own, owns a specification or a work the
parties use; a group after the possessive ("ETSI's ISG NFV") takes part, and a body the text also names
plainly stays a party. The bodies are real, the wording invented; each in three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLE = "A partnership on smart city data"


def written(layout: str, sentence: str) -> tuple[str, str]:
    lead = "The Open Geospatial Consortium (OGC) and OASIS work together on smart city data."
    if layout == "md":
        return f"# {TITLE}\n\n{lead}\n\n{sentence}\n", "a.md"
    if layout == "html":
        return f"<html><body><h1>{TITLE}</h1><p>{lead}</p><p>{sentence}</p></body></html>\n", "a.html"
    return f"{TITLE}\n\n{lead}\n\n{sentence}\n", "a.txt"


def parties(tmp_path: Path, layout: str, sentence: str) -> set[str]:
    text, name = written(layout, sentence)
    return {p.acronym or p.label for p, _ in extracted(tmp_path, text, name).parties}


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Their work will follow the W3C's Data on the Web Best Practices and the IETF's RFC 9110.",
        "Both will test against the W3C\u2019s HTML recommendation, and the IETF's TLS profile.",
    ],
)
def test_bodies_named_only_as_owners_are_no_parties(tmp_path: Path, layout: str, sentence: str) -> None:
    assert parties(tmp_path, layout, sentence) == {"OGC", "OASIS"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The IETF's RFC 9110 will be followed; the W3C works with them too.",
        "The W3C's Web of Things Working Group and the IETF's RFC 9110 will be followed.",
    ],
)
def test_a_body_named_plainly_or_by_its_group_stays(tmp_path: Path, sentence: str) -> None:
    found = parties(tmp_path, "md", sentence)
    assert {"OGC", "OASIS", "W3C"} <= found
    assert "IETF" not in found
