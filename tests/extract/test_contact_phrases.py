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


MINUTES = """# KNA / QGA Joint Liaison Call - Minutes

**Date:** 2027-03-11

## Attendees

| Present | Name | Affiliation | Email |
|---|---|---|---|
| x | Mira Solberg-Adeyemi | KNA | mira@kna.example |
| x | Tobias Engvall | KNA | tobias@kna.example |
| x | Pavel Szabo-Reyes | QGA | pavel@qga.example |

## Minutes

1. Approval of the minutes of the last call.
2. The Kestrel Networks Alliance (KNA) and the Quantum Grid Alliance (QGA) agreed to keep the joint
   energy metrics profile as their main deliverable. Liaison contacts for this work remain Mira
   Solberg-Adeyemi for KNA and Pavel Szabo-Reyes for QGA.
"""


def test_attendees_are_no_contacts_and_a_sentence_names_them(tmp_path: Path) -> None:
    found = contacts(tmp_path, MINUTES, "minutes.md")
    assert ("Mira Solberg-Adeyemi", "Kestrel Networks Alliance") in found
    assert ("Pavel Szabo-Reyes", "Quantum Grid Alliance") in found
    assert not any(person == "Tobias Engvall" for person, _ in found)


def test_a_label_or_an_address_naming_a_party_by_one_word(tmp_path: Path) -> None:
    text = """# Memorandum of Understanding between KestrelNet Foundation and Quantum Grid Alliance (QGA)

The KestrelNet Foundation and the Quantum Grid Alliance (QGA) agree to collaborate on energy metrics.

Liaison representatives:

- KestrelNet: Tobias Engvall, Community Programs
- Pavel Szabo-Reyes, pavel@qga.example
"""
    found = contacts(tmp_path, text, "mou.md")
    assert ("Tobias Engvall", "KestrelNet Foundation") in found
    assert ("Pavel Szabo-Reyes", "Quantum Grid Alliance") in found
