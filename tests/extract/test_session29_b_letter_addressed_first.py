"""A letter whose heading names the body it answers first (issue 12 point 9, session 29, B).

An IEEE 802 working group drafts its reply to another body's request as "Proposed response letter to the
X request for liaison", its author's byline under it, a background that says the request was received
from X, then "Dear ...". With no From or To field the sender was taken as the first body the head names:
the addressee, so the statement ran backwards (from X to the writer) and the liaison officer it names was
given X. A body named right after "to" in that head is the addressee; the sender is the first body of
another organization. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEADS = [
    "Proposed response letter to the OBC request for liaison",
    "Draft reply to the Open Buoy Consortium (OBC) on buoy telemetry",
    "Response to OBC: liaison on buoy telemetry",
]
BODY = (
    "A letter was received from the Open Buoy Consortium (OBC) asking for a liaison with the HMC Tide "
    "Gauge Working Group."
)
REPLY = "The Harbour Metrology Council (HMC) welcomes the liaison. No reply to this letter is required."
SIGNED = ("Sincerely,", "Piet Brandt-Osei", "Chair, HMC Tide Gauge Working Group")


def letter(name: str, head: str) -> str:
    byline = "Ana Lind-Okafor, Liaison Officer, HMC Tide Gauge Working Group"
    if name.endswith(".md"):
        return (
            f"# {head}\n\n{byline}\n\n## Background\n\n- {BODY}\n\nDear Dr Hale,\n\n{REPLY}\n\n"
            f"{SIGNED[0]}\n\n{SIGNED[1]}  \n{SIGNED[2]}\n"
        )
    if name.endswith(".html"):
        return (
            f"<html><body><h1>{head}</h1><p>{byline}</p><h2>Background</h2><ul><li>{BODY}</li></ul>"
            f"<p>Dear Dr Hale,</p><p>{REPLY}</p><p>{SIGNED[0]}</p>"
            f"<p>{SIGNED[1]}<br>{SIGNED[2]}</p></body></html>"
        )
    signed = "\n".join(SIGNED[1:])
    greeting = f"Dear Dr Hale,\n\n{REPLY}\n\n{SIGNED[0]}\n\n{signed}\n"
    return f"{head}\n{byline}\n\nBackground\n- {BODY}\n\n{greeting}"


@pytest.mark.parametrize(
    ("name", "head"),
    [("letter.md", HEADS[0]), ("letter.html", HEADS[1]), ("letter.txt", HEADS[2]), ("letter.txt", HEADS[0])],
)
def test_the_body_written_to_is_the_addressee(tmp_path: Path, name: str, head: str) -> None:
    record = extracted(tmp_path, letter(name, head), name)
    assert record.liaison is not None
    senders = {e.label for e in record.liaison.senders}
    recipients = {e.label for e in record.liaison.recipients}
    assert "Open Buoy Consortium" not in senders, (senders, recipients)
    assert any("Harbour Metrology Council" in s or "HMC" in s for s in senders), senders
    assert "Open Buoy Consortium" in recipients, recipients


@pytest.mark.parametrize("name", ["letter.md", "letter.txt"])
def test_a_letter_from_the_first_body_keeps_it(tmp_path: Path, name: str) -> None:
    """A heading naming its sender first ("Letter from HMC ...") is read as before."""
    text = letter(name, "Letter from the HMC Tide Gauge Working Group on buoy telemetry")
    record = extracted(tmp_path, text, name)
    assert record.liaison is not None
    assert "Open Buoy Consortium" not in {e.label for e in record.liaison.senders}
