"""Layout invariance of a document's own dates (issue 12, point 9, session 17, tag c), as real public
documents write them and the rules did not read them: a meeting's days written as a range in every order
("14-16 May 2025", "May 14 - 16, 2025", "14 May to 16 May 2025", ...) are the meeting's month, in a record's
first line, its date field or a sentence; a press release's dateline ("GENEVA, 3 March 2025 --",
"Brussels, Belgium - March 3, 2025:", "X and Y, March 3, 2025 /Wire/ --") is the day it was published.
The facts were written before the rules ran on any variant; bodies, places and dates are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord


def role_values(record: AllianceRecord, role: str) -> set[str]:
    return {d.value for d in record.dates if d.role == role}


RANGES = [
    "14-16 May 2025",
    "14 - 16 May 2025",
    "May 14 - 16, 2025",
    "May 14-16, 2025",
    "May 14 to 16, 2025",
    "14 May to 16 May 2025",
    "14 May - 16 May 2025",
    "14th to 16th May 2025",
    "Wednesday 14 May - Friday 16 May 2025",
]

MINUTES_TITLE = """Joint meeting of the HMC Tide Gauge Working Group and the OBC Telemetry Task Force
Bergen, {days}

Attendees: Marit Solberg (HMC), Tomasz Wierzbicki (OBC)

1. Minutes

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the joint glossary.

Action: OBC to circulate the telemetry field list - Q3 2025
"""

MINUTES_FIELD = """# HMC / OBC joint meeting minutes

**Meeting dates:** {days}
**Venue:** Bergen

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the joint glossary.

- Action: OBC to circulate the telemetry field list - Q3 2025
"""

MINUTES_SENTENCE = """HMC / OBC JOINT MEETING MINUTES

The joint meeting of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) was held
in Bergen on {days}. The meeting reviewed the joint glossary of tide gauge terms.

Action: OBC to circulate the telemetry field list - Q3 2025
"""

LAYOUTS = {"title.txt": MINUTES_TITLE, "field.md": MINUTES_FIELD, "sentence.txt": MINUTES_SENTENCE}


@pytest.mark.parametrize("days", RANGES)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_meeting_written_as_a_range_of_days_is_its_month(tmp_path: Path, layout: str, days: str) -> None:
    record = extracted(tmp_path, LAYOUTS[layout].format(days=days), "minutes" + Path(layout).suffix)
    assert record.kind == "MeetingRecord"
    assert role_values(record, "meeting") == {"2025-05"}


DATELINES = [
    "GENEVA, 3 March 2025 --",
    "GENEVA, 3 March 2025 \u2013",
    "Brussels, Belgium - March 3, 2025:",
    "Bergen, Norway, 3 March 2025 \u2014",
    "BERGEN, Norway and GDANSK, Poland, March 3, 2025 /Harbour Wire/ --",
    "Bergen (Norway), 3rd March 2025 -",
    "BERGEN, Norway, March 3, 2025 (HARBOUR NEWSWIRE) --",
]

PRESS_TEXT = """Harbour Metrology Council and Open Buoy Consortium sign a memorandum on tide data

{dateline} The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today announced a
memorandum of understanding on shared tide gauge vocabularies. The memorandum was signed on 27 February
2025 and runs for three years.

The two bodies will publish a joint glossary of tide gauge terms by Q4 2025.
"""

PRESS_MD = """# Harbour Metrology Council and Open Buoy Consortium sign a memorandum on tide data

*Press release*

**{dateline}** The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today announced a
memorandum of understanding on shared tide gauge vocabularies. The memorandum was signed on 27 February 2025
and runs for three years.

The two bodies will publish a joint glossary of tide gauge terms by Q4 2025.
"""


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("layout", ["text", "markdown"])
def test_a_press_dateline_is_the_day_of_publication(tmp_path: Path, layout: str, dateline: str) -> None:
    text = (PRESS_TEXT if layout == "text" else PRESS_MD).format(dateline=dateline)
    record = extracted(tmp_path, text, "release.txt" if layout == "text" else "release.md")
    assert role_values(record, "published") == {"2025-03-03"}
    assert role_values(record, "signed") == {"2025-02-27"}


def test_a_place_and_date_in_a_sentence_is_no_dateline(tmp_path: Path) -> None:
    # a date after a place inside the text, not opening a line: no publication
    text = PRESS_TEXT.format(dateline="").replace(
        "runs for three years.",
        "runs for three years. The first workshop is in Bergen, 3 March 2026 - all welcome.",
    )
    record = extracted(tmp_path, text, "release.txt")
    assert "2026-03-03" not in role_values(record, "published")


# --- the meeting a statement was agreed at, named by its month before the word -------------------------

OCCASIONS = [
    "At its May 2025 meeting, the HMC Tide Gauge Working Group agreed",
    "The HMC Tide Gauge Working Group discussed at its May 2025 plenary session and agreed",
    "During their May 2025 joint meeting, the HMC Tide Gauge Working Group and its experts agreed",
    "At the HMC meeting in Bergen, 12-16 May 2025, the Tide Gauge Working Group agreed",
]

STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC) Tide Gauge Working Group
To: Open Buoy Consortium (OBC) Telemetry Task Force
Purpose: For information
Date: 2 June 2025

{occasion} to publish a joint glossary of tide gauge terms, and thanks OBC for its comments.
"""


@pytest.mark.parametrize("occasion", OCCASIONS)
def test_the_meeting_a_statement_names_by_its_month(tmp_path: Path, occasion: str) -> None:
    record = extracted(tmp_path, STATEMENT.format(occasion=occasion), "statement.txt")
    assert record.kind == "LiaisonStatement"
    assert role_values(record, "meeting") == {"2025-05"}
    assert role_values(record, "published") == {"2025-06-02"}
