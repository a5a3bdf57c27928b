"""Layout invariance of a liaison statement's PURPOSE, DEADLINE and addressee (issue 12, point 9, session 16).

What the sender expects may be a field of its own ("Expected action: ACT (reply requested)"), while the
copies' line says "(for information)": the copies are for information, the statement asks for action. A
purpose "In response" answers and asks nothing. A letter saying "No action is requested" is for information.
A statement without a Deadline field asks for its reply by a date in the request itself ("kindly asks ...
if possible by 30 January 2026"). An addressee nobody knew, written "Body, Group", is a body and its group.

Every statement is invented (the bodies HMC, OBC and tidewave do not exist), each in three layouts, its
expected facts written before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODY = (
    "The HMC Tide Gauge Working Group thanks the Open Buoy Consortium (OBC) for its statement on telemetry "
    "formats and has reviewed the attached draft glossary."
)


def text_header(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{name}:{' ' * (16 - len(name))}{value}\n" for name, value in fields)


def markdown_header(fields: list[tuple[str, str]]) -> str:
    rows = "".join(f"| {name} | {value} |\n" for name, value in fields)
    return f"| Field | Value |\n|---|---|\n{rows}"


def html_header(fields: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{value}</td></tr>" for name, value in fields)
    return f"<table>{rows}</table>"


def statement(layout: str, title: str, fields: list[tuple[str, str]], body: str) -> tuple[str, str]:
    """A statement in one layout, and the file name its reader is chosen by."""
    paragraphs = [p for p in body.split("\n\n") if p]
    if layout == "text":
        return f"{title}\n\n{text_header(fields)}\n" + "\n\n".join(paragraphs) + "\n", "ls.txt"
    if layout == "markdown":
        return f"# {title}\n\n{markdown_header(fields)}\n" + "\n\n".join(paragraphs) + "\n", "ls.md"
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><h1>{title}</h1>{html_header(fields)}{html}</body></html>", "ls.html"


LAYOUTS = ["text", "markdown", "html"]


def liaison_of(
    tmp_path: Path, layout: str, title: str, fields: list[tuple[str, str]], body: str
) -> AllianceRecord:
    text, name = statement(layout, title, fields, body)
    record = extracted(tmp_path, text, name)
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None
    return record


ENDS = [
    ("From", "Harbour Metrology Council (HMC) Tide Gauge Working Group"),
    ("To", "Open Buoy Consortium (OBC)"),
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_expected_action_field_outweighs_the_copies_information(tmp_path: Path, layout: str) -> None:
    fields = [
        *ENDS,
        ("Copy", "HMC Data Task Force (for information)"),
        ("Expected action", "ACT (reply requested)"),
    ]
    record = liaison_of(tmp_path, layout, "Liaison statement on tide data glossary", fields, BODY)
    assert record.liaison is not None and record.liaison.purpose == "action"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("purpose", ["In response", "In reply to OBC-LS-2026-04"])
def test_a_purpose_in_response_is_information(tmp_path: Path, layout: str, purpose: str) -> None:
    fields = [*ENDS, ("Purpose", purpose)]
    record = liaison_of(tmp_path, layout, "Liaison statement on tide data glossary", fields, BODY)
    assert record.liaison is not None and record.liaison.purpose == "information"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "says",
    [
        "No action is requested of the OBC; we would welcome further updates.",
        "We would like to inform the OBC of the state of the glossary.",
    ],
)
def test_a_statement_asking_nothing_is_for_information(tmp_path: Path, layout: str, says: str) -> None:
    fields = [*ENDS, ("Subject", "Liaison on the tide data glossary")]
    record = liaison_of(
        tmp_path, layout, "Liaison statement on tide data glossary", fields, f"{BODY}\n\n{says}"
    )
    assert record.liaison is not None and record.liaison.purpose == "information"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "asking",
    [
        "ACTION: The HMC kindly asks the OBC Telemetry Task Force to comment on the draft, if possible by "
        "30 January 2027, so that the answer can be used at its next meeting.",
        "The HMC would appreciate a reply no later than 30 January 2027.",
        "The HMC requests the OBC to send its comments before 30 January 2027.",
    ],
)
def test_the_date_a_request_names_is_the_deadline(tmp_path: Path, layout: str, asking: str) -> None:
    fields = [*ENDS, ("Title", "Tide data glossary")]
    body = f"{BODY} The HMC plans to publish the glossary in March 2027.\n\n{asking}"
    record = liaison_of(tmp_path, layout, "Liaison statement on tide data glossary", fields, body)
    assert record.liaison is not None
    assert (record.liaison.deadline, record.liaison.purpose) == ("2027-01-30", "action")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_unknown_body_and_its_group_are_two_ends(tmp_path: Path, layout: str) -> None:
    fields = [
        ("From", "Harbour Metrology Council (HMC) Tide Gauge Working Group"),
        ("To", "tidewave Foundation, tidewaveOS Working Group"),
        ("Purpose", "For action"),
    ]
    record = liaison_of(tmp_path, layout, "Liaison statement on tide data glossary", fields, BODY)
    assert record.liaison is not None
    recipients = {(e.kind, e.label) for e in record.liaison.recipients}
    assert ("organization", "tidewave Foundation") in recipients, recipients
    assert ("unit", "tidewaveOS Working Group") in recipients, recipients
