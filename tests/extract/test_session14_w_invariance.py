"""Layout invariance of work items, targets, contacts and document dates (issue 12, point 9, session 14):
the layouts session 13 did not cover (meeting material, a memorandum's exhibit, an alliance page's
sentences, more target styles, signature blocks and cards, revision lines). Every variant of a group is
expected to give the SAME facts; the facts were written before the rules ran on any variant, so a variant
that fails names a layout a rule is bound to, not a string to add to a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, contact_orgs, extracted, folded, item_keys

from kg.model.records import AllianceRecord

# --- The facts, the same in every variant --------------------------------------------------------

ITEMS = {
    "joint glossary of tide gauge terms": "2026-q3",
    "reference mapping of buoy telemetry fields": "2027-h1",
    "interoperability test event for tide stations": "2027-q2",
}
CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}

HEAD = "# HMC / OBC Tide Data Joint Session\n\n" + ORGS


# --- Work items in meeting material and a memorandum's exhibit ----------------------------------

MEETING_VARIANTS = {
    "slides": """Slide 1

HMC / OBC joint session

---

Slide 2

Joint work items

- Joint glossary of tide gauge terms -> Q3 2026
  - Status: on track
- Reference mapping of buoy telemetry fields -> H1 2027
  - Status: drafting
- Interoperability test event for tide stations -> Q2 2027
  - Status: venue open

---

Slide 3

Questions
""",
    "action-table": """## Action items

| Action | Owner | Due | Status |
|---|---|---|---|
| Publish the joint glossary of tide gauge terms | HMC | Q3 2026 | Open |
| Circulate the reference mapping of buoy telemetry fields | OBC | H1 2027 | Open |
| Host the interoperability test event for tide stations | HMC | Q2 2027 | New |
""",
    "numbered-actions": """## Actions

AI-2026-07: HMC to publish the joint glossary of tide gauge terms by Q3 2026 (open)
AI-2026-08: OBC to circulate the reference mapping of buoy telemetry fields by H1 2027 (open)
AI-2026-09: HMC and OBC to host the interoperability test event for tide stations by Q2 2027 (new)
""",
    "raci": """## Responsibilities

| Deliverable | Responsible | Accountable | Consulted | Informed | Target |
|---|---|---|---|---|---|
| Joint glossary of tide gauge terms | HMC | HMC | OBC | both boards | Q3 2026 |
| Reference mapping of buoy telemetry fields | OBC | OBC | HMC | both boards | H1 2027 |
| Interoperability test event for tide stations | HMC | OBC | HMC | both boards | Q2 2027 |
""",
    "exhibit-lettered": """## Exhibit A - Initial Work Items

(a) Joint glossary of tide gauge terms, target Q3 2026;

(b) Reference mapping of buoy telemetry fields, target H1 2027; and

(c) Interoperability test event for tide stations, target Q2 2027.
""",
    "annex-roman": """## Annex 1

The Parties shall first undertake the following:

i. Joint glossary of tide gauge terms (Q3 2026)
ii. Reference mapping of buoy telemetry fields (H1 2027)
iii. Interoperability test event for tide stations (Q2 2027)
""",
}


@pytest.mark.parametrize("variant", sorted(MEETING_VARIANTS))
def test_work_items_of_meetings_and_exhibits(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, HEAD + MEETING_VARIANTS[variant], "session.md")
    assert item_keys(record, ITEMS) == ITEMS


@pytest.mark.parametrize("variant", sorted(v for v, text in MEETING_VARIANTS.items() if "|" not in text))
def test_work_items_of_meetings_as_plain_text(tmp_path: Path, variant: str) -> None:
    """The layouts without a Markdown table, as a plain-text file (no heading marks)."""
    text = (HEAD + MEETING_VARIANTS[variant]).replace("## ", "").replace("# ", "")
    record = extracted(tmp_path, text, "session.txt")
    assert item_keys(record, ITEMS) == ITEMS


ADDENDUM = """# Addendum 2 to the HMC / OBC Tide Data Work Register

{orgs}## Changes

Row 2 (revised): Reference mapping of buoy telemetry fields - target moved to 1H2027
Row 3 (revised): Interoperability test event for tide stations - target moved to Q2 2027
"""


def test_an_addendum_of_changed_rows(tmp_path: Path) -> None:
    record = extracted(tmp_path, ADDENDUM.format(orgs=ORGS), "addendum.md")
    wanted = {k: v for k, v in ITEMS.items() if k != "joint glossary of tide gauge terms"}
    assert item_keys(record, ITEMS) == wanted


# --- Work items told in sentences of an alliance page -------------------------------------------

PAGE = """# Harbour Metrology Council and Open Buoy Consortium

{orgs}## About the relationship

{sentences}
"""

PAGE_SENTENCES = {
    "together": "Together the two bodies published the Joint glossary of tide gauge terms in March 2026 "
    "and are now working on the Reference mapping of buoy telemetry fields, expected in 2027.",
    "two-sentences": "In March 2026 HMC and OBC published the Joint glossary of tide gauge terms. Work on "
    "the Reference mapping of buoy telemetry fields is under way and expected to complete in 2027.",
}
PAGE_ITEMS = {
    "joint glossary of tide gauge terms": "2026-03",
    "reference mapping of buoy telemetry fields": "2027",
}


def page_items(record: AllianceRecord) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for milestone in record.milestones:
        label = folded(milestone.label).rstrip(".")
        for item in PAGE_ITEMS:
            if label == item or label.endswith(" " + item):
                found[item] = milestone.target.key if milestone.target else None
    return found


@pytest.mark.parametrize("variant", sorted(PAGE_SENTENCES))
def test_work_items_told_in_a_page_s_sentences(tmp_path: Path, variant: str) -> None:
    text = PAGE.format(orgs=ORGS, sentences=PAGE_SENTENCES[variant])
    assert page_items(extracted(tmp_path, text, "page.md")) == PAGE_ITEMS


HISTORY = (
    "The two bodies have cooperated since March 2011, when their boards first met in Bergen. "
    "In 2019 the relationship was renewed for five years. Both bodies expect to meet again in 2027."
)


def test_history_naming_no_deliverable_is_no_milestone(tmp_path: Path) -> None:
    record = extracted(tmp_path, PAGE.format(orgs=ORGS, sentences=HISTORY), "page.md")
    assert not record.milestones


# --- Targets in more styles --------------------------------------------------------------------

TARGET_STYLES = {
    "CY2026 Q3": "2026-q3",
    "FY27 H1": "2027-h1",
    "Q3/Q4 2026": "2026-07-2026-12",
    "Sept 2026": "2026-09",
    "end of 2026": "2026",
    "mid-2027": "2027",
    "Spring 2026": "2026-spring",
    "TBD": "tbd",
    "TBC": "tbc",
    "ongoing": "on-going",
    "n/a": "n-a",
    "2026-03 to 2026-06": "2026-03-2026-06",
    "W14 2026": "2026-w14",
}
TARGET_LAYOUTS = {
    "bullet": "## Milestones\n\n- Joint glossary of tide gauge terms: {t}\n"
    "- Reference mapping of buoy telemetry fields: Q1 2027\n",
    "table": "## Milestones\n\n| Item | Target |\n|---|---|\n| Joint glossary of tide gauge terms | {t} |\n"
    "| Reference mapping of buoy telemetry fields | Q1 2027 |\n",
    "arrow": "## Work items\n\n- Joint glossary of tide gauge terms -> {t}\n- Reference mapping of buoy "
    "telemetry fields -> Q1 2027\n",
}


@pytest.mark.parametrize("layout", sorted(TARGET_LAYOUTS))
@pytest.mark.parametrize("target", sorted(TARGET_STYLES))
def test_targets_in_more_styles(tmp_path: Path, target: str, layout: str) -> None:
    record = extracted(tmp_path, HEAD + TARGET_LAYOUTS[layout].format(t=target), "register.md")
    keys = item_keys(record, ITEMS)
    assert keys["joint glossary of tide gauge terms"] == TARGET_STYLES[target]
    assert keys["reference mapping of buoy telemetry fields"] == "2027-q1"
    labels = {folded(m.label) for m in record.milestones}
    assert labels == {"joint glossary of tide gauge terms", "reference mapping of buoy telemetry fields"}


# --- Contacts ----------------------------------------------------------------------------------

LETTER = """HARBOUR METROLOGY COUNCIL
Tide Gauge Working Group

To: Open Buoy Consortium, Telemetry Task Force
Subject: Liaison on the joint glossary of tide gauge terms

{orgs}Dear colleagues,

The Tide Gauge Working Group thanks the Telemetry Task Force for its comments on the glossary and
looks forward to the next joint review.

{close}"""

CONTACT_VARIANTS = {
    "sincerely-and-cc": """Sincerely,

Marit Solberg
Liaison Officer, Tide Gauge Working Group
Harbour Metrology Council
marit.solberg@hmc.example

cc: Tomasz Wierzbicki (OBC) <t.wierzbicki@obc.example>
""",
    "best-regards-two-signers": """Best regards,

Marit Solberg
Liaison Officer
Harbour Metrology Council (HMC)
marit.solberg@hmc.example

Tomasz Wierzbicki
Technical Lead
Open Buoy Consortium (OBC)
t.wierzbicki@obc.example
""",
    "points-of-contact": """Points of contact

- Liaison officer - Marit Solberg <marit.solberg@hmc.example>
- Technical lead - Tomasz Wierzbicki <t.wierzbicki@obc.example>
""",
    "vcards": """Contacts

BEGIN:VCARD
FN:Marit Solberg
ORG:Harbour Metrology Council
TITLE:Liaison Officer
EMAIL:marit.solberg@hmc.example
END:VCARD

BEGIN:VCARD
FN:Tomasz Wierzbicki
TITLE:Technical Lead
EMAIL:t.wierzbicki@obc.example
END:VCARD
""",
}


# (the copy line was first written without the address; a dev statement's bare "Cc: Name, role" is no
# contact in its gold, so a copy line names a contact only with an address: the variant was changed)


@pytest.mark.parametrize("variant", sorted(CONTACT_VARIANTS))
def test_contacts_of_letters_and_cards(tmp_path: Path, variant: str) -> None:
    text = LETTER.format(orgs=ORGS, close=CONTACT_VARIANTS[variant])
    record = extracted(tmp_path, text, "letter.txt")
    assert contact_orgs(record) == CONTACTS
    assert len([c for c in record.contacts if c.person]) == len(CONTACTS)  # one contact a person


def test_a_signer_is_no_contact_when_the_letter_names_its_contacts(tmp_path: Path) -> None:
    close = (
        "The contact for this liaison is Tomasz Wierzbicki (t.wierzbicki@obc.example).\n\n"
        "Yours sincerely,\n\nIngrid Fossheim\nChief Executive Officer, Harbour Metrology Council\n\n"
        "cc: Hanne Rasmussen, board secretary\n"
    )
    record = extracted(tmp_path, LETTER.format(orgs=ORGS, close=close), "letter.txt")
    assert set(contact_orgs(record)) == {"tomasz wierzbicki"}


# --- Document dates ----------------------------------------------------------------------------

REGISTER = "{top}\n\n" + ORGS + "## Milestones\n\n- Joint glossary of tide gauge terms: Q3 2026\n{bottom}"

DATE_VARIANTS = {
    "version-in-title": (
        "# HMC / OBC Tide Data Work Register, Version 1.2 - 2026-10-19",
        "",
        ("published", "2026-10-19"),
    ),
    "revision-letter": (
        "# HMC / OBC Tide Data Work Register\n\nRev. B (Oct 2026)",
        "",
        ("published", "2026-10"),
    ),
    "change-history": (
        "# HMC / OBC Tide Data Work Register",
        "\n## Change history\n\n| Version | Date | Change |\n|---|---|---|\n"
        "| 1.0 | 2025-03-02 | First issue |\n"
        "| 1.1 | 2025-11-14 | Targets moved |\n| 1.2 | 2026-10-19 | Glossary added |\n",
        ("published", "2026-10-19"),
    ),
    "approved-by-the-board": (
        "# HMC / OBC Tide Data Work Register\n\nApproved by the HMC Board on 19 October 2026.",
        "",
        ("approved", "2026-10-19"),
    ),
    "effective-date": (
        "# HMC / OBC Tide Data Work Register\n\nEffective date: 19 October 2026",
        "",
        ("effective", "2026-10-19"),
    ),
}


@pytest.mark.parametrize("variant", sorted(DATE_VARIANTS))
def test_document_dates_in_more_layouts(tmp_path: Path, variant: str) -> None:
    top, bottom, fact = DATE_VARIANTS[variant]
    record = extracted(tmp_path, REGISTER.format(top=top, bottom=bottom), "register.md")
    dates = {(d.role, d.value) for d in record.dates}
    assert fact in dates
    assert {d for d in dates if d[0] == fact[0]} == {fact}  # no other date of that role


def test_a_file_name_s_date_is_not_the_document_s(tmp_path: Path) -> None:
    top = "# HMC / OBC Tide Data Work Register\n\nhmc-obc-tide-register-2025-03-02-draft.docx\n\n"
    top += "Last updated: 2026-10-19"
    record = extracted(tmp_path, REGISTER.format(top=top, bottom=""), "register.md")
    assert {(d.role, d.value) for d in record.dates if d.role == "published"} == {("published", "2026-10-19")}
    assert all(d.value != "2025-03-02" for d in record.dates)
