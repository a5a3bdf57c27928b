"""A page's key dates written a date on its own line, the step's title on the next (issue 12 point 9,
session 30, M).

Consultation and partnership pages list their key dates as "15 May 2027" / "First joint test event" / a
line describing it, a span of days written with an arrow ("03 February \\u2192 28 March 2027"), under a
heading such as "Key dates" or "Timeline". Before the rule none of the steps was read: the heading opens no
work-item section and each date stood alone. Bodies, steps and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

STEPS = [
    ("03 February \u2192 28 March 2027", "Requirements gathering", "Members submit use cases."),
    ("15 May 2027", "First joint test event", "A test event open to both memberships."),
    ("30 September 2027", "Draft commissioning profile", "Posted for member review."),
]
EXPECTED = {
    ("Requirements gathering", "03 February \u2192 28 March 2027"),
    ("First joint test event", "15 May 2027"),
    ("Draft commissioning profile", "30 September 2027"),
}
LEAD = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together under a liaison."


def html(heading: str) -> str:
    steps = "".join(f'<p class="when">{d}</p><h3>{t}</h3><p>{x}</p>' for d, t, x in STEPS)
    return f"<html><body><h1>HMC and OBC liaison</h1><p>{LEAD}</p><h2>{heading}</h2>{steps}</body></html>"


def markdown(heading: str) -> str:
    steps = "".join(f"{d}\n\n### {t}\n\n{x}\n\n" for d, t, x in STEPS)
    return f"# HMC and OBC liaison\n\n{LEAD}\n\n## {heading}\n\n{steps}"


def plain(heading: str) -> str:
    steps = "".join(f"{d}\n\n{t}\n\n{x}\n\n" for d, t, x in STEPS)
    return f"HMC and OBC liaison\n\n{LEAD}\n\n{heading}\n\n{steps}"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.html", html("Key dates")),
        ("page.md", markdown("Timeline of the joint work")),
        ("page.txt", plain("Important dates")),
    ],
)
def test_each_title_under_its_date(tmp_path: Path, name: str, text: str) -> None:
    pairs = milestone_pairs(tmp_path, text, name)
    assert pairs >= EXPECTED, pairs


def test_dates_over_headlines_without_a_dates_heading_are_no_steps(tmp_path: Path) -> None:
    """A news list ("News" over a date and a headline each) names no steps."""
    pairs = milestone_pairs(tmp_path, html("Latest news"), "news.html")
    assert not EXPECTED & pairs, pairs
