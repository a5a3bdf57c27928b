"""A liaison statement's contact fields that say which end each person is at (session 31, C): a
datatracker's "From Contact", "To Contacts", "Response Contact", "Technical Contact", and a form's
"Submitter" and "Technical contact(s)" with the second person on the line under the first. The response and
technical contacts are the sender's people, whatever field stands above them; each person listed under a
field's value is one more contact of it. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TRACKER = (
    "Liaison statement\nLS on {topic}\n\nSubmitted Date:     2027-03-10\nFrom Group:         {sender}\n"
    "From Contact:       Hyun-woo Baek\nTo Group:           {group}\nTo Contacts:        Rosa Liebermann\n"
    "                    Taro Ishikawa\nCc:                 list@{domain}\n"
    "Response Contact:   Ilse Marchetti <ilse@q14.example>\n"
    "Technical Contact:  Mateus Albuquerque <mateus@q14.example>\nPurpose:            For action\n"
    "Deadline:           2027-06-30\n\nBody:\n{sender} thanks the {group} for its liaison and asks it to "
    "review the attached {topic}.\n"
)
FORM = (
    "LIAISON STATEMENT\n\nSubmitter:            Hyun-woo Baek, Rapporteur, {sender}\n"
    "Technical contact(s): Ilse Marchetti (ilse@q14.example)\n"
    "                      Mateus Albuquerque (mateus@q14.example)\nFrom:                 {sender}\n"
    "To:                   {group}\nPurpose:              For action\nDeadline:             30 June 2027\n\n"
    "{sender} thanks the {group} for its liaison and asks it to review the attached {topic}.\n"
)
CASES = [
    (
        "ITU-T SG15",
        "IETF CCAMP WG",
        "ietf.example",
        "YANG models",
        "ITU Telecommunication Standardization Sector",
    ),
    ("BBF", "IETF NETMOD WG", "ietf.example", "interface models", "Broadband Forum"),
]


@pytest.mark.parametrize(("sender", "group", "domain", "topic", "body"), CASES)
def test_response_and_technical_contacts_are_the_senders(
    tmp_path: Path, sender: str, group: str, domain: str, topic: str, body: str
) -> None:
    text = TRACKER.format(sender=sender, group=group, domain=domain, topic=topic)
    record = extracted(tmp_path, text, "ls.txt")
    bodies = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert bodies.get("Ilse Marchetti") == body, record.contacts
    assert bodies.get("Mateus Albuquerque") == body, record.contacts
    assert bodies.get("Rosa Liebermann") == "Internet Engineering Task Force", record.contacts


@pytest.mark.parametrize(("sender", "group", "domain", "topic", "body"), CASES)
def test_a_form_submitter_and_each_technical_contact(
    tmp_path: Path, sender: str, group: str, domain: str, topic: str, body: str
) -> None:
    text = FORM.format(sender=sender, group=group, topic=topic)
    record = extracted(tmp_path, text, "ls.txt")
    bodies = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert {"Hyun-woo Baek", "Ilse Marchetti", "Mateus Albuquerque"} <= set(bodies), record.contacts
    assert bodies["Mateus Albuquerque"] == body, record.contacts
