"""A body named only in a postal address block is no party (session 34, engineer G2; G's real ISO/TC 211
and OGC terms of reference, whose secretariat's block "Standards Norway" / "P.O. Box ..." / "NO-1326 Lysaker"
made Standards Norway a party): the name over a post box, a street with its number or a postcode and city, or
on a line going on with one, serves or houses the committee. A party named elsewhere too stays one. Bodies
real, addresses, people and wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TERMS = """ISO/TC 211 N 2210

Title: Terms of Reference: Joint Working Group between ISO/TC 211 and the OGC

Source: ISO/TC 211 Chair and OGC Technical Committee Chair

ISO/TC 211 Secretariat Telephone: + 47 00 00 00 00

{address}

Terms of Reference for a Joint Working Group between ISO/TC 211 and the OGC

1 Scope

The ISO/TC 211 and the OGC set up the joint group to align their geographic information standards.
"""


@pytest.mark.parametrize(
    "address",
    [
        "Standards Norway\nP.O. Box 123\nNO-1326 Lysaker, Norway",
        "DIN\nBurggrafenstrasse 6\n10787 Berlin",
    ],
)
def test_the_secretariats_address_block_is_no_party(tmp_path: Path, address: str) -> None:
    record = extracted(tmp_path, TERMS.format(address=address), "terms.txt")
    assert {entity.acronym for entity, _ in record.parties} == {"ISO", "OGC"}


SUMMARY = """OGC and BSI joint review call - summary

Date: 4 March 2027

1 Opening

The OGC and BSI representatives reviewed the joint work on smart city data models.

2 Contacts

{contact}
"""


@pytest.mark.parametrize(
    "contact",
    [
        "Bo Ek, ETSI, 650 Route des Lucioles, F-06921 Sophia Antipolis",
    ],
)
def test_a_contacts_address_names_no_party(tmp_path: Path, contact: str) -> None:
    record = extracted(tmp_path, SUMMARY.format(contact=contact), "summary.txt")
    assert {entity.acronym for entity, _ in record.parties} == {"OGC", "BSI"}


def test_a_party_named_elsewhere_keeps_its_address(tmp_path: Path) -> None:
    contact = "Bo Ek, BSI, 389 Example High Road, London W4 4AL"
    record = extracted(tmp_path, SUMMARY.format(contact=contact), "summary.txt")
    assert {entity.acronym for entity, _ in record.parties} == {"OGC", "BSI"}
