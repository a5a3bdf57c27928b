"""An officer's card under a committee document's header (session 31, C2): an address line that reads like
a name ("Lakeside Computing Centre", "Nordhavn Test House") is no next card, so the card keeps the address
on its "E-mail:" line; a next card (a name over its office in brackets, "Ms. A", "Name, Office") still ends
it. Bodies real, people and places invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEADER = (
    "ISO/IEC JTC 1/SC 41 N 9001\n\nTITLE: Request for a Category A liaison between buildingSMART "
    "International and ISO/IEC JTC 1/SC 41\nDATE: 2027-02-08\n\nREPLY TO: Dr. Ottilie Brenner-Saar\n"
    "(ISO/IEC JTC 1/SC 41 Chair)\n{place}\nRingstrasse 40\n8001 Zurich, Switzerland\n"
    "E-mail: o.brenner@sc41-chair.example\n\n"
    "{second}\n\nDear SC 41 members,\n\nbuildingSMART International hereby applies for a Category A liaison "
    "with ISO/IEC JTC 1/SC 41.\n"
)


def addresses(record) -> dict[str, str | None]:
    return {c.person: c.email for c in record.contacts}


@pytest.mark.parametrize(
    "place", ["Lakeside Computing Centre", "Nordhavn Test House", "Westgate Science Park"]
)
def test_an_address_line_like_a_name_keeps_the_card_open(tmp_path: Path, place: str) -> None:
    record = extracted(tmp_path, HEADER.format(place=place, second=""), "n9001.txt")
    assert addresses(record).get("Ottilie Brenner-Saar") == "o.brenner@sc41-chair.example", record.contacts
    assert place not in addresses(record), record.contacts


@pytest.mark.parametrize(
    "second",
    [
        "Ms. Priya Venkat-Holt, ISO/IEC JTC 1/SC 41 Secretariat\nToronto\nE-mail: p.venkat@sc41-sec.example",
        "Priya Venkat-Holt\n(ISO/IEC JTC 1/SC 41 Secretary)\nToronto\nE-mail: p.venkat@sc41-sec.example",
    ],
)
def test_the_next_card_keeps_its_own_address(tmp_path: Path, second: str) -> None:
    text = HEADER.format(place="Lakeside Computing Centre", second=second)
    text = text.replace("E-mail: o.brenner@sc41-chair.example\n", "")  # the first card has no address
    record = extracted(tmp_path, text, "n9001.txt")
    found = addresses(record)
    assert "Ottilie Brenner-Saar" in found and found["Ottilie Brenner-Saar"] is None, record.contacts
