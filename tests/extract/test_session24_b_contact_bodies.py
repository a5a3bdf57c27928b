"""The body of a contact an addendum's sentences name (issue 12 point 9, session 24, engineer B): a paragraph
of sentences, each about one body's contact ("The OBC contact is now A (a@x), replacing B. The HMC contact,
C, is unchanged."), gives each person the body of their own sentence, not the address of the sentence
before; "For OBC, Dr. A remains the contact" and "For HMC, C replaces D as contact" give the body the
sentence opens with; "A remains the contact" names no body called "the".

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected contacts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

ADDENDUM = """AMENDMENT 2
to the HMC / OBC Work Register on Tide Data (Revision 1.0)

Effective date of this amendment: 16 April 2026

Purpose

This amendment records the changes agreed by the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) at their joint call of 24 March 2026.

Changes to clause 5 (Milestones)

(a) Item 5.2 is replaced by: "5.2 Common station code list - target Q4 2026"

Changes to clause 7 (Contacts)

{contacts}
"""
SENTENCES = {
    "now-unchanged": (
        "The OBC contact is now Dana Whitfield-Ames (dana.whitfield@obc.example), "
        "replacing Oren Baruch-Lind. The HMC contact, Hyun-woo Parkes, is unchanged."
    ),
    "unchanged-now": (
        "The HMC contact, Hyun-woo Parkes, is unchanged. "
        "The OBC contact is now Dana Whitfield-Ames (dana.whitfield@obc.example), replacing Oren Baruch-Lind."
    ),
}
FOR_BODY = {
    "remains-replaces": (
        "For OBC, Dr. Dana Whitfield-Ames remains the contact. "
        "For HMC, Hyun-woo Parkes replaces Oren Baruch-Lind as contact."
    ),
    "numbered-paragraph": (
        "A1.5  Contacts. For HMC, Hyun-woo Parkes replaces Oren Baruch-Lind as contact for the Work "
        "Register. "
        "For OBC, Dr. Dana Whitfield-Ames remains the contact."
    ),
    "is-remains": (
        "For HMC, Hyun-woo Parkes is the contact. For the OBC, Dana Whitfield-Ames remains the contact."
    ),
}


def bodies(record: AllianceRecord) -> dict[str | None, str | None]:
    return {
        c.person: (c.organization.acronym or c.organization.label) if c.organization else None
        for c in record.contacts
    }


@pytest.mark.parametrize("contacts", sorted({**SENTENCES, **FOR_BODY}))
def test_each_sentence_gives_its_contact_its_own_body(tmp_path: Path, contacts: str) -> None:
    text = ADDENDUM.format(contacts={**SENTENCES, **FOR_BODY}[contacts])
    found = bodies(extracted(tmp_path, text, "amendment.txt"))
    assert found.get("Hyun-woo Parkes") == "HMC", found
    assert found.get("Dana Whitfield-Ames") == "OBC", found
    assert "Oren Baruch-Lind" not in found, found
    assert None not in found, found  # no contact without a person (an address read apart from its name)
