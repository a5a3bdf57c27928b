"""A signer's office line "X liaison to Y" (also "representative to", "delegate to") under a mail's or a
statement's closing (session 31, C): the body before the words is the signer's, so the statement's sender;
the one after is the addressee, never the sender. Bodies real, people and work invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MAIL = (
    "From: {person} <{mailbox}>\nTo: {to}\nSubject: Liaison update on the shared storage profile\n\n"
    "Dear colleagues,\n\nThe working group has finished its review of the shared storage profile and will "
    "publish a revised draft next quarter. This liaison is for information.\n\n{closing}\n{signature}\n"
)
STATEMENT = (
    "LIAISON STATEMENT\n\nTo: {to}\nTitle: Revised management profile\nPurpose: For information\n\n"
    "We have completed our review of the shared management profile and will publish a revised draft next "
    "quarter.\n\n{closing}\n{signature}\n"
)


@pytest.mark.parametrize(
    ("signature", "sender", "to"),
    [
        ("Piet Example / SNIA liaison to DMTF", "Storage Networking Industry Association", "DMTF Board"),
        ("Piet Example\nSNIA liaison to the DMTF", "Storage Networking Industry Association", "DMTF Board"),
        ("Marta Ovalle\nOGF representative to SNIA", "Open Grid Forum", "SNIA Technical Council"),
        ("Marta Ovalle | OFA delegate to OGF", "OpenFabrics Alliance", "OGF Steering Group"),
        ("Jun Arakawa, DMTF Liaison Officer to the OGF", "DMTF", "OGF Steering Group"),
    ],
)
def test_a_mail_signer_liaison_to_line_gives_the_sender(
    tmp_path: Path, signature: str, sender: str, to: str
) -> None:
    text = MAIL.format(
        person=signature.split("\n")[0].split(" / ")[0].split(" | ")[0].split(",")[0],
        mailbox="signer@mail.example",
        to=to,
        closing="Best regards,",
        signature=signature,
    )
    record = extracted(tmp_path, text, "mail.txt")
    assert record.liaison is not None
    assert [e.label for e in record.liaison.senders] == [sender], record.liaison


@pytest.mark.parametrize(
    ("signature", "sender", "to"),
    [
        (
            "Piet Example\nSNIA liaison to OGF\npiet@mail.example",
            "Storage Networking Industry Association",
            "OGF Board",
        ),
        ("Ana Lind\nDMTF representative to the SNIA", "DMTF", "SNIA Technical Council"),
    ],
)
def test_a_statement_signer_liaison_to_line_gives_the_sender(
    tmp_path: Path, signature: str, sender: str, to: str
) -> None:
    text = STATEMENT.format(to=to, closing="Kind regards,", signature=signature)
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert [e.label for e in record.liaison.senders] == [sender], record.liaison
    assert sender not in [e.label for e in record.liaison.recipients]


def test_the_body_after_liaison_to_is_never_the_sender(tmp_path: Path) -> None:
    text = STATEMENT.format(
        to="OGF Steering Group", closing="Best regards,", signature="Ana Lind\nLiaison to the OGF"
    )
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert "Open Grid Forum" not in [e.label for e in record.liaison.senders]


@pytest.mark.parametrize(
    ("to", "office", "addressee"),
    [
        ("board-list@lists.example", "SNIA liaison to the Open Grid Forum", "Open Grid Forum"),
        ("Steering list <steer@lists.example>", "OFA representative to DMTF", "DMTF"),
    ],
)
def test_a_mail_to_a_mailbox_is_addressed_to_the_body_after_liaison_to(
    tmp_path: Path, to: str, office: str, addressee: str
) -> None:
    text = MAIL.format(
        person="Piet Example",
        mailbox="piet@mail.example",
        to=to,
        closing="Regards,",
        signature=f"Piet Example\n{office}",
    )
    record = extracted(tmp_path, text, "mail.txt")
    assert record.liaison is not None
    assert [e.label for e in record.liaison.recipients] == [addressee], record.liaison
