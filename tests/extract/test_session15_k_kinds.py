"""Layout invariance of the document KIND, its refusal and its warnings (issue 12, point 9, session 15).

The kind follows how a document is built and what it says of itself, in any format: a register whose
table numbers its rows, an addendum told in prose ("This note updates the work register ..."), a memorandum
titled "Agreement" with clauses and the signatories' columns, a liaison statement whose header is a
two-column table or a cover page with its labels above their values. A foundation's page about its work
with one partner names the partner in its text and itself only in its copyright notice, speaking as
"the Foundation" or "our": both are parties, not a refusal. A text about no alliance (a software change
log, a brochure) is still refused. Warnings name only the parts a document lacks: a memorandum whose
signature block is there has its approval, though no date of it was read.

Every document is invented (the bodies HMC, HMF and OBC do not exist; DMTF and SNIA are real), written with
its expected facts before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument


def party_labels(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {entity.label for entity, _ in record.parties}


# --- the writer: a site's owner named in its notice, speaking as "the Foundation" or "our" ---------------

WORK_ROWS = (
    ("Common buoy telemetry schema, first draft", "Q3 2026", "In progress"),
    ("Joint interoperability test event", "2026-11-15", "Planned"),
)
PARTNER_PROSE = (
    "The Foundation and the Open Buoy Consortium (OBC) have worked together since 2021 on telemetry "
    "formats for moored buoys. Our Tide Gauge Working Group and the OBC Telemetry Task Force share "
    "drafts and meet twice a year."
)
NOTICE = "\u00a9 2026 Harbour Metrology Foundation. All rights reserved."


def html_page() -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in WORK_ROWS)
    return (
        "<html><head><title>Open Buoy Consortium | Harbour Metrology Foundation</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/liaisons'>Liaisons</a></nav><main>"
        f"<h1>Open Buoy Consortium</h1><p>{PARTNER_PROSE}</p><h2>Joint work items</h2>"
        f"<table><tr><th>Work item</th><th>Target</th><th>Status</th></tr>{rows}</table></main>"
        f"<footer><p>{NOTICE.replace(chr(0xA9), '&copy;')}</p></footer></body></html>"
    )


def markdown_page() -> str:
    rows = "".join(f"| {a} | {b} | {c} |\n" for a, b, c in WORK_ROWS)
    return (
        f"# Open Buoy Consortium\n\n{PARTNER_PROSE}\n\n## Joint work items\n\n"
        f"| Work item | Target | Status |\n|---|---|---|\n{rows}\n---\n\n{NOTICE}\n"
    )


def text_page() -> str:
    items = "".join(f"  - {a}, target {b} ({c.lower()})\n" for a, b, c in WORK_ROWS)
    return (
        "OPEN BUOY CONSORTIUM\n\nWe have worked with the Open Buoy Consortium (OBC) since 2021 on "
        "telemetry formats for moored buoys; our Tide Gauge Working Group and the OBC Telemetry Task Force "
        "share drafts."
        f"\n\nJoint work items\n\n{items}\nCopyright (c) 2026 Harbour Metrology Foundation\n"
    )


WRITER_PAGES = {
    "html": (html_page, "page.html"),
    "markdown": (markdown_page, "page.md"),
    "text": (text_page, "page.txt"),
}


@pytest.mark.parametrize("layout", sorted(WRITER_PAGES))
def test_a_page_naming_one_partner_has_its_writer_as_the_other_party(tmp_path: Path, layout: str) -> None:
    make, name = WRITER_PAGES[layout]
    labels = party_labels(tmp_path, make(), name)
    assert {"Open Buoy Consortium", "Harbour Metrology Foundation"} <= labels, (layout, labels)


def test_a_notice_holder_who_never_speaks_as_the_writer_is_no_party(tmp_path: Path) -> None:
    """A brochure's notice names its maker and the owners of marks: still about no alliance."""
    text = (
        "# Harbour HX-9 buoy controller\n\nThe HX-9 reads OBC telemetry and ships through authorised "
        "partners from Q1 2027.\n\n\u00a9 2026 Harbour Metrology Foundation. Redfish is a trademark of "
        "DMTF.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "brochure.md")


# --- change logs: of a body's collaborations (accepted), of software (refused) --------------------------

COLLABORATION_LOG = """\
# Change log: external collaborations

This file records every change to the liaison relationships of the Harbour Metrology Council (HMC).

## 2026-04-02

- Added: liaison with the Open Buoy Consortium (OBC), covering buoy telemetry formats.

## 2025-11-10

- Changed: HMC representative to the OBC Telemetry Task Force is now Maren Olsen.
"""

SOFTWARE_LOG = """\
# Changelog

All notable changes to this project are documented in this file.

## [2.4.0] - 2026-04-02
### Added
- Support for the DMTF Redfish 2025.3 schema bundle.
- Swordfish (SNIA) storage pool resources.
### Fixed
- Crash when a partner plugin returned an empty collection.

## [2.3.1] - 2026-02-11
### Changed
- Coordinates of the sample data set are now in WGS 84.
"""


def test_a_change_log_of_a_bodys_collaborations_is_read(tmp_path: Path) -> None:
    labels = party_labels(tmp_path, COLLABORATION_LOG, "changes.md")
    assert {"Harbour Metrology Council", "Open Buoy Consortium"} <= labels, labels


def test_a_software_change_log_is_refused(tmp_path: Path) -> None:
    """Its versions' headings ("[2.4.0] - 2026-04-02") are releases, no work items with targets, and its
    "partner plugin" and "Coordinates" speak of no bodies working together."""
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, SOFTWARE_LOG, "CHANGELOG.md")


# --- a register whose table numbers its rows, whatever its title ----------------------------------------

NUMBERED_ROWS = (
    ("1", "Swordfish mapping of the Redfish storage model", "SNIA", "Q3 2026"),
    ("2", "Joint plugfest on storage management", "both", "November 2026"),
    ("3", "Published storage profile 1.0", "DMTF", "Q2 2027"),
)
REGISTER_OPENING = "DMTF and SNIA keep this list of what they develop together."


def numbered_html() -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{w}</td><td>{o}</td><td>{t}</td></tr>" for n, w, o, t in NUMBERED_ROWS
    )
    return (
        f"<html><body><h1>DMTF and SNIA: storage management collaboration</h1><p>{REGISTER_OPENING}</p>"
        f"<h2>Deliverables</h2><table><tr><th>#</th><th>Deliverable</th><th>Owner</th><th>Due</th></tr>{rows}"
        "</table></body></html>"
    )


def numbered_markdown() -> str:
    rows = "".join(f"| {n}. | {w} | {o} | {t} |\n" for n, w, o, t in NUMBERED_ROWS)
    return (
        f"# DMTF and SNIA: storage management collaboration\n\n{REGISTER_OPENING}\n\n"
        f"| No. | Deliverable | Owner | Due |\n|---|---|---|---|\n{rows}"
    )


@pytest.mark.parametrize("make,name", [(numbered_html, "plan.html"), (numbered_markdown, "plan.md")])
def test_a_table_that_numbers_its_work_items_is_a_register(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(), name)
    assert record.kind == "WorkRegister", (name, record.kind)


# --- an addendum told in prose or a list: it says it changes earlier work, and lists the changes --------

ADDENDUM_VARIANTS = {
    "list under a plain title": (
        "# Storage management work items: changes agreed in June 2026\n\nThis note updates the work "
        "register that DMTF and SNIA agreed in January 2026. Items not listed here are unchanged.\n\n"
        "- Item 2, the interoperability plugfest, moves to 2027-01-20.\n"
        "- Item 4, a test suite for the storage profile, is added with a target of Q2 2027.\n"
        "- Item 5, the joint white paper, is withdrawn.\n",
        "change.md",
    ),
    "numbered changes under an alliance title": (
        "DMTF / SNIA Storage Alliance\nRevision 3 (June 2026)\n\nThis revision amends the joint work "
        "register of January 2026 between DMTF and the Storage Networking Industry Association (SNIA).\n\n"
        "Changes\n1. Interoperability plugfest: new target 2027-01-20 (was 2026-11-15).\n"
        "2. Test suite for the storage profile: new item, target Q2 2027.\n"
        "3. Joint white paper: withdrawn.\n",
        "change.txt",
    ),
    "a table of old and new targets under a work plan's update": (
        "# DMTF / SNIA joint work plan \u2014 Update 2\n\nApproved by both organizations on 2026-06-10. This "
        "update revises the targets of the joint work plan of January 2026.\n\n| Item | Old target | New "
        "target |\n|---|---|---|\n| Interoperability plugfest | 2026-11-15 | 2027-01-20 |\n"
        "| Storage profile 1.0 | Q2 2027 | Q4 2027 |\n",
        "update.md",
    ),
    "a change notice telling of the call that agreed it": (
        "Change notice 4\nDMTF-SNIA Storage Work Register\n\nThe following changes to the register were "
        "agreed at the joint call of 10 June 2026:\n\na) The interoperability plugfest is postponed to "
        "January 2027.\nb) A new work item is added: test suite for the storage profile, due Q2 2027.\n"
        "c) The joint white paper has been dropped.\n",
        "notice.txt",
    ),
}


@pytest.mark.parametrize("layout", sorted(ADDENDUM_VARIANTS))
def test_a_text_changing_an_earlier_register_is_an_addendum(tmp_path: Path, layout: str) -> None:
    text, name = ADDENDUM_VARIANTS[layout]
    record = extracted(tmp_path, text, name)
    assert record.kind == "RegisterAddendum", (layout, record.kind)


# --- a memorandum titled "Agreement", with clauses by what they settle and the signatories' columns -----

AGREEMENT = """\
AGREEMENT
between
the Harbour Metrology Council (HMC)
and
the Open Buoy Consortium (OBC)

1. Purpose
The parties will cooperate on telemetry formats for moored buoys.

2. Exchange of information
Each party may share its working drafts with the other under its own rules.

3. Duration
This Agreement enters into force on the date of the last signature and remains in force for three years.

For HMC                                  For OBC
Maren Olsen, Secretary General           Tomas Reyes, Chair
"""


@pytest.mark.parametrize("title", ["AGREEMENT", "Technical Arrangement"])
def test_clauses_and_the_signatories_columns_make_a_memorandum(tmp_path: Path, title: str) -> None:
    record = extracted(tmp_path, AGREEMENT.replace("AGREEMENT", title, 1), "agreement.txt")
    assert record.kind == "MemorandumOfUnderstanding", (title, record.kind)
    assert {e.label for e, _ in record.parties} >= {"Harbour Metrology Council", "Open Buoy Consortium"}


# --- a liaison statement's header as a two-column table, or as a cover page's stacked labels ------------

LIAISON_TABLE = """\
| | |
|---|---|
| **Title** | Buoy telemetry message formats |
| **From** | HMC Tide Gauge Working Group |
| **To** | OBC Telemetry Task Force |
| **Purpose** | For comment |
| **Reply by** | 30 September 2026 |

The Tide Gauge Working Group thanks the Open Buoy Consortium (OBC) and the Harbour Metrology Council (HMC)
secretariat for the drafts.
"""

COVER_PAGE = """\
DMTF
Distributed Management Task Force

DOC. NO.:
DSP-IS0042

DATE:
2026-10-19

DOC TYPE:
Outgoing liaison statement

TITLE:
Liaison statement on the storage profile alignment

SOURCE:
SNIA Scalable Storage Management Technical Work Group

ACTION:
For information

------------------------------------------------------------------------

DMTF thanks SNIA for its statement of June 2026 and shares the alignment plan.
"""


def test_a_header_table_from_one_group_to_another_is_a_liaison(tmp_path: Path) -> None:
    record = extracted(tmp_path, LIAISON_TABLE, "ls.md")
    assert record.kind == "LiaisonStatement", record.kind
    assert record.liaison is not None
    assert {e.label for e in record.liaison.senders} >= {"Harbour Metrology Council"}
    assert record.liaison.deadline == "2026-09-30"


def test_a_cover_page_names_its_sender_under_its_label(tmp_path: Path) -> None:
    record = extracted(tmp_path, COVER_PAGE, "ls.txt")
    assert record.kind == "LiaisonStatement", record.kind
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    assert "SNIA" in senders, senders
    assert record.liaison.purpose == "information"
    assert "parties" not in record.warnings


# --- warnings: only the parts a memorandum lacks -----------------------------------------------------

MOU_BODY = """\
# Memorandum of Understanding between DMTF and SNIA

Article 1 - Purpose
The parties cooperate on storage management standards.

Article 2 - Term
This memorandum takes effect on signature and runs for three years.

"""


@pytest.mark.parametrize(
    "ending,warned",
    [
        (
            "IN WITNESS WHEREOF, the parties have signed this memorandum as of the date first written "
            "above.\n",
            False,
        ),
        ("For DMTF                     For SNIA\nAna Ruiz, President          Tom Berg, Chair\n", False),
        ("Signature: ______________    Signature: ______________\n", True),
        ("*Draft for discussion: not yet signed.*\n\nSigned for DMTF:\nSigned for SNIA:\n", True),
        ("Contacts: Ana Ruiz (DMTF), Tom Berg (SNIA)\n", True),
    ],
    ids=["witness clause", "signatories' columns", "blank signature lines", "says unsigned", "no signature"],
)
def test_a_memorandum_warns_of_its_approval_only_when_it_lacks_one(
    tmp_path: Path, ending: str, warned: bool
) -> None:
    record = extracted(tmp_path, MOU_BODY + ending, "mou.txt")  # plain text keeps the columns apart
    assert record.kind == "MemorandumOfUnderstanding"
    assert ("approval" in record.warnings) is warned, record.warnings


# --- warnings: a page lacks its scope only when it says it is partial or is cut off ---------------------

PAGE_LINE = (
    "The Harbour Metrology Council (HMC) has a liaison with the Open Buoy Consortium (OBC) since 2021."
)
PAGE_VARIANTS = {
    "a whole short page": (f"# Harbour Metrology Council: partners\n\n{PAGE_LINE}\n", False),
    "an excerpt": (
        "# Harbour Metrology Council: partners\n\n*Excerpt from the partners page; the descriptions are to "
        f"be completed.*\n\n{PAGE_LINE}\n",
        True,
    ),
    "cut off": (f"# Harbour Metrology Council: partners\n\n{PAGE_LINE} The two bodies work on the\n", True),
}


@pytest.mark.parametrize("layout", sorted(PAGE_VARIANTS))
def test_a_page_warns_of_its_scope_only_when_partial(tmp_path: Path, layout: str) -> None:
    text, warned = PAGE_VARIANTS[layout]
    record = extracted(tmp_path, text, "page.md")
    assert record.kind == "AlliancePage", record.kind
    assert ("scope" in record.warnings) is warned, (layout, record.warnings)


# --- a liaison statement written as a letter: letterhead, address, greeting, a request, a closing -------

LETTER_BODY = (
    "Thank you for your statement of March 2026 on the Swordfish storage model. The DMTF Redfish Forum has "
    "reviewed the proposed changes to the storage resources and attaches its comments.\n\nWe would welcome "
    "your comments on the attached draft mapping by 30 September 2026."
)
LETTERS = {
    "plain text": (
        "DMTF\n1050 SW 6th Avenue, Portland, OR\n\n2 April 2026\n\nStorage Networking Industry Association "
        f"(SNIA)\nTechnical Council\n\nDear members of the SNIA Technical Council,\n\n{LETTER_BODY}\n\n"
        "Yours sincerely,\n\nAna Ruiz\nChair, Redfish Forum\n",
        "letter.txt",
    ),
    "html, the addressee in the greeting only": (
        "<html><body><p><b>DMTF</b></p><p>2 April 2026</p><p>Dear colleagues of the Storage Networking "
        f"Industry Association (SNIA),</p><p>{LETTER_BODY}</p><p>Best regards,</p><p>Ana Ruiz</p>"
        "</body></html>",
        "letter.html",
    ),
}


@pytest.mark.parametrize("layout", sorted(LETTERS))
def test_a_letter_from_one_body_to_another_is_a_liaison(tmp_path: Path, layout: str) -> None:
    text, name = LETTERS[layout]
    record = extracted(tmp_path, text, name)
    assert record.kind == "LiaisonStatement", (layout, record.kind)
    assert record.liaison is not None
    assert [e.label for e in record.liaison.senders] == ["DMTF"], layout
    recipients = record.liaison.recipients
    assert {e.acronym for e in recipients if e.kind == "organization"} == {"SNIA"}, layout
    # the addressee's unit under its name ("SNIA" / "Technical Council", a unit head since d487e11) is SNIA's
    assert {str(e.unit_of).rsplit("/", 1)[-1] for e in recipients if e.kind == "unit"} <= {"snia"}, layout
    assert record.liaison.deadline == "2026-09-30"
