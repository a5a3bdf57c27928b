"""Layout invariance of a liaison statement's header fields written without a colon (issue 12, point 9,
session 17, tag c), as a web page of a statement tracker saved as text lays them out: each label on a line
of its own with its value on the next (with or without blank lines between), or the label and its value
on one line parted by a tab or by a few blanks, or a definition list of an HTML page. The facts (sender,
addressee, purpose, deadline, dates, contacts with their bodies) were written before the rule ran on any
variant; bodies, people and text are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

from kg.extract.headers import header_fields
from kg.model.source_text import SourceText

TITLE = "Liaison statement\nReply to OBC on tide gauge telemetry profiles\n\n"
FIELDS = [
    ("State", "Posted"),
    ("Submission date", "2026-03-12"),
    ("From", "Harbour Metrology Council (HMC) Tide Gauge Working Group"),
    ("From contact", "Marit Solberg"),
    ("To", "Open Buoy Consortium (OBC) Telemetry Task Force"),
    ("To contacts", "Tomasz Wierzbicki"),
    ("Response contact", "Ingrid Halvorsen <ingrid.halvorsen@hmc.example>"),
    ("Purpose", "For action"),
    ("Deadline", "2026-05-30"),
]
BODY = (
    "\nBody\nThe HMC Tide Gauge Working Group thanks the OBC Telemetry Task Force for its statement on buoy\n"
    "telemetry profiles, and asks OBC to align the field names of the draft with the HMC glossary.\n"
)


def stacked(blank: str) -> str:
    return TITLE + "".join(f"{label}\n{blank}{value}\n{blank}" for label, value in FIELDS) + BODY


def side_by_side(joint: str) -> str:
    return TITLE + "".join(f"{label}{joint}{value}\n" for label, value in FIELDS) + BODY


def fixed_width() -> str:
    """The labels padded to one column, the longest followed by a single blank (a page's table as text)."""
    width = max(len(label) for label, _ in FIELDS) + 1
    return TITLE + "".join(f"{label.ljust(width)}{value}\n" for label, value in FIELDS) + BODY


def definition_list() -> str:
    items = "".join(f"<dt>{label}</dt><dd>{value.replace('<', '&lt;')}</dd>\n" for label, value in FIELDS)
    return (
        "<html><body><h1>Liaison statement</h1><h2>Reply to OBC on tide gauge telemetry profiles</h2>\n"
        f"<dl>\n{items}</dl>\n<h3>Body</h3><p>{' '.join(BODY.split()[1:])}</p></body></html>\n"
    )


VARIANTS = {
    "stacked.txt": stacked(""),
    "stacked-blank-lines.txt": stacked("\n"),
    "tab.txt": side_by_side("\t"),
    "two-blanks.txt": side_by_side("  "),
    "fixed-width.txt": fixed_width(),
    "definition-list.html": definition_list(),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_ends_purpose_and_deadline_of_a_header_without_colons(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, VARIANTS[variant], "statement" + Path(variant).suffix)
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None
    assert "Harbour Metrology Council" in {e.label for e in record.liaison.senders}
    assert "Open Buoy Consortium" in {e.label for e in record.liaison.recipients}
    assert (record.liaison.purpose, record.liaison.deadline) == ("action", "2026-05-30")
    assert {(d.role, d.value) for d in record.dates} >= {
        ("published", "2026-03-12"),
        ("deadline", "2026-05-30"),
    }


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_contacts_of_a_header_without_colons(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, VARIANTS[variant], "statement" + Path(variant).suffix)
    assert contact_orgs(record) == {
        "marit solberg": "hmc",
        "tomasz wierzbicki": "obc",
        "ingrid halvorsen": "hmc",
    }


def fields_of(text: str) -> dict[str, str]:
    document = SourceText(Path("statement.txt"), "text/plain", "", text, range(len(text)))
    return {f.name: f.value for f in header_fields(document)}


def test_stacked_labels_are_read_as_fields() -> None:
    fields = fields_of(stacked(""))
    assert fields["from contact"] == "Marit Solberg"
    assert fields["submission date"] == "2026-03-12"
    assert fields["to"] == "Open Buoy Consortium (OBC) Telemetry Task Force"


def test_one_heading_over_a_paragraph_is_no_field() -> None:
    # a section titled by a field's name over its text (a memorandum's "Purpose"): no stacked header
    text = "Memorandum of understanding\n\nPurpose\nThe parties cooperate on tide gauge data.\n"
    assert "purpose" not in fields_of(text)


def test_a_heading_that_is_no_field_name_takes_no_value() -> None:
    text = "Liaison statement\n\nBackground\nHMC met on 3 May.\nScope\nTide data only.\n"
    assert fields_of(text) == {}
