"""Contacts named in phrases and header fields the first rules did not read: several people with
their bodies in brackets on one line ("Alliance contacts: A (KNA) and B (QGA)"), liaisons and
coordinators as labels, a liaison statement's own "Contact:" field (its author, of the sending
group), and a source field that names a document, not a group. Invented bodies and people."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

PAGE = """# Kestrel Networks Alliance and Quantum Grid Foundation

The Kestrel Networks Alliance (KNA) and the Quantum Grid Foundation have collaborated under an
alliance agreement since 2021 on the energy efficiency of radio networks.

Alliance contacts: Mira Solberg-Adeyemi (KNA) and Tomasz Wierzbicki (Quantum Grid Foundation).

Alliance liaisons: Ines Okoro-Lindgren (KNA), Pavel Szabo-Reyes (Quantum Grid Foundation)
"""


def contacts(tmp_path: Path, text: str, name: str = "page.md") -> set[tuple[str | None, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record = extract(path).record
    return {(c.person, c.organization.label if c.organization else None) for c in record.contacts}


def test_people_with_their_bodies_in_brackets_are_contacts_of_those_bodies(tmp_path: Path) -> None:
    found = contacts(tmp_path, PAGE)
    assert {
        ("Mira Solberg-Adeyemi", "Kestrel Networks Alliance"),
        ("Tomasz Wierzbicki", "Quantum Grid Foundation"),
        ("Ines Okoro-Lindgren", "Kestrel Networks Alliance"),
        ("Pavel Szabo-Reyes", "Quantum Grid Foundation"),
    } <= found


STATEMENT = """LIAISON STATEMENT

Source:     Document 7K/TEMP/55
From:       Kestrel Networks Alliance (KNA)
To:         Quantum Grid Alliance (QGA)
Title:      LS on energy metrics of radio networks
Purpose:    Action
Deadline:   30 June 2027

Contact:    Nadia Oyelowo-Brandt       E-mail: nadia@kna.example

KNA asks QGA for comments on its energy metrics.
"""


def test_a_statements_contact_is_of_the_sending_body_and_a_document_is_no_group(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    assert [p.label for p, _ in record.parties] == ["Kestrel Networks Alliance", "Quantum Grid Alliance"]
    people = {(c.person, c.organization.label if c.organization else None) for c in record.contacts}
    assert ("Nadia Oyelowo-Brandt", "Kestrel Networks Alliance") in people
