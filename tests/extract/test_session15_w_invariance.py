"""Layout invariance of work items (issue 12, point 9, session 15): the same four items with their targets,
written as real documents' text extraction gives them: a table one cell a line (PDF and Word text), a
fixed-width table under a ruler of dashes or of '=', numbered items with their fields on the lines under
them, a table with a description column or a target column named Timeline / Schedule / When / Timing,
slide lines with a status column after the target, an exhibit's table, a page's bracketed targets, a
status table of minutes. The facts were written before the rules ran on any variant; each item is
compared as written (the gold's text: not cut at its colon, dash or bracket) with its target as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD, extracted

ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping: buoy telemetry fields (v2)", "2H2027"),
    ("Interoperability test event - tide stations", "31 Mar 2027"),
    ("Shared conformance test suite", "TBD"),
}

HEAD, MD_HEAD = TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD

PLAIN_VARIANTS = {
    "cells-a-line": """Joint work items

Work item
Owner
Target
Status
Joint glossary of tide gauge terms
HMC
Q3 2026
open
Reference mapping: buoy telemetry fields (v2)
OBC
2H2027
drafting
Interoperability test event - tide stations
HMC
31 Mar 2027
planned
Shared conformance test suite
both
TBD
not started
""",
    "cells-a-line-numbered": """Joint work items

#
Milestone
Due
Status
1
Joint glossary of tide gauge terms
Q3 2026
open
2
Reference mapping: buoy telemetry fields (v2)
2H2027
drafting
3
Interoperability test event - tide stations
31 Mar 2027
planned
4
Shared conformance test suite
TBD
not started
""",
    "cells-a-line-blank-between-rows": """Joint work items

Work item
Target

Joint glossary of tide gauge terms
Q3 2026

Reference mapping: buoy telemetry fields (v2)
2H2027

Interoperability test event - tide stations
31 Mar 2027

Shared conformance test suite
TBD
""",
    # a Word file's text: each cell a paragraph, a blank line after each
    "cells-a-paragraph": "Joint work items\n\n"
    + "\n\n".join(
        ["Deliverable", "Lead", "Expected completion"]
        + [cell for item, target in sorted(ITEMS) for cell in (item, "HMC", target)]
    )
    + "\n",
    "fixed-width-dashed": """Joint work items

Work item                                        Owner   Target        Status
-------------------------------------------------------------------------------
Joint glossary of tide gauge terms               HMC     Q3 2026       open
Reference mapping: buoy telemetry fields (v2)    OBC     2H2027        drafting
Interoperability test event - tide stations      HMC     31 Mar 2027   planned
Shared conformance test suite                    both    TBD           not started
""",
    "fixed-width-equals": """Joint work items

Work item                                        Owner   Target        Status
=============================================== ======= ============= ===========
Joint glossary of tide gauge terms               HMC     Q3 2026       open
Reference mapping: buoy telemetry fields (v2)    OBC     2H2027        drafting
Interoperability test event - tide stations      HMC     31 Mar 2027   planned
Shared conformance test suite                    both    TBD           not started
""",
    "fixed-width-no-ruler": """Joint work items

Activity                                         Lead    Expected completion
Joint glossary of tide gauge terms               HMC     Q3 2026
Reference mapping: buoy telemetry fields (v2)    OBC     2H2027
Interoperability test event - tide stations      HMC     31 Mar 2027
Shared conformance test suite                    both    TBD
""",
    "fixed-width-two-columns": """Joint work items

Milestone                                        Target date
Joint glossary of tide gauge terms               Q3 2026
Reference mapping: buoy telemetry fields (v2)    2H2027
Interoperability test event - tide stations      31 Mar 2027
Shared conformance test suite                    TBD
""",
    "fixed-width-numbered-schedule": """Joint work items

No.  Work item                                      Responsible  Schedule
1    Joint glossary of tide gauge terms             HMC          Q3 2026
2    Reference mapping: buoy telemetry fields (v2)  OBC          2H2027
3    Interoperability test event - tide stations    HMC          31 Mar 2027
4    Shared conformance test suite                  both         TBD
""",
    "pipes-in-a-text-file": """Joint work items

| Work item | Target |
|---|---|
| Joint glossary of tide gauge terms | Q3 2026 |
| Reference mapping: buoy telemetry fields (v2) | 2H2027 |
| Interoperability test event - tide stations | 31 Mar 2027 |
| Shared conformance test suite | TBD |
""",
    "grid-table": """Joint work items

+-----------------------------------------------+-------------+
| Work item                                     | Target      |
+===============================================+=============+
| Joint glossary of tide gauge terms            | Q3 2026     |
+-----------------------------------------------+-------------+
| Reference mapping: buoy telemetry fields (v2) | 2H2027      |
+-----------------------------------------------+-------------+
| Interoperability test event - tide stations   | 31 Mar 2027 |
+-----------------------------------------------+-------------+
| Shared conformance test suite                 | TBD         |
+-----------------------------------------------+-------------+
""",
    "fields-indented": """Joint work items

1. Joint glossary of tide gauge terms
   Owner: HMC
   Target: Q3 2026
   Status: open
2. Reference mapping: buoy telemetry fields (v2)
   Owner: OBC
   Target: 2H2027
   Status: drafting
3. Interoperability test event - tide stations
   Owner: HMC
   Target: 31 Mar 2027
4. Shared conformance test suite
   Owner: both
   Target: TBD
""",
    "fields-flush": """Joint work items

1. Joint glossary of tide gauge terms
Owner: HMC
Target: Q3 2026
2. Reference mapping: buoy telemetry fields (v2)
Owner: OBC
Expected: 2H2027
3. Interoperability test event - tide stations
Status: planned
Due: 31 Mar 2027
4. Shared conformance test suite
Owner: both
Target: TBD
""",
}

MD_TABLE = """## Joint activities

| ID | Activity | Description | {column} |
|----|----------|-------------|----------|
| A1 | Joint glossary of tide gauge terms | One list of terms for both bodies | Q3 2026 |
| A2 | Reference mapping: buoy telemetry fields (v2) | Field by field, with units | 2H2027 |
| A3 | Interoperability test event - tide stations | Hosted by HMC | 31 Mar 2027 |
| A4 | Shared conformance test suite | Scope to be agreed | TBD |
"""

MD_VARIANTS = {
    **{f"table-{column}": MD_TABLE.format(column=column) for column in ("Expected", "Timeline", "Schedule")},
    **{f"table-{column}": MD_TABLE.format(column=column) for column in ("When", "Date", "Timing", "Due")},
    "sub-bullet-fields": """## Work items

- Joint glossary of tide gauge terms
  - Owner: HMC
  - Target: Q3 2026
- Reference mapping: buoy telemetry fields (v2)
  - Owner: OBC
  - Target: 2H2027
- Interoperability test event - tide stations
  - Owner: HMC
  - Target: 31 Mar 2027
- Shared conformance test suite
  - Owner: both
  - Target: TBD
""",
    "slide-status-column": """## Status of joint work

- Joint glossary of tide gauge terms \u2013 Q3 2026 \u2013 on track
- Reference mapping: buoy telemetry fields (v2) \u2013 2H2027 \u2013 drafting
- Interoperability test event - tide stations \u2013 31 Mar 2027 \u2013 venue open
- Shared conformance test suite \u2013 TBD \u2013 not started
""",
}


def pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str | None]]:
    """(text, target) of each milestone, its label or any of its texts, as written."""
    record = extracted(tmp_path, text, name)
    found = set()
    for milestone in record.milestones:
        target = milestone.target.text if milestone.target else None
        found |= {(t.strip().rstrip("."), target) for t in (milestone.label, *milestone.texts)}
    assert len(record.milestones) == len(ITEMS), [m.label for m in record.milestones]
    return found


@pytest.mark.parametrize("variant", sorted(PLAIN_VARIANTS))
def test_plain_text_layouts(tmp_path: Path, variant: str) -> None:
    assert pairs(tmp_path, HEAD + PLAIN_VARIANTS[variant], "register.txt") >= ITEMS


@pytest.mark.parametrize("variant", sorted(MD_VARIANTS))
def test_markdown_layouts(tmp_path: Path, variant: str) -> None:
    assert pairs(tmp_path, MD_HEAD + MD_VARIANTS[variant], "register.md") >= ITEMS


EXHIBIT = """<html><body><h1>Memorandum of Understanding between HMC and OBC</h1>
<h2>Parties</h2><p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Exhibit B - Joint Activities</h2>
<table><tr><th>Joint activity</th><th>Lead</th><th>Target date</th></tr>
<tr><td>Joint glossary of tide gauge terms</td><td>HMC</td><td>Q3 2026</td></tr>
<tr><td>Reference mapping: buoy telemetry fields (v2)</td><td>OBC</td><td>2H2027</td></tr>
<tr><td>Interoperability test event - tide stations</td><td>HMC</td><td>31 Mar 2027</td></tr>
<tr><td>Shared conformance test suite</td><td>both</td><td>TBD</td></tr>
</table></body></html>
"""

PAGE = """# Harbour Metrology Council and Open Buoy Consortium

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide data.

## Current joint work

- Joint glossary of tide gauge terms (Q3 2026)
- Reference mapping: buoy telemetry fields (v2) (2H2027)
- Interoperability test event - tide stations (31 Mar 2027)
- Shared conformance test suite (TBD)
"""

MINUTES = """Minutes: joint call of the Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

Date: 12 May 2026
Attendees: Marit Solberg (HMC), Tomasz Wierzbicki (OBC)

Agenda
1. Review of joint work items
2. AOB

Review of joint work items

Item                                            Status        Expected
==============================================  ============  ===========
Joint glossary of tide gauge terms              on track      Q3 2026
Reference mapping: buoy telemetry fields (v2)   drafting      2H2027
Interoperability test event - tide stations     venue open    31 Mar 2027
Shared conformance test suite                   not started   TBD

Next meeting: 9 June 2026
"""


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (EXHIBIT, "mou.html", "MemorandumOfUnderstanding"),
        (PAGE, "page.md", "AlliancePage"),
        (MINUTES, "minutes.txt", "MeetingRecord"),
    ],
    ids=["exhibit-table", "page-bracketed", "minutes-status-table"],
)
def test_work_items_whatever_the_kind_of_document(tmp_path: Path, text: str, name: str, kind: str) -> None:
    assert extracted(tmp_path, text, name).kind == kind
    assert pairs(tmp_path, text, name) >= ITEMS


HISTORY = """## Milestones

1. Joint glossary of tide gauge terms - Q3 2026

## Document history

Date
Description
12 Jan 2026
First draft circulated to both boards
3 Mar 2026
Comments of the Telemetry Task Force folded in

| Version | Date | Change |
|---|---|---|
| 0.9 | 2026-01-12 | Draft for comment |
| 1.0 | 2026-03-03 | Approved by both boards |

(c) 2026 Harbour Metrology Council. All rights reserved.
"""


@pytest.mark.parametrize("name", ["register.md", "register.txt"])
def test_a_document_history_is_no_work(tmp_path: Path, name: str) -> None:
    """The dated rows of a document's own history (one cell a line, or a table) and its copyright line
    are no work items: the history's heading ends the milestones section."""
    text = MD_HEAD + HISTORY if name.endswith(".md") else (HEAD + HISTORY).replace("## ", "")
    record = extracted(tmp_path, text, name)
    assert [(m.label, m.target.text if m.target else None) for m in record.milestones] == [
        ("Joint glossary of tide gauge terms", "Q3 2026")
    ]


# --- An addendum's changed items: the new target, the item as written ------------------------------

CHANGED = {
    ("Interoperability test event - tide stations", "31 Mar 2027"),
    ("Shared conformance test suite", "TBD"),
}
ADDENDUM_HEAD = HEAD.replace(
    "HMC / OBC Tide Data Work Register", "Addendum 1 to the HMC / OBC Tide Data Work Register"
)
ADDENDUM_VARIANTS = {
    "item-number-brackets": """Changes

Item 3 (Interoperability test event - tide stations): target changed from Q2 2027 to 31 Mar 2027.
Item 4 (Shared conformance test suite): target changed from Q4 2026 to TBD.
""",
    "quoted-title": """Changes

The target of "Interoperability test event - tide stations" moves from Q2 2027 to 31 Mar 2027.
The target of \u201cShared conformance test suite\u201d is postponed from Q4 2026 to TBD.
""",
    "named-after-target-of": """Changes

The target date of the Interoperability test event - tide stations is moved from Q2 2027 to 31 Mar 2027.
The target date of the Shared conformance test suite is changed from Q4 2026 to TBD.
""",
    "cells-a-line-previous-new": """Changes to the work items

Work item
Previous target
New target
Interoperability test event - tide stations
Q2 2027
31 Mar 2027
Shared conformance test suite
Q4 2026
TBD
""",
    "fixed-width-was-now": """Changes to the work items

Work item                                      Was        Now
---------------------------------------------  ---------  -----------
Interoperability test event - tide stations    Q2 2027    31 Mar 2027
Shared conformance test suite                  Q4 2026    TBD
""",
    "added-with-target-clause": """New work items

The following work items are added:

- Interoperability test event - tide stations, target 31 Mar 2027
- Shared conformance test suite, target TBD
""",
}


@pytest.mark.parametrize("variant", sorted(ADDENDUM_VARIANTS))
def test_an_addendum_s_changed_items(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, ADDENDUM_HEAD + ADDENDUM_VARIANTS[variant], "addendum.txt")
    assert record.kind == "RegisterAddendum"
    found = {(m.label, m.target.text if m.target else None) for m in record.milestones}
    found |= {(t, m.target.text if m.target else None) for m in record.milestones for t in m.texts}
    assert found >= CHANGED
    assert len(record.milestones) == len(CHANGED)


def test_a_status_between_the_dash_and_the_target_clause_is_no_part_of_the_item(tmp_path: Path) -> None:
    text = (
        MD_HEAD + "## Work items\n\n- Shared conformance test suite \u2014 in progress, target end of 2026\n"
    )
    record = extracted(tmp_path, text, "register.md")
    assert [(m.texts[0], m.target.text if m.target else None) for m in record.milestones] == [
        ("Shared conformance test suite", "end of 2026")
    ]


# --- Lists written without bullets: slides exported to text, a timeline of leading targets -------------

SLIDES = """HMC / OBC joint session
Harbour Metrology Council (HMC) - Open Buoy Consortium (OBC)
12 May 2026

Joint work status
Joint glossary of tide gauge terms: Q3 2026
Reference mapping: buoy telemetry fields (v2): 2H2027
Interoperability test event - tide stations: 31 Mar 2027
Shared conformance test suite: TBD

Next steps
Questions
"""

TIMELINE = """Timeline

Q3 2026: Joint glossary of tide gauge terms
2H2027: Reference mapping: buoy telemetry fields (v2)
31 Mar 2027: Interoperability test event - tide stations
"""

EXHIBIT_SIGNED = """MEMORANDUM OF UNDERSTANDING
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

The Parties wish to cooperate on tide data.

EXHIBIT A - JOINT ACTIVITIES

A.1 Joint glossary of tide gauge terms. Target date: Q3 2026.
A.2 Reference mapping: buoy telemetry fields (v2). Target date: 2H2027.
A.3 Interoperability test event - tide stations. Target date: 31 Mar 2027.
A.4 Shared conformance test suite. Target date: TBD.

Signed for HMC: Marit Solberg, Chair          Date: 2 March 2026
Signed for OBC: Tomasz Wierzbicki, President  Date: 4 March 2026
"""


def test_slide_lines_without_bullets(tmp_path: Path) -> None:
    """A status list of short lines, each ending on its target, under a heading naming no section."""
    assert pairs(tmp_path, SLIDES, "session.txt") >= ITEMS


def test_a_timeline_of_leading_targets(tmp_path: Path) -> None:
    """'Q3 2026: X' lines: neither run into one heading nor a 'terms' section for the item's words."""
    record = extracted(tmp_path, HEAD + TIMELINE, "register.txt")
    found = {(m.texts[0], m.target.text if m.target else None) for m in record.milestones}
    assert found == {pair for pair in ITEMS if pair[1] != "TBD"}


def test_an_exhibit_s_items_and_not_its_signatures(tmp_path: Path) -> None:
    """The dated signature lines under an exhibit's items are no items of it."""
    found = pairs(tmp_path, EXHIBIT_SIGNED, "mou.txt")
    assert found >= ITEMS
    assert not any(text.startswith("Signed") for text, _ in found)


def test_a_document_s_own_dates_in_a_row_are_no_work(tmp_path: Path) -> None:
    """Two dated lines naming the document's own dates (edited, effective) are no list of work items."""
    text = HEAD + "Last edited: 21 October 2026\nEffective date: 1 November 2026\n\nMilestones\n\n"
    text += "- Joint glossary of tide gauge terms - Q3 2026\n"
    record = extracted(tmp_path, text, "register.txt")
    assert [(m.texts[0], m.target.text if m.target else None) for m in record.milestones] == [
        ("Joint glossary of tide gauge terms", "Q3 2026")
    ]


LONG_LINES = """Milestones

Joint glossary of tide gauge terms for both member communities - Q3 2026
Reference mapping: buoy telemetry fields (v2) for the shared data portal - 2H2027
Interoperability test event - tide stations at the northern harbour site - 31 Mar 2027
"""


def test_long_dated_lines_are_not_one_wrapped_paragraph(tmp_path: Path) -> None:
    """Lines of more than 60 characters that each end on their target are items, not one paragraph
    wrapped at a margin (which ran the three into one milestone)."""
    record = extracted(tmp_path, HEAD + LONG_LINES, "register.txt")
    assert [(m.texts[0], m.target.text if m.target else None) for m in record.milestones] == [
        ("Joint glossary of tide gauge terms for both member communities", "Q3 2026"),
        ("Reference mapping: buoy telemetry fields (v2) for the shared data portal", "2H2027"),
        ("Interoperability test event - tide stations at the northern harbour site", "31 Mar 2027"),
    ]


TITLES_AND_FIELDS = """## Current joint work

Reference mapping: buoy telemetry fields (v2)
Expected: 2H2027

Shared conformance test suite
Owner: both
Expected: TBD
"""


def test_a_title_line_and_its_target_field_under_it(tmp_path: Path) -> None:
    """A title read as a short line with its target in a field line under it, outside a work-item
    section; a title whose first words end on a colon is no field of the title before it."""
    text = (HEAD + TITLES_AND_FIELDS.replace("## ", "")).replace("Register", "Joint Work")
    record = extracted(tmp_path, text, "work.txt")
    found = {(m.texts[0], m.target.text if m.target else None) for m in record.milestones}
    assert found == {
        ("Reference mapping: buoy telemetry fields (v2)", "2H2027"),
        ("Shared conformance test suite", "TBD"),
    }


def test_header_fields_of_a_statement_are_no_titled_item(tmp_path: Path) -> None:
    """'Approval: ...' over 'Deadline: ...' in a statement's header: two fields, no work item."""
    text = HEAD + "Approval:       Agreed at the joint meeting (Geneva, 30 January 2026)\n"
    text += "Deadline:       15 June 2026\n\nMilestones\n\n- Joint glossary of tide gauge terms - Q3 2026\n"
    record = extracted(tmp_path, text, "statement.txt")
    assert [m.texts[0] for m in record.milestones] == ["Joint glossary of tide gauge terms"]
