# ruff: noqa: E501  (a table with one item a column is as wide as its items)
"""Layout invariance of work items (session 19, tuner K): layouts real registers use that the rules did
not read. A Gantt chart's tasks (a Mermaid `gantt` block in a README, fenced or not), records of
`key: value` fields (a YAML register's list of items, a board export's cards, the same fields one a
line), a table turned on its side (one item a column, one field a row), and a published spreadsheet
whose row numbers come between its rows. Each variant carries the same invented items; the facts were
written before the rules ran on any variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD, milestone_pairs

GANTT_ITEMS = {
    ("Tide gauge datum survey note", "2026-11-27"),
    ("Buoy telemetry field mapping", "2027-03-31"),
    ("Joint review at the spring plenary", "2026-05-12"),
}

GANTT_TASKS = """gantt
    title HMC / OBC tide data roadmap
    dateFormat  YYYY-MM-DD
    axisFormat  %b %Y
    excludes    weekends
    section HMC
    Tide gauge datum survey note      :done,   hmc1, 2026-01-05, 2026-11-27
    section OBC
    Buoy telemetry field mapping      :active, obc1, 2026-02-02, 2027-03-31
    section Both
    Joint review at the spring plenary :milestone, j1, 2026-05-12, 0d
    Shared sample archive             :        j2, after obc1, 30d
"""

GANTT_VARIANTS = {
    "markdown-backticks": (
        "register.md",
        TIDE_REGISTER_MD_HEAD + "## Roadmap\n\n```mermaid\n" + GANTT_TASKS + "```\n",
    ),
    "markdown-tildes": (
        "register.md",
        TIDE_REGISTER_MD_HEAD + "## Plan\n\n~~~ mermaid\n" + GANTT_TASKS + "~~~\n",
    ),
    "markdown-no-section": (
        "register.md",
        TIDE_REGISTER_MD_HEAD
        + "The chart below is our plan.\n\n```mermaid\n"
        + GANTT_TASKS
        + "```\n\nEnd.\n",
    ),
    "plain-text": (
        "register.txt",
        TIDE_REGISTER_HEAD + "Roadmap\n\n" + GANTT_TASKS + "\nEnd of the roadmap.\n",
    ),
}


@pytest.mark.parametrize("variant", sorted(GANTT_VARIANTS))
def test_a_gantt_chart_s_tasks_are_work_items(tmp_path: Path, variant: str) -> None:
    """Each task line is a work item: its target the end it is given, a milestone's (0d) its day; a
    task whose end is only a duration after another task has no target written, and is no fact here."""
    name, text = GANTT_VARIANTS[variant]
    found = milestone_pairs(tmp_path, text, name)
    assert found >= GANTT_ITEMS
    assert not any(
        label.lower().startswith(("title", "dateformat", "section", "gantt")) for label, _ in found
    )


RECORD_ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "2027-03-31"),
    ("Interoperability test event at the autumn plenary", "tbd"),
}

YAML_RECORDS = """workItems:
  - id: 1
    title: Joint glossary of tide gauge terms
    lead: HMC
    target: Q3 2026
    status: in-progress
  - id: 2
    title: "Reference mapping of buoy telemetry fields"
    lead: OBC
    target: 2027-03-31        # moved from Q4 2026
    status: planned
  - id: 3
    title: Interoperability test event at the autumn plenary
    lead: both
    target: tbd
    status: proposed

approvals:
  - body: HMC Council
    date: 2026-01-20
  - body: OBC Board
    date: 2026-02-03
"""

KEY_LINES = """Work items

id: WI-1
title: Joint glossary of tide gauge terms
owner: HMC
due: Q3 2026

id: WI-2
title: Reference mapping of buoy telemetry fields
owner: OBC
due: 2027-03-31

id: WI-3
title: Interoperability test event at the autumn plenary
owner: both
due: tbd
"""

BOARD_CARDS = """## List: In progress

### Card 41

title: Joint glossary of tide gauge terms color: blue labels: [glossary]

owner: HMC due: Q3 2026 created: 2026-02-01T10:00:00Z updated: 2026-03-04T08:00:00Z Draft shared.

### Card 42

title: Reference mapping of buoy telemetry fields

color: green labels: [mapping]

owner: OBC due: 2027-03-31 created: 2026-02-01T10:05:00Z

## List: Backlog

### Card 43

title: Interoperability test event at the autumn plenary color: grey

owner: both due: tbd
"""

RECORD_VARIANTS = {
    "yaml-as-text": ("register.txt", TIDE_REGISTER_HEAD + YAML_RECORDS),
    "key-lines-text": ("register.txt", TIDE_REGISTER_HEAD + KEY_LINES),
    "key-lines-markdown": ("register.md", TIDE_REGISTER_MD_HEAD + "## " + KEY_LINES),
    "board-cards-markdown": ("register.md", TIDE_REGISTER_MD_HEAD + BOARD_CARDS),
}


@pytest.mark.parametrize("variant", sorted(RECORD_VARIANTS))
def test_records_of_key_fields_are_work_items(tmp_path: Path, variant: str) -> None:
    """One item per record: its title field the item, its target (due) field the target, whatever other
    fields come with it; a record with no title (an approval's body and date) is none."""
    name, text = RECORD_VARIANTS[variant]
    found = milestone_pairs(tmp_path, text, name)
    assert found == RECORD_ITEMS


TRANSPOSED_ITEMS = {
    ("Joint glossary of tide gauge terms", "30.09.2026"),
    ("Reference mapping of buoy telemetry fields", "Q3 CY2026"),
    ("Interoperability test event", "tbd"),
}

TRANSPOSED_VARIANTS = {
    "markdown": (
        "register.md",
        TIDE_REGISTER_MD_HEAD
        + """## Work items

One work item per column.

| Field | WI-1 | WI-2 | WI-3 |
|---|---|---|---|
| Work item | Joint glossary of tide gauge terms | Reference mapping of buoy telemetry fields | Interoperability test event |
| Lead | HMC | OBC | both |
| Target | 30.09.2026 | Q3 CY2026 | tbd |
| Status | drafting | not started | proposed |
""",
    ),
    "html": (
        "register.html",
        "<html><body><h1>HMC / OBC Tide Data Work Register</h1><h2>Organizations</h2><ul>"
        "<li>Harbour Metrology Council (HMC), through its Tide Gauge Working Group</li>"
        "<li>Open Buoy Consortium (OBC), through its Telemetry Task Force</li></ul>"
        "<h2>Joint activities</h2><table>"
        "<tr><th></th><th>1</th><th>2</th><th>3</th></tr>"
        "<tr><th>Deliverable</th><td>Joint glossary of tide gauge terms</td>"
        "<td>Reference mapping of buoy telemetry fields</td><td>Interoperability test event</td></tr>"
        "<tr><th>Owner</th><td>HMC</td><td>OBC</td><td>both</td></tr>"
        "<tr><th>Due</th><td>30.09.2026</td><td>Q3 CY2026</td><td>tbd</td></tr>"
        "</table></body></html>",
    ),
    "no-header-row": (
        "register.md",
        TIDE_REGISTER_MD_HEAD
        + """## Joint work

| Title | Joint glossary of tide gauge terms | Reference mapping of buoy telemetry fields | Interoperability test event |
|---|---|---|---|
| Target date | 30.09.2026 | Q3 CY2026 | tbd |
| Owner | HMC | OBC | both |
""",
    ),
}


@pytest.mark.parametrize("variant", sorted(TRANSPOSED_VARIANTS))
def test_a_table_with_one_item_a_column(tmp_path: Path, variant: str) -> None:
    """The row named for the item gives each column's item, the row named for the target its target; the
    field names of the first column are no items."""
    name, text = TRANSPOSED_VARIANTS[variant]
    assert milestone_pairs(tmp_path, text, name) == TRANSPOSED_ITEMS


SHEET_ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "2027/03/31"),
    ("Interoperability test event", "tbd"),
}


def sheet(rows: list[list[str]], numbered: bool) -> str:
    """A published spreadsheet: each row under its row number (a header cell of its own)."""
    cells = []
    for index, row in enumerate(rows, start=1):
        number = f"<th class='row-header'><div>{index}</div></th>" if numbered else ""
        cells.append("<tr>" + number + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    return (
        "<html><body><table><thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>"
        + "".join(cells)
        + "</tbody></table></body></html>"
    )


SHEET_ROWS = [
    ["HMC / OBC Tide Data Work Register", "", "", ""],
    ["ORGANIZATIONS", "", "", ""],
    ["1", "Harbour Metrology Council (HMC)", "Tide Gauge Working Group", ""],
    ["2", "Open Buoy Consortium (OBC)", "Telemetry Task Force", ""],
    ["", "", "", ""],
    ["#", "Work item", "Lead", "Target"],
    ["1", "Joint glossary of tide gauge terms", "HMC", "Q3 2026"],
    ["2", "Reference mapping of buoy telemetry fields", "OBC", "2027/03/31"],
    ["3", "Interoperability test event", "both", "tbd"],
]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_spreadsheet_s_row_numbers_do_not_end_its_table(tmp_path: Path, numbered: bool) -> None:
    assert milestone_pairs(tmp_path, sheet(SHEET_ROWS, numbered), "register.html") >= SHEET_ITEMS


def test_a_signature_table_on_its_side_is_no_work(tmp_path: Path) -> None:
    """A memorandum's signatures, one party a column ("Title | Chair | Director", "Date | ..."): a job
    title over a bare date is no work item."""
    text = (
        TIDE_REGISTER_MD_HEAD
        + """## Signatures

| | HMC | OBC |
|---|---|---|
| By | Ada Lindqvist | Bruno Sancho |
| Title | Secretary General | Executive Director |
| Date | 4 May 2026 | May 11, 2026 |
"""
    )
    assert milestone_pairs(tmp_path, text, "register.md") == set()


def test_an_empty_spreadsheet_row_ends_the_table(tmp_path: Path) -> None:
    """Two row numbers in a row are an empty row: the contacts table under it is no part of the work items."""
    rows = [
        *SHEET_ROWS,
        ["", "", "", ""],
        ["Org.", "Contact", "Role", "E-mail"],
        ["HMC", "Ada Lindqvist", "Liaison officer", "ada.l@hmc.example"],
    ]
    found = milestone_pairs(tmp_path, sheet(rows, True), "register.html")
    assert found >= SHEET_ITEMS
    assert not any("Lindqvist" in label for label, _ in found)
