"""A liaison statement sent as a mail whose header names people, and whose opening sentence names the ends
(issue 12 point 9, session 27, engineer B, s27b): "From: Ana Example <a@x>", "To: Telemetry chairs <c@y>",
then "This is a liaison statement from the HMC Tide Group to the Telemetry Committee of the OBC". The
sentence's groups are the sender and the addressee; a header naming groups keeps its own. A mailing list's
archive page, a Markdown copy and an HTML copy.

Every body and person is invented; the expected ends were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = (
    "Dear chairs of the Open Buoy Consortium (OBC) Telemetry Committee,\n\nThis is a liaison statement from"
    " the Harbour Metrology Council (HMC) Tide Group\nto the Telemetry Committee of the OBC. It is sent for"
    " action: please review the draft by 31 March 2028.\n"
)
SUBJECT = "[TIDE] Liaison statement: review of the tide data profile"
SENDER = "Ana Lindqvist-Ahl &lt;ana@tide-chairs.example&gt;"
RECEIVER = "Telemetry chairs &lt;chairs@obc-wg.example&gt;"


def mail(name: str, sender: str = SENDER, receiver: str = RECEIVER) -> str:
    if name.endswith(".html"):
        paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        return (
            f"<html><body><h1>{SUBJECT}</h1><p>From: {sender}<br>To: {receiver}</p>{paragraphs}</body></html>"
        )
    sender, receiver = (v.replace("&lt;", "<").replace("&gt;", ">") for v in (sender, receiver))
    if name.endswith(".md"):
        return f"# {SUBJECT}\n\n**From:** {sender}\n\n**To:** {receiver}\n\n{BODY}"
    date = "Tue, 03 Mar 2026 15:02:12 +0100"
    return f"From: {sender}\nTo: {receiver}\nDate: {date}\nSubject: {SUBJECT}\n\n{BODY}"


def ends(tmp_path: Path, text: str, name: str) -> tuple[set[str], set[str]]:
    liaison = extracted(tmp_path, text, name).liaison
    assert liaison is not None
    return (
        {e.acronym or e.label for e in liaison.senders},
        {e.acronym or e.label for e in liaison.recipients},
    )


@pytest.mark.parametrize("name", ["mail.txt", "mail.md", "mail.html"])
def test_the_ends_an_opening_sentence_names(tmp_path: Path, name: str) -> None:
    senders, recipients = ends(tmp_path, mail(name), name)
    assert "HMC" in senders and "OBC" not in senders, senders
    assert "OBC" in recipients and "HMC" not in recipients, recipients


@pytest.mark.parametrize("name", ["mail.txt", "mail.md", "mail.html"])
def test_a_mailbox_named_for_a_group_is_the_mail_s_routing(tmp_path: Path, name: str) -> None:
    """ "To: TDX WG chairs <chairs@x>": who reads the mail; the sentence names the statement's addressee."""
    text = mail(name, receiver="TDX WG chairs &lt;tdx-chairs@obc-wg.example&gt;")
    senders, recipients = ends(tmp_path, text, name)
    assert "HMC" in senders and "OBC" in recipients, (senders, recipients)


@pytest.mark.parametrize("name", ["mail.txt", "mail.md", "mail.html"])
def test_a_header_naming_groups_keeps_its_own(tmp_path: Path, name: str) -> None:
    text = mail(name, "Open Buoy Consortium (OBC)", "Harbour Metrology Council (HMC)")
    senders, recipients = ends(tmp_path, text, name)
    assert "OBC" in senders and "HMC" in recipients, (senders, recipients)
