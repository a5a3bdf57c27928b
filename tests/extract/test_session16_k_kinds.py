"""Layout invariance of the document KIND (issue 12, point 9, session 16).

What stands above a title without naming the document must not hide the title: a site's links for the
reader ("Skip to content", "Edit this page"), a printed page's furniture ("Page 1 of 2"), a document's number
alone on its line, the comments of a reStructuredText source, a table of contents and the entries under it.
A meeting's record numbers its parts ("2 Actions agreed", "4. Next meeting"); an addendum written as
instructions ("Add: ...", "Replace items 4 and 5 ...") or as a change log of a register ("### Added") is an
addendum; a page titled "Memoranda of Understanding" lists agreements, it is none.

Every document is invented (the bodies HMC and OBC do not exist), each written in two to four variants of
its layout with its expected kind before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ORGS_PROSE = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide data "
    "exchange formats."
)

# --- a register's title under the comments of its source, or under a table of contents ----------------

RST_REGISTER = """\
.. This file lives in the liaison repository and is built with Sphinx.
.. Please edit the source, not the generated pages.

==========================================
HMC / OBC Work Register -- Tide Data
==========================================

:Version: 1.2
:Date initiated: 3 March 2026

.. contents:: On this page
   :local:

Organizations
=============

Harbour Metrology Council (HMC)
    Acts through its Tide Gauge Working Group.

Open Buoy Consortium (OBC)
    Acts through its Telemetry Task Force.

Work items
==========

#. Joint glossary of tide gauge terms -- target Q3 2026
#. Reference mapping of buoy telemetry fields -- target 2H2027
"""

TOC_ITEMS = ["Joint items", "Maintenance", "Liaison contacts"]
TOC_BODY = (
    f"{ORGS_PROSE} The items below are owned by one group each.\n\n"
    "Joint items\n\nJoint glossary of tide gauge terms\n\nOwner HMC Status drafting Target Q3 2026\n\n"
    "Reference mapping of buoy telemetry fields\n\nOwner OBC Status open Target 2H2027\n\n"
    "Liaison contacts\n\nHMC: Maren Olsen-Voigt\n"
)


def toc_markdown() -> str:
    entries = "".join(f"- {entry}\n" for entry in TOC_ITEMS)
    return f"Table of Contents\n\n{entries}\nHMC / OBC Joint Work Register: Tide Data\n\n{TOC_BODY}"


def toc_text() -> str:
    entries = "".join(f"  * {entry}\n" for entry in TOC_ITEMS)
    return f"Contents\n\n{entries}\nHMC / OBC Joint Work Register: Tide Data\n\n{TOC_BODY}"


def toc_html() -> str:
    entries = "".join(f"<li>{entry}</li>" for entry in TOC_ITEMS)
    body = "".join(f"<p>{paragraph}</p>" for paragraph in TOC_BODY.split("\n\n"))
    return (
        f"<html><body><div class='toc'><p>On this page</p><ul>{entries}</ul></div>"
        f"<p>HMC / OBC Joint Work Register: Tide Data</p>{body}</body></html>"
    )


@pytest.mark.parametrize(
    "make, name",
    [
        (lambda: RST_REGISTER, "register.txt"),
        (lambda: RST_REGISTER, "register.rst.txt"),
        (toc_markdown, "register.md"),
        (toc_text, "register.txt"),
        (toc_html, "register.html"),
    ],
    ids=["rst-comments", "rst-comments-again", "toc-markdown", "toc-text", "toc-html"],
)
def test_a_registers_title_under_comments_or_contents_names_it(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    """The source's comments speak of a "liaison repository", and the contents' entries are no title:
    the register is what its title says."""
    assert extracted(tmp_path, make(), name).kind == "WorkRegister"


# --- an addendum's title under a document number and a page's furniture --------------------------------

ADDENDUM_BODY = (
    "1. Reason for this addendum\n\n"
    "Both parties started work on tide predictions. Sections not named below are unchanged.\n\n"
    "2. New milestones\n\n"
    "- Joint tide prediction test set - H2 2026\n"
    "- Report on prediction accuracy - H1 2027\n\n"
    "3. Approval\n\nHMC Board: approved 2 May 2026.\n"
)
ADDENDUM_TITLE = (
    "Addendum No. 2\n\nto the Work Register between the Harbour Metrology Council (HMC) and the Open Buoy "
    "Consortium (OBC)\n\n"
)


def furniture_text() -> str:
    title = ADDENDUM_TITLE.replace("to the", "To the")
    return f"HMC-LIA-2026-04\n\nPage 1 of 2\n\n{title}{ADDENDUM_BODY}"


def furniture_markdown() -> str:
    return f"HMC/LIA/2026/04\n\nPage 1 / 3\n\n# {ADDENDUM_TITLE}{ADDENDUM_BODY}"


def furniture_html() -> str:
    title = ADDENDUM_TITLE.strip().replace("\n\n", "<br>")
    body = "".join(f"<p>{paragraph}</p>" for paragraph in ADDENDUM_BODY.split("\n\n"))
    return f"<html><body><p>HMC-LIA-2026-04<br>Page 1 of 2</p><h1>{title}</h1>{body}</body></html>"


@pytest.mark.parametrize(
    "make, name",
    [
        (furniture_text, "addendum.txt"),
        (furniture_markdown, "addendum.md"),
        (furniture_html, "addendum.html"),
    ],
    ids=["text", "markdown", "html"],
)
def test_an_addendums_title_under_its_number_and_page_furniture_names_it(
    tmp_path: Path, make, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "RegisterAddendum"


# --- a page's title under a site's links for the reader ----------------------------------------------------

PAGE_BODY = [
    "Partnership status",
    "Active since 2023. Reviewed by the HMC board once a year.",
    "Why we work together",
    ORGS_PROSE,
    "Joint deliverables",
    "Tide data glossary",
    "Expected: Q1 2027",
    "Review of drafts",
    "Each group sends the other its drafts before a public comment period.",
    "Contacts",
    "HMC: Maren Olsen-Voigt. OBC: Tomas Lindqvist-Abara.",
]


def linked_html() -> str:
    body = "".join(f"<p>{line}</p>" for line in PAGE_BODY[1:])
    return (
        "<html><body><a href='#main'>Skip to content</a><nav><ul><li><a href='/'></a></li></ul></nav>"
        "<a href='/edit'>Edit this page</a><main><h1>The HMC and the Open Buoy Consortium</h1>"
        f"<h2>{PAGE_BODY[0]}</h2>{body}</main></body></html>"
    )


def linked_markdown() -> str:
    body = "\n\n".join(PAGE_BODY[1:])
    return (
        "[Skip to main content](#main)\n\n[Edit on GitHub](https://example.org/edit)\n\n"
        f"# The HMC and the Open Buoy Consortium\n\n## {PAGE_BODY[0]}\n\n{body}\n"
    )


def linked_text() -> str:
    body = "\n\n".join(PAGE_BODY[1:])
    links = "Skip to content\n\nBack to top\n\n"
    return f"{links}The HMC and the Open Buoy Consortium\n\n{PAGE_BODY[0]}\n\n{body}\n"


@pytest.mark.parametrize(
    "make, name",
    [(linked_html, "page.html"), (linked_markdown, "page.md"), (linked_text, "page.txt")],
    ids=["html", "markdown", "text"],
)
def test_a_pages_title_under_a_sites_links_names_it(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "AlliancePage"


# --- a page listing memoranda -------------------------------------------------------------------------------

AGREEMENTS = [
    (
        "12 May 2025",
        "The MoU between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) "
        "sets out how drafts are shared.",
    ),
    ("3 March 2021", "The MoU between the HMC and the DMTF covers joint workshops."),
]
LIST_INTRO = "The Council keeps agreements with other bodies. The most recent are listed first."


def memoranda_markdown() -> str:
    items = "".join(f"- {day}: {text}\n" for day, text in AGREEMENTS)
    return f"# Memoranda of Understanding\n\n{LIST_INTRO}\n\n{items}"


def memoranda_text() -> str:
    items = "".join(f"  * {day} -- {text}\n" for day, text in AGREEMENTS)
    return f"MEMORANDA OF UNDERSTANDING\n\n{LIST_INTRO}\n\n{items}"


def memoranda_html() -> str:
    items = "".join(f"<li><b>{day}</b>: {text}</li>" for day, text in AGREEMENTS)
    return f"<html><body><h1>Memoranda of Understanding</h1><p>{LIST_INTRO}</p><ul>{items}</ul></body></html>"


@pytest.mark.parametrize(
    "make, name",
    [(memoranda_markdown, "list.md"), (memoranda_text, "list.txt"), (memoranda_html, "list.html")],
    ids=["markdown", "text", "html"],
)
def test_a_page_listing_memoranda_is_a_page(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "AlliancePage"


# --- a meeting's summary whose parts are numbered sections -------------------------------------------------

SUMMARY_LINES = [
    "Harbour news",
    "Measuring the sea since 1901",
    "Summary",
    f"Summary of the HMC / OBC coordination call. {ORGS_PROSE}",
]
SUMMARY_PARTS = [
    ("1", "Documents reviewed", "The draft glossary was noted."),
    ("2", "Actions agreed", "Check the glossary terms against the OBC schema, HMC, Q3 2026."),
    ("3", "Next meeting", "Planned alongside the HMC plenary in early 2027."),
]


def summary_html() -> str:
    lead = "".join(f"<p>{line}</p>" for line in SUMMARY_LINES)
    parts = "".join(f"<h2>{number} {name}</h2><p>{text}</p>" for number, name, text in SUMMARY_PARTS)
    return f"<html><body>{lead}{parts}</body></html>"


def summary_text() -> str:
    parts = "".join(f"{number}. {name}\n\n{text}\n\n" for number, name, text in SUMMARY_PARTS)
    return "\n\n".join(SUMMARY_LINES) + "\n\n" + parts


def summary_markdown() -> str:
    parts = "".join(f"## {number} {name}\n\n{text}\n\n" for number, name, text in SUMMARY_PARTS)
    return "\n\n".join(SUMMARY_LINES) + "\n\n" + parts


@pytest.mark.parametrize(
    "make, name",
    [(summary_html, "summary.html"), (summary_text, "summary.txt"), (summary_markdown, "summary.md")],
    ids=["html", "text", "markdown"],
)
def test_a_summary_with_numbered_actions_and_next_meeting_is_a_meeting_record(
    tmp_path: Path, make, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "MeetingRecord"


# --- an addendum written as instructions, or as the change log of a register ------------------------------

INSTRUCTIONS = [
    ("Scope", "Add: tide predictions for harbour approaches."),
    ("Milestones", "Replace items 4 and 5 with the items below."),
    ("Contacts", "Delete the OBC deputy contact."),
]
INSTRUCTIONS_TITLE = "HMC / OBC Work Register: changes agreed on 2 May 2026"
INSTRUCTIONS_LEAD = (
    "This note records what the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) changed "
    "in their register."
)


def instructions_markdown() -> str:
    rows = "".join(f"| {section} | {change} |\n" for section, change in INSTRUCTIONS)
    return f"# {INSTRUCTIONS_TITLE}\n\n{INSTRUCTIONS_LEAD}\n\n| Section | Change |\n|---|---|\n{rows}"


def instructions_text() -> str:
    rows = "".join(f"{section}\t{change}\n\n" for section, change in INSTRUCTIONS)
    return f"{INSTRUCTIONS_TITLE}\n\n{INSTRUCTIONS_LEAD}\n\nSection\tChange\n\n{rows}"


def instructions_html() -> str:
    rows = "".join(f"<tr><td>{section}</td><td>{change}</td></tr>" for section, change in INSTRUCTIONS)
    return (
        f"<html><body><h1>{INSTRUCTIONS_TITLE}</h1><p>{INSTRUCTIONS_LEAD}</p>"
        f"<table><tr><th>Section</th><th>Change</th></tr>{rows}</table></body></html>"
    )


REGISTER_LOG = """\
# Changelog - HMC / OBC Work Register

All notable changes to the register between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) are recorded in this file.

## [1.1] - 2026-05-02

### Added

- Joint tide prediction test set (target: Q4 2026).
- Report on prediction accuracy (target: 2027-03-31).

### Removed

- Common demonstrator at the 2026 harbour fair.
"""


@pytest.mark.parametrize(
    "make, name",
    [
        (instructions_markdown, "changes.md"),
        (instructions_text, "changes.txt"),
        (instructions_html, "changes.html"),
        (lambda: REGISTER_LOG, "CHANGELOG.md"),
    ],
    ids=["instructions-markdown", "instructions-text", "instructions-html", "change-log"],
)
def test_changes_to_a_register_make_an_addendum(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "RegisterAddendum"


# --- a page's parties named under a site's links and its empty menu items ---------------------------------

MENU_ITEMS = 7
DOCS_BODY = [
    "Liaison status",
    "Active. Reviewed by the boards once a year.",
    "Why we work together",
    "Both publish management interfaces that storage vendors implement together.",
    "Liaison contacts",
    "DMTF: Maren Olsen-Voigt. SNIA: Tomas Lindqvist-Abara.",
]


def docs_site_html() -> str:
    menu = "<li><a href='/x'></a></li>" * MENU_ITEMS
    body = "".join(f"<p>{line}</p>" for line in DOCS_BODY)
    return (
        f"<html><body><a href='#main'>Skip to content</a><nav><ul>{menu}</ul></nav>"
        f"<a href='/edit'>Edit this page</a><main><h1>The DMTF and the SNIA</h1>{body}</main></body></html>"
    )


def docs_site_markdown() -> str:
    menu = "-\n" * MENU_ITEMS
    body = "\n\n".join(DOCS_BODY)
    return (
        f"[Skip to content](#main)\n\n{menu}\n[Edit this page](/edit)\n\n# The DMTF and the SNIA\n\n{body}\n"
    )


def docs_site_text() -> str:
    menu = "- \n" * MENU_ITEMS
    body = "\n\n".join(DOCS_BODY)
    return f"Skip to content\n\n{menu}\nEdit this page\n\nThe DMTF and the SNIA\n\n{body}\n"


@pytest.mark.parametrize(
    "make, name",
    [(docs_site_html, "page.html"), (docs_site_markdown, "page.md"), (docs_site_text, "page.txt")],
    ids=["html", "markdown", "text"],
)
def test_a_pages_parties_are_read_past_a_sites_links(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(), name)
    assert record.kind == "AlliancePage"
    acronyms = {entity.acronym or entity.label for entity, _ in record.parties}
    assert {"DMTF", "SNIA"} <= acronyms, acronyms


# --- a meeting's parties are the bodies of the line naming the meeting, not of a site's banner -------------

MEETING_SUMMARY = [
    "IEEE at 140 years",
    "Advancing technology for humanity",
    "Summary of the DMTF / SNIA coordination meeting (Berlin, 3 June 2026)",
    "The meeting reviewed the storage profile drafts and agreed the actions below.",
]
MEETING_PARTS = [
    ("1", "Actions agreed", "Align the Redfish storage schema with Swordfish, both, Q3 2026."),
    ("2", "Next meeting", "Planned for early 2027."),
]


def banner_html() -> str:
    lead = f"<h1>{MEETING_SUMMARY[0]}</h1><p>{MEETING_SUMMARY[1]}</p>"
    body = f"<h2>{MEETING_SUMMARY[2]}</h2><p>{MEETING_SUMMARY[3]}</p>"
    parts = "".join(f"<h3>{number} {name}</h3><p>{text}</p>" for number, name, text in MEETING_PARTS)
    return f"<html><body>{lead}{body}{parts}</body></html>"


def banner_markdown() -> str:
    parts = "".join(f"## {number} {name}\n\n{text}\n\n" for number, name, text in MEETING_PARTS)
    lead = (
        f"# {MEETING_SUMMARY[0]}\n\n{MEETING_SUMMARY[1]}\n\n## {MEETING_SUMMARY[2]}\n\n{MEETING_SUMMARY[3]}"
    )
    return f"{lead}\n\n{parts}"


def banner_text() -> str:
    parts = "".join(f"{number}. {name}\n\n{text}\n\n" for number, name, text in MEETING_PARTS)
    return "\n\n".join(MEETING_SUMMARY) + "\n\n" + parts


@pytest.mark.parametrize(
    "make, name",
    [(banner_html, "summary.html"), (banner_markdown, "summary.md"), (banner_text, "summary.txt")],
    ids=["html", "markdown", "text"],
)
def test_a_meetings_parties_are_those_of_the_line_naming_it(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(), name)
    assert record.kind == "MeetingRecord"
    acronyms = {entity.acronym or entity.label for entity, _ in record.parties}
    assert acronyms == {"DMTF", "SNIA"}, acronyms
