"""Layout invariance of the document KIND (issue 12, points 2 and 9, session 14): the kind follows what
a document is built of, its title being one piece of evidence among others. A table of work items with
targets makes a register, numbered articles and a signature block a memorandum, a From/To header with a
request a liaison statement, attendees and action items a meeting record, a table of changed rows an
addendum; a body describing partners a page. The expected kind of each variant was written before the
rules ran on it; the bodies are real (DMTF, SNIA), every sentence and work item is invented.

Why: a wrong kind loses every fact the kind's rules read (a register read as a page has no milestones),
and the rules were tuned on titles that say what the document is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

# --- a register: a table of work items with targets, whatever its title says ----------------------

WORK_TABLE = """\
| Work item | Target | Status |
|---|---|---|
| Joint storage management profile draft | Q3 2026 | drafting |
| Interoperability plugfest for the profile | 2026-11-15 | planned |
| Published profile, version 1.0 | Q2 2027 | planned |
"""

REGISTER_COVER = "DMTF and SNIA keep this list of the work items they develop together.\n\n"

REGISTER_VARIANTS = {
    "joint work plan": f"# DMTF / SNIA Joint Work Plan\n\n{REGISTER_COVER}## Work items\n\n{WORK_TABLE}",
    "collaboration schedule": (
        f"# DMTF / SNIA Collaboration Schedule\n\n{REGISTER_COVER}## Schedule\n\n{WORK_TABLE}"
    ),
    "liaison activities": f"# Liaison Activities 2026\n\n{REGISTER_COVER}## Activities\n\n{WORK_TABLE}",
    "no title": f"{REGISTER_COVER}{WORK_TABLE}",
    "cover written as a web page": (
        "# Our partnership with SNIA\n\nDMTF works with SNIA on storage management. Our two "
        "organizations share their drafts and meet twice a year. The joint work items and their "
        f"targets are below.\n\n## What we are working on\n\n{WORK_TABLE}"
    ),
    "work items as a dated list": (
        "# DMTF and SNIA: storage alliance\n\n"
        f"{REGISTER_COVER}## Deliverables\n\n"
        "- Joint storage management profile draft, due Q3 2026\n"
        "- Interoperability plugfest for the profile, due 2026-11-15\n"
        "- Published profile, version 1.0, due Q2 2027\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(REGISTER_VARIANTS))
def test_a_table_of_work_items_with_targets_is_a_register(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, REGISTER_VARIANTS[layout], "variant.md")
    assert record.kind == "WorkRegister", (layout, record.kind)
    assert len(record.milestones) == 3, layout


# --- an addendum: a table of changed rows, whatever its title says --------------------------------

CHANGES = """\
| Item | Change | New target |
|---|---|---|
| 2. Interoperability plugfest for the profile | target moved | 2027-01-20 |
| 4. Test suite for the profile | added | 2027-06-30 |
"""

ADDENDUM_VARIANTS = {
    "says addendum": (
        "# Addendum 1 to the DMTF / SNIA Work Register\n\nThis addendum changes the work register "
        f"between DMTF and SNIA.\n\n## Changes\n\n{CHANGES}"
    ),
    "update of the register": (
        "# DMTF / SNIA Work Register: update of June 2026\n\nThese rows change the work register "
        f"between DMTF and SNIA; the other rows stay as they were.\n\n## Changed rows\n\n{CHANGES}"
    ),
    "revision notice": (
        "# Revision 2: DMTF and SNIA storage work items\n\nDMTF and SNIA amend their joint list of "
        f"work items as follows.\n\n{CHANGES}"
    ),
}


@pytest.mark.parametrize("layout", sorted(ADDENDUM_VARIANTS))
def test_a_table_of_changed_rows_is_an_addendum(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, ADDENDUM_VARIANTS[layout], "variant.md")
    assert record.kind == "RegisterAddendum", (layout, record.kind)


# --- a meeting record: attendees, agenda, action items -------------------------------------------

MEETING_BODY = """\
Attendees: Ana Ruiz (DMTF), Tom Berg (SNIA), Li Wei (SNIA)

Agenda
1. Review of the open work items
2. Plugfest planning

Discussion
The profile draft is on track; the plugfest moves to November.

Action items
- Tom Berg to circulate the plugfest invitation by 2026-09-30.
- Ana Ruiz to update the work item list.
"""

MEETING_VARIANTS = {
    "says minutes": f"# DMTF / SNIA minutes, 12 March 2026\n\n{MEETING_BODY}",
    "coordination and a date": f"# DMTF-SNIA coordination, 12 March 2026\n\n{MEETING_BODY}",
    "no title": MEETING_BODY,
    "record as a wiki page": f"# DMTF and SNIA storage collaboration / 2026-03-12\n\n{MEETING_BODY}",
}


@pytest.mark.parametrize("layout", sorted(MEETING_VARIANTS))
def test_attendees_and_action_items_make_a_meeting_record(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, MEETING_VARIANTS[layout], "variant.md")
    assert record.kind == "MeetingRecord", (layout, record.kind)


# --- a memorandum: numbered articles and a signature block ------------------------------------------

ARTICLES = """\
This agreement is made between DMTF and the Storage Networking Industry Association (SNIA).

Article 1 - Purpose
The parties cooperate on storage management standards.

Article 2 - Exchange of documents
Each party may share its drafts with the other under its own policies.

Article 3 - Term
This agreement takes effect on signature and runs for three years.

Signed for DMTF: Ana Ruiz, President, 2026-04-02
Signed for SNIA: Tom Berg, Chair, 2026-04-03
"""

MOU_VARIANTS = {
    "memorandum of understanding": f"# Memorandum of Understanding\n\n{ARTICLES}",
    "memorandum of cooperation": f"# Memorandum of Cooperation\n\n{ARTICLES}",
    "letter of intent": f"# Letter of Intent\n\n{ARTICLES}",
    "cooperation agreement": f"# Cooperation Agreement\n\n{ARTICLES}",
    "collaboration agreement with parties in the title": (
        f"# DMTF / SNIA Collaboration Agreement\n\n{ARTICLES}"
    ),
}


@pytest.mark.parametrize("layout", sorted(MOU_VARIANTS))
def test_numbered_articles_and_signatures_make_a_memorandum(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, MOU_VARIANTS[layout], "variant.md")
    assert record.kind == "MemorandumOfUnderstanding", (layout, record.kind)


# --- a liaison statement, also sent as an e-mail ----------------------------------------------------

LIAISON_VARIANTS = {
    "liaison header": (
        "# Liaison statement\n\nFrom: DMTF\nTo: SNIA\nFor: action\nDeadline: 2026-09-30\n\n"
        "DMTF asks SNIA to review the attached storage profile draft.\n"
    ),
    "e-mail with a subject": (
        "From: Ana Ruiz, DMTF\nTo: SNIA Technical Council\nSubject: Liaison on the storage profile draft\n"
        "Date: 2 April 2026\n\nDear colleagues,\n\nDMTF would welcome your comments on the attached "
        "storage profile draft by 30 September 2026.\n\nBest regards,\nAna Ruiz\n"
    ),
    "e-mail asking for comments": (
        "From: Ana Ruiz, DMTF\nTo: SNIA Technical Council\nSubject: Storage profile draft\n"
        "Date: 2 April 2026\n\nDear colleagues,\n\nDMTF sends SNIA the attached storage profile draft "
        "for your comments by 30 September 2026.\n\nBest regards,\nAna Ruiz\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LIAISON_VARIANTS))
def test_a_header_from_one_body_to_another_makes_a_liaison(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, LIAISON_VARIANTS[layout], "variant.txt")
    assert record.kind == "LiaisonStatement", (layout, record.kind)


# --- a page: a body describing its partners ---------------------------------------------------------

PAGE_VARIANTS = {
    "partners page": (
        "# Our partners\n\nDMTF works with SNIA on storage management. The two organizations share "
        "drafts and hold joint sessions at their conferences.\n"
    ),
    "no title": (
        "DMTF and SNIA have cooperated since 2009. Their alliance covers storage management and the "
        "profiles that both publish.\n"
    ),
    "page with a plan in its title": (
        "# Alliance roadmap overview\n\nDMTF and SNIA have cooperated since 2009. Their alliance covers "
        "storage management and the profiles that both publish.\n"
    ),
    "news items that open with their date": (
        "# Our partners: SNIA\n\nDMTF and SNIA have worked together since 2009.\n\n## News\n\n"
        "- 2024-05-01 DMTF and SNIA announce a joint plugfest\n- 2024-09-12 New storage profile published\n"
        "- 2025-02-03 Joint webinar on storage management\n"
    ),
    "a table of partners with dates": (
        "# Alliance partners\n\nDMTF works with many standards bodies.\n\n"
        "| Partner | Agreement signed | Renewal |\n|---|---|---|\n| SNIA | March 2009 | Q1 2027 |\n"
        "| The Open Group | June 2012 | Q2 2026 |\n| OGF | May 2010 | Q4 2026 |\n"
    ),
    "participants and a next meeting": (
        "# DMTF and SNIA: our alliance\n\nDMTF and SNIA cooperate on storage management, sharing drafts.\n\n"
        "Participants: members of both organizations' storage groups.\n\n"
        "Next meeting: at the SNIA Storage Developer Conference.\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(PAGE_VARIANTS))
def test_a_body_describing_partners_is_a_page(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, PAGE_VARIANTS[layout], "variant.md")
    assert record.kind == "AlliancePage", (layout, record.kind)


# --- refusals: a body named by its acronym still counts, a text about no alliance does not ----------

ACRONYM_BODY = """\
NEBULA / GSMA Open Gateway: API alignment schedule

This schedule is kept by the NEBULA project and the GSM Association (GSMA) for the alignment of the
NEBULA network APIs with the GSMA Open Gateway descriptions.

| Milestone | Target date |
|---|---|
| Scope of the aligned definitions frozen | 15 Oct 2026 |
| First release candidate | 30 Nov 2026 |
"""


def test_a_body_named_only_by_its_acronym_is_a_party(tmp_path: Path) -> None:
    record = extracted(tmp_path, ACRONYM_BODY, "variant.md")
    labels = {entity.label for entity, _ in record.parties}
    assert "NEBULA" in labels and "GSM Association" in labels, labels


def test_a_project_of_one_known_body_alone_is_still_refused(tmp_path: Path) -> None:
    text = (
        "# NEBULA release notes\n\nThe NEBULA project publishes its network API definitions. It follows "
        "the GSM Association (GSMA) style guide for its descriptions.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "notes.md")
