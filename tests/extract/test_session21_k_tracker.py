"""Layout invariance of WORK ITEMS kept in a project tracker's roadmap (issue 12, point 9, session 21, tuner
K), the layout dev's writers who never saw the rules used for a joint working group's register:

- each version (a work item) is a title, then a status line that says how it stands against its due date
  and gives the date in brackets ("Completed (06/30/2026)", "46 days late (10/20/2026)", "Due in 67 days
  (02/10/2027)"), then the progress of its issues ("71% 7 issues (5 closed \u2014 2 open)") and a
  description. The item is the title, its target the date in brackets; a version with "No due date" (a
  backlog) is no milestone, and the progress line is no item.

Every body and item is invented; the roadmap is written in three variants of its layout, with the expected
(item, target) pairs written before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

EXPECTED = {
    ("Joint glossary of tide gauge terms v0.9", "06/30/2026"),
    ("Reference mapping of buoy telemetry fields", "10/20/2026"),
    ("Interoperability test event for tide stations", "02/10/2027"),
}
VERSIONS = [
    (
        "Joint glossary of tide gauge terms v0.9",
        "Completed (06/30/2026)",
        "100% 5 issues (5 closed \u2014 0 open)",
        "First complete draft, reviewed by both groups.",
    ),
    (
        "Reference mapping of buoy telemetry fields",
        "46 days late (10/20/2026)",
        "71% 7 issues (5 closed \u2014 2 open)",
        "Waiting for the alarm mapping before the review.",
    ),
    (
        "Interoperability test event for tide stations",
        "Due in 67 days (02/10/2027)",
        "20% 5 issues (1 closed \u2014 4 open)",
        "Hosted by the HMC test centre.",
    ),
    ("Backlog", "No due date", "0 issues (0 closed \u2014 0 open)", "Ideas not yet planned."),
]
INTRO = (
    "This project is the work register of the joint working group of the Harbour Metrology Council (HMC) "
    "and the Open Buoy Consortium (OBC) on tide data exchange."
)


def roadmap_html() -> str:
    versions = "".join(
        f'<div class="version"><h3>{title}</h3><p class="status">{status}</p>'
        f'<p class="progress">{progress}</p><p>{description}</p></div>'
        for title, status, progress, description in VERSIONS
    )
    return (
        "<html><head><title>Roadmap - Tide data (JWG) - HMC / OBC projects</title></head><body>"
        f"<h1>Tide data (JWG)</h1><h2>Roadmap</h2><p>{INTRO}</p>{versions}</body></html>"
    )


def roadmap_markdown() -> str:
    versions = "".join(
        f"### {title}\n\n{status}\n\n{progress}\n\n{description}\n\n"
        for title, status, progress, description in VERSIONS
    )
    return f"# Tide data (JWG)\n\n## Roadmap\n\n{INTRO}\n\n{versions}"


def roadmap_html_strong() -> str:
    """The status's words in bold before the bracketed date, as a tracker's own page marks them up."""
    versions = ""
    for title, status, progress, description in VERSIONS:
        words, _, date = status.partition(" (")
        marked = f"<strong>{words}</strong> ({date}" if date else f"<strong>{words}</strong>"
        versions += f"<h3>{title}</h3><p>{marked}</p><p><em>{progress}</em></p><p>{description}</p>"
    return (
        "<html><body><h1>Tide data (JWG)</h1><h2>Roadmap</h2>"
        f"<p>{INTRO}</p>{versions}<p>Also available in: Atom</p></body></html>"
    )


@pytest.mark.parametrize(
    "make, name",
    [(roadmap_html, "roadmap.html"), (roadmap_markdown, "roadmap.md"), (roadmap_html_strong, "roadmap.html")],
    ids=["html", "markdown", "html-strong"],
)
def test_a_tracker_versions_target_is_the_date_its_status_line_brackets(
    tmp_path: Path, make, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert milestone_pairs(tmp_path, make(), name) == EXPECTED
