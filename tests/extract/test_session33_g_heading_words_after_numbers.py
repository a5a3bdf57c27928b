"""A heading or a message's subject that follows a standard's number with words about the work ("IEEE 802
Requests for IETF Review", "ISO 19650 Review Requests", "IEEE 802.3 Ballot Response Summary") gives no
title of the standard: the words name the heading's matter, not the document (issue 12 point 9, session 33,
engineer G; an IAB liaison manager's IEEE 802/IETF report). A title in capitals after a number is still one.
Wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def report(layout: str, heading: str) -> tuple[str, str]:
    body = "The IETF and IEEE 802 keep a liaison. Three reviews are open; IEEE 802 will reply in April."
    if layout == "md":
        return f"# IEEE 802/IETF liaison report\n\n## {heading}\n\n{body}\n", "r.md"
    return f"IEEE 802/IETF liaison report\n\n{heading}\n\n{body}\n", "r.txt"


def names_of(record: object, words: str) -> list[str]:
    return [n for e in record.new_entities if e.kind == "specification" for n in e.names if words in n]


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("IEEE 802 Requests for IETF Review", "Requests"),
        ("ISO 19650 Review Requests Received", "Review"),
        ("IEEE 802.3 Ballot Response Summary", "Ballot"),
    ],
)
def test_words_about_the_work_are_no_title(tmp_path: Path, layout: str, heading: str, words: str) -> None:
    record = extracted(tmp_path, *report(layout, heading))
    assert names_of(record, words) == [], names_of(record, words)


def test_a_title_in_capitals_stays_a_name(tmp_path: Path) -> None:
    record = extracted(tmp_path, *report("txt", "ISO 19650 Information Management Using BIM"))
    assert names_of(record, "Information Management"), [e.names for e in record.new_entities]


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("number", ["IEEE 802c", "IEEE 802d", "IEEE 1588g", "IEEE Std 802c-2017"])
def test_an_amendment_run_on_its_number_is_a_specification(tmp_path: Path, layout: str, number: str) -> None:
    body = f"The IETF and IEEE 802 discussed {number} on local address assignment."
    text = f"# Coordination call\n\n{body}\n" if layout == "md" else f"Coordination call\n\n{body}\n"
    record = extracted(tmp_path, text, "c.md" if layout == "md" else "c.txt")
    labels = [s.label for s, _ in record.specifications]
    amendment = number.split()[-1].split("-")[0]  # "802c"
    assert any(label.split()[-1].split("-")[0] == amendment for label in labels), labels
