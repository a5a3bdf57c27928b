"""Minutes' people who hold a liaison office (session 31, C2): an attendee whose brackets name a liaison
office ("Tomas Example (CSA staff, liaison officer)"), a note taker "..., Thread Group liaison officer", and
people who "stay the liaison contacts". Minutes' other attendees and officers stay no contacts. Bodies real,
people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = (
    "# Thread Group / Connectivity Standards Alliance (CSA) liaison call - minutes\n\n**Date:** 3 March 2026"
    "\n\n## Attendees\n\n{attendees}\n\n"
    "## 1. Border routers\n\nThe groups reviewed the border router tests; Thread 1.4 certification starts in "
    "Q3 2026.\n\n## 2. Actions\n\n1. ACTION (Bo Lindgren): send the test plan - due Q2 2026\n\n{closing}\n"
)


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize(
    "attendees",
    [
        "- Connectivity Standards Alliance: Ana Pereira-Lund (Matter chair), Tomas Vik-Halden (CSA staff, "
        "liaison officer)\n- Thread Group: Bo Lindgren (secretary)",
        "Present: Ana Pereira-Lund (CSA, Matter chair), Tomas Vik-Halden (CSA liaison representative), "
        "Bo Lindgren (Thread Group)",
        "| Name | Notes |\n|---|---|\n| Ana Pereira-Lund | CSA, Matter chair |\n\nAlso present: Bo Lindgren "
        "(Thread Group) and Tomas Vik-Halden (Connectivity Standards Alliance, liaison manager).",
    ],
)
def test_an_attendee_with_a_liaison_office_is_a_contact(tmp_path: Path, attendees: str) -> None:
    record = extracted(tmp_path, MINUTES.format(attendees=attendees, closing=""), "minutes.md")
    people = found(record)
    assert people.get("Tomas Vik-Halden") == "Connectivity Standards Alliance", record.contacts
    assert "Ana Pereira-Lund" not in people and "Bo Lindgren" not in people, record.contacts
    assert [c.person for c in record.contacts].count("Tomas Vik-Halden") == 1, record.contacts


@pytest.mark.parametrize(
    "closing",
    [
        "Minutes taken by Carla Mendes-Ito, Thread Group liaison officer.",
        "Notes: Carla Mendes-Ito, the Thread Group liaison contact",
        "Recorded by Carla Mendes-Ito (Thread Group liaison)",
    ],
)
def test_a_note_taker_holding_a_liaison_office_is_a_contact(tmp_path: Path, closing: str) -> None:
    attendees = "- Ana Pereira-Lund (CSA)\n- Carla Mendes-Ito (Thread Group)"
    record = extracted(tmp_path, MINUTES.format(attendees=attendees, closing=closing), "minutes.md")
    assert found(record).get("Carla Mendes-Ito") == "Thread Group", record.contacts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brandt (OMA SpecWorks) and Jun Abe (LoRa Alliance) stay the liaison contacts.",
        "Ivo Brandt (OMA SpecWorks) and Jun Abe (LoRa Alliance) continue as liaison representatives.",
        "- Ivo Brandt (OMA SpecWorks), Jun Abe (LoRa Alliance) will stay the points of contact",
    ],
)
def test_people_who_stay_the_contacts(tmp_path: Path, sentence: str) -> None:
    text = (
        "OMA SpecWorks / LoRa Alliance - liaison telco minutes\nDate: 4 May 2026\n\nParticipants: "
        "Ivo Brandt, Selma Okoro, Jun Abe\n\n1. LwM2M over LoRaWAN\nThe telco reviewed the LwM2M 1.2 "
        f"mapping, due Q3 2026.\n\n2. Liaison contacts\n{sentence}\n"
    )
    record = extracted(tmp_path, text, "minutes.txt")
    people = found(record)
    assert people.get("Ivo Brandt") == "Open Mobile Alliance", record.contacts
    assert people.get("Jun Abe") == "LoRa Alliance", record.contacts
    assert "Selma Okoro" not in people, record.contacts


def test_a_liaison_report_is_no_person_s_office(tmp_path: Path) -> None:
    attendees = "- Ana Pereira-Lund (CSA)\n- Bo Lindgren (Thread Group)"
    closing = "Liaison reports: Matter Core (liaison update), Thread Group (liaison report) were noted."
    record = extracted(tmp_path, MINUTES.format(attendees=attendees, closing=closing), "minutes.md")
    assert not record.contacts, record.contacts
