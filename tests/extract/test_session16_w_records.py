"""Layout invariance of work items (issue 12, point 9, session 16): items written as records, with
invented content. A title over a description and its target's field ("Expected: Q1 2026"), as a
documentation page, a wiki or a text file gives it; a wiki record of field names each on a line over
their values; slides' "#1 Title" over "Target: 1Q2024 - DONE"; a minutes' action table whose target
column is named "To be completed by"; an action numbered and owned by a name ("AI-2026-07  Ada Lind:
send ..."); a milestone line with dotted leaders that a heading follows. The facts were written before
the rules ran on any variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import folded, milestone_pairs

ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "mid-2027"),
    ("Interoperability test event for tide stations", "31 Mar 2027"),
    ("Shared conformance test suite", "TBD"),
}
DESCRIPTIONS = {
    "Joint glossary of tide gauge terms": "One list of the terms both groups use for gauges and datums.",
    "Reference mapping of buoy telemetry fields": "How each buoy message field maps onto the gauge schema.",
    "Interoperability test event for tide stations": "A two-day event where vendors test their stations.",
    "Shared conformance test suite": "Test cases both groups run before a release.",
}
ORGS = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide data."
    " The HMC Tide Gauge Working Group and the OBC Telemetry Task Force carry the work."
)


def described(title: str, field: str) -> str:
    """Each item: its title, its description and its target's field, a blank line between."""
    return "".join(
        f"{title.format(item=item)}\n\n{DESCRIPTIONS[item]}\n\n{field}: {target}\n\n"
        for item, target in sorted(ITEMS)
    )


DESCRIBED = {
    "markdown": (
        "# HMC and OBC\n\n" + ORGS + "\n\n## Joint deliverables\n\n" + described("### {item}", "Expected")
    )
    + "## Contacts\n\nHMC: Ada Lind\n",
    "html": "<html><body><h1>HMC and OBC</h1><p>"
    + ORGS
    + "</p><h2>Joint deliverables</h2>"
    + "".join(
        f"<h3>{item}</h3><p>{DESCRIPTIONS[item]}</p><p>Expected: {target}</p>"
        for item, target in sorted(ITEMS)
    )
    + "</body></html>",
    "text": "HMC / OBC Tide Data Work Register\n\n"
    + ORGS
    + "\n\nDeliverables\n\n"
    + described("{item}", "Due"),
}


@pytest.mark.parametrize("variant", sorted(DESCRIBED))
def test_a_title_its_description_and_its_target(tmp_path: Path, variant: str) -> None:
    name = {"markdown": "page.md", "html": "page.html", "text": "register.txt"}[variant]
    pairs = milestone_pairs(tmp_path, DESCRIBED[variant], name)
    assert pairs >= ITEMS, pairs
    assert not any(label.lower() in ("expected", "due") for label, _ in pairs), pairs


def wiki_record(target: str, separator: str) -> str:
    fields = [("Owner", "HMC Tide Gauge Working Group"), ("Status", "Drafting."), ("Target", target)]
    return separator.join(f"{name}{separator}{value}" for name, value in fields)


RECORDS = {
    "markdown-lines": "# HMC / OBC Joint Work Register\n\n"
    + ORGS
    + "\n\n## Joint items\n\n"
    + "".join(f"### {item}\n\n{wiki_record(target, chr(10))}\n\n" for item, target in sorted(ITEMS)),
    "html-definition-list": "<html><body><h1>HMC / OBC Joint Work Register</h1><p>"
    + ORGS
    + "</p><h2>Joint items</h2>"
    + "".join(
        f"<h3>{item}</h3><dl><dt>Owner</dt><dd>HMC Tide Gauge Working Group</dd>"
        "<dt>Status</dt><dd>Drafting.</dd>"
        f"<dt>Target</dt><dd>{target}</dd></dl>"
        for item, target in sorted(ITEMS)
    )
    + "</body></html>",
    "text-lines": "HMC / OBC Joint Work Register\n\n"
    + ORGS
    + "\n\nJoint items\n\n"
    + "".join(f"{item}\n\n{wiki_record(target, chr(10))}\n\n" for item, target in sorted(ITEMS)),
}


@pytest.mark.parametrize("variant", sorted(RECORDS))
def test_a_record_of_field_names_over_their_values(tmp_path: Path, variant: str) -> None:
    name = {"markdown-lines": "wiki.md", "html-definition-list": "wiki.html", "text-lines": "wiki.txt"}[
        variant
    ]
    pairs = milestone_pairs(tmp_path, RECORDS[variant], name)
    assert pairs >= ITEMS, pairs
    assert not any(label.lower().startswith(("owner", "target", "status")) for label, _ in pairs), pairs


SLIDE_ITEMS = {
    "hash": ("#{n} {item}", "Target: {target} \u2013 {status}"),
    "hash-dash": ("#{n} - {item}", "Target: {target} - {status}"),
    "hash-field-after": ("#{n} {item}", "Target: {target}, {status}"),
}


@pytest.mark.parametrize("variant", sorted(SLIDE_ITEMS))
def test_slides_numbered_items_and_their_target_lines(tmp_path: Path, variant: str) -> None:
    title, field = SLIDE_ITEMS[variant]
    body = "\n".join(
        title.format(n=n, item=item) + "\n" + field.format(target=target, status="IN PROGRESS")
        for n, (item, target) in enumerate(sorted(ITEMS), start=1)
    )
    text = (
        "1\nHMC \u2013 OBC\nLiaison review meeting\nPresented by Ada Lind (HMC) and Bo Ek (OBC)\n"
        + ORGS
        + "\n\n"
        f"2\nWork register items: status\n{body}\n\n3\nThank you!\n"
    )
    assert milestone_pairs(tmp_path, text, "slides.txt") >= ITEMS


ACTION_HEADERS = (
    "Ref.",
    "To be completed / progressed by",
    "Officer responsible",
    "Action",
    "Progress update",
)
ACTION_ROWS = [
    ("TD 04/0{n}", target, "Ada Lind", item, "new") for n, (item, target) in enumerate(sorted(ITEMS), start=1)
]
ACTIONS_HEAD = (
    "HMC \u2013 OBC COORDINATION MEETING\nMINUTES OF THE 4TH MEETING\n\n"
    + ORGS
    + "\n\nSUMMARY OF ACTIONS\n\n"
)
ACTION_TABLES = {
    "tabs": ACTIONS_HEAD + "\n".join("\t".join(row) for row in [ACTION_HEADERS, *ACTION_ROWS]) + "\n",
    "markdown": "# Minutes\n\n"
    + ORGS
    + "\n\n## Summary of actions\n\n"
    + "| "
    + " | ".join(ACTION_HEADERS)
    + " |\n|---|---|---|---|---|\n"
    + "".join("| " + " | ".join(row) + " |\n" for row in ACTION_ROWS),
    "due-by": ACTIONS_HEAD
    + "\n".join("\t".join(row) for row in [("Ref.", "Due by", "Owner", "Action", "Update"), *ACTION_ROWS])
    + "\n",
}


@pytest.mark.parametrize("variant", sorted(ACTION_TABLES))
def test_an_action_table_with_its_completed_by_column(tmp_path: Path, variant: str) -> None:
    name = "minutes.md" if variant == "markdown" else "minutes.txt"
    pairs = milestone_pairs(tmp_path, ACTION_TABLES[variant], name)
    assert pairs >= ITEMS, pairs
    assert not any(label.startswith("TD ") for label, _ in pairs), pairs


@pytest.mark.parametrize(
    "line",
    [
        "AI-2026-07  Ada Lind: send the tide glossary to the OBC Telemetry Task Force by 30 April 2026.",
        "AI-2026-07 Ada Lind: send the tide glossary to the OBC Telemetry Task Force by 30 April 2026.",
        "Action 7 (Ada Lind): send the tide glossary to the OBC Telemetry Task Force by 30 April 2026.",
    ],
)
def test_an_action_owned_by_a_name(tmp_path: Path, line: str) -> None:
    text = (
        "HMC / OBC Joint Call - Minutes\n\n"
        + ORGS
        + "\n\nAttendees: Ada Lind (HMC), Bo Ek (OBC)\n\n2. Action items\n\n   "
        + line
    )
    pairs = milestone_pairs(tmp_path, text + "\n", "minutes.txt")
    folded_pairs = {(folded(label), target) for label, target in pairs}
    assert ("send the tide glossary to the obc telemetry task force", "30 April 2026") in folded_pairs, pairs


def test_a_dotted_milestone_line_keeps_its_target_before_a_heading(tmp_path: Path) -> None:
    text = (
        "HMC / OBC Work Register\n\n1. Alliance Organizations\n\n    Harbour Metrology Council (HMC)\n"
        "    Open Buoy Consortium (OBC)\n\n5. Milestones\n\n"
        "    Joint glossary of tide gauge terms ............................ Q3 2026\n"
        "    Interoperability test event for tide stations at Kiel Week .... April 2027\n"
        "On-going activities\n    Cross-review of each other's drafts during comment periods.\n"
        "6. Contacts\n\n    HMC: Ada Lind\n"
    )
    pairs = milestone_pairs(tmp_path, text, "register.txt")
    assert ("Interoperability test event for tide stations at Kiel Week", "April 2027") in pairs, pairs


def test_a_heading_named_like_a_field_over_a_table_keeps_the_table(tmp_path: Path) -> None:
    """'### Status' over a table after an item's title is the table's heading, not the title's field."""
    text = (
        "# HMC and OBC\n\n"
        + ORGS
        + "\n\n## Topics\n\n### Joint tutorials at the tide workshop\n\n### Status\n\n"
        "| Item | Status | Target |\n|---|---|---|\n"
        + "".join(f"| {item} | open | {target} |\n" for item, target in sorted(ITEMS))
    )
    assert milestone_pairs(tmp_path, text, "page.md") >= ITEMS


RUNNING_VARIANTS = {
    "status-first-line-text": (
        "5. Milestones\n\n   Joint glossary of tide gauge terms ........ Q3 2026\n\n"
        "On-going: exchange of meeting notes between the two chairs.\n\n6. Contacts\n\n   HMC: Ada Lind\n",
        "register.txt",
    ),
    "status-first-line-markdown": (
        "## Milestones\n\n- Joint glossary of tide gauge terms - Q3 2026\n\n"
        "On-going: exchange of meeting notes between the two chairs.\n\n## Contacts\n\nHMC: Ada Lind\n",
        "register.md",
    ),
    "status-heading-text": (
        "5. Milestones\n\n    Joint glossary of tide gauge terms ........ Q3 2026\n"
        "On-going activities\n    Exchange of meeting notes between the two chairs.\n\n"
        "6. Contacts\n\n    HMC: Ada Lind\n",
        "register.txt",
    ),
    "status-heading-markdown": (
        "## Milestones\n\n- Joint glossary of tide gauge terms - Q3 2026\n\n### On-going activities\n\n"
        "Exchange of meeting notes between the two chairs.\n\n## Contacts\n\nHMC: Ada Lind\n",
        "register.md",
    ),
}


@pytest.mark.parametrize("variant", sorted(RUNNING_VARIANTS))
def test_work_that_runs_all_along(tmp_path: Path, variant: str) -> None:
    """'On-going: X' and a line under 'On-going activities' are items whose target is 'On-going'."""
    body, name = RUNNING_VARIANTS[variant]
    head = "HMC / OBC Tide Data Work Register\n\n" + ORGS + "\n\n"
    pairs = {
        (folded(label).rstrip("."), target) for label, target in milestone_pairs(tmp_path, head + body, name)
    }
    assert ("exchange of meeting notes between the two chairs", "On-going") in pairs, pairs


@pytest.mark.parametrize("name", ["page.md", "page.html"])
def test_a_cross_review_is_a_work_item_not_a_review_section(tmp_path: Path, name: str) -> None:
    if name.endswith(".md"):
        text = DESCRIBED["markdown"].replace(
            "## Contacts",
            "### Cross-review of drafts\n\nEach group sends the other its drafts.\n\n"
            "Expected: continuous\n\n## Contacts",
        )
    else:
        text = DESCRIBED["html"].replace(
            "</body>",
            "<h3>Cross-review of drafts</h3><p>Each group sends the other its drafts.</p>"
            "<p>Expected: continuous</p></body>",
        )
    assert ("Cross-review of drafts", "continuous") in milestone_pairs(tmp_path, text, name)


def test_a_term_and_review_article_after_the_work_items_is_no_item(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Memorandum of Understanding\n\n" + ORGS + "\n\n## Article 4 - Deliverables\n\n"
        "| Deliverable | Responsible | Expected |\n|---|---|---|\n"
        + "".join(f"| {item} | HMC | {target} |\n" for item, target in sorted(ITEMS))
        + "\n## Article 5 - Term and review\n\n"
        "This MoU enters into force on signature and runs for three years.\n"
        "The coordinators review it once a year, the first time in November 2026.\n"
    )
    pairs = milestone_pairs(tmp_path, text, "mou.md")
    assert pairs >= ITEMS and not any(label.startswith("This MoU") for label, _ in pairs), pairs


REPORTS = [
    ("Joint glossary of tide gauge terms", "draft circulated, on track for Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "slipped; new target mid-2027"),
    ("Interoperability test event for tide stations", "host found, now planned for 31 Mar 2027"),
    ("Tide atlas webinar", "done (held 12 March 2026)"),
]
REPORT_LAYOUTS = {
    "text": (
        "HMC / OBC Joint Call - Minutes\n\n{orgs}\n\n1. Review of the work register\n"
        "   The register was reviewed item by item.\n{items}\n2. Next call: 14 May 2026.\n",
        "   - {item}: {report}.\n",
        "minutes.txt",
    ),
    "markdown": (
        "# HMC / OBC Joint Call - Minutes\n\n{orgs}\n\n## Review of the work register\n\n{items}\n"
        "## Next call\n\n14 May 2026\n",
        "- {item}: {report}.\n",
        "minutes.md",
    ),
    "html": (
        "<html><body><h1>HMC / OBC Joint Call - Minutes</h1><p>{orgs}</p><h2>Review of the work register</h2>"
        "<ul>{items}</ul><h2>Next call</h2><p>14 May 2026</p></body></html>",
        "<li>{item}: {report}.</li>",
        "minutes.html",
    ),
}


@pytest.mark.parametrize("layout", sorted(REPORT_LAYOUTS))
def test_items_reported_on_with_their_new_target(tmp_path: Path, layout: str) -> None:
    """'X: slipped; new target mid-2027' in a review of the register: item X, target mid-2027; an item
    reported done has no target left."""
    page, line, name = REPORT_LAYOUTS[layout]
    items = "".join(line.format(item=item, report=report) for item, report in REPORTS)
    pairs = milestone_pairs(tmp_path, page.format(orgs=ORGS, items=items), name)
    expected = {
        ("Joint glossary of tide gauge terms", "Q3 2026"),
        ("Reference mapping of buoy telemetry fields", "mid-2027"),
        ("Interoperability test event for tide stations", "31 Mar 2027"),
    }
    assert pairs >= expected, pairs
    assert not any(label.startswith("Tide atlas") for label, _ in pairs), pairs
