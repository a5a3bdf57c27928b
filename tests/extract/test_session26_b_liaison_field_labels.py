"""A liaison statement's end, purpose and deadline fields under other names (issue 12 point 9, session 26, B).

Forms and templates name the sender "Issuing group", "Submitting group", "Sending organization" or "Liaison
from", the addressee "Receiving group", "Target group", "Attn" or "Liaison to"; statements in the corpus's
other languages write "Von" / "An", "De" / "Para", "Zweck", "Propósito" and "Para información"; a deadline
is asked as "Response expected by", "Reply expected by", "Requested response date". Each is the field its
English name is (a label's letters may be accented).

Every body is invented; the expected ends were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

TEXT = (
    "The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its statement on buoy "
    "telemetry."
)
PLAIN = "LIAISON STATEMENT\n\n{sender}: Harbour Metrology Council (HMC)\n"
PLAIN += "{recipient}: Open Buoy Consortium (OBC)\n"
PLAIN += "{purpose}\n{deadline}\nTitle: Sampling of tide gauges\n\n" + TEXT + "\n"
MARKDOWN = "# Liaison statement\n\n**{sender}:** Harbour Metrology Council (HMC)  \n"
MARKDOWN += "**{recipient}:** Open Buoy Consortium (OBC)  \n{purpose}  \n{deadline}\n\n" + TEXT + "\n"
TABLE = (
    "# Liaison statement\n\n| Field | Value |\n|---|---|\n| {sender} | Harbour Metrology Council (HMC) |\n"
)
TABLE += "| {recipient} | Open Buoy Consortium (OBC) |\n\n{purpose}\n\n{deadline}\n\n" + TEXT + "\n"
LAYOUTS = {"plain.txt": PLAIN, "bold.md": MARKDOWN, "table.md": TABLE}
ENDS = [
    ("Issuing group", "Receiving group"),
    ("Submitting group", "Target group"),
    ("Sending organization", "Receiving organization"),
    ("Liaison from", "Liaison to"),
    ("From", "Attn"),
    ("Von", "An"),
    ("De", "Para"),
]
PURPOSES = [
    ("Purpose: For action", "Response expected by: 15 October 2027", "action", "2027-10-15"),
    ("Purpose: For comment", "Reply expected by: 2027-10-15", "action", "2027-10-15"),
    ("Purpose: For decision", "Requested response date: 15 October 2027", "action", "2027-10-15"),
    ("Zweck: Zur Information", "", "information", None),
    ("Propósito: Para información", "", "information", None),
]


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    recipients = {e.acronym or e.label for e in record.liaison.recipients}
    return senders, recipients


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize(("sender", "recipient"), ENDS)
def test_the_ends_under_other_names(tmp_path: Path, name: str, sender: str, recipient: str) -> None:
    text = LAYOUTS[name].format(
        sender=sender, recipient=recipient, purpose="Purpose: For action", deadline=""
    )
    assert ends(extracted(tmp_path, text, name)) == ({"HMC"}, {"OBC"})


@pytest.mark.parametrize("name", ["plain.txt", "bold.md"])
@pytest.mark.parametrize(("purpose", "deadline", "expected", "date"), PURPOSES)
def test_purposes_and_deadlines_under_other_names(
    tmp_path: Path, name: str, purpose: str, deadline: str, expected: str, date: str | None
) -> None:
    text = LAYOUTS[name].format(sender="From", recipient="To", purpose=purpose, deadline=deadline)
    record = extracted(tmp_path, text, name)
    assert record.liaison is not None
    assert (record.liaison.purpose, record.liaison.deadline) == (expected, date)
