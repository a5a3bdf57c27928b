"""A statement written as a letter with a To field and no From field (issue 12 point 9, session 26, B).

An IEEE 802 working group's letters, and many bodies' letters on their letterhead, name the addressee in a
"To:" field and the sender only in the letterhead above it (and the signature below). The sender is the
first body or group the letterhead names above the To line that is not the addressees' body, with the others
on its line (a joint letter's letterhead, "Body A      Body B"). The purpose a letter gives in a sentence to
its addressee ("for your information", "for your review", "for your comments") is its purpose as "for
information" is.

Every body and person is invented; the expected ends were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
TEXT = "November 2027                                   doc.: HMC-TGWG-27/0412r1\n\n"
LETTER = (
    TEXT + "                     Harbour Metrology Council\n                     Tide Gauge Working Group\n\n"
    "To:        Ms Bo Kristiansen-Oduya, Chair, Open Buoy Consortium (OBC)\n"
    "Date:      13 November 2027\nSubject:   Reply to the OBC on buoy sampling rates\n\n"
    "Dear Ms Kristiansen-Oduya,\n\nThank you for your liaison statement of 2 September 2027. {bodies} "
    "The working group sends its replies {purpose}.\n\nSincerely,\nAna Lindqvist-Ahl\n"
    "Chair, Tide Gauge Working Group\n"
)
MARKDOWN = (
    "# Harbour Metrology Council (HMC)\n\n**To:** Open Buoy Consortium (OBC)\n\n"
    "**Date:** 13 November 2027\n\n"
    "**Subject:** Liaison statement on buoy sampling rates\n\nDear colleagues,\n\n{bodies} We send you our "
    "sampling profile {purpose}.\n\nAna Lindqvist-Ahl, HMC Liaison Officer\n"
)
PAGE = (
    "<html><body><p><b>Harbour Metrology Council</b><br>Tide Gauge Working Group</p>"
    "<p>To: Open Buoy Consortium (OBC)<br>Date: 13 November 2027<br>"
    "Subject: Liaison statement on buoy sampling rates</p><p>Dear colleagues,</p>"
    "<p>{bodies} We send you our sampling profile {purpose}.</p></body></html>"
)
LAYOUTS = {"letter.txt": LETTER, "letter.md": MARKDOWN, "letter.html": PAGE}
PURPOSES = {
    "for your information": "information",
    "for your review": "action",
    "for your comments": "action",
    "for their kind consideration": "action",
}


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    recipients = {e.acronym or e.label for e in record.liaison.recipients}
    return senders, recipients


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_the_letterhead_over_the_to_field_is_the_sender(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, purpose="for information"), name)
    senders, recipients = ends(record)
    assert "HMC" in senders and "OBC" not in senders, senders
    assert "OBC" in recipients, recipients


def test_a_joint_letterhead_names_both_senders(tmp_path: Path) -> None:
    """(A letterhead under no document number: a number naming one body, "HMC-TGWG-27/0412r1", is read as
    the letterhead's first line, and the joint line below it is not reached.)"""
    text = LETTER.removeprefix(TEXT)
    text = text.replace(
        "Harbour Metrology Council\n", "Harbour Metrology Council      Tide Data Forum (TDF)\n"
    )
    joint = f"{BODIES} The Tide Data Forum (TDF) joins this reply."
    record = extracted(tmp_path, text.format(bodies=joint, purpose="for information"), "letter.txt")
    senders, _ = ends(record)
    assert {"HMC", "TDF"} <= senders, senders


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("purpose", sorted(PURPOSES))
def test_a_purpose_said_to_the_addressee(tmp_path: Path, name: str, purpose: str) -> None:
    record = extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, purpose=purpose), name)
    assert record.liaison is not None
    assert record.liaison.purpose == PURPOSES[purpose]
