"""A liaison form's fields under the other names forms give them (issue 12 point 9, session 27, engineer B,
s27b): the family is a header of labelled fields, in plain text, Markdown and an HTML table.

- The sender: "Prepared by"; the addressee: "Submitted to", "Directed to", "External organization",
  "Receiver".
- The purpose: a "Nature" or "Liaison purpose" field, and what the value asks for: "For decision", "For
  endorsement", "For approval", "For input" ask the addressee to act; "For noting", "For awareness", "For
  info" ask nothing (information).
- The deadline: "Response needed by", "Reply required by", "Feedback requested by", "Date for reply".

Every body and group is invented; the expected fields were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODY = (
    "The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its letter on tide data"
    " exchange. HMC has progressed its tide data profile and shares the draft."
)
FORMATS = ("ls.txt", "ls.md", "ls.html")


def statement(fields: list[tuple[str, str]], name: str) -> str:
    if name.endswith(".md"):
        lines = "\n".join(f"**{key}:** {value}  " for key, value in fields)
        return f"# Liaison statement\n\n{lines}\n\n{BODY}\n"
    if name.endswith(".html"):
        rows = "".join(f"<tr><td>{key}</td><td>{value}</td></tr>" for key, value in fields)
        return f"<html><body><h1>Liaison statement</h1><table>{rows}</table><p>{BODY}</p></body></html>"
    lines = "\n".join(f"{key}: {value}" for key, value in fields)
    return f"LIAISON STATEMENT\n\n{lines}\n\n{BODY}\n"


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    liaison = record.liaison
    assert liaison is not None
    return (
        {e.acronym or e.label for e in liaison.senders},
        {e.acronym or e.label for e in liaison.recipients},
    )


TITLE = ("Title", "LS on the tide data profile")
ENDS = [
    [TITLE, ("Submitted by", "HMC"), ("Submitted to", "OBC")],
    [TITLE, ("Prepared by", "HMC"), ("Directed to", "OBC")],
    [TITLE, ("Source", "HMC"), ("External organization", "OBC")],
    [TITLE, ("From", "HMC"), ("Receiver", "OBC")],
]


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize("fields", ENDS)
def test_sender_and_addressee_under_a_form_s_names(
    tmp_path: Path, name: str, fields: list[tuple[str, str]]
) -> None:
    senders, recipients = ends(extracted(tmp_path, statement(fields, name), name))
    assert "HMC" in senders and "OBC" in recipients, (senders, recipients)


PURPOSES = [
    (("Purpose", "For decision"), "action"),
    (("Purpose", "For endorsement"), "action"),
    (("Liaison purpose", "For approval"), "action"),
    (("Nature", "Input requested"), "action"),
    (("Purpose", "For noting"), "information"),
    (("Nature", "For awareness"), "information"),
    (("Purpose", "For info"), "information"),
]


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize(("field", "purpose"), PURPOSES)
def test_a_purpose_field_s_other_words(
    tmp_path: Path, name: str, field: tuple[str, str], purpose: str
) -> None:
    fields = [TITLE, ("From", "HMC"), ("To", "OBC"), field]
    liaison = extracted(tmp_path, statement(fields, name), name).liaison
    assert liaison is not None and liaison.purpose == purpose, liaison


DEADLINES = ["Response needed by", "Reply required by", "Feedback requested by", "Date for reply"]


@pytest.mark.parametrize("name", FORMATS)
@pytest.mark.parametrize("label", DEADLINES)
def test_a_deadline_field_s_other_names(tmp_path: Path, name: str, label: str) -> None:
    fields = [TITLE, ("From", "HMC"), ("To", "OBC"), ("Purpose", "For action"), (label, "31 March 2028")]
    liaison = extracted(tmp_path, statement(fields, name), name).liaison
    assert liaison is not None and liaison.deadline == "2028-03-31", liaison
