"""Layout invariance of DATES (issue 12, point 9, session 23, engineer D), in layouts of real news pages and
press releases the rules did not read (an OASIS press release of 2002, an OSGeo news page of 2022):

- a press release's dateline whose place and day a semicolon parts ("Boston, MA, USA; 25 February 2026 —
  The ..."): the day it was published, as with a comma;
- a news page's "Release date:" line under its title: the day it was published.

A place and a day parted by a semicolon that open no release's first sentence (a line of minutes) stay no
dateline. Every body is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

RELEASE = """Press Release

Harbour Metrology Council and Open Buoy Consortium Join Forces on Tide Telemetry

{dateline} The Harbour Metrology Council (HMC) today announced that it has entered into a liaison
relationship with the Open Buoy Consortium (OBC). Members of the HMC Tide Gauge Working Group and of the
OBC Telemetry Task Force will review each other's drafts before publication.

About HMC
The Harbour Metrology Council writes calibration standards for tide gauges.
"""

DATELINES = {
    "city-state-country": "Bergen, Hordaland, Norway; 25 February 2026 \u2014",
    "city-country-month-first": "Bergen, Norway; February 25, 2026 --",
    "city-iso": "Bergen; 2026-02-25 -",
}


def dated(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in extracted(tmp_path, text, name).dates}


@pytest.mark.parametrize("dateline", DATELINES.values(), ids=DATELINES.keys())
def test_a_dateline_parted_by_a_semicolon_dates_the_release(tmp_path: Path, dateline: str) -> None:
    assert ("published", "2026-02-25") in dated(tmp_path, RELEASE.format(dateline=dateline), "release.txt")


NEWS_MD = """# HMC and OBC renew their Memorandum of Understanding

*The two bodies extend their cooperation on tide telemetry.*

{line}

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have renewed the Memorandum of
Understanding they first signed in 2023.
"""

RELEASE_LINES = {
    "bold-label": "**Release date:** 03 March 2026",
    "plain-label": "Release date: 03 March 2026",
    "release-dated": "Release Date: March 3, 2026",
}


@pytest.mark.parametrize("line", RELEASE_LINES.values(), ids=RELEASE_LINES.keys())
def test_a_release_date_line_dates_the_page(tmp_path: Path, line: str) -> None:
    assert ("published", "2026-03-03") in dated(tmp_path, NEWS_MD.format(line=line), "news.md")


MINUTES = """HMC / OBC joint call - minutes

Present: Ana Okonkwo-Lind (HMC), Tomasz Wierzbicki (OBC)

1. Venue of the next plenary
Bergen; 25 February 2026 - venue confirmed by both chairs.

2. Tide telemetry
The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the draft glossary.
"""


def test_a_place_and_day_under_an_agenda_item_are_no_dateline(tmp_path: Path) -> None:
    assert ("published", "2026-02-25") not in dated(tmp_path, MINUTES, "minutes.txt")


MEMO = """Open Buoy Consortium and Harbour Metrology Council Telemetry Liaison

Abstract

   This memo records how the Open Buoy Consortium (OBC) and the Tide Data Subcommittee of the
   Harbour Metrology Council (HMC) share their work on buoy telemetry formats.

   Note: {note}
"""

NOTES = {
    "agreed-wrapped": "The Tide Data Subcommittee agreed to this text at its meeting on\n"
    "   19 November 2025.",
    "agreed-one-line": "The Tide Data Subcommittee agreed to this text at its meeting on 19 November 2025.",
    "approved-wrapped": "This text was approved by the HMC Tide Data Subcommittee at its meeting\n"
    "   on 19 November 2025.",
}


@pytest.mark.parametrize("note", NOTES.values(), ids=NOTES.keys())
def test_a_body_agreeing_to_the_text_at_its_meeting_approves_it(tmp_path: Path, note: str) -> None:
    dates = dated(tmp_path, MEMO.format(note=note), "memo.txt")
    assert ("approved", "2025-11-19") in dates
    assert ("meeting", "2025-11-19") not in dates


REPORT = """Meeting Report of the joint OBC / HMC ad hoc #7
Bergen, Norway
9-11 Mar 2026

1 Welcome
The Chair welcomed delegates.

2 Approval of the agenda
The agenda in ADHOC7-001 was approved without change.

3 Telemetry formats
The Open Buoy Consortium (OBC) presented its draft; the Harbour Metrology Council (HMC) had no comment.

4 Action points
AP 7-1: OBC to circulate the updated schema to both groups by 30 April 2026.
"""


def test_an_action_point_after_the_agendas_approval_approves_nothing(tmp_path: Path) -> None:
    dates = dated(tmp_path, REPORT, "report.txt")
    assert ("approved", "2026-04-30") not in dates
    assert ("meeting", "2026-03") in dates


ANNOUNCEMENT = """OBC and HMC Announce Memorandum of Understanding

Bergen, Norway, September 9, 2025 \u2013 The Open Buoy Consortium (OBC) announced the signing of a
Memorandum of Understanding with the Harbour Metrology Council (HMC). {sentence}
The two bodies will review each other's drafts on tide telemetry.
"""

FOUNDINGS = {
    "acronym": "HMC, established in 1983, is a standardization body of 18 harbour authorities.",
    "full-name": "The Harbour Metrology Council, formed in 1983, writes calibration standards.",
}


@pytest.mark.parametrize("sentence", FOUNDINGS.values(), ids=FOUNDINGS.keys())
def test_a_bodys_own_founding_starts_no_alliance(tmp_path: Path, sentence: str) -> None:
    dates = dated(tmp_path, ANNOUNCEMENT.format(sentence=sentence), "news.txt")
    assert ("initiated", "1983") not in dates
    assert ("published", "2025-09-09") in dates


def test_a_liaison_established_in_a_year_starts_it(tmp_path: Path) -> None:
    sentence = "The liaison between the two bodies was established in 2015."
    assert ("initiated", "2015") in dated(tmp_path, ANNOUNCEMENT.format(sentence=sentence), "news.txt")
