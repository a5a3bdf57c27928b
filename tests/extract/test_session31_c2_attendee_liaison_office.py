"""Attendance lists whose entry names a liaison office (session 31, C2; the layouts of an IETF wiki's
participants table, "Name | SDO Position | E-mail | Affiliation", and an IEEE minutes template's "1. Name -
Affiliation - Role"): the liaison is a contact, of the body the office names; other attendees stay none.
Bodies real, people and companies invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TABLE = (
    "# IEEE 802 / IETF leadership meeting\n\nThe IEEE 802 Executive Committee and the IETF's IESG meet on "
    "16 March 2026.\n\n## Agenda\n\n- Introductions\n- Status of the shared areas work\n\n## {heading}\n\n"
    "| Name | {position} | E-mail address | Affiliation |\n|---|---|---|---|\n"
    "| Dana Romanescu-Lee | {office} | dana@nordlicht.example | Nordlicht Networks |\n"
    "| Ross Halvorsen | Outgoing IETF Chair | ross@vigil.example | Vigil Security |\n"
)
LIST = (
    "# IEEE 802.1 / IETF DetNet coordination call - minutes\n\n**Date:** 12 May 2026\n\n## Attendance\n\n"
    "### Present\n1. Mara Kellerman - Nordlicht Networks - {office}\n2. Tomas Reyes-Lind - Individual - "
    "DetNet co-chair\n\n## 1. Time-sensitive networking\n\nThe call reviewed the TSN profile mapping for "
    "DetNet, due Q4 2026.\n"
)


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize(
    ("heading", "position"), [("Participants List", "SDO Position"), ("Attendees", "Role")]
)
@pytest.mark.parametrize("office", ["IETF/IEEE-SA liaison", "IETF Liaison Manager"])
def test_a_participant_holding_a_liaison_office(
    tmp_path: Path, heading: str, position: str, office: str
) -> None:
    text = TABLE.format(heading=heading, position=position, office=office)
    record = extracted(tmp_path, text, "leaders.md")
    people = found(record)
    assert people.get("Dana Romanescu-Lee") == "Internet Engineering Task Force", record.contacts
    assert "Ross Halvorsen" not in people, record.contacts


@pytest.mark.parametrize(
    "office", ["IEEE 802.1 liaison to IETF", "IEEE Liaison Officer", "liaison for IEEE 802.1"]
)
def test_a_listed_attendee_holding_a_liaison_office(tmp_path: Path, office: str) -> None:
    record = extracted(tmp_path, LIST.format(office=office), "minutes.md")
    people = found(record)
    assert people.get("Mara Kellerman") == "Institute of Electrical and Electronics Engineers", (
        record.contacts
    )
    assert "Tomas Reyes-Lind" not in people, record.contacts
