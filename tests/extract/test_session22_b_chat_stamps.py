"""Layout invariance of a chat bot's minutes (MeetBot, and chat exports in its shape) whose every line ends
with who said it and when, "(ada_l, 14:05:57)" (issue 12, point 9, session 22, engineer B):

- the stamp is no text of its line, for any rule: the contacts a line agrees on ("AGREED: liaison contacts
  stay as they are: A for X and B for Y  (ada_l, 14:05:57)") are read as without it, each with their body.

Every body and person is invented; the expected contacts were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

MINUTES = """\
================================================================
#tide-dev: Harbour Metrology Council / Open Buoy Consortium joint sync 2026-10-06
================================================================


Meeting started by ada_l at 14:00:05 UTC.  The full logs are available
at https://meetings.example.org/tide/2026/tide.2026-10-06-14.00.log.html
.



Meeting summary
---------------

* liaison arrangements  (ada_l, 14:03:12)
  * INFO: present for the Harbour Metrology Council (HMC): ada_l, bwolde;
    for the Open Buoy Consortium (OBC): tomasz_w, kmiro  (ada_l, 14:01:10)
  * AGREED: liaison contacts stay as they are: Ada Lindqvist for HMC and
    Tomasz Wierzbicki for OBC  {stamp}

* tide record format  (ada_l, 14:06:30)
  * ACTION: bwolde to circulate the joint glossary of tide gauge terms by
    2026-11-02  (ada_l, 14:12:10)

Meeting ended at 14:58:47 UTC.
"""


@pytest.mark.parametrize("stamp", ["(ada_l, 14:05:57)", "(tomasz_w, 9:05)", "(meetbot.2, 14:05:57)."])
def test_a_chat_bot_stamp_is_no_text_of_the_line(tmp_path: Path, stamp: str) -> None:
    record = extracted(tmp_path, MINUTES.format(stamp=stamp), "tide-meetbot.txt")
    people = contact_orgs(record)
    assert people.get("ada lindqvist") == "hmc"
    assert people.get("tomasz wierzbicki") == "obc"
