"""A letter that says no reply is asked of its addressee (issue 12 point 9, session 29, B).

A working group's reply letter to another body ends "No reply to this letter is required", "No response
is expected from OBC" or "This letter requires no answer": it is sent for information, as "No action is
requested" already said. Before, such a letter had no purpose. A letter that asks for a reply keeps its
action. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its letter on buoy "
    "telemetry."
)
SAYINGS = [
    ("No reply to this letter is required.", "information"),
    ("No response is expected from OBC.", "information"),
    ("This letter requires no answer.", "information"),
    ("The attached draft is sent to OBC for your review.", "action"),
]


def letter(name: str, saying: str) -> str:
    signed = ("Sincerely,", "Piet Brandt-Osei", "Chair, HMC Tide Gauge Working Group")
    if name.endswith(".html"):
        return (
            f"<html><body><h1>Liaison letter from HMC to OBC</h1><p>Dear Dr Hale,</p><p>{LEAD} {saying}</p>"
            f"<p>{signed[0]}</p><p>{signed[1]}<br>{signed[2]}</p></body></html>"
        )
    head = "# Liaison letter from HMC to OBC" if name.endswith(".md") else "LIAISON LETTER FROM HMC TO OBC"
    return f"{head}\n\nDear Dr Hale,\n\n{LEAD} {saying}\n\n{signed[0]}\n\n{signed[1]}\n{signed[2]}\n"


@pytest.mark.parametrize(
    ("name", "saying"),
    list(zip(["letter.md", "letter.html", "letter.txt", "letter.md"], SAYINGS, strict=True)),
)
def test_the_purpose_a_letter_says(tmp_path: Path, name: str, saying: tuple[str, str]) -> None:
    record = extracted(tmp_path, letter(name, saying[0]), name)
    assert record.liaison is not None
    assert record.liaison.purpose == saying[1], (saying, record.liaison)
