"""Layout invariance of the WARNINGS of meeting records (issue 12, point 9, session 16).

A meeting need not agree any work item (a first call, a review of drafts), and its record often leaves
things open ("date and place to be confirmed"): a whole record without actions lacks nothing. Only a record
that is an excerpt or stops inside a sentence lacks its work items. A record naming two organizations has
its parties, whatever the rules read as its parties.

Every record is invented (the bodies HMC and OBC do not exist), in three layouts, its expected warnings
written before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLE = "HMC / OBC joint meeting"
ATTENDEES = "Maren Olsen-Voigt (HMC), Tomas Lindqvist-Abara (OBC), Ines Varga-Holm (HMC)"
DISCUSSION = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the draft tide data "
    "glossary. Both sides found the draft complete and agreed to keep the liaison informal."
)
NEXT = "The next meeting is planned for the spring; date and place to be confirmed."
CUT = "The OBC chair recalled that the telemetry schema would be reviewed by the"


def minutes_markdown(discussion: str, closing: str) -> str:
    return (
        f"# {TITLE}\n\n## Attendees\n\n{ATTENDEES}\n\n## Agenda\n\n1. Glossary draft\n\n"
        f"## Discussion\n\n{discussion}\n\n## Next meeting\n\n{closing}\n"
    )


def minutes_text(discussion: str, closing: str) -> str:
    return (
        f"{TITLE.upper()}\n\nAttendees: {ATTENDEES}\n\nAgenda:\n  1. Glossary draft\n\n"
        f"Discussion\n\n{discussion}\n\nNext meeting:\n\n{closing}\n"
    )


def minutes_html(discussion: str, closing: str) -> str:
    return (
        f"<html><body><h1>{TITLE}</h1><h2>Attendees</h2><p>{ATTENDEES}</p><h2>Agenda</h2>"
        f"<ol><li>Glossary draft</li></ol><h2>Discussion</h2><p>{discussion}</p>"
        f"<h2>Next meeting</h2><p>{closing}</p></body></html>"
    )


LAYOUTS = {
    "markdown": (minutes_markdown, "minutes.md"),
    "text": (minutes_text, "minutes.txt"),
    "html": (minutes_html, "minutes.html"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_whole_record_without_actions_lacks_nothing(tmp_path: Path, layout: str) -> None:
    make, name = LAYOUTS[layout]
    record = extracted(tmp_path, make(DISCUSSION, NEXT), name)
    assert record.kind == "MeetingRecord"
    assert record.warnings == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_record_cut_off_without_actions_lacks_its_work_items(tmp_path: Path, layout: str) -> None:
    make, name = LAYOUTS[layout]
    record = extracted(tmp_path, make(DISCUSSION, CUT), name)
    assert record.kind == "MeetingRecord"
    assert record.warnings == ["milestones"]
