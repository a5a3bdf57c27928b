"""A liaison mail's sender read from its signature (issue 12, point 9, session 30, engineer L): a chair's
or a rapporteur's mail to another body's group has a "From:" naming a person's mailbox, and says which group
sends it only in the signature, an office line under the signer's name ("Chair, IEEE 802 LAN/MAN Standards
Committee", "Rapporteur, Q5/13", "ETSI TC ITS Chair"). The statement's sender was missing. A line naming the
group the signer is a liaison to is not the sender. Bodies are real, people and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

MAIL = (
    "Subject: {subject}\nFrom: Noor Halvorsen-Pike <nhp@post.example>\nDate: Tue, 3 Nov 2026 10:02:11 +0100\n"
    "To: {to} Secretariat <secretariat@groups.example>\n\n"
)
FIELDS = "{subject}\n\nFrom: Noor Halvorsen-Pike\nTo: {to}\nDate: 3 November 2026\n\n"
BODY = (
    "Dear {to} colleagues,\n\nOur group asks {to} to review the attached draft on shared test profiles and "
    "to send comments by 15 January 2027, for action.\n\n"
)
CASES = [
    # (to, signature lines, closing, the sender's organization)
    (
        "ISO/IEC JTC 1/SC 6",
        "Chair, IEEE 802 LAN/MAN Standards Committee\nLiaison to ISO/IEC JTC 1/SC 6",
        "Regards,",
        "Institute of Electrical and Electronics Engineers",
    ),
    (
        "ETSI TC ITS",
        "Rapporteur, Q5/13\nITU-T Study Group 13",
        "Best regards,",
        "ITU Telecommunication Standardization Sector",
    ),
    (
        "W3C Web of Things Working Group",
        "ETSI TC SmartM2M Chair",
        "Kind regards,",
        "European Telecommunications",
    ),
    (
        "3GPP TSG SA WG4",
        "Vice-Chair of the IETF AVTCORE Working Group",
        "Sincerely,",
        "Internet Engineering Task",
    ),
    ("ITU-T SG 16", "Convenor, ISO/TC 211/WG 7", "--", "International Organization for Standardization"),
]


def senders(record: AllianceRecord) -> list[str]:
    assert record.liaison is not None
    labels = []
    for entity in record.liaison.senders:
        labels.append(entity.label)
        owner = next(
            (p for p, _ in record.parties if entity.unit_of is not None and p.iri == entity.unit_of), None
        )
        labels += [owner.label] if owner is not None else []
    return labels


@pytest.mark.parametrize(("to", "signature", "closing", "sender"), CASES)
@pytest.mark.parametrize(("head", "name"), [(MAIL, "mail.txt"), (FIELDS, "mail.txt"), (FIELDS, "mail.md")])
def test_the_signature_names_the_sender(
    tmp_path: Path, head: str, name: str, to: str, signature: str, closing: str, sender: str
) -> None:
    subject = "Shared test profiles for the next revision"
    lines = signature.replace("\n", "  \n") if name.endswith(".md") else signature
    text = head.format(subject=subject, to=to) + BODY.format(to=to)
    text += f"{closing}\n\nNoor Halvorsen-Pike{'  ' if name.endswith('.md') else ''}\n{lines}\n"
    record = extracted(tmp_path, text, name)
    assert record.kind == "LiaisonStatement"
    found = senders(record)
    assert any(label.startswith(sender) for label in found), found
    assert sender in " ".join(p.label for p, _ in record.parties)


def test_a_from_field_naming_a_group_stays_the_sender(tmp_path: Path) -> None:
    text = (
        "Subject: Shared test profiles\nFrom: ETSI TC ITS\nTo: ISO/IEC JTC 1/SC 6\nDate: 3 November 2026\n\n"
        + BODY.format(to="SC 6")
        + "Regards,\n\nNoor Halvorsen-Pike\nChair, IEEE 802 LAN/MAN Standards Committee\n"
    )
    record = extracted(tmp_path, text, "statement.txt")
    assert record.liaison is not None
    labels = [e.label for e in record.liaison.senders]
    assert "European Telecommunications Standards Institute" in labels
    assert not any("IEEE" in label or "Electrical" in label for label in labels)
