"""Kinds (session 19, tuner K): a register whose topic's name holds a word a meeting's title uses too
("Time Sync - Joint Work Register") is a register, in any format; a title that is a meeting's only
("Weekly sync - HMC / OBC") stays a meeting. Invented bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ORGS = (
    "Organizations\n\n- Harbour Metrology Council (HMC), through its Tide Gauge Working Group\n"
    "- Open Buoy Consortium (OBC), through its Telemetry Task Force\n\n"
)
ITEMS = (
    "Milestones\n\n- Joint glossary of tide gauge terms - Q3 2026\n"
    "- Reference mapping of buoy fields - Q1 2027\n"
)

REGISTERS = {
    "markdown": ("register.md", "# Time Sync - Joint Work Register\n\n## " + ORGS + "## " + ITEMS),
    "text": ("register.txt", "TIDE CLOCK SYNC \u2013 HMC / OBC WORK REGISTER\n\n" + ORGS + ITEMS),
    "memorandum": (
        "mou.md",
        "# Data Sync: Memorandum of Understanding\n\nThis memorandum of understanding is made between the "
        "Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).\n\n## Article 1 - Purpose\n\n"
        "The parties agree to cooperate on tide data.\n\n## Article 2 - Signatures\n\nSigned for HMC: Ada "
        "Lind, Chair. Signed for OBC: Bruno Sancho, Director.\n",
    ),
}


@pytest.mark.parametrize("variant", sorted(REGISTERS))
def test_a_topic_s_sync_in_a_register_s_title(tmp_path: Path, variant: str) -> None:
    name, text = REGISTERS[variant]
    expected = "MemorandumOfUnderstanding" if variant == "memorandum" else "WorkRegister"
    assert extracted(tmp_path, text, name).kind == expected


def test_a_weekly_sync_stays_a_meeting(tmp_path: Path) -> None:
    text = (
        "# Weekly sync - HMC / OBC\n\nAttendees: Ada Lind (Harbour Metrology Council, HMC), Bruno Sancho "
        "(Open Buoy Consortium, OBC)\n\n## Notes\n\n- The liaison between HMC and OBC on the glossary was "
        "reviewed.\n\n## Action items\n\n- Ada Lind to circulate the glossary draft by 3 May 2026\n"
    )
    assert extracted(tmp_path, text, "notes.md").kind == "MeetingRecord"
