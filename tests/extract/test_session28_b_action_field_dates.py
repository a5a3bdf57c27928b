"""A statement's action field that says by when (issue 12 point 9, session 28, B).

A committee's liaison letter writes its request and its date in one field: "Action: For comment by
2026-05-15", "Action requested: reply before 30 April 2027", "Expected action: Review, no later than
12 March 2027". The date the field asks the reply by is the statement's deadline, as a Deadline field's
would be; a date of something else in that field ("Action: Note the plenary of 4 May 2027") is none.
Before the rule the deadline was lost unless a Deadline field or a sentence of the body said it. Bodies
and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.headers import header_fields
from kg.model.source_text import SourceText

FIELDS = [
    ("Action", "For comment by 2027-05-15", "2027-05-15"),
    ("Action requested", "Please reply before 30 April 2027", "2027-04-30"),
    ("Expected action", "Review of the draft, no later than 12 March 2027", "2027-03-12"),
]
LAYOUTS = {
    "ls.md": "**Title:** Liaison statement on buoy telemetry\n\n"
    "**Source:** Harbour Metrology Council (HMC)\n\n**To:** Open Buoy Consortium (OBC)\n\n"
    "**{label}:** {value}\n\nHMC shares its draft on buoy telemetry.\n",
    "ls.txt": "LIAISON STATEMENT\n\nTitle:   Liaison statement on buoy telemetry\nSource:  Harbour Metrology "
    "Council (HMC)\nTo:      Open Buoy Consortium (OBC)\n{label}: {value}\n\n"
    "HMC shares its draft on buoy telemetry.\n",
    "ls.html": "<html><body><h1>Liaison statement on buoy telemetry</h1><table>"
    "<tr><td>Source</td><td>Harbour Metrology Council (HMC)</td></tr>"
    "<tr><td>To</td><td>Open Buoy Consortium (OBC)</td></tr><tr><td>{label}</td><td>{value}</td></tr>"
    "</table><p>HMC shares its draft on buoy telemetry.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize(("label", "value", "deadline"), FIELDS)
def test_the_date_an_action_field_asks_by_is_the_deadline(
    tmp_path: Path, name: str, label: str, value: str, deadline: str
) -> None:
    record = extracted(tmp_path, LAYOUTS[name].format(label=label, value=value), name)
    assert record.liaison is not None
    assert record.liaison.deadline == deadline
    assert record.liaison.purpose == "action"


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_date_the_field_asks_nothing_by_is_no_deadline(tmp_path: Path, name: str) -> None:
    record = extracted(
        tmp_path, LAYOUTS[name].format(label="Action", value="Note the plenary of 4 May 2027"), name
    )
    assert record.liaison is not None
    assert record.liaison.deadline is None


@pytest.mark.parametrize(
    "titles", ["Deliverable\tTarget (2027)", "Deliverable\tQ1 2027\tQ2 2027", "Action\tDue (2027)"]
)
def test_a_plan_table_with_years_in_its_titles_stays_a_plan(titles: str) -> None:
    """Column titles holding a year ("Target (2027)", "Q1 2027") head a plan: its rows are no fields."""
    text = f"Joint work plan\n\n{titles}\nGlossary published\t1 June 2027\nTest suite\tQ3 2027\n"
    document = SourceText(Path("plan.html"), "text/html", "", text, range(len(text)))
    assert not [f.name for f in header_fields(document) if f.name in ("glossary published", "test suite")]
