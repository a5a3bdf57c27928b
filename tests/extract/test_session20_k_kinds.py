"""Layout invariance of KIND (session 20, tuner K): the outcomes of a joint workshop of two bodies, as its
closing slides or its report, are a meeting's record even when a slide or a section is the joint work
plan the workshop agreed (a plan's words in a title line made it a work register).

The Harbour Metrology Council and the Open Buoy Consortium are invented; each variant's kind was
written before the rules ran."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAN = [
    ("Joint glossary of tide gauge terms", "Q2 2027"),
    ("Reference mapping of buoy telemetry fields", "end of 2027"),
    ("Second joint workshop", "early 2028"),
]

SLIDES = (
    "Joint HMC / OBC Workshop on Tide Data Standards\n"
    "Harbour City, 3 November 2026\n"
    "Outcomes and joint work plan\n"
    "Presented by: Ilse Brandtvik-Moor (HMC) and Tomas Vale-Okafor (OBC)\n\n"
    "2\nWhy a joint workshop\n"
    "\u2022 The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) overlap\n"
    "\u2022 60 participants agreed how to split the work\n\n"
    "3\nJoint work plan (agreed at the workshop)\n"
    + "".join(f"\u2022 {text} -> {target}\n" for text, target in PLAN)
)

REPORT = (
    "# Workshop report: HMC and OBC joint workshop on tide data\n\n"
    "Held in Harbour City on 3 November 2026 by the Harbour Metrology Council (HMC) and the Open Buoy "
    "Consortium (OBC); 60 participants.\n\n"
    "## Joint work plan\n\n"
    "| Work item | Target |\n|---|---|\n" + "".join(f"| {text} | {target} |\n" for text, target in PLAN)
)

MARKDOWN_SLIDES = (
    "# Joint HMC\u2013OBC Workshop on Tide Data Standards\n\n"
    "Outcomes and joint work plan\n\n---\n\n"
    "## Why a joint workshop\n\n"
    "- The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) write overlapping guidance\n\n"
    "---\n\n## Joint work plan\n\n" + "".join(f"- {text}: {target}\n" for text, target in PLAN)
)

VARIANTS = {
    "slides-text": ("slides.txt", SLIDES),
    "report-markdown": ("report.md", REPORT),
    "slides-markdown": ("slides.md", MARKDOWN_SLIDES),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_joint_workshop_s_outcomes_are_a_meeting_record(tmp_path: Path, variant: str) -> None:
    name, text = VARIANTS[variant]
    assert extracted(tmp_path, text, name).kind == "MeetingRecord"


# A partner page in another language speaks of the cooperation in its own words ("Kooperation",
# "Zusammenarbeit", "coopération", "colaboración"): it is about an alliance, not refused for never saying
# "cooperation" in English
FOREIGN_PAGES = {
    "german": "# HMC und OBC\n\nSeit 2023 besteht eine Kooperation zwischen dem Harbour Metrology Council "
    "(HMC) und dem Open Buoy Consortium (OBC) zu Pegeldaten.\n",
    "german-zusammenarbeit": "# HMC und OBC\n\nDie Zusammenarbeit von Harbour Metrology Council (HMC) und "
    "Open Buoy Consortium (OBC) betrifft Pegeldaten.\n",
    "french": "# HMC et OBC\n\nLa coopération entre le Harbour Metrology Council (HMC) et l'Open Buoy "
    "Consortium (OBC) porte sur les données marégraphiques.\n",
    "spanish": "# HMC y OBC\n\nLa colaboración entre el Harbour Metrology Council (HMC) y el Open Buoy "
    "Consortium (OBC) abarca los datos mareográficos.\n",
}


@pytest.mark.parametrize("variant", sorted(FOREIGN_PAGES))
def test_a_page_speaking_of_cooperation_in_another_language_is_accepted(tmp_path: Path, variant: str) -> None:
    assert extracted(tmp_path, FOREIGN_PAGES[variant], "page.md").kind == "AlliancePage"
