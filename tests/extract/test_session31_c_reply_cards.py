"""Two layouts of real committee documents (session 31, C): a JTC 1 N-document's "REPLY TO:" block of
two address cards, the second opened by "Ms. Name, Office" (the secretariat's), each with its "E-mail:"
line; and an ITU advisory group's "Contact:" field whose sub-fields ("Name/Organization/Entity:", "Phone
number:", "E-mail:") stand one a line under the first, at the value's column. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

N_DOCUMENT = (
    "ISO/IEC JTC 1/SC 34 N 0412\n\nTITLE: Request for a Category A liaison between OASIS and JTC 1/SC 34\n"
    "DATE: 12 March 2027\nREPLY TO: Dr. Odile Ferrante\n(ISO/IEC JTC 1/SC 34 Chair)\nHarbour Road 12\n"
    "{city}\nTelephone: +1 555 0100\nE-mail: odile@chair.example\n\n{second}\n{second_body}\n"
    "West Quay 4\n{city}\nTel: +1 555 0101\nE-mail: {mail}\n\n12 March 2027\n\nDear JTC 1 Members,\n\n"
    "OASIS hereby applies for a Category A liaison with ISO/IEC JTC 1/SC 34 on document formats.\n"
)


@pytest.mark.parametrize(
    ("second", "second_body", "city"),
    [
        ("Ms. Ines Valdrada, ISO/IEC JTC 1/SC 34 Secretariat", "Standards Office", "Springfield, IL 62701"),
        ("Mr Rui Okafor-Lind, ISO/IEC JTC 1/SC 34 Committee Manager", "National Body Office", "Lyon, 69002"),
    ],
)
def test_the_second_card_of_a_reply_to_block(
    tmp_path: Path, second: str, second_body: str, city: str
) -> None:
    text = N_DOCUMENT.format(second=second, second_body=second_body, city=city, mail="sec@office.example")
    record = extracted(tmp_path, text, "n0412.txt")
    found = {c.person: c.email for c in record.contacts}
    person = second.split(",")[0].split(" ", 1)[1]
    assert found.get(person) == "sec@office.example", record.contacts
    assert "Springfield" not in str(found) and "Lyon" not in str(found)


ADVISORY = (
    "Telecommunication Development Advisory Group (TDAG)\nTDAG - LS 4\n\nChairman, TDAG\n\n"
    "Liaison statement on coordination with the other Sectors\n\nFor comment to:        ITU-R RAG\n"
    "Deadline:              n/a\nContact:               {first}:    Ms Ines Valdrada, Chair TDAG\n"
    "                       {phone}:                +1 555 0100\n"
    "                       {mail}:                      ines@tdag.example\n\n"
    "TDAG informs RAG about its discussions on coordination with the other Sectors.\n"
)


@pytest.mark.parametrize(
    ("first", "phone", "mail"),
    [
        ("Name/Organization/Entity", "Phone number", "E-mail"),
        ("Name", "Tel", "Email address"),
    ],
)
def test_a_contact_fields_sub_fields_under_it(tmp_path: Path, first: str, phone: str, mail: str) -> None:
    record = extracted(tmp_path, ADVISORY.format(first=first, phone=phone, mail=mail), "ls.txt")
    found = {c.person: c.email for c in record.contacts}
    assert found.get("Ines Valdrada") == "ines@tdag.example", record.contacts
