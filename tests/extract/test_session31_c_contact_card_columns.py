"""An ITU-T-style statement's "Contact:" cards (session 31, C): the name after the label with "Tel:" in a
second column, the organization and "E-mail:" on the lines under it in the same two columns; or one field a
line ("Name:", "Organization:", "Country:", "Tel:", "E-mail:"). The company a card's line names is no
person, and the address is the card's person's. Bodies real, people and companies invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION SECTOR\n\n"
    "LIAISON STATEMENT\nSource:      ITU-T Study Group 13\nTitle:       LS on management interfaces for "
    "slicing\nFor action to: DMTF\nDeadline:    1 September 2027\n\n"
)
TAIL = "\nITU-T SG13 thanks DMTF for its earlier liaison and asks DMTF to review the attached draft.\n"
PEOPLE = (
    ("Hyun-woo Baek", "Orange Polska", "Korea (Republic of)", "hwbaek@polska.example"),
    ("Ilse Marchetti", "Telecom Italia", "Italy", "ilse@italia.example"),
)


def columns(gap: str) -> str:
    return "".join(
        f"Contact:{gap}{name}{gap}Tel: +39 06 555 0101\n{' ' * 11}{company}{gap}E-mail: {mail}\n"
        f"{' ' * 11}{country}\n\n"
        for name, company, country, mail in PEOPLE
    )


def fields() -> str:
    return "".join(
        f"Contact:\nName:          {name}\nOrganization:  {company}\nCountry:       {country}\n"
        f"Tel:           +39 06 555 0101\nE-mail:        {mail}\n\n"
        for name, company, country, mail in PEOPLE
    )


@pytest.mark.parametrize(
    "cards", [columns("      "), columns("\t\t"), fields()], ids=["spaces", "tabs", "fields"]
)
def test_a_card_names_its_person_and_no_company_as_one(tmp_path: Path, cards: str) -> None:
    record = extracted(tmp_path, HEAD + cards + TAIL, "ls.txt")
    people = [c.person for c in record.contacts if c.person]
    assert sorted(people) == ["Hyun-woo Baek", "Ilse Marchetti"], record.contacts


@pytest.mark.parametrize(
    "cards", [columns("      "), columns("\t\t"), fields()], ids=["spaces", "tabs", "fields"]
)
def test_a_card_keeps_its_address(tmp_path: Path, cards: str) -> None:
    record = extracted(tmp_path, HEAD + cards + TAIL, "ls.txt")
    mails = {c.person: c.email for c in record.contacts}
    assert mails.get("Hyun-woo Baek") == "hwbaek@polska.example", record.contacts
    assert None not in mails, record.contacts  # no contact of the address alone
