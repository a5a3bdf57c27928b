"""Layout invariance of a document's dates (issue 12, point 9, session 15, tag c): the same date in the
styles real documents write it, and the same role (effective, signed, approved, review, deadline,
meeting, published) in the layouts that give it: a header field, a table row, Markdown bold, a sentence
of a memorandum's terms. The expected facts were written before the rules ran on the variants; the
bodies are invented.

Why: held-out dates scored 0.75 (recall 0.67) against 0.93 on dev; and a date in the title of a cited
document is no date of this one (precision).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, extracted

from kg.model.records import AllianceRecord

TITLE = "# HMC / OBC Tide Data Work Register\n\n"
BODY = ORGS + "## Work items\n\n- Joint glossary of tide gauge terms: Q3 2026\n"

# --- one day in every style -----------------------------------------------------------------------

DAY_STYLES = (
    "3 May 2024",
    "03 May 2024",
    "May 3, 2024",
    "May 3rd, 2024",
    "3rd May 2024",
    "3rd of May 2024",
    "3 May, 2024",
    "2024-05-03",
    "03.05.2024",
    "3-May-2024",
    "Friday, 3 May 2024",
    "Friday, May 3, 2024",
)


def dates_of(record: AllianceRecord) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in record.dates}


@pytest.mark.parametrize("day", DAY_STYLES)
def test_an_effective_date_in_every_style(tmp_path: Path, day: str) -> None:
    record = extracted(tmp_path, TITLE + f"Effective date: {day}\n\n" + BODY, "register.md")
    assert ("effective", "2024-05-03") in dates_of(record)


# --- one role in every layout -----------------------------------------------------------------------

# (the text before the body, the expected (role, value))
ROLE_LAYOUTS = {
    "effective-field": ("Effective date: 3 May 2024", ("effective", "2024-05-03")),
    "effective-table-row": (
        "| Field | Value |\n|---|---|\n| Effective date | 3 May 2024 |",
        ("effective", "2024-05-03"),
    ),
    "effective-bold": ("**Effective date:** 3 May 2024", ("effective", "2024-05-03")),
    "comes-into-force-field": ("Comes into force: 3 May 2024", ("effective", "2024-05-03")),
    "enters-into-force-sentence": (
        "This register enters into force on 3 May 2024.",
        ("effective", "2024-05-03"),
    ),
    "shall-enter-into-force-sentence": (
        "This Memorandum shall enter into force on 3 May 2024 and remain in force for three years.",
        ("effective", "2024-05-03"),
    ),
    "becomes-effective-sentence": (
        "The register becomes effective on 3 May 2024.",
        ("effective", "2024-05-03"),
    ),
    "approved-by-the-board": ("Approved by the HMC Board on 3 May 2024.", ("approved", "2024-05-03")),
    "board-approved-this-register": (
        "The HMC Board approved this register on 3 May 2024.",
        ("approved", "2024-05-03"),
    ),
    "approval-date-field": ("Approval date: 2024-05-03", ("approved", "2024-05-03")),
    "approved-table-row": (
        "| Status | Approved |\n|---|---|\n| Approved on | 3 May 2024 |",
        ("approved", "2024-05-03"),
    ),
    "next-review-field": ("Next review: May 2025", ("review", "2025-05")),
    "next-review-quarter": ("Next review: Q2 2025", ("review", "2025")),
    "review-sentence": ("This register will be reviewed by May 2025.", ("review", "2025-05")),
    "review-it-no-later-than": (
        "The Parties will review it no later than May 2025.",
        ("review", "2025-05"),
    ),
    "first-review-due": ("The first review is due in May 2025.", ("review", "2025-05")),
    "created-field": ("Created: 3 May 2024", ("initiated", "2024-05-03")),
    "register-opened-sentence": ("The register was opened on 3 May 2024.", ("initiated", "2024-05-03")),
    "last-updated-field": ("Last updated: 3 May 2024", ("published", "2024-05-03")),
    "published-sentence": ("Published 3 May 2024", ("published", "2024-05-03")),
    "last-modified-field": ("Last modified: 3 May 2024", ("published", "2024-05-03")),
    "adopted-by-the-board": ("Adopted by the HMC Board on 3 May 2024.", ("approved", "2024-05-03")),
    "endorsed-field": ("Endorsed: 3 May 2024", ("approved", "2024-05-03")),
    "with-effect-from": ("This register applies with effect from 3 May 2024.", ("effective", "2024-05-03")),
    "valid-from-field": ("Valid from: 3 May 2024", ("effective", "2024-05-03")),
}


@pytest.mark.parametrize("layout", sorted(ROLE_LAYOUTS))
def test_a_role_in_every_layout(tmp_path: Path, layout: str) -> None:
    top, fact = ROLE_LAYOUTS[layout]
    record = extracted(tmp_path, TITLE + top + "\n\n" + BODY, "register.md")
    found = dates_of(record)
    assert fact in found
    assert {d for d in found if d[0] == fact[0]} == {fact}  # no other date of that role


def test_approvals_with_their_dates_in_brackets(tmp_path: Path) -> None:
    top = "Approved by the HMC Board (3 May 2024) and the OBC Steering Committee (9 May 2024)."
    record = extracted(tmp_path, TITLE + top + "\n\n" + BODY, "register.md")
    approved = {d for d in dates_of(record) if d[0] == "approved"}
    assert approved == {("approved", "2024-05-03"), ("approved", "2024-05-09")}


HISTORY_HEADERS = {
    "version-date": "| Version | Date | Changes |",
    "date-first": "| Date | Version | Description |",
    "rev-date-of-change": "| Rev. | Date of change | Summary |",
    "issue-release-date": "| Issue | Release date | Notes |",
}


@pytest.mark.parametrize("header", sorted(HISTORY_HEADERS))
def test_the_latest_row_of_a_document_history(tmp_path: Path, header: str) -> None:
    columns = HISTORY_HEADERS[header]
    first, second = ("2024-01-15", "2024-05-03")
    date_first = columns.startswith("| Date")
    rows = [(first, "1.0", "First issue"), (second, "1.1", "Glossary added")]
    lines = [f"| {d} | {v} | {c} |" if date_first else f"| {v} | {d} | {c} |" for d, v, c in rows]
    history = "\n## Document history\n\n" + columns + "\n|---|---|---|\n" + "\n".join(lines) + "\n"
    record = extracted(tmp_path, TITLE + BODY + history, "register.md")
    assert {d for d in dates_of(record) if d[0] == "published"} == {("published", "2024-05-03")}


def test_two_signing_dates_in_one_field(tmp_path: Path) -> None:
    top = "Signed: 3 May 2024 (HMC); 9 May 2024 (OBC)"
    record = extracted(tmp_path, TITLE + top + "\n\n" + BODY, "register.md")
    assert {d for d in dates_of(record) if d[0] == "signed"} == {
        ("signed", "2024-05-03"),
        ("signed", "2024-05-09"),
    }


MINUTES = (
    """# HMC / OBC joint call

{field}

"""
    + ORGS
    + """

## Attendees

- Marit Solberg (HMC)
- Tomasz Wierzbicki (OBC)

## Actions

- HMC to circulate the glossary draft by 30 June 2024.
"""
)


@pytest.mark.parametrize(
    "field",
    ["Date/Time: 3 May 2024, 14:00 UTC", "When: Friday, 3 May 2024, 14:00-15:00 UTC", "Date: 3 May 2024"],
)
def test_the_day_of_a_meeting_in_its_record_s_fields(tmp_path: Path, field: str) -> None:
    record = extracted(tmp_path, MINUTES.format(field=field), "minutes.md")
    assert {d for d in dates_of(record) if d[0] == "meeting"} == {("meeting", "2024-05-03")}


# --- a memorandum's own dates ---------------------------------------------------------------------

MOU = """MEMORANDUM OF UNDERSTANDING
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

{opening}

1. Purpose

The Parties cooperate on a joint glossary of tide gauge terms.

2. Duration

{duration}
"""

MOU_VARIANTS = {
    "signed-this-day": (
        "This Memorandum is signed this 3rd day of May, 2024, by the Parties named above.",
        "This Memorandum remains in force for three years.",
        ("signed", "2024-05-03"),
    ),
    "entered-into-this-day": (
        "THIS MEMORANDUM is entered into this 3rd day of May, 2024, by and between the Parties.",
        "This Memorandum remains in force for three years.",
        ("signed", "2024-05-03"),
    ),
    "signed-at-a-place-on": (
        "Signed at Bergen on 3 May 2024.",
        "This Memorandum remains in force for three years.",
        ("signed", "2024-05-03"),
    ),
    "enters-into-force": (
        "",
        "This Memorandum enters into force on 3 May 2024 and remains in force for three years.",
        ("effective", "2024-05-03"),
    ),
    "effective-as-of": (
        "This Memorandum is effective as of May 3, 2024.",
        "It remains in force for three years.",
        ("effective", "2024-05-03"),
    ),
    "renewed-on": (
        "",
        "The Parties renewed this Memorandum on 3 May 2024 for three more years.",
        ("signed", "2024-05-03"),
    ),
}


@pytest.mark.parametrize("variant", sorted(MOU_VARIANTS))
def test_a_memorandum_s_dates(tmp_path: Path, variant: str) -> None:
    opening, duration, fact = MOU_VARIANTS[variant]
    record = extracted(tmp_path, MOU.format(opening=opening, duration=duration), "mou.txt")
    assert fact in dates_of(record)


# --- a statement's deadline and meeting ---------------------------------------------------------------

STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC), Tide Gauge Working Group
To: Open Buoy Consortium (OBC), Telemetry Task Force
Title: Joint glossary of tide gauge terms
Purpose: For action
{field}

The Tide Gauge Working Group asks the Telemetry Task Force for comments on the glossary draft.
"""

STATEMENT_VARIANTS = {
    "response-requested-by": ("Response requested by: 2024-08-31", ("deadline", "2024-08-31")),
    "reply-requested-by": ("Reply requested by: 31 August 2024", ("deadline", "2024-08-31")),
    "deadline-field": ("Deadline: 31 August 2024", ("deadline", "2024-08-31")),
    "comments-by-sentence": ("Please send comments by 31 August 2024.", ("deadline", "2024-08-31")),
    "meeting-with-place-and-days": (
        "At its 12th meeting (Bergen, 3-7 June 2024), the Tide Gauge Working Group agreed this statement.",
        ("meeting", "2024-06"),
    ),
}


@pytest.mark.parametrize("variant", sorted(STATEMENT_VARIANTS))
def test_a_statement_s_deadline_and_meeting(tmp_path: Path, variant: str) -> None:
    field, fact = STATEMENT_VARIANTS[variant]
    record = extracted(tmp_path, STATEMENT.format(field=field), "statement.txt")
    assert fact in dates_of(record)


# --- dates that are not the document's ----------------------------------------------------------------

OTHER_DOCUMENTS = {
    "cited-standard-with-a-date": "It builds on HMC TR-12, Tide gauge vocabulary, approved 12 March 2019.",
    "cited-standard-edition": "Terms follow ISO 19115-1:2014 and the HMC glossary of June 2020.",
    "reference-list": (
        "## References\n\n- HMC TR-12, Tide gauge vocabulary, published 12 March 2019.\n"
        "- OBC WP-3, Buoy telemetry, effective 1 January 2021.\n"
    ),
}


@pytest.mark.parametrize("variant", sorted(OTHER_DOCUMENTS))
def test_a_cited_document_s_dates_are_not_this_one_s(tmp_path: Path, variant: str) -> None:
    top = "Effective date: 3 May 2024\n\n"
    record = extracted(tmp_path, TITLE + top + BODY + "\n" + OTHER_DOCUMENTS[variant] + "\n", "register.md")
    assert dates_of(record) == {("effective", "2024-05-03")}
