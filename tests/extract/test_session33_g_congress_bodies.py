"""A name written with its acronym whose last word is a body's head no unit or specification has
("Pacific Area Standards Congress (PASC)", "... Coalition (OSC)", "... Confederation (ESC)") is a body, a
party of the text, never a specification or a topic; an event's name of the same head ("Mobile World
Congress (MWC)") is no body (issue 12 point 9, session 33, engineer G; session 32's report on the ARSO,
COPANT and PASC memorandum). Bodies invented but PASC; wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

LEAD = (
    "The African Organisation for Standardisation (ARSO) and the Pan American Standards Commission (COPANT)"
)


def page(layout: str, sentence: str) -> tuple[str, str]:
    body = f"{LEAD} {sentence}"
    if layout == "md":
        return f"# Regional cooperation\n\n{body}\n", "p.md"
    if layout == "html":
        return f"<html><body><h1>Regional cooperation</h1><p>{body}</p></body></html>", "p.html"
    return f"Regional cooperation\n\n{body}\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "work with the Pacific Area Standards Congress (PASC) on regional adoption.",
            "Pacific Area Standards Congress",
            "PASC",
        ),
        (
            "signed a memorandum with the Open Spectrum Coalition (OSC) in 2027.",
            "Open Spectrum Coalition",
            "OSC",
        ),
        (
            "cooperate with the Eastern Standards Confederation (ESC) on conformity assessment.",
            "Eastern Standards Confederation",
            "ESC",
        ),
    ],
)
def test_a_body_head_with_its_acronym_is_a_party(
    tmp_path: Path, layout: str, sentence: str, name: str, acronym: str
) -> None:
    record = extracted(tmp_path, *page(layout, sentence))
    parties = {(p.label, p.acronym) for p, _ in record.parties}
    assert (name, acronym) in parties, parties
    assert name not in topic_labels(record), topic_labels(record)


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_an_event_of_the_same_head_is_no_party(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, *page(layout, "will meet at the Mobile World Congress (MWC) in March."))
    labels = {p.label for p, _ in record.parties}
    assert "Mobile World Congress" not in labels, labels
