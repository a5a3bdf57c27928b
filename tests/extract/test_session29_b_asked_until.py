"""A statement that asks for comments until a date (issue 12 point 9, session 29, B).

A committee chair's mail or letter asks in the passive and with "until": "Comments from OBC are welcome
until 15 January 2027", "OBC is invited to comment until 30 April 2027". The date is the reply's deadline,
as "by" and "no later than" were; a date after "until" in a sentence that asks nothing ("The draft stays
open until ...") is none. Bodies and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ASKINGS = [
    ("Comments from OBC are welcome until 15 January 2027.", "2027-01-15"),
    ("OBC is invited to comment on it until 30 April 2027.", "2027-04-30"),
    ("Input is welcome till 2027-03-01.", "2027-03-01"),
]


def statement(name: str, asking: str) -> str:
    lead = "The Harbour Metrology Council (HMC) shares its draft on buoy telemetry with OBC."
    if name.endswith(".html"):
        return (
            "<html><body><h1>Liaison statement from HMC to OBC</h1><table><tr><td>From</td><td>Harbour "
            "Metrology Council (HMC)</td></tr><tr><td>To</td><td>Open Buoy Consortium (OBC)</td></tr></table>"
            f"<p>{lead} {asking}</p></body></html>"
        )
    head = "# Liaison statement from HMC to OBC\n\n" if name.endswith(".md") else "LIAISON STATEMENT\n\n"
    fields = "From: Harbour Metrology Council (HMC)\n\nTo: Open Buoy Consortium (OBC)\n\n"
    return f"{head}{fields}{lead} {asking}\n"


@pytest.mark.parametrize(("name", "asking"), list(zip(["ls.md", "ls.html", "ls.txt"], ASKINGS, strict=True)))
def test_the_date_asked_until_is_the_deadline(tmp_path: Path, name: str, asking: tuple[str, str]) -> None:
    record = extracted(tmp_path, statement(name, asking[0]), name)
    assert record.liaison is not None
    assert record.liaison.deadline == asking[1], record.liaison
    assert record.liaison.purpose == "action", record.liaison


def test_until_in_a_sentence_asking_nothing(tmp_path: Path) -> None:
    text = statement("ls.txt", "The draft stays open until 15 January 2027.")
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert record.liaison.deadline is None, record.liaison
