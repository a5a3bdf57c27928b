"""A meeting's notes titled "Notes of the X call" (session 31, W, dev's meeting records): a mail's subject or
a page's title that calls the document the notes of (or from) a call, meeting, telco or session is a
meeting record, as "Call notes" and "Minutes of ..." already were; the bodies named in the opening made it
an alliance page before. "Notes on the liaison" (no meeting) stays as it was read. Bodies invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = """\
Hello all,

Below are the notes between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) on
their liaison on tide data.

The main topics of the joint work are tide record exchange and buoy station codes.

Actions
- HMC to circulate the station code list by 30 June 2027
- OBC to confirm the pilot harbours by 15 July 2027

Regards,
Ada Lindqvist
HMC
"""


@pytest.mark.parametrize(
    "subject",
    [
        "Notes of the HMC - OBC tide data call",
        "Notes from today's HMC/OBC liaison meeting",
        "Notes of the joint HMC and OBC telco",
        "Re: notes from the HMC OBC coordination session (draft)",
    ],
)
def test_notes_of_a_call_are_a_meeting_record(tmp_path: Path, subject: str) -> None:
    text = f"Subject: {subject}\nFrom: Ada Lindqvist <ada@hmc.example>\nDate: Tue, 11 May 2027\n\n"
    assert extracted(tmp_path, text + BODY, "notes.txt").kind == "MeetingRecord"


def test_notes_of_no_meeting_are_not(tmp_path: Path) -> None:
    text = "Subject: Notes on the HMC - OBC liaison\nFrom: Ada Lindqvist <ada@hmc.example>\n\n"
    assert extracted(tmp_path, text + BODY, "notes.txt").kind != "MeetingRecord"
