"""Action labels outside minutes (kg.extract.milestones.action_parts): a liaison statement's "Action (body):"
asks its addressee, and "AI (topic):" there is artificial intelligence, not an action item; minutes keep
their owned actions."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

STATEMENT = """\
LIAISON STATEMENT

Source: ITU-T Study Group 13
To: ETSI ISG ENI
Title: LS on network automation
For: Action
Deadline: 15 June 2026
Contact: Ada Lind <ada.lind@itu.int>

ITU-T SG13 thanks ETSI ISG ENI for its LS. SG13 is progressing Y.3172 and invites comments.

The work covers AI (machine learning): model lifecycle, due Q3 2026. It also covers
AI (data governance): data handling, target Q4 2026.

Action (ETSI ISG ENI): please review the draft by the March plenary.
"""

MINUTES = """\
DMTF / SNIA Joint Call - Minutes
Date: 12 March 2026

Attendees: Ada Lind (DMTF), Ben Ode (SNIA)

Actions
ACTION (Ada Lind): circulate the revised profile by 30 April 2026.
"""


def milestones(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [m.label for m in extract(path).record.milestones]


def test_a_statements_owned_action_field_and_ai_topics_are_no_work_items(tmp_path: Path) -> None:
    assert milestones(tmp_path, "ls.txt", STATEMENT) == []


def test_minutes_keep_an_action_by_its_owner(tmp_path: Path) -> None:
    assert milestones(tmp_path, "minutes.txt", MINUTES) == ["Circulate the revised profile"]
