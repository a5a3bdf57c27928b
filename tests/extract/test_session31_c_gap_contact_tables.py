"""A register's contacts table written in plain text, its columns parted by runs of blanks (session 31, C):
a column of bodies and a column an office ("Organization   Chair   Co-chair   Editor"), or a column of
offices and a column a body ("Role   DMTF   SNIA"). The reader leaves such a table as lines; every person
in it is a contact of the row's (or column's) body, in the column's office. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = "DMTF - SNIA Work Register\n\nScope\nDMTF and SNIA align their storage management models.\n\n"
BY_BODY = (
    "{title}\nOrganization   Chair            Co-chair          Editor\n"
    "DMTF           Ana Lind         Bo Ek             Chen Wei\n"
    "SNIA           Dana Ruiz        Eli Moss          Fay Orr\n"
)
BY_GROUP = (
    "{title}\nGroup                          Chair                  Editor\n"
    "DMTF Storage Management WG     Ana Lind (Lenovo)      Chen Wei\n"
    "SNIA SMI TWG                   Dana Ruiz              Fay Orr (NetApp)\n"
)
DMTF, SNIA = "DMTF", "Storage Networking Industry Association"


@pytest.mark.parametrize("title", ["Contacts", "Points of contact"])
def test_a_column_an_office(tmp_path: Path, title: str) -> None:
    record = extracted(tmp_path, HEAD + BY_BODY.format(title=title), "register.txt")
    found = {c.person: (c.organization.label if c.organization else None, c.role) for c in record.contacts}
    assert found.get("Bo Ek") == (DMTF, "Co-chair"), record.contacts
    assert found.get("Fay Orr") == (SNIA, "Editor"), record.contacts
    assert len(found) == 6, record.contacts


def test_a_row_of_a_group(tmp_path: Path) -> None:
    record = extracted(tmp_path, HEAD + BY_GROUP.format(title="Contacts"), "register.txt")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found == {"Ana Lind": DMTF, "Chen Wei": DMTF, "Dana Ruiz": SNIA, "Fay Orr": SNIA}, record.contacts
