"""The items of a timeline no heading names (issue 12 point 9, session 31, M).

A plan written as a numbered or bulleted list under its lead, with no "Timeline" heading, had only the items
a cue dates read ("X by 30 June 2027", "X - until 19th March 2027"); the others ("Joint review meeting
21st-22nd June 2027 (online)", "Comments collected July 16th", "Second edition published October 2027")
were lost. Once two items of three or more of one list are read as dated steps, the list is a timeline and
its other items are read as a work-item section's. Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

LEAD = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed the following plan."
STEPS = [
    "Editors nominated by both bodies \u2013 until 19th March 2027",
    "First draft distributed by 30 June 2027",
    "Joint review meeting 21st-22nd June 2027 (online)",
    "Comments from both memberships collected July 16th",
    "Second edition published October 2027",
]
EXPECTED = {
    ("joint review meeting", "21st-22nd June 2027"),
    ("comments from both memberships collected", "July 16th"),
    ("second edition published", "October 2027"),
}


def document(layout: str, steps: list[str]) -> tuple[str, str]:
    if layout == "md":
        items = "".join(f"- {step}\n" for step in steps)
        return f"# HMC and OBC tide record note\n\n{LEAD}\n\n{items}\nContact: Ada Lind\n", "plan.md"
    if layout == "html":
        items = "".join(f"<li>{step}</li>" for step in steps)
        return (
            f"<html><body><h1>HMC and OBC tide record note</h1><p>{LEAD}</p><ol>{items}</ol>"
            "<p>Contact: Ada Lind</p></body></html>\n",
            "plan.html",
        )
    items = "".join(f"{n}. {step}\n" for n, step in enumerate(steps, start=1))
    return f"HMC and OBC tide record note\n\n{LEAD}\n\n{items}\nContact: Ada Lind\n", "plan.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_list_of_dated_steps_reads_its_uncued_items(tmp_path: Path, layout: str) -> None:
    text, name = document(layout, STEPS)
    assert written_milestone_pairs(tmp_path, text, name) >= EXPECTED


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_list_with_one_dated_step_is_no_timeline(tmp_path: Path, layout: str) -> None:
    steps = [STEPS[1], "Tide gauge glossary", "Buoy calibration notes", "Second edition published Oct 2027"]
    text, name = document(layout, steps)
    assert ("second edition published", "Oct 2027") not in written_milestone_pairs(tmp_path, text, name)


@pytest.mark.parametrize(
    "steps",
    [
        [  # a list of news, each opening with its date
            "02 March 2027: The MoU between HMC and OBC covers tide gauge telemetry",
            "11 June 2027: The MoU between HMC and the Coastal Survey Office covers charts",
            "18 September 2027: The two bodies held a joint workshop on buoys in Bergen",
        ],
        [  # sentences of terms and of news, each long and ending on a date
            "The memorandum entered into force on its signature and will be reviewed by the parties in 2028",
            "Another body may accede to the memorandum by an instrument signed by all parties in 2027",
            "The HMC tide group approved its second buoy profile and sent it to the OBC in 2026",
        ],
    ],
    ids=["news", "terms"],
)
def test_a_list_of_news_or_terms_is_no_timeline(tmp_path: Path, steps: list[str]) -> None:
    text, name = document("md", steps)
    assert written_milestone_pairs(tmp_path, text, name) == set()
