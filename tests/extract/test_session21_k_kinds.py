"""Layout invariance of ACCEPTANCE (issue 12, point 9, session 21, tuner K): documents about no alliance that
name two bodies and a word of partnership, in the layouts dev's writers who never saw the rules used.

- a product's release notes: what was fixed, what is known not to work, how to upgrade, a table of the
  standards the product implements, and a footer saying the vendor is a partner or member of the bodies
  that write them. A vendor's membership of two consortia states no alliance between them: refused, with a
  message that says it is a release note.

A page about a partnership that has a "Known issues" section of its own work, and a register's change log
("Added", "Changed", "Fixed"), stay accepted. Every body and product is invented; each document is written in
three variants of its layout, with the expected outcome written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

LEAD = (
    "Tidelink Gateway 4.2.0 is a maintenance release for the buoy data gateway. It implements the tide "
    "record format of the Fjord Sensor Society (FSS) and the telemetry profile of the Kelp Telemetry "
    "Consortium (KTC)."
)
PARTS = {
    "Fixed issues": [
        "TL-2201 Telemetry frames above 4 KB were dropped after a reconnect.",
        "TL-2215 The clock drift alarm was raised twice.",
    ],
    "Known issues": [
        "TL-2240 Archive export stops at 2 GB. Workaround: export by month. Fix planned in 4.3.0."
    ],
    "Upgrade notes": ["Re-run the configurator after the upgrade; licences for 4.1 remain valid."],
}
FOOTER = (
    "Norrvik Marine Systems is a Premier Partner of the Fjord Sensor Society (FSS) and a member of the Kelp "
    "Telemetry Consortium (KTC). Membership does not imply that either organization endorses this product."
)


def release_text(title: str) -> str:
    parts = [title, LEAD]
    for heading, lines in PARTS.items():
        parts.append(heading + "\n" + "\n".join(f"- {line}" for line in lines))
    parts.append("Support\n" + FOOTER)
    return "\n\n".join(parts) + "\n"


def release_markdown(title: str) -> str:
    parts = [f"# {title}", LEAD]
    for heading, lines in PARTS.items():
        parts.append(f"## {heading}\n\n" + "\n".join(f"* {line}" for line in lines))
    parts.append("## Support\n\n" + FOOTER)
    return "\n\n".join(parts) + "\n"


def release_html(title: str) -> str:
    parts = [
        f"<html><head><title>{title} | Norrvik Docs</title></head><body>"
        "<nav><a>Products</a> <a>Documentation</a> <a>Support</a></nav>"
        f"<h1>{title}</h1><p>{LEAD}</p>"
    ]
    for heading, lines in PARTS.items():
        parts.append(f"<h2>{heading}</h2><ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
    parts.append(f"<h2>Support</h2><p>{FOOTER}</p><footer>\u00a9 2026 Norrvik Marine Systems AS</footer>")
    return "".join(parts) + "</body></html>"


@pytest.mark.parametrize(
    "title",
    [
        "Tidelink Gateway 4.2.0 Release Notes",
        "Release notes - Tidelink Gateway 4.2",
        "What's new in Tidelink 4.2",
    ],
)
@pytest.mark.parametrize(
    "make, name",
    [(release_text, "notes.txt"), (release_markdown, "notes.md"), (release_html, "notes.html")],
    ids=["text", "markdown", "html"],
)
def test_a_products_release_notes_are_about_no_alliance(tmp_path: Path, make, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAnAllianceDocument, match="release note"):
        extracted(tmp_path, make(title), name)


def test_a_partnership_page_with_known_issues_of_its_work_is_accepted(tmp_path: Path) -> None:
    """A page about a partnership may list what its joint work has not solved: no release notes without
    their title."""
    text = (
        "# Partnership with KTC\n\nThe Fjord Sensor Society (FSS) and the Kelp Telemetry Consortium (KTC) "
        "cooperate on tide data.\n\n## Known issues\n\n- The joint glossary does not cover ice sensors "
        "yet\n\n## Fixed issues\n\n- The two tide record formats now agree on time zones\n"
    )
    assert extracted(tmp_path, text, "page.md").kind == "AlliancePage"


def test_a_registers_change_log_is_still_an_addendum(tmp_path: Path) -> None:
    text = (
        "# Changelog - FSS / KTC Tide Data Work Register\n\nChanges to the joint work register of the Fjord "
        "Sensor Society (FSS) and the Kelp Telemetry Consortium (KTC).\n\n## [1.1] - 2026-03-14\n\n"
        "### Added\n\n- Joint glossary of tide gauge terms (target Q3 2026).\n\n### Fixed\n\n"
        "- The target of the buoy mapping is 2027-03-31, not 2026.\n\n### Known issues\n\n"
        "- The ice sensor item has no lead yet.\n"
    )
    assert extracted(tmp_path, text, "CHANGELOG.md").kind == "RegisterAddendum"
