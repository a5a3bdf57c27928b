"""A roll call that writes each attendee as "Name (Employer) / Office" (an IETF steering group's narrative
minutes: "Ana Example (Nokia) / IAB Liaison", "Bo Example (ICANN)/ IANA Liaison"): a liaison office after
the slash makes the person a contact of the body it names, not of the employer in brackets; an office of no
body the resolver knows gives no contact (session 33, H). Bodies real, people and employers invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = "Minutes for the 2027-03-04 IESG Teleconference\n\n1. Administrivia\n1.1 Roll call\n\n"
TAIL = "\n1.2 Bash the agenda\nNo changes were asked for.\n"
ROWS = {
    "spaced": "Ana Lindqvist (Hanbit Networks) / Routing Area\nRex Okafor (Norrland Telecom) / IAB Liaison\n"
    "Ines Moreau (ICANN) / IANA Liaison\nJo Tanaka (AMS) / IETF Secretariat\n",
    "tight": "Ana Lindqvist (Hanbit Networks)/Routing Area\nRex Okafor (Norrland Telecom)/ IAB Liaison\n"
    "Ines Moreau (ICANN)/IANA Liaison\nJo Tanaka (AMS)/IETF Secretariat\n",
    "no employer": "Ana Lindqvist / Routing Area\nRex Okafor / IAB Liaison\nInes Moreau / IANA liaison\n"
    "Jo Tanaka / IETF Secretariat\n",
}


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("name", ["minutes.txt", "minutes.md"])
@pytest.mark.parametrize("rows", sorted(ROWS))
def test_the_liaison_after_the_slash_is_the_bodys_contact(tmp_path: Path, rows: str, name: str) -> None:
    contacts = found(extracted(tmp_path, HEAD + ROWS[rows] + TAIL, name))
    assert contacts.get("Rex Okafor") == "Internet Architecture Board", contacts
    assert contacts.get("Ines Moreau") == "Internet Assigned Numbers Authority", contacts
    assert "Ana Lindqvist" not in contacts, contacts


def test_an_office_of_an_unknown_body_gives_no_contact(tmp_path: Path) -> None:
    rows = ROWS["spaced"] + "Lea Brandt (AMS) / Zorblat Editor Liaison\n"
    assert "Lea Brandt" not in found(extracted(tmp_path, HEAD + rows + TAIL, "minutes.txt"))
