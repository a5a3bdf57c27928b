"""A sentence sending readers to the holders of a role, then a colon and the people, on the next line too
("Questions can be sent to the liaison officers:" over "A (TCG) and B (UEFI Forum)."): each person is a
contact of the body in their brackets or after "for" (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = (
    "# TCG and UEFI Forum\n\nThe Trusted Computing Group (TCG) and the UEFI Forum work together on firmware "
    "measurement.\n\n## Contacts\n\n{lines}\n"
)


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize(
    "lines",
    [
        "Questions can be addressed to the liaison officers:\n"
        "Marta Lindqvist (TCG) and Jonas Weber (UEFI Forum).",
        "Please contact our liaison representatives: Marta Lindqvist (TCG) or Jonas Weber (UEFI Forum).",
        "Enquiries should be sent to the two liaison contacts:\n"
        "Marta Lindqvist for TCG and Jonas Weber for the UEFI Forum.",
    ],
)
@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_both_people_after_the_role_and_colon(tmp_path: Path, lines: str, name: str) -> None:
    contacts = found(extracted(tmp_path, PAGE.format(lines=lines), name))
    assert contacts.get("Marta Lindqvist") == "Trusted Computing Group", contacts
    assert contacts.get("Jonas Weber") == "UEFI Forum", contacts


def test_no_person_after_the_colon(tmp_path: Path) -> None:
    lines = "Questions can be sent to the liaison officers: see the committee pages of each body."
    contacts = found(extracted(tmp_path, PAGE.format(lines=lines), "page.md"))
    assert not any("committee" in person.lower() for person in contacts), contacts
