"""A timeline whose lines open with a day and its month and go on in lower case with no dash or colon between
("16th of April first public draft of the note", "30 April comments close"), in a document that names its
year (session 35, engineer H; kg.extract.structure.DAY_MONTH_WORDS and run_of_days, milestones.dashless_day):
each line is an entry dated in that year, never one heading run together nor a heading numbered "16" titled
"April ...". Bodies real, work and wording invented; text and Markdown, several ways of writing the day.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

TIMELINE = """{h}ETSI and OMA joint test notes: {t} 2028

ETSI and the Open Mobile Alliance (OMA) set out the steps below for their joint test notes.

{m}{a} editors circulate the outline
{m}{b} comment period on the outline ends
{m}{c} joint editing call of both groups
{m}{d} notes handed to both secretariats
"""

DAYS = [
    ("16th of April", "30th of April", "14th of May", "2nd of July"),
    ("16 April", "30 April", "14 May", "2 July"),
    ("April 16th", "April 30th", "May 14th", "July 2nd"),
    ("3rd of March", "21st of March", "9th of June", "1st of September"),
]
LABELS = [
    "Editors circulate the outline",
    "Comment period on the outline ends",
    "Joint editing call of both groups",
    "Notes handed to both secretariats",
]


@pytest.mark.parametrize("days", DAYS)
@pytest.mark.parametrize("name", ["plan.txt", "plan.md"])
def test_each_dashless_dated_line_is_a_milestone_of_its_day(
    tmp_path: Path, days: tuple[str, ...], name: str
) -> None:
    # (Markdown: a list under a timeline's title, its soft-wrapped lines being one paragraph)
    mark, title = ("# ", "timeline") if name.endswith(".md") else ("", "plan for")
    text = TIMELINE.format(h=mark, t=title, m=mark and "- ", a=days[0], b=days[1], c=days[2], d=days[3])
    assert milestone_pairs(tmp_path, text, name) == set(zip(LABELS, days, strict=True))


def test_the_lines_under_a_heading_of_their_own_stay_apart(tmp_path: Path) -> None:
    days = {"a": "5th of May", "b": "19th of May", "c": "2nd of June", "d": "30th of June"}
    text = TIMELINE.format(h="", t="plan for", m="", **days).replace("\n\n5th", "\n\nSchedule\n5th")
    pairs = milestone_pairs(tmp_path, text, "plan.txt")
    assert ("Joint editing call of both groups", "2nd of June") in pairs
    assert ("Editors circulate the outline", "5th of May") in pairs


def test_a_paragraph_opening_with_a_day_is_no_timeline(tmp_path: Path) -> None:
    """Guard: a told paragraph that opens with a day ("3 May the two groups met ...") dates no step."""
    text = (
        "ETSI and OMA joint test notes: report 2028\n\n"
        "ETSI and the Open Mobile Alliance (OMA) report on their joint test notes.\n\n"
        "3 May the two groups met in Sophia Antipolis and went through the outline line by line, agreeing\n"
        "that the editors would keep the notes short and leave the test cases to a later phase of work.\n"
    )
    assert milestone_pairs(tmp_path, text, "report.txt") == set()
