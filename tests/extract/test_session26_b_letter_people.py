"""The people of a statement written as a letter (issue 12 point 9, session 26, engineer B).

- The person a statement's "To:" field names is its addressee, no contact, unless its From field names a
  person too (a header naming the officers at both ends): seven of the eight dev statements that name an
  addressee (IEEE 802 letters, an SC 27 letter, a joint letter to a TC, mail headers) keep no contact of
  theirs, and the one that does has such a header (as tests/extract/test_contact_layouts.py's has).
- "Comments may be sent to ... the liaison representative to the OBC, Ana Example (a@x)": the body after
  "liaison ... to" is the partner the liaison is with; a statement's liaison officer is its sender's.

Every body and person is invented; the expected contacts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

LETTER = """Harbour Metrology Council (HMC)
Tide Gauge Working Group

To:   {addressee}

Dear colleague,

The Tide Gauge Working Group of the Harbour Metrology Council has started the revision of its sampling
profile and asks the Open Buoy Consortium for comments by 15 January 2028. {sentence}

Yours sincerely,

Dag Solberg-Amari
Chair, Tide Gauge Working Group
"""
MAIL = """From: HMC Liaisons <liaisons@hmc.example>
To: {addressee}
Subject: Liaison statement from HMC to the Open Buoy Consortium (OBC)

Dear colleague,

The Tide Gauge Working Group of the Harbour Metrology Council (HMC) asks the Open Buoy Consortium for
comments on its sampling profile by 15 January 2028. {sentence}

Dag Solberg-Amari
Chair, Tide Gauge Working Group, HMC
"""
MARKDOWN = """# Harbour Metrology Council (HMC) - Tide Gauge Working Group

**To:** {addressee}

The Tide Gauge Working Group asks the Open Buoy Consortium (OBC) for comments on its sampling profile by
15 January 2028. {sentence}

Dag Solberg-Amari, Chair, Tide Gauge Working Group
"""
LAYOUTS = {"letter.txt": LETTER, "mail.txt": MAIL, "letter.md": MARKDOWN}
ADDRESSEES = [
    "Mr Bo Kristiansen-Oduya, Chief Technology Officer, Open Buoy Consortium (OBC)",
    "Bo Kristiansen-Oduya <bo@obc.example>",
    "Ms Bo Kristiansen-Oduya",
]
SENTENCES = [
    "Comments may be sent to the Tide Gauge Working Group liaison officer to the Open Buoy Consortium, "
    "Ms Ana Lindqvist-Ahl (ana@hmc.example).",
    "For more information, please contact the liaison representative to the OBC, Ana Lindqvist-Ahl.",
    "Questions should be addressed to the HMC liaison to OBC, Dr Ana Lindqvist-Ahl.",
]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("addressee", ADDRESSEES)
def test_the_addressee_is_no_contact(tmp_path: Path, name: str, addressee: str) -> None:
    text = LAYOUTS[name].format(addressee=addressee, sentence=SENTENCES[0])
    found = contact_bodies(extracted(tmp_path, text, name))
    assert "Bo Kristiansen-Oduya" not in found, found
    assert found.get("Ana Lindqvist-Ahl") == "HMC", found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_liaison_officer_to_the_partner_is_the_senders(tmp_path: Path, name: str, sentence: str) -> None:
    text = LAYOUTS[name].format(addressee="Open Buoy Consortium (OBC)", sentence=sentence)
    assert contact_bodies(extracted(tmp_path, text, name)).get("Ana Lindqvist-Ahl") == "HMC"
