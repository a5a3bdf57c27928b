"""Layout invariance of a LIAISON statement's ends and purpose (issue 12, point 9, session 23, engineer D), in
layouts real statements use and the rules did not read (an ITU-R working party's statement to an external
organization, ISO/IEC JTC 1/SC 34 N0761, a JTC 1 liaison report):

- a "Source:" field that names the temporary document the statement was drafted in, the working party that
  sends it on the next line ("Source: Document 4A/TEMP/318" / "Working Party 4A"): the working party is the
  sender, a unit of the one other body the statement names (never a new body called "Working Party 4A");
- the copy's line in brackets under the statement's heading ("(COPY TO WORKING PARTY 4C FOR INFORMATION)"):
  what the copy is for, not the statement, whose "Status: For action" says what it asks;
- a report whose title names its sender first ("OASIS Liaison Report to the ISO/IEC JTC 1/SC 32 Plenary")
  and whose "SOURCE:" field names a person: the title gives both ends.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected facts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    return (
        {e.label for e in record.liaison.senders},
        {e.acronym or e.label for e in record.liaison.recipients},
    )


def owners(record: AllianceRecord) -> set[str]:
    assert record.liaison is not None
    by_iri = {str(e.iri): e for e, _ in record.parties}
    found = set()
    for sender in record.liaison.senders:
        owner = by_iri.get(str(sender.unit_of))
        found.add((owner.acronym or owner.label) if owner is not None else sender.label)
    return found


WORKING_PARTY = """Harbour Metrology Council
Tide Study Groups
{gap}                                                            Document 3B/TEMP/44-E
                                                            11 March 2026
                                                            English only

Source:{space}Document 3B/TEMP/44{blank}
Working Party 3B

LIAISON STATEMENT TO THE OPEN BUOY CONSORTIUM (OBC)
{copy}

Buoy clock drift parameters for tide gauge sharing studies

Working Party 3B (WP 3B) of the Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for
its statement on buoy telemetry. WP 3B is preparing a draft Recommendation HMC T.[DRIFT] and needs the
clock drift figures of OBC buoys to complete it.

WP 3B asks OBC to confirm the drift figures of the attached table.

{status}
Deadline:   30 June 2026
Contact:    Ana Okonkwo-Lind                    E-mail: a.okonkwo@wp3b.example
"""

COPIES = {
    "bracketed": "(COPY TO WORKING PARTY 3C FOR INFORMATION)",
    "bare": "COPY TO WORKING PARTY 3C FOR INFORMATION",
    "none": "",
}
STATUSES = {"status": "Status:     For action", "none": ""}


@pytest.mark.parametrize("blank", ["", "\n"], ids=["next-line", "after-blank"])
@pytest.mark.parametrize("space", ["", "   "], ids=["glued", "spaced"])
def test_the_working_party_under_a_document_source_sends_the_statement(
    tmp_path: Path, blank: str, space: str
) -> None:
    text = WORKING_PARTY.format(gap="", space=space, blank=blank, copy="", status="Status:     For action")
    record = extracted(tmp_path, text, "ls.txt")
    assert record.kind == "LiaisonStatement"
    senders, recipients = ends(record)
    assert senders == {"Working Party 3B"}
    assert owners(record) == {"HMC"}
    assert recipients == {"OBC"}
    assert {e.acronym or e.label for e, _ in record.parties} == {"HMC", "OBC"}


@pytest.mark.parametrize("copy", COPIES.values(), ids=COPIES.keys())
@pytest.mark.parametrize("status", STATUSES.values(), ids=STATUSES.keys())
def test_a_copy_for_information_leaves_the_statement_for_action(
    tmp_path: Path, copy: str, status: str
) -> None:
    text = WORKING_PARTY.format(gap="", space="   ", blank="", copy=copy, status=status)
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert record.liaison.purpose == "action"
    assert record.liaison.deadline == "2026-06-30"


def test_a_status_for_information_is_information(tmp_path: Path) -> None:
    text = WORKING_PARTY.format(gap="", space="   ", blank="", copy="", status="Status:     For information")
    text = text.replace("Deadline:   30 June 2026\n", "").replace("WP 3B asks OBC to confirm", "WP 3B notes")
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert record.liaison.purpose == "information"


REPORT = """ISO/IEC JTC 9/SC 4 N 812

Tide Data Interchange

TITLE: {title}
SOURCE: {source}
STATUS: Liaison report for the plenary session in Bergen
ACTION: For information
DATE: 2026-05-18
DISTRIBUTION: SC 4 and Liaisons

Dear colleagues:

The Open Buoy Consortium (OBC) thanks the Subcommittee of the Harbour Metrology Council (HMC) for the
invitation to report at its plenary. The OBC Telemetry Task Force finished its review of the draft.

Respectfully submitted,
Open Buoy Consortium
"""

TITLES = {
    "sender-first": "OBC Liaison Report to the HMC Tide Data Subcommittee Plenary, June 2026",
    "sender-first-statement": "Open Buoy Consortium liaison statement to the Harbour Metrology Council",
    "from-to": "Liaison report from OBC to the HMC Tide Data Subcommittee",
}
SOURCES = {"person": "Ms. Leontyne Ashworth-Baptiste", "honorific-less": "Dr Tobias Eikeland"}


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
@pytest.mark.parametrize("source", SOURCES.values(), ids=SOURCES.keys())
def test_a_report_titled_with_its_sender_first_has_both_ends(tmp_path: Path, title: str, source: str) -> None:
    record = extracted(tmp_path, REPORT.format(title=title, source=source), "report.txt")
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    assert senders == {"OBC"}
    recipients = {e.acronym or e.label for e in record.liaison.recipients}
    assert "HMC" in recipients or owners_of(record, record.liaison.recipients) == {"HMC"}
    assert record.liaison.purpose == "information"


def owners_of(record: AllianceRecord, entities) -> set[str]:
    by_iri = {str(e.iri): e for e, _ in record.parties}
    return {(by_iri[str(e.unit_of)].acronym or "") for e in entities if str(e.unit_of) in by_iri}


TITLE_LINE_REPORT = """ISO/IEC JTC 9/SC 4 N 815
Date: 2026-09-21

{title}

Item\tEntry
Document type\tLiaison organization contribution
Liaison representative\tHiroko Tanabe-Oduya
Expected action\tFor information

1 About OBC

The Open Buoy Consortium (OBC) writes open telemetry specifications for tide buoys. Its Telemetry Task
Force follows the work of the Harbour Metrology Council (HMC) on tide gauge calibration.
"""


@pytest.mark.parametrize("kind", ["Liaison report", "Liaison letter", "Liaison statement"])
def test_a_report_titled_on_a_line_of_its_own_has_both_ends(tmp_path: Path, kind: str) -> None:
    title = f"{kind} from OBC to the Harbour Metrology Council (HMC)"
    record = extracted(tmp_path, TITLE_LINE_REPORT.format(title=title), "report.txt")
    assert record.liaison is not None
    assert {e.acronym or e.label for e in record.liaison.senders} == {"OBC"}
    assert {e.acronym or e.label for e in record.liaison.recipients} == {"HMC"}


TRACKER = """Liaison statement
Buoy clock drift figures for tide gauges

State: Posted
Submitted Date: 2026-02-17
From Group: {sender}
From Contact: Ana Okonkwo-Lind <ana@drift-chairs.example>
To Group: Harbour Metrology Council (HMC) Tide Gauge Working Group
Cc: drift@obc.example
Purpose: For action
Deadline: 2026-05-15

Body:
The OBC DRIFT working group of the Open Buoy Consortium (OBC) asks the Harbour Metrology Council to review
the attached clock drift figures.
"""

SENDERS = {
    "named-with-acronym": "Buoy Clock Drift Measurement (drift)",
    "acronym-upper": "Clock Drift (DRIFT)",
}


@pytest.mark.parametrize("sender", SENDERS.values(), ids=SENDERS.keys())
def test_a_working_group_named_in_full_is_its_bodys_unit_not_a_party(tmp_path: Path, sender: str) -> None:
    record = extracted(tmp_path, TRACKER.format(sender=sender), "ls.txt")
    assert {e.acronym or e.label for e, _ in record.parties} == {"OBC", "HMC"}
    assert owners(record) == {"OBC"}


MEETING_HEADER = """OBC TSG-TEL WG4 Meeting #132                                        T4-251874
Bergen, Norway, 17 - 21 November 2025

Title:              LS on buoy clock drift figures
Source:             {sender}
To:                 Harbour Metrology Council (HMC), Tide Gauge Working Group
Contact Person:     Ana Okonkwo-Lind, ana@obc.example

1. Overall Description:
The Open Buoy Consortium (OBC) asks the Harbour Metrology Council (HMC) to review its drift figures.
"""


@pytest.mark.parametrize("sender", ["TSG TEL WG4", "TSG-TEL WG4", "TEL WG4"])
def test_a_group_named_by_its_designation_is_the_meeting_bodys_unit(tmp_path: Path, sender: str) -> None:
    record = extracted(tmp_path, MEETING_HEADER.format(sender=sender), "ls.txt")
    assert {e.acronym or e.label for e, _ in record.parties} == {"OBC", "HMC"}
    assert owners(record) == {"OBC"}
