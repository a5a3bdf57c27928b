"""Layout invariance of parties, dates and sections (issue 12, point 9, session 21, tag r), in the layouts
the review of session 20 found read wrong:

- a work plan's section titled "Execution" (a register's plan of how the work is carried out), which a
  signing page of an agreement also titles "Execution": a table of work items under it is no signatures;
- a version field whose value names the draft it was made from ("Version: 2 (draft of 3 February 2026)")
  above the header's own "Date:" field: the draft's day is not the document's;
- an agreement that replaces an earlier one ("This MoU ... replaces the MoU between A and C signed in
  2019"): the replaced agreement's parties are not this one's, nor its year this one's signing;
- a letter recalling another letter "signed by" a person, whose sentence goes on to when it was sent and
  answered: those are no days of signing;
- a table of contents whose entries have dot leaders and page numbers ("Approval ........ 4"): no sections;
- a plan's table whose rows name a deliverable and its date ("Glossary published | 1 June 2027"): the
  deliverable's day, not the day the document was published;
- a numeric date whose two numbers are both 12 or less, in a document that writes its dates in words
  month first ("July 1, 2026", as the US writes them): the numeric one is month first too.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def dates_of(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


def party_acronyms(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {(entity.acronym or entity.label) for entity, _ in record.parties}


# --- a work plan titled "Execution" -------------------------------------------------------------------------

EXECUTION_HEAD = """{h1}Joint Work Register: Reef Sensor Calibration

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to collaborate on reef sensors.

Date initiated: 4 June 2026

{h2}Execution

{plan}

Liaison contact for HMC: Ingrid Paloma <ingrid@hmc.example>
"""

EXECUTION_PLANS = {
    "markdown-table": (
        "# ",
        "## ",
        "| Task | Responsible | Due |\n|---|---|---|\n| Calibration glossary | HMC | Q3 2027 |\n"
        "| Shared field trial | OBC | 15 October 2027 |",
    ),
    "fixed-width": (
        "",
        "",
        "Task                        Responsible   Due\n"
        "Calibration glossary        HMC           Q3 2027\n"
        "Shared field trial          OBC           15 October 2027",
    ),
    "tab-separated": (
        "",
        "",
        "Deliverable\tLead\tTarget date\nCalibration glossary\tHMC\tQ3 2027\n"
        "Shared field trial\tOBC\t15 October 2027",
    ),
}


@pytest.mark.parametrize("variant", sorted(EXECUTION_PLANS))
def test_a_work_plan_titled_execution_is_no_signatures(tmp_path: Path, variant: str) -> None:
    h1, h2, plan = EXECUTION_PLANS[variant]
    name = "register.md" if h1 else "register.txt"
    dates = dates_of(tmp_path, EXECUTION_HEAD.format(h1=h1, h2=h2, plan=plan), name)
    assert ("initiated", "2026-06-04") in dates
    assert not {fact for fact in dates if fact[0] in ("signed", "approved")}


def test_an_execution_page_of_signatures_keeps_its_dates(tmp_path: Path) -> None:
    text = """# Memorandum of Understanding between HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to cooperate on reef sensors.

## Execution

| Party | Name | Date |
|---|---|---|
| HMC | Ingrid Paloma | 3 March 2026 |
| OBC | Tomas Brandt | 9 March 2026 |
"""
    dates = dates_of(tmp_path, text, "mou.md")
    assert {("signed", "2026-03-03"), ("signed", "2026-03-09")} <= dates


# --- a version field naming the draft it was made from ------------------------------------------------------

VERSION_HEADS = {
    "draft-of": "Version: 2 (draft of 3 February 2026)",
    "draft-dated": "Version: 1.1 - based on the draft dated 3 February 2026",
    "previous": "Revision: C (previous revision 3 February 2026)",
}


@pytest.mark.parametrize("variant", sorted(VERSION_HEADS))
def test_a_version_s_earlier_draft_is_not_the_document_s_date(tmp_path: Path, variant: str) -> None:
    text = f"""Liaison Statement

From: Harbour Metrology Council (HMC)
To: Open Buoy Consortium (OBC)
Date: 18 March 2026
{VERSION_HEADS[variant]}
Title: Reef sensor calibration records

The Harbour Metrology Council thanks the Open Buoy Consortium for its work on calibration records.
"""
    dates = dates_of(tmp_path, text, "statement.txt")
    assert {fact for fact in dates if fact[0] == "published"} == {("published", "2026-03-18")}


def test_a_version_s_own_date_without_a_date_field_stays(tmp_path: Path) -> None:
    text = """Liaison Statement

From: Harbour Metrology Council (HMC)
To: Open Buoy Consortium (OBC)
Version: 2, 18 March 2026

The Harbour Metrology Council thanks the Open Buoy Consortium for its work on calibration records.
"""
    assert ("published", "2026-03-18") in dates_of(tmp_path, text, "statement.txt")


# --- an agreement replacing an earlier one ------------------------------------------------------------------

REPLACING = {
    "replaces": "This Memorandum of Understanding between HMC and OBC replaces the Memorandum of "
    "Understanding between HMC and ISO signed in 2019.",
    "supersedes": "This MoU between HMC and OBC supersedes the earlier agreement between HMC and IEC, "
    "signed on 4 April 2018.",
    "replacing-participle": "The present agreement between HMC and OBC, replacing the cooperation agreement "
    "between OBC and ISO signed in 2017, takes effect on signature.",
}


@pytest.mark.parametrize("variant", sorted(REPLACING))
def test_a_replaced_agreement_s_parties_and_signing_are_not_this_one_s(tmp_path: Path, variant: str) -> None:
    text = f"""# Memorandum of Understanding between HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to cooperate on reef sensors.

{REPLACING[variant]}

## Signatures

Signed for HMC on 12 February 2026 and for OBC on 20 February 2026.
"""
    assert party_acronyms(tmp_path, text, "mou.md") == {"HMC", "OBC"}
    signed = {fact for fact in dates_of(tmp_path, text, "mou.md") if fact[0] == "signed"}
    assert signed == {("signed", "2026-02-12"), ("signed", "2026-02-20")}


# --- a letter "signed by" a person, sent and answered on other days -----------------------------------------

SIGNED_BY_SENTENCES = {
    "sent-and-answered": "The earlier letter, signed by Ingrid Paloma as HMC Chair, was sent on 5 January "
    "2026 and answered on 2 February 2026.",
    "received": "Our reply, signed by Tomas Brandt for the OBC Board, was received on 5 January 2026.",
    "had-been": "The request signed by Ingrid Paloma had been circulated on 5 January 2026 to all members.",
}


@pytest.mark.parametrize("variant", sorted(SIGNED_BY_SENTENCES))
def test_a_signer_s_letter_takes_no_other_days_as_signing(tmp_path: Path, variant: str) -> None:
    text = f"""# HMC to OBC: Liaison Statement on Reef Sensor Calibration

From: Harbour Metrology Council (HMC)
To: Open Buoy Consortium (OBC)
Date: 16 March 2026

The Harbour Metrology Council thanks the Open Buoy Consortium for its work on calibration records.
{SIGNED_BY_SENTENCES[variant]}
"""
    dates = dates_of(tmp_path, text, "statement.md")
    assert not {fact for fact in dates if fact[0] == "signed"}


def test_each_party_s_day_of_signing_stays(tmp_path: Path) -> None:
    text = """# Memorandum of Understanding between HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to cooperate on reef sensors.

This Memorandum was signed by Ingrid Paloma for HMC on 12 February 2026 and by Tomas Brandt for OBC on
20 February 2026.
"""
    signed = {fact for fact in dates_of(tmp_path, text, "mou.md") if fact[0] == "signed"}
    assert signed == {("signed", "2026-02-12"), ("signed", "2026-02-20")}


# --- a table of contents with dot leaders -------------------------------------------------------------------

TOC_LINES = {
    "dots": "Organizations ........................ 1\nWork items ........................... 2\n"
    "Contacts ............................. 3\nApproval ............................. 4\n",
    "dots-glued": "Organizations....................1\nWork items.......................2\n"
    "Contacts.........................3\nApproval.........................4\n",
    "numbered-dots": "1. Organizations .............. 1\n2. Work items ................. 2\n"
    "3. Contacts ................... 3\n4. Approval ................... 4\n",
}


@pytest.mark.parametrize("variant", sorted(TOC_LINES))
def test_a_table_of_contents_opens_no_sections(tmp_path: Path, variant: str) -> None:
    text = f"""JOINT WORK REGISTER: REEF SENSOR CALIBRATION

Contents
{TOC_LINES[variant]}
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) agree to collaborate on reef sensors.

Date initiated: 4 June 2026

Work items
- Calibration glossary, HMC, Q3 2027
"""
    dates = dates_of(tmp_path, text, "register.txt")
    assert dates == {("initiated", "2026-06-04")}


# --- a plan's table: a deliverable and its date -------------------------------------------------------------

PLAN_TABLES = {
    "markdown": "## Plan\n\n| Deliverable | Date |\n|---|---|\n| Glossary published | 1 June 2027 |\n"
    "| Trial report issued | 30 September 2027 |\n",
    "tabs": "Plan\n\nDeliverable\tDate\nGlossary published\t1 June 2027\n"
    "Trial report issued\t30 September 2027\n",
    "html": "<h2>Plan</h2><table><tr><th>Deliverable</th><th>Date</th></tr>"
    "<tr><td>Glossary published</td><td>1 June 2027</td></tr>"
    "<tr><td>Trial report issued</td><td>30 September 2027</td></tr></table>",
}


@pytest.mark.parametrize("variant", sorted(PLAN_TABLES))
def test_a_deliverable_s_date_in_a_plan_table_is_not_the_document_s(tmp_path: Path, variant: str) -> None:
    head = (
        "# Joint Work Register: Reef Sensor Calibration\n\nThe Harbour Metrology Council (HMC) and the "
        "Open Buoy Consortium (OBC) agree to collaborate on reef sensors.\n\nDate initiated: 4 June 2026\n\n"
    )
    if variant == "html":
        text = (
            "<html><body><h1>Joint Work Register: Reef Sensor Calibration</h1><p>The Harbour Metrology "
            "Council (HMC) and the Open Buoy Consortium (OBC) agree to collaborate on reef sensors.</p>"
            f"<p>Date initiated: 4 June 2026</p>{PLAN_TABLES[variant]}</body></html>"
        )
        name = "register.html"
    else:
        text, name = head + PLAN_TABLES[variant], "register.md" if variant == "markdown" else "register.txt"
    dates = dates_of(tmp_path, text, name)
    assert not {fact for fact in dates if fact[0] == "published"}


def test_a_metadata_table_s_published_row_stays(tmp_path: Path) -> None:
    text = """# Reef Sensor Calibration: our partnership with OBC

| Field | Value |
|---|---|
| Published | 3 March 2026 |

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on reef sensors.
"""
    assert ("published", "2026-03-03") in dates_of(tmp_path, text, "page.md")


# --- a numeric date in a document writing its dates in words month first ------------------------------------

US_MINUTES = {
    "slashes": ("Meeting date: 06/07/2026", "Minutes approved on July 1, 2026.", ("meeting", "2026-06-07")),
    "dashes": ("Meeting date: 06-07-2026", "Minutes approved on July 1, 2026.", ("meeting", "2026-06-07")),
    "abbreviated-month": (
        "Date: 03/04/2026",
        "These minutes were approved on Mar. 20, 2026.",
        ("meeting", "2026-03-04"),
    ),
}


@pytest.mark.parametrize("variant", sorted(US_MINUTES))
def test_a_numeric_date_follows_the_month_first_words(tmp_path: Path, variant: str) -> None:
    field, approval, expected = US_MINUTES[variant]
    text = f"""# HMC and OBC Liaison Meeting Minutes

{field}
Attendees: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)

The Harbour Metrology Council and the Open Buoy Consortium met to review their joint work.

{approval}
"""
    assert expected in dates_of(tmp_path, text, "minutes.md")


def test_day_first_words_leave_the_nearest_reading(tmp_path: Path) -> None:
    """A register writing "2 October 2012" in words may write its numeric dates month first (a US body's
    register in an international style): the words' order tells nothing there, and the nearest reading
    stands."""
    text = """# HMC and OBC Liaison Meeting Minutes

Meeting date: 11/08/2026
Attendees: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)

The Harbour Metrology Council and the Open Buoy Consortium met to review their joint work.

Minutes approved on 20 November 2026.
"""
    assert ("meeting", "2026-11-08") in dates_of(tmp_path, text, "minutes.md")


# --- bodies the parties work together with, named near them ----------------------------------------------

WORKING_WITH = {
    "together-with": "will keep ISO and IEC, who work together with the Parties on tide standards, informed",
    "jointly-with": "will keep ISO and IEC, which work jointly with the Parties on tide standards, informed",
    "together-with-the-two": "will inform ISO and IEC, together with the Parties' members,",
}


@pytest.mark.parametrize("variant", sorted(WORKING_WITH))
def test_bodies_working_together_with_the_parties_are_no_parties(tmp_path: Path, variant: str) -> None:
    text = f"""# HMC\u2013OBC Memorandum of Understanding

MEMORANDUM OF UNDERSTANDING

The Harbour Metrology Council and the Open Buoy Consortium {WORKING_WITH[variant]} of this work.

## 1. Purpose

The Harbour Metrology Council and the Open Buoy Consortium agree to cooperate on tide data exchange.

## 2. Signatures

Signed for HMC on 24 February 2026 and for OBC on 2 March 2026.
"""
    labels = {entity.label for entity, _ in extracted(tmp_path, text, "mou.md").parties}
    assert labels == {"Harbour Metrology Council", "Open Buoy Consortium"}
