"""A contact's label naming the person's body, their liaison role and the body it is towards (session 31,
C): "AES liaison representative to SMPTE:   A" is AES's person, never SMPTE's, even where the text knows the
person's body only by a party's acronym. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = (
    "SMPTE liaisons\n\nSMPTE and the Audio Engineering Society (AES) keep a liaison between SMPTE TC 32NF "
    "and "
    "the AES Standards Committee on network audio.\n\nContacts\n\n  {first}:   Dolores Fenwick-Ramos\n"
    "  {second}:   Bertrand Oyelowo\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("SMPTE liaison representative to AES", "AES liaison representative to SMPTE"),
        ("SMPTE liaison to the AES", "AES liaison to the SMPTE"),
        ("SMPTE delegate to AES", "AES technical liaison officer to SMPTE"),
    ],
)
def test_the_body_before_the_role_is_the_persons(tmp_path: Path, first: str, second: str) -> None:
    record = extracted(tmp_path, PAGE.format(first=first, second=second), "page.txt")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Bertrand Oyelowo") == "Audio Engineering Society", record.contacts
    assert found.get("Dolores Fenwick-Ramos") == "Society of Motion Picture and Television Engineers"
