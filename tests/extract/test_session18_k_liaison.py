"""Layout invariance of a LIAISON statement's ends when a field names a person instead of a body (issue 12,
point 9; session 18): a letter addressed to a person, their role and body on the lines under the name
("To:  Mr Kwabena Example" / "Chief Technology Officer, Open Buoy Consortium"), and a statement forwarded by
e-mail, whose mail's "From:" is the person who sent it ("From: Ada Example <ada@...>", then "From: Ada
Example" in the quoted mail) above the statement's own From naming its body. A person is never a party.

Every document is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODY = """Dear colleague,

The Harbour Metrology Council (HMC) has started the revision of its tide gauge calibration standard and
would be grateful for the comments of the Open Buoy Consortium (OBC) on clause 8 of the draft.

Yours sincerely,

Liv Bakke-Amundsen
Secretary, HMC Tide Gauge Working Group
"""


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    return (
        {e.acronym or e.label for e in record.liaison.senders},
        {e.acronym or e.label for e in record.liaison.recipients},
    )


ADDRESSED = {
    "honorific-indented": "To:   Mr Kwabena Osei-Lind\n"
    "      Chief Technology Officer, Open Buoy Consortium (OBC)\n",
    "doctor-two-lines": "To:   Dr. Ana Okonkwo-Lind\n      Chair, Technical Board\n"
    "      Open Buoy Consortium (OBC)\n",
    "ms-tabs": "To:\tMs Ines Aurelio-Banks\n\tLiaison officer, Open Buoy Consortium (OBC)\n",
}


@pytest.mark.parametrize("to", ADDRESSED.values(), ids=ADDRESSED.keys())
def test_a_statement_addressed_to_a_person_goes_to_their_body(tmp_path: Path, to: str) -> None:
    text = (
        "DOC TYPE:   Outgoing liaison statement\n"
        "SOURCE:     Harbour Metrology Council (HMC) Tide Gauge Working Group\n"
        "DATE:       2026-10-09\nDUE DATE:   2027-01-15\n\n\n" + to + "\n" + BODY
    )
    record = extracted(tmp_path, text, "ls.txt")
    assert record.kind == "LiaisonStatement"
    _, recipients = ends(record)
    assert recipients == {"OBC"}
    assert {e.acronym or e.label for e, _ in record.parties} == {"HMC", "OBC"}


@pytest.mark.parametrize(
    "mail_from",
    [
        "From: Liv Bakke-Amundsen <liv.bakke@hmc.example>",
        'From: "Liv Bakke-Amundsen" <liv.bakke@hmc.example>',
    ],
    ids=["plain", "quoted"],
)
def test_the_person_forwarding_a_statement_is_not_its_sender(tmp_path: Path, mail_from: str) -> None:
    text = (
        "    To: tide-list@hmc.example\n    Subject: FW: Liaison statement from HMC to OBC\n"
        f"    {mail_from}\n"
        "    Date: Thu, 8 Oct 2026 14:12:55 +0000\n\nFor your records: the liaison below was sent today.\n\n"
        "----- Original Message -----\nFrom: Liv Bakke-Amundsen\nSent: Thursday, October 08, 2026 1:58 PM\n"
        "To: obc-liaison@obc.example\nSubject: Liaison statement from HMC to OBC\n\n"
        "To:        Chair, Open Buoy Consortium (OBC)\n"
        "From:      Harbour Metrology Council (HMC) Tide Gauge Working Group\n"
        "Subject:   Revision of the tide gauge calibration standard\nPurpose:   For action\n\n" + BODY
    )
    record = extracted(tmp_path, text, "mail.txt")
    senders, _ = ends(record)
    assert senders and "Liv Bakke-Amundsen" not in senders
    assert all("Bakke" not in (e.label or "") for e, _ in record.parties)
