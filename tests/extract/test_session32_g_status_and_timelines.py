"""Two layouts of joint work that were read as alliance pages (issue 12 point 9, session 32, engineer G;
session 31's reports, dev s26c-dmtf-snia status mail and s28c-ietf-w3c timeline mail):

- a status report of the joint work in lists under "Done", "Doing" / "In progress" and "Next" (a weekly
  status mail): the groups keep it as they keep minutes, a MeetingRecord, whatever targets its items carry;
- a timeline whose steps are dated by days without their year ("16 April - ...", "May 14: ...",
  "16-30 April - ..."): a WorkRegister, as one with the years is.

Bodies real, work and wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

STATUS = """From: Ana Example <ana@dmtf.example>
To: joint-list@example.org
Date: Fri, 7 May 2027 16:00:00 +0000
Subject: [DMTF-SNIA] joint profile work: status, week {week}

Hi all,

Weekly status of the DMTF and SNIA joint profile work.

{done}
  * Fan schema aligned with the storage model - published 3 May 2027
  * Mockups for drive telemetry reviewed by both groups

{doing}
  * Errata list for the profile bundle - due end of May 2027

{next}
  * Plugfest test plan - planned November 2027

Thanks,
Ana
"""


@pytest.mark.parametrize(
    ("done", "doing", "next_"),
    [
        ("Done", "Doing", "Next"),
        ("Completed:", "In progress:", "Next steps:"),
        ("**Done**", "**Ongoing**", "**Planned**"),
    ],
)
def test_a_status_mail_in_done_doing_next_lists_is_a_meeting_record(
    tmp_path: Path, done: str, doing: str, next_: str
) -> None:
    text = STATUS.format(week=18, done=done, doing=doing, next=next_)
    assert extracted(tmp_path, text, "status.txt").kind == "MeetingRecord"


def test_one_done_list_alone_is_no_status_report(tmp_path: Path) -> None:
    text = STATUS.format(week=18, done="Done", doing="Notes", next="Links")
    assert extracted(tmp_path, text, "status.txt").kind != "MeetingRecord"


TIMELINE = """# OGC and W3C joint work: timeline

The Open Geospatial Consortium (OGC) and the World Wide Web Consortium (W3C) agreed this timeline for
their joint spatial data note.

{m} {a} first public draft of the note
{m} {b} comments from both communities due
{m} {c} joint review call of the editors
{m} {d} final note published by OGC and W3C
"""


@pytest.mark.parametrize(("mark", "name"), [("-", "timeline.md"), ("", "timeline.txt")])
@pytest.mark.parametrize(
    "days",
    [
        ("16 April -", "30 April -", "14 May -", "2 July -"),
        ("April 16:", "April 30:", "May 14:", "July 2:"),
        ("16-20 April \u2013", "30 April \u2013", "14 May \u2013", "2 July \u2013"),
    ],
)
def test_a_timeline_of_yearless_days_is_a_work_register(
    tmp_path: Path, days: tuple[str, ...], mark: str, name: str
) -> None:
    text = TIMELINE.format(m=mark, a=days[0], b=days[1], c=days[2], d=days[3])
    if name.endswith(".txt"):
        text = text.replace("# ", "").replace("\n ", "\n")
    assert extracted(tmp_path, text, name).kind == "WorkRegister"
