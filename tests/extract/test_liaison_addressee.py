"""A liaison statement addressed in its own heading line ("LIAISON STATEMENT TO THE QUANTUM GRID
ALLIANCE") when its header has no To field; a statement that asks for a reply by a date asks for
action; its "Contact:" is of the sending body, and of none when the statement names no sender.
Invented bodies and people."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

STATEMENT = """Radio Study Groups
                                         Document 7K/TEMP/55
                                         14 February 2027

Source:   Document 7K/TEMP/41

LIAISON STATEMENT TO THE QUANTUM GRID ALLIANCE (QGA)

On energy metrics of metering gateways

The working party thanks the Quantum Grid Alliance (QGA) for its liaison and kindly asks QGA to send
any comments on the attached document by 30 May 2027.

Contact:   Kaito Example-Morishima            E-mail: kaito@radio.example
"""


def test_addressee_purpose_and_contact(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    assert record.liaison is not None
    assert [e.short_name for e in record.liaison.recipients] == ["QGA"]
    assert record.liaison.purpose == "action"
    assert record.liaison.deadline == "2027-05-30"
    contact = next(c for c in record.contacts if c.person == "Kaito Example-Morishima")
    assert contact.organization is None or contact.organization.short_name != "QGA"
