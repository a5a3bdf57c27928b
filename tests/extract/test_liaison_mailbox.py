"""A liaison statement sent as e-mail names its ends as mailboxes ("From: Ada Example
<ada@broadband-forum.org>"): the body is the one whose domain the address uses, and a person's name
is never taken for an organization (it became a party "Ada Example <ada...>" and the sender was lost).
Invented people and wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

STATEMENT = """From: {sender}
To: IETF Liaison <statements@ietf.org>
Subject: Liaison statement on YANG models for access networks
Date: 14 October 2025

Dear colleagues,

The Broadband Forum thanks the IETF for its liaison of September 2025 and asks the IETF to review
the attached draft YANG data model for access network management by 15 January 2026.

Best regards,
Ada Example
"""


def liaison(tmp_path: Path, sender: str):  # type: ignore[no-untyped-def]
    return extracted(tmp_path, STATEMENT.format(sender=sender), "statement.txt")


@pytest.mark.parametrize(
    "sender", ["Ada Example <ada.example@broadband-forum.org>", "ada@broadband-forum.org"]
)
def test_the_sender_is_the_body_whose_domain_the_mailbox_uses(tmp_path: Path, sender: str) -> None:
    record = liaison(tmp_path, sender)
    assert [e.short_name for e in record.liaison.senders] == ["BBF"]
    assert [e.short_name for e in record.liaison.recipients] == ["IETF"]
    assert {e.short_name for e, _ in record.parties} == {"BBF", "IETF"}


def test_a_mailbox_of_an_unknown_domain_names_no_organization(tmp_path: Path) -> None:
    record = liaison(tmp_path, "Jo Bloggs <jo.bloggs@unknown-body.example>")
    names = [e.label for e, _ in record.parties] + [e.label for e in record.liaison.senders]
    assert not any("Bloggs" in name or "@" in name for name in names)
