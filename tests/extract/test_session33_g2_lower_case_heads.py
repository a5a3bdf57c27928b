"""A group named by its own words before a lower-case head ("the WebDAV working group", "the Data Access
working group", "the XML Schema working group", a specification's name as its subject) is a unit of the body
the text ties it to right after it ("of the IETF", "at W3C", "within ETSI"), and of none where the text ties
it to none: not guessed from the sentence's other bodies (issue 12 point 9, session 33, engineer G2; a real
W3C/IETF coordination call). Wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The W3C and the IETF held their coordination call on liaison matters."


def page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# W3C / IETF coordination call\n\n{LEAD} {sentence}\n", "p.md"
    return f"W3C / IETF coordination call\n\n{LEAD} {sentence}\n", "p.txt"


def units(tmp_path: Path, layout: str, sentence: str) -> set[tuple[str, str | None]]:
    record = extracted(tmp_path, *page(layout, sentence))
    return {
        (u.label.lower(), str(u.unit_of).rsplit("/", 1)[-1] if u.unit_of else None) for u, _ in record.units
    }


@pytest.mark.parametrize(
    ("layout", "sentence", "unit"),
    [
        (
            "txt",
            "Comments came from the Data Access working group at the W3C.",
            ("data access working group", "w3c"),
        ),
        (
            "md",
            "Comments came from the Data Access working group at the W3C.",
            ("data access working group", "w3c"),
        ),
        ("txt", "Dan wrote to the WebDAV working group within the IETF.", ("webdav working group", "ietf")),
        ("txt", "The XML Schema working group at W3C replied in May.", ("xml schema working group", "w3c")),
        ("md", "The XML Schema task force of the W3C will review it.", ("xml schema task force", "w3c")),
    ],
)
def test_a_lower_case_head_gives_the_unit_of_the_body_after_it(
    tmp_path: Path, layout: str, sentence: str, unit: tuple[str, str]
) -> None:
    assert unit in units(tmp_path, layout, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The HTTP working group asked the W3C for a review.",
        "Dan coordinated the WebDAV working group and the Data Access working group.",
        "The new working group at the W3C will meet in June.",
    ],
)
def test_no_body_tied_gives_no_unit(tmp_path: Path, sentence: str) -> None:
    assert not {u for u in units(tmp_path, "txt", sentence) if "working group" in u[0]}
