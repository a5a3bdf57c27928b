"""Layout invariance of the KIND of minutes whose liaison reports name a statement, and of a liaison letter
with no From field (issue 12, point 9, session 27, tuner A).

Minutes report on liaisons in running sentences ("2.2 SA5 (reported by A). SA5 agreed the study; a liaison
statement to WG10 is expected."). A plain-text or Markdown paragraph is hard-wrapped, so such a sentence may
break just before its "liaison statement": the words then open a line, where a document names itself, and the
minutes were read as a liaison statement. A line that goes on with a sentence the line above left open (it
opens in small letters, or after a semicolon) names no document.

A liaison letter sent on a body's letterhead has a To field and a copy line but no From field; it calls itself
a "liaison letter" (or note, reply, response) and closes with the group it speaks for ("For the Attestation
Working Group,"). Either says it is a liaison statement. Every body is invented; each layout is written in
several formats, the expected kind written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """\
{title}

Chair: Ada Lindqvist-Oyelaran
Secretary: Tomas Brekke-Adeyemi

1. Opening
The chair opened the meeting of the Kelp Data Association (KDA). The agenda was approved.

2. Liaison reports
2.1 Fjordline Sensor Consortium (FSC), reported by Tomas Brekke-Adeyemi. The FSC Telemetry Task Force agreed
the calibration study at its February meeting;
{wrapped}
2.2 Coastal Buoy Forum (reported by Ada Lindqvist-Oyelaran). No news this month.

3. Actions
A3-1: Ada Lindqvist-Oyelaran to draft the reply to the FSC by 20 April 2027.
"""
WRAPPED = [
    "a liaison statement to the Kelp Data Association is expected.",
    "an LS to our working group will follow, for information.",
    "outgoing liaison to the Coastal Buoy Forum was agreed for comments.",
]
TITLES = [
    "KDA Buoy Working Group - Minutes of the virtual meeting of 9 March 2027",
    "Minutes: KDA Buoy Working Group teleconference, 9 March 2027",
]


@pytest.mark.parametrize("wrapped", WRAPPED, ids=["statement", "ls", "outgoing"])
@pytest.mark.parametrize("title", TITLES, ids=["minutes-after", "minutes-first"])
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_wrapped_sentence_naming_a_statement_leaves_minutes_minutes(
    tmp_path: Path, layout: str, title: str, wrapped: str
) -> None:
    heading = ("# " if layout == "md" else "") + title
    text = MINUTES.format(title=heading, wrapped=wrapped)
    assert extracted(tmp_path, text, f"minutes.{layout}").kind == "MeetingRecord"


LETTER = """\
{letterhead}
12 Harbour Road, Bergen, Norway

12 April 2027

To: Fjordline Sensor Consortium, Telemetry Task Force
Copy: Coastal Buoy Forum

{title}

Dear colleagues,

The Buoy Working Group of the Kelp Data Association (KDA) thanks the FSC Telemetry Task Force for its letter
of January 2027. The KDA buoy telemetry profile, version 1.2, was published in March 2027.

We would welcome your comments on the profile by 30 June 2027.

{closing}

Ada Lindqvist-Oyelaran, Chair, Buoy Working Group, KDA
"""
LETTER_TITLES = [
    "Liaison letter on buoy telemetry profiles",
    "Liaison note to the FSC Telemetry Task Force",
    "Liaison reply on the telemetry profile draft",
]
CLOSINGS = [
    "For the Buoy Working Group,",
    "On behalf of the Kelp Data Association:",
    "For and on behalf of KDA",
]


def letter(layout: str, title: str, closing: str) -> str:
    if layout == "md":
        return LETTER.format(letterhead="**Kelp Data Association**", title=f"# {title}", closing=closing)
    if layout == "html":
        body = LETTER.format(letterhead="Kelp Data Association", title="", closing=closing)
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        return f"<html><body>\n<h1>{title}</h1>\n{paragraphs}</body></html>\n"
    return LETTER.format(letterhead="KELP DATA ASSOCIATION", title=title.upper(), closing=closing)


@pytest.mark.parametrize("title", LETTER_TITLES, ids=["letter", "note", "reply"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_letter_calling_itself_a_liaison_is_a_statement(tmp_path: Path, layout: str, title: str) -> None:
    text = letter(layout, title, "Yours sincerely,")
    assert extracted(tmp_path, text, f"letter.{layout}").kind == "LiaisonStatement"


@pytest.mark.parametrize("closing", CLOSINGS, ids=["for-the-group", "on-behalf-of", "for-and-on-behalf"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_letter_signed_for_its_group_is_a_statement(tmp_path: Path, layout: str, closing: str) -> None:
    text = letter(layout, "Buoy telemetry profiles", closing)
    assert extracted(tmp_path, text, f"letter.{layout}").kind == "LiaisonStatement"
