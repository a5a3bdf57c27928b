"""Facts the session 15 review found lost to this session's rules: a statement's contacts taken for
signatories or for cited documents' people (kg.extract.contacts.signature_ranges,
kg.extract.context.reference_ranges). Each document was read right at the session's start."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEADER = "From: Open Buoy Consortium (OBC)\nTo: Harbour Metrology Council (HMC)\nFor: action\n\n"
CONTACTS = "Contact: Ann Lind, ann@obc.example\nTechnical contact: Carl Berg, carl@obc.example\n"

STATEMENTS = {
    # a "By:" field of a statement's header is who sent it, not an agreement's signature block
    "by field": "Liaison statement\n\nFrom: Open Buoy Consortium (OBC)\nBy: Bo Ek\n"
    + HEADER.split("\n", 1)[1]
    + "OBC asks HMC to comment on the draft buoy profile.\n"
    + CONTACTS,
    # "Signed-off drafts" is no signature
    "signed-off": "LIAISON STATEMENT\n\n"
    + HEADER
    + "Signed-off drafts of the buoy profile are attached; OBC asks HMC to review them.\n\n"
    + CONTACTS,
    # a references list ends where the statement names its own contact
    "after references": "# Liaison statement to HMC\n\n"
    + HEADER
    + "OBC asks HMC to comment on the profile by 1 March 2027.\n\n## References\n\n"
    + "- HMC Tide Profile 1.0, approved 4 May 2024.\n\n"
    + CONTACTS,
}


@pytest.mark.parametrize("layout", sorted(STATEMENTS))
def test_a_statements_contacts_are_kept(tmp_path: Path, layout: str) -> None:
    suffix = ".md" if layout == "after references" else ".txt"
    record = extracted(tmp_path, STATEMENTS[layout], "statement" + suffix)
    people = {c.person for c in record.contacts}
    assert {"Ann Lind", "Carl Berg"} <= people, people


def test_an_agreements_signatures_are_still_no_contacts(tmp_path: Path) -> None:
    text = (
        "MEMORANDUM OF UNDERSTANDING\n\nbetween the Open Buoy Consortium (OBC) and the Harbour Metrology "
        "Council (HMC)\n\n1. Purpose. OBC and HMC will cooperate on buoy data.\n\n"
        "2. Contacts.\n\nContact: Ann Lind, ann@obc.example\n\n"
        "IN WITNESS WHEREOF the parties sign this Memorandum.\n\nBy: Dag Moe\nTitle: Chair, OBC\n\n"
        "By: Eva Holm\nTitle: Chair, HMC\n"
    )
    record = extracted(tmp_path, text, "mou.txt")
    people = {c.person for c in record.contacts}
    assert "Ann Lind" in people, people
    assert not {"Dag Moe", "Eva Holm"} & people, people


MINUTES_BY_MAIL = """Subject: Minutes of the HMC-OBC joint call, 10 June 2026

Dear all,

please find below the minutes of our joint call. Please send corrections by 20 June 2026.

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) met to coordinate their joint work.

Agenda
1. Liaison status
2. Work items

Actions
- Bo Ek to update the buoy profile.

Best regards,
Ann Lind
"""

MOU_BY_MAIL = """Subject: HMC and OBC sign a Memorandum of Understanding

Dear members,

We are pleased to announce that the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed
a Memorandum of Understanding on 3 May 2026 in Bergen. The MoU sets up a liaison between the two bodies on
buoy data exchange.

Kind regards,
The HMC Secretariat
"""

REPLY_LETTER = """Response to the HMC liaison on tide data

Dear colleagues of the Harbour Metrology Council (HMC),

The Open Buoy Consortium (OBC) thanks you for your liaison of 3 May 2026 on tide data exchange.
We would welcome your comments on the Buoy Data Format 2.0 by 1 September 2026.

Best regards,

Bo Ek
Chair, OBC Technical Board
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (MINUTES_BY_MAIL, "MeetingRecord"),
        (MOU_BY_MAIL, "MemorandumOfUnderstanding"),
        (REPLY_LETTER, "LiaisonStatement"),
    ],
    ids=["minutes by mail", "an MoU announced by mail", "a reply letter"],
)
def test_a_letter_is_a_liaison_statement_only_when_nothing_names_another_kind(
    tmp_path: Path, text: str, kind: str
) -> None:
    """A salutation, a closing and a request or the word liaison made any letter a liaison statement,
    over what its title and build say (kg.extract.kinds.classify): minutes sent by e-mail lost their
    meeting, an MoU's announcement gained an invented sender and recipient."""
    assert extracted(tmp_path, text, "mail.txt").kind == kind
