"""Layout invariance of a document's dates (issue 12, point 9, session 20, tag c), in the layouts the
documents written by writers who never saw the rules (dev's i7-i9) use and the rules did not read:

- a scanned or typed register's header whose fields part name and value with dot leaders ("Date initiated
  ....... 9 September 2026", "Revision date ........ 27 February 2026");
- numeric dates written with dashes ("21-08-2026"), day first as Europe and India write them, and the order of
  a date whose two numbers are both 12 or less: the document's own unambiguous numeric dates decide (a
  "25-08-2026" elsewhere: day first; a "08-25-2026": month first); failing those, the reading nearest the
  document's other full dates ("Date: 3 March 2027 | Date: 10/03/2027" beside it: 10 March, not 3 October);
  a document with no other date keeps the default (slashes month first, dashes day first);
- a key-terms table whose rows name the item and give its term ("7 | Commencement | 1 April 2027"), as a
  term sheet writes the day the agreement takes effect;
- a page's metadata run into one line ("... Document type: Guidance First published: 3 March 2027");
- a letter's "sent:" field (a repository's front matter or a mail header): the day it was issued.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import first_date_in


def dates_of(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


# --- dot leaders between a header field's name and its value ------------------------------------------------

SCAN_HEAD = """                                                       RECEIVED
                                                       {stamp}

  HMC / OBC                                              Reg. No. TD-WR-2027/02

              JOINT WORK REGISTER ON TIDE DATA EXCHANGE

{fields}

  1. Organizations

  Harbour Metrology Council (HMC), through its Tide Gauge Working Group
  Open Buoy Consortium (OBC), through its Telemetry Task Force

  2. Work items

  2.1  Joint glossary of tide gauge terms                      HMC     Q2 2027
"""

LEADER_FIELDS = {
    "dots-with-blanks": (
        "    Revision date ........ 27 February 2027\n    Date initiated ....... 12 May 2026\n",
        {("published", "2027-02-27"), ("initiated", "2026-05-12")},
    ),
    "dots-glued-to-the-name": (
        "    Version.............. Rev. 1, 2 October 2027\n    Date initiated....... 09 September 2027\n",
        {("published", "2027-10-02"), ("initiated", "2027-09-09")},
    ),
    "long-dots-dotted-date": (
        "  Date initiated ................. 12.05.2026\n  Revision date .................. 27.02.2027\n",
        {("published", "2027-02-27"), ("initiated", "2026-05-12")},
    ),
}


@pytest.mark.parametrize("variant", sorted(LEADER_FIELDS))
def test_dot_leader_fields_of_a_register_header(tmp_path: Path, variant: str) -> None:
    fields, expected = LEADER_FIELDS[variant]
    dates = dates_of(tmp_path, SCAN_HEAD.format(stamp="14 MAR 2027", fields=fields), "register.txt")
    assert expected <= dates
    assert not {fact for fact in dates if fact[0] == "review"}


# --- numeric dates with dashes, and the order of an ambiguous numeric date ----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("by 31-07-2027", "2027-07-31"),
        ("Date: 21-08-2027", "2027-08-21"),
        ("on 5-3-2027.", "2027-03-05"),
    ],
)
def test_a_dashed_numeric_date_is_day_first(text: str, value: str) -> None:
    found = first_date_in(text)
    assert found is not None and found[0] == value


def test_a_dashed_date_that_can_only_be_month_first(text: str = "Date: 08-25-2027") -> None:
    found = first_date_in(text)
    assert found is not None and found[0] == "2027-08-25"


MOU = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data
exchange formats and on a joint glossary of tide gauge terms.

2. Signatures

{signatures}
"""

ORDERS = {
    # another date of the document written by month name: the reading nearest it
    "slashed-beside-a-named-date": (
        "For HMC: Marit Solberg, President          For OBC: Tomasz Wierzbicki, Chair\n"
        "Date: 3rd March 2027                          Date: 10/03/2027\n",
        {("signed", "2027-03-03"), ("signed", "2027-03-10")},
    ),
    "dashed-beside-a-named-date": (
        "For HMC: Marit Solberg, President          For OBC: Tomasz Wierzbicki, Chair\n"
        "Date: 3 March 2027                            Date: 10-03-2027\n",
        {("signed", "2027-03-03"), ("signed", "2027-03-10")},
    ),
    # another dashed date that can only be day first
    "dashed-beside-a-day-first-dashed": (
        "For HMC: Marit Solberg, President          For OBC: Tomasz Wierzbicki, Chair\n"
        "Date: 25-02-2027                              Date: 02-03-2027\n",
        {("signed", "2027-02-25"), ("signed", "2027-03-02")},
    ),
    # another dashed date that can only be month first: the writer's order is month first
    "dashed-beside-a-month-first-dashed": (
        "For HMC: Marit Solberg, President          For OBC: Tomasz Wierzbicki, Chair\n"
        "Date: 02-25-2027                              Date: 03-02-2027\n",
        {("signed", "2027-02-25"), ("signed", "2027-03-02")},
    ),
}


@pytest.mark.parametrize("variant", sorted(ORDERS))
def test_the_order_of_an_ambiguous_numeric_date(tmp_path: Path, variant: str) -> None:
    signatures, expected = ORDERS[variant]
    dates = dates_of(tmp_path, MOU.format(signatures=signatures), "mou.txt")
    assert {fact for fact in dates if fact[0] == "signed"} == expected


def test_an_ambiguous_date_alone_keeps_the_default_order(tmp_path: Path) -> None:
    """No other date to go by: a slashed date stays month first (kg.extract.dates)."""
    signatures = "For HMC: Marit Solberg, President\nDate: 10/03/2027\n"
    dates = dates_of(tmp_path, MOU.format(signatures=signatures), "mou.txt")
    assert ("signed", "2027-10-03") in dates


# --- a key-terms table: the item's name in one cell, its term in the next ---------------------------------

TERMS_DOCX_LIKE = """Memorandum of Understanding - Key Terms

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

Key terms

{rows}
"""


def terms_md(rows: list[tuple[str, str, str]]) -> str:
    lines = ["| No. | Item | Term |", "|---|---|---|", *(f"| {a} | {b} | {c} |" for a, b, c in rows)]
    return TERMS_DOCX_LIKE.replace("Key terms\n", "## Key terms\n").format(rows="\n".join(lines))


def terms_html(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return (
        "<html><body><h1>Memorandum of Understanding - Key Terms</h1>"
        "<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)</p><h2>Key terms</h2>"
        f"<table><tr><th>No.</th><th>Item</th><th>Term</th></tr>{cells}</table></body></html>"
    )


TERM_ROWS = [
    ("1", "Parties", "Harbour Metrology Council (HMC); Open Buoy Consortium (OBC)."),
    ("2", "Purpose", "A joint glossary of tide gauge terms and aligned exchange formats."),
    ("7", "Commencement", "1 April 2027."),
    ("8", "Duration", "Three years from Commencement."),
]


@pytest.mark.parametrize("layout", ["terms.md", "terms.html"])
def test_a_key_terms_row_gives_its_date_the_items_role(tmp_path: Path, layout: str) -> None:
    text = terms_md(TERM_ROWS) if layout.endswith(".md") else terms_html(TERM_ROWS)
    assert ("effective", "2027-04-01") in dates_of(tmp_path, text, layout)


def test_a_key_terms_row_whose_term_is_prose_dates_nothing(tmp_path: Path) -> None:
    """ "Signature | This Memorandum may be signed in counterparts ...": no date, no signing."""
    rows = [
        *TERM_ROWS[:2],
        ("11", "Signature", "It may be signed in counterparts by 1 May 2027 at the latest."),
    ]
    assert not {f for f in dates_of(tmp_path, terms_md(rows), "terms.md") if f[0] == "signed"}


# --- a page's metadata run into one line; a letter's "sent" field -------------------------------------------

GUIDANCE = """Title: How HMC and OBC work together on tide data Summary: How the two bodies share the \
glossary. Organisation: Harbour Metrology Council Document type: Guidance {published}

# How HMC and OBC work together on tide data

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange
formats through the HMC Tide Gauge Working Group and the OBC Telemetry Task Force.
"""


@pytest.mark.parametrize(
    "published",
    [
        "First published: 3 March 2027 Change note: First published.",
        "Published: 3 March 2027",
        "Published 3 March 2027",
    ],
)
def test_first_published_in_a_run_together_metadata_line(tmp_path: Path, published: str) -> None:
    text = GUIDANCE.format(published=published)
    assert ("published", "2027-03-03") in dates_of(tmp_path, text, "page.md")


SENT = """---
id: LS-2027-04
from: OBC Telemetry Task Force
to: HMC Tide Gauge Working Group
{field}
---

# Liaison statement from OBC to HMC on the tide data glossary

The Open Buoy Consortium (OBC) Telemetry Task Force thanks the Harbour Metrology Council (HMC) for its
draft glossary of tide gauge terms and sends its comments for information.
"""


@pytest.mark.parametrize("field", ["sent: 2027-09-21", "date_sent: 2027-09-21", "sent: '2027-09-21'"])
def test_a_letters_sent_field_is_its_issue(tmp_path: Path, field: str) -> None:
    assert ("published", "2027-09-21") in dates_of(tmp_path, SENT.format(field=field), "ls.md")


# --- a ballot's record: the day a passed vote closed is the day of approval -------------------------------

DECISION = """HMC and OBC
BOARDS                                                        HMC N 1204
                                                              Issue date: 2027-03-04

{fields}

DECISION HMC D12/2027

Subject: Amendment 1 to the HMC / OBC Tide Data Work Register

The HMC Board and the OBC Steering Committee approve Amendment 1 to the Work Register of the Harbour
Metrology Council (HMC) and the Open Buoy Consortium (OBC), as given in Annex 1 to this decision.

This decision is applicable as from 2027-03-05.
"""

BALLOTS = {
    "voting-period-gap": "Decision          HMC D12/2027\n"
    "Voting period     2027-02-03 to 2027-03-03 (midnight)\nResult            ADOPTED by both Boards",
    "opened-closed-tabs": "Status\tClosed\n\nOpened\tWed, 3 Feb 2027 09:00 CET\n\n"
    "Closed\tWed, 3 Mar 2027 23:59 CET\n\nResult\tPassed (simple majority, quorum met)",
    "ballot-closed-colon": "Ballot opened: 3 February 2027\nBallot closed: 3 March 2027\nOutcome: approved",
}


@pytest.mark.parametrize("variant", sorted(BALLOTS))
def test_a_passed_ballot_is_approved_the_day_it_closed(tmp_path: Path, variant: str) -> None:
    dates = dates_of(tmp_path, DECISION.format(fields=BALLOTS[variant]), "decision.txt")
    assert ("approved", "2027-03-03") in dates
    assert ("effective", "2027-03-05") in dates
    assert not {fact for fact in dates if fact[0] in ("deadline", "initiated")}


def test_a_ballot_still_open_approves_nothing(tmp_path: Path) -> None:
    fields = "Ballot opened: 3 February 2027\nBallot closes: 3 March 2027\nStatus: open"
    dates = dates_of(tmp_path, DECISION.format(fields=fields), "decision.txt")
    assert ("approved", "2027-03-03") not in dates


# --- a signatories' table under "Execution" or "Signatories" ------------------------------------------------

EXECUTION_MD = """# Memorandum of Understanding - Key Terms

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) cooperate on tide data exchange formats.

## {heading}

| Party | Signatory | Title | Date |
|---|---|---|---|
| Harbour Metrology Council | Astrid Haugland | President | 03.03.2027 |
| Open Buoy Consortium | Piotr Zielinski | Chair of the Board | 5th March 2027 |
"""


@pytest.mark.parametrize("heading", ["Execution", "Execution page", "Signatories"])
@pytest.mark.parametrize("layout", ["mou.md", "mou.txt"])
def test_the_dates_of_an_execution_table_are_signings(tmp_path: Path, heading: str, layout: str) -> None:
    text = EXECUTION_MD.format(heading=heading)
    if layout.endswith(".txt"):
        text = "\n".join(
            "\t".join(c.strip() for c in line.strip("|").split("|"))
            if line.startswith("|")
            else line.lstrip("# ")
            for line in text.split("\n")
            if not line.startswith("|---")
        )
    dates = dates_of(tmp_path, text, layout)
    assert {("signed", "2027-03-03"), ("signed", "2027-03-05")} <= dates


# --- a notice's sentences: "took effect on", "signed for A on X, and for B on Y" --------------------------

NOTICE = """HARBOUR METROLOGY COUNCIL

Memorandum of Understanding With the Open Buoy Consortium

SUMMARY: The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) entered into a memorandum of
understanding on tide data exchange formats.

{sentences}
"""

NOTICE_SENTENCES = {
    "took-effect-signed-for-each": "DATES: The MOU took effect on March 3, 2027.\n\n    The MOU was "
    "signed for HMC on February 24, 2027, and for OBC\non March 2, 2027.",
    "came-into-effect-signed-by-each": "The memorandum came into effect on 3 March 2027. It was signed by "
    "HMC on 24 February 2027 and by OBC on 2 March 2027.",
}


@pytest.mark.parametrize("variant", sorted(NOTICE_SENTENCES))
def test_a_notice_says_when_the_memorandum_took_effect_and_each_signed(tmp_path: Path, variant: str) -> None:
    dates = dates_of(tmp_path, NOTICE.format(sentences=NOTICE_SENTENCES[variant]), "notice.txt")
    assert {("effective", "2027-03-03"), ("signed", "2027-02-24"), ("signed", "2027-03-02")} <= dates
