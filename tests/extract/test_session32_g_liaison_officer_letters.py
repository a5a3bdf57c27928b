"""A letter whose writer says whose liaison it is, after its greeting ("Dear members of SC 24/WG 9, As
liaison officer from the Khronos Group to SC 24, I am writing ..."), is a liaison statement from that body
to the one it is liaison to (the group its greeting addresses, when it is that body's), not an alliance
page nor a statement from the group greeted (issue 12 point 9, session 32, engineer G; a real update mail
to SC 34/WG 6 about OASIS, dev s32g-khronos-sc24-wg9-pas-update-mail). A letter naming no such liaison
stays what it was.

Bodies real, people and wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LETTER = """Short update on the submission

Pat Example
Mon Mar 1 10:00:00 CET 2027

Dear {greeted}

{speaker} I am writing with a short update. {news}

Regards,
Pat
"""


@pytest.mark.parametrize(
    ("greeted", "speaker", "news", "sender", "addressee"),
    [
        (
            "members of SC 24/WG 9",
            "As liaison officer from the Khronos Group to SC 24,",
            "Khronos still plans to submit its format to JTC 1 under the PAS procedure later this year.",
            "Khronos",
            "SC 24/WG 9",
        ),
        (
            "colleagues of SC 34",
            "As the OASIS liaison representative to JTC 1,",
            "OASIS will send the next revision of its format to JTC 1 as a PAS submission in the autumn.",
            "OASIS",
            "SC 34",
        ),
        (
            "members of the W3C Web of Things Working Group",
            "As liaison officer from OGC to W3C,",
            "OGC and W3C agreed to publish the joint note on sensor data in June.",
            "OGC",
            "Web of Things Working Group",
        ),
    ],
)
def test_a_liaison_officers_letter_is_a_statement_from_its_body(
    tmp_path: Path, greeted: str, speaker: str, news: str, sender: str, addressee: str
) -> None:
    record = extracted(tmp_path, LETTER.format(greeted=greeted, speaker=speaker, news=news), "l.txt")
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None
    senders = [e.short_name for e in record.liaison.senders]
    addressees = [e.label for e in record.liaison.recipients]
    assert senders and sender in senders[0], senders
    assert addressees and addressee in addressees[0], addressees


def test_a_letter_naming_no_liaison_is_no_statement(tmp_path: Path) -> None:
    news = "OGC and W3C agreed to publish the joint note on sensor data in June."
    text = LETTER.format(greeted="members of the W3C Web of Things Working Group", speaker="", news=news)
    assert extracted(tmp_path, text, "l.txt").kind != "LiaisonStatement"


@pytest.mark.parametrize(
    "update",
    [
        "I am writing with a short update.",
        "This note is to bring you up to date on the submission.",
        "I write to keep you informed of the plans.",
    ],
)
def test_a_liaison_officers_update_is_for_information(tmp_path: Path, update: str) -> None:
    text = LETTER.replace("I am writing with a short update. ", "").format(
        greeted="members of SC 24/WG 9",
        speaker="As liaison officer from the Khronos Group to SC 24,",
        news=f"{update} Khronos still plans to submit its format to JTC 1 under the PAS procedure.",
    )
    record = extracted(tmp_path, text, "l.txt")
    assert record.liaison is not None and record.liaison.purpose == "information", record.liaison
