"""An attendee listed with a liaison office named by the body it comes from ("Name — Liaison from the IETF",
"Name (liaison from IEEE 802)", "Name, liaison representative from the IETF"): a contact of that body, as an
IAB-style roll call writes it (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "Minutes of the IETF / IEEE 802 coordination call\n\nDate: 4 March 2027\n\nThe IETF and IEEE 802 "
    "reviewed the shared work items.\n\n"
)
LISTS = {
    "em-dash": (
        "Present\nMarta Lindqvist \u2014 Liaison from the IETF\nJonas Weber \u2014 IEEE 802.1 chair\n",
        "m.txt",
    ),
    "dash-items": (
        "Present:\n- Marta Lindqvist - liaison from the IETF\n- Jonas Weber, Polar Systems\n",
        "m.txt",
    ),
    "brackets": (
        "## Attendance\n\n- Marta Lindqvist (liaison from the IETF)\n- Jonas Weber (Polar Systems)\n",
        "m.md",
    ),
    "comma": (
        "## Attendance\n\n- Marta Lindqvist, liaison representative from the IETF\n- Jonas Weber\n",
        "m.md",
    ),
}


@pytest.mark.parametrize("variant", sorted(LISTS))
def test_the_body_the_liaison_comes_from(tmp_path: Path, variant: str) -> None:
    lines, name = LISTS[variant]
    record = extracted(tmp_path, ("# " if name.endswith(".md") else "") + HEAD + lines, name)
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Marta Lindqvist") == "Internet Engineering Task Force", found
    assert "Jonas Weber" not in found, found


def test_a_liaison_from_a_body_nobody_knows_is_no_contact_of_the_page(tmp_path: Path) -> None:
    lines = "Present\nMarta Lindqvist \u2014 Liaison from the Nordic Cable Registry\nJonas Weber\n"
    record = extracted(tmp_path, HEAD + lines, "m.txt")
    assert "Marta Lindqvist" not in {c.person for c in record.contacts}, record.contacts
