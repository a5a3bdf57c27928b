"""A list item labelled with a body and then with an office (session 31, C2): "OFA: Liaison officer: A
(OGF)", "SNIA: Liaison manager: B" names the person after the second label, of the body in their brackets,
else of the item's body. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = (
    "# Open Grid Forum partnerships\n\nOGF works with the Storage Networking Industry Association (SNIA) and "
    "the OpenFabrics Alliance (OFA) on storage and fabric interfaces.\n\n{heading}{items}\n"
)


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("heading", ["## Liaison officers\n\n", "## Contacts\n\n", ""])
@pytest.mark.parametrize(
    ("items", "person", "body"),
    [
        (
            "- OFA: Liaison officer: Arvid Holmqvist-Berg (OGF)\n"
            "- SNIA: Liaison manager: Pedro Alcantara-Reyes",
            "Arvid Holmqvist-Berg",
            "Open Grid Forum",
        ),
        (
            "- OFA: Liaison officer: Arvid Holmqvist-Berg (OGF)\n"
            "- SNIA: Liaison manager: Pedro Alcantara-Reyes",
            "Pedro Alcantara-Reyes",
            "Storage Networking Industry Association",
        ),
        (
            "OFA: Point of contact: Arvid Holmqvist-Berg\nSNIA: Representative: Pedro Alcantara-Reyes",
            "Arvid Holmqvist-Berg",
            "OpenFabrics Alliance",
        ),
    ],
)
def test_the_person_after_the_office_label(
    tmp_path: Path, heading: str, items: str, person: str, body: str
) -> None:
    record = extracted(tmp_path, PAGE.format(heading=heading, items=items), "partners.md")
    assert found(record).get(person) == body, record.contacts
