"""A sentence that confirms or names the contacts and lists them after a colon (session 31, C2): "The
committee confirmed the liaison representatives: A for the FDT Group and B for the OPC Foundation." gives
each person the body after "for" or in their brackets. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

NOTES = (
    "FDT Group / OPC Foundation steering call - notes\n\nDate: 8 October 2026\n\nPresent: Anna Roth "
    "(FDT Group), Levin Szabo-Whit (FDT Group), Tarik Benhad (OPC Foundation)\n\n{number} FDT 3.0 and "
    "OPC UA\n\nThe call reviewed the FDT 3.0 information model mapping to OPC UA, due Q1 2027.\n\n{number} "
    "{heading}\n\n{sentence}\n\n{number} Next steps\n\nThe next call is in November.\n"
)


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize(("number", "heading"), [("", "Liaison representatives"), ("2.", "Liaison contacts")])
@pytest.mark.parametrize(
    "sentence",
    [
        "The committee confirmed the liaison representatives: Levin Szabo-Whit for the FDT Group and Tarik "
        "Benhad for the OPC Foundation.",
        "The steering group appointed its liaison contacts: Levin Szabo-Whit (FDT Group) and Tarik Benhad "
        "(OPC Foundation).",
        "Both organizations reconfirmed their points of contact: Levin Szabo-Whit for FDT Group, Tarik "
        "Benhad for OPC Foundation;",
    ],
)
def test_the_people_listed_after_the_colon(tmp_path: Path, number: str, heading: str, sentence: str) -> None:
    text = NOTES.format(number=number, heading=heading, sentence=sentence)
    record = extracted(tmp_path, text, "notes.txt")
    people = found(record)
    assert people.get("Levin Szabo-Whit") == "FDT Group", record.contacts
    assert people.get("Tarik Benhad") == "OPC Foundation", record.contacts
    assert "Anna Roth" not in people, record.contacts


def test_a_list_of_items_after_the_colon_names_nobody(tmp_path: Path) -> None:
    sentence = "The committee noted the open items: Device Type Manager Review and Field Device Integration."
    text = NOTES.format(number="", heading="Liaison representatives", sentence=sentence)
    record = extracted(tmp_path, text, "notes.txt")
    assert not record.contacts, record.contacts
