"""A committee written as its number acting as a body, the subject of a verb of what bodies do ("IEEE 802
has completed ...", "IEEE 802.1 approved ...", "IEEE 802.16 sent a liaison letter"), is the committee, no
specification and no topic, and its body is a party of the text; a specification cited by number ("conforms
to IEEE 802.1Q", "IEEE 802.3 defines ...") stays one (issue 12 point 9, session 33, engineer G2; G's IAB
liaison manager's report). Wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def page(layout: str, body: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Liaison report to the IETF\n\n{body}\n", "p.md"
    if layout == "html":
        return f"<html><body><h1>Liaison report to the IETF</h1><p>{body}</p></body></html>", "p.html"
    return f"Liaison report to the IETF\n\n{body}\n", "p.txt"


ACTING = [
    ("IEEE 802 has completed every open review the IETF asked for this year.", "IEEE 802"),
    ("IEEE 802.1 approved a project on bridging, after talks with the IETF.", "IEEE 802.1"),
    ("IEEE 802.16 sent a liaison letter to the IETF about its security review.", "IEEE 802.16"),
    ("IEEE 802.15 would like to thank the IETF for its comments on 6LoWPAN.", "IEEE 802.15"),
    ("IEEE 802.3 has not yet replied to the IETF on the power draft.", "IEEE 802.3"),
    ("IEEE 802.11 asks the IETF to review its requirements.", "IEEE 802.11"),
]


@pytest.mark.parametrize(
    ("layout", "sentence", "number"),
    [("txt", *case) for case in ACTING] + [("md", *ACTING[0]), ("html", *ACTING[1])],
)
def test_a_number_acting_is_no_specification(tmp_path: Path, layout: str, sentence: str, number: str) -> None:
    record = extracted(tmp_path, *page(layout, sentence))
    specifications = {s.label for s, _ in record.specifications}
    assert number not in specifications, specifications
    assert "IEEE" in {p.acronym for p, _ in record.parties}, record.parties


@pytest.mark.parametrize("layout", ["txt"])
@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The IETF notes that the devices conform to IEEE 802.1Q and IEEE 802.3.", "IEEE 802.1Q"),
        ("The IETF notes that IEEE 802.3 defines the physical layer it relies on.", "IEEE 802.3"),
        ("The IETF notes that IEEE 802.11 supports the bands it studies.", "IEEE 802.11"),
        ("The IETF notes that IEEE 802.11 is the standard its drafts assume.", "IEEE 802.11"),
    ],
)
def test_a_standard_cited_stays_one(tmp_path: Path, layout: str, sentence: str, number: str) -> None:
    record = extracted(tmp_path, *page(layout, sentence))
    assert number in {s.label for s, _ in record.specifications}, record.specifications


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Further input on the draft is expected from IEEE 802.1 in April.", "IEEE 802.1"),
        ("So far there has been no discussion with IEEE 802.15 on this.", "IEEE 802.15"),
        ("The IETF sent a liaison letter to IEEE 802.3.", "IEEE 802.3"),
    ],
)
def test_the_other_end_of_an_exchange_is_no_specification(tmp_path: Path, sentence: str, number: str) -> None:
    record = extracted(tmp_path, *page("txt", sentence))
    assert number not in {s.label for s, _ in record.specifications}, record.specifications
    assert "IEEE" in {p.acronym for p, _ in record.parties}, record.parties


def test_a_standard_written_on_after_with_stays_one(tmp_path: Path) -> None:
    sentence = "The IETF notes that its drafts are compatible with IEEE 802.11 radios and IEEE 802.3 links."
    record = extracted(tmp_path, *page("txt", sentence))
    assert {"IEEE 802.11", "IEEE 802.3"} <= {s.label for s, _ in record.specifications}, record.specifications
