"""The secretariats of standards bodies named as a person's organization (session 34, engineer G2; H's report:
"Mrs Annelie Vos, CCMC" got ETSI): the gazetteer knows the CEN-CENELEC Management Centre (CCMC), ITU-T's
Telecommunication Standardization Bureau (TSB), ITU-R's Radiocommunication Bureau, ETSI's Centre for Testing
and Interoperability and 3GPP's Mobile Competence Centre as units of their bodies, so the contact is their
body's; a secretariat named only so makes its body no party, and no unit of the joint work. Bodies real,
people, addresses and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

SUMMARY = """Joint coordination call of {first} and {second} - summary

Date: 4 March 2027

1 Opening

The {first} and {second} representatives reviewed the joint work on smart grid profiles.

Contact for this summary: {contact} ({mail}@mail.example)
"""


@pytest.mark.parametrize(
    ("first", "second", "contact", "body"),
    [
        ("ETSI", "CEN", "Mrs Ana Lind, CCMC", "cen"),
        ("ETSI", "CEN", "Mr Bo Ek, Telecommunication Standardization Bureau", "itu-t"),
        ("ETSI", "CEN", "Ms Eva Holm, Radiocommunication Bureau", "itu-r"),
        ("CEN", "3GPP", "Dr Ugo Bassi, Centre for Testing and Interoperability", "etsi"),
        ("ETSI", "CEN", "Ms Mia Berg, Mobile Competence Centre", "3gpp"),
    ],
)
def test_a_secretariat_is_its_bodys(tmp_path: Path, first: str, second: str, contact: str, body: str) -> None:
    person = contact.split(",")[0].split(" ", 1)[1]
    text = SUMMARY.format(first=first, second=second, contact=contact, mail=person.lower().replace(" ", "."))
    record = extracted(tmp_path, text, "summary.txt")
    assert contact_orgs(record) == {person.lower(): body}
    assert {entity.acronym for entity, _ in record.parties} == {first, second}
    assert not record.units
