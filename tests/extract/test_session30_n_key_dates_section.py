"""A "Key dates" / "Important dates" heading opens a milestones section (session 30, N, M's request).

Partnership pages and news items list their joint steps under "Key dates" or "Important dates" as
"<step> by <date>" items; before the rule the heading opened no work-item section and none of the steps was
read. A heading that names no dates ("Background") over the same items still gives no steps. Bodies, steps
and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

LEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together under a liaison"
    " agreement."
)
ITEMS = [
    "Requirements gathering by March 2027",
    "First joint test event on 15 May 2027",
    "Draft commissioning profile by 30 September 2027",
]
EXPECTED = {
    ("Requirements gathering", "March 2027"),
    ("First joint test event", "15 May 2027"),
    ("Draft commissioning profile", "30 September 2027"),
}


def markdown(heading: str, numbered: bool = False) -> str:
    items = "".join(f"{n}. {x}\n" if numbered else f"* {x}\n" for n, x in enumerate(ITEMS, 1))
    return f"# HMC and OBC liaison\n\n{LEAD}\n\n## {heading}\n\n{items}"


def plain(heading: str) -> str:
    return f"HMC and OBC liaison\n\n{LEAD}\n\n{heading}\n\n" + "".join(f"  - {x}\n" for x in ITEMS)


def html(heading: str) -> str:
    items = "".join(f"<li>{x}</li>" for x in ITEMS)
    body = f"<h1>HMC and OBC liaison</h1><p>{LEAD}</p><h2>{heading}</h2><ul>{items}</ul>"
    return f"<html><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.md", markdown("Important Dates", numbered=True)),
        ("page2.md", markdown("Key dates")),
        ("news.txt", plain("KEY DATES")),
        ("page.html", html("Key dates of the cooperation")),
    ],
)
def test_steps_under_a_key_dates_heading(tmp_path: Path, name: str, text: str) -> None:
    assert milestone_pairs(tmp_path, text, name) >= EXPECTED


def test_the_same_items_under_background_are_no_steps(tmp_path: Path) -> None:
    assert not milestone_pairs(tmp_path, markdown("Background"), "page.md") & EXPECTED
