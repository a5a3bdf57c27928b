"""A timeline's step dates the step, not the document (issue 12 point 9, session 31, engineer L; a real
workshop agreement's process page and s31l's plan): "1. Initial analysis circulated on 31st August 2026"
and "5. Updated draft circulated by 6 November 2026" were read as the plan's day of issue (published). A
list line whose cue of issue follows the step's words, or whose date stands apart from the cue, is the step;
a metadata list's "- Published: 3 March 2026" and "- Last updated 2 May 2026" still date the page."""

from __future__ import annotations

import pytest

from kg.extract.document_dates import dates_from_sentences

STEPS = [
    "1. Initial analysis circulated on 31st August 2026",
    "2) Updated draft circulated by 6 November 2026",
    "- Final text published on 12 March 2027",
    "* Draft 2 issued on 4 May 2026 for comment",
    "3. Updated schedule sent to both secretariats on 9 June 2026",
    "\u2022 Revised scope released 1 July 2026",
]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("kind", ["WorkRegister", "AlliancePage", "MeetingRecord"])
def test_a_timeline_step_gives_no_issue_date(step: str, kind: str) -> None:
    text = f"Plan of DMTF and SNIA\n\nThe steps below lead to the joint text.\n\n{step}\n4. Next step later\n"
    assert [f for f in dates_from_sentences(text, kind) if f.role == "published"] == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("- Published: 3 March 2026", "2026-03-03"),
        ("- Last updated 2 May 2026", "2026-05-02"),
        ("* Updated: 14 June 2026", "2026-06-14"),
        ("This page was published on 3 March 2026.", "2026-03-03"),
    ],
)
def test_a_pages_own_date_in_its_metadata_list_still_dates_it(line: str, value: str) -> None:
    text = f"DMTF and SNIA partnership\n\n{line}\n\nThe two bodies cooperate on storage management.\n"
    assert [f.value for f in dates_from_sentences(text, "AlliancePage") if f.role == "published"] == [value]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("* Minutes doc: this pad (read-only copy exported 28 Aug 2026)", "2026-08-28"),
        ("- This page was last edited on 21 October 2026, at 16:05.", "2026-10-21"),
        ("- Document published on 3 March 2026", "2026-03-03"),
    ],
)
def test_a_list_line_naming_the_document_itself_dates_it(line: str, value: str) -> None:
    text = f"DMTF and SNIA notes\n\n{line}\n- Other line\n"
    assert [f.value for f in dates_from_sentences(text, "MeetingRecord") if f.role == "published"] == [value]
