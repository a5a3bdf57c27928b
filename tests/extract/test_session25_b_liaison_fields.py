"""Liaison fields in layouts the corpus had not shown (issue 12 point 9, session 25, engineer B):

- a letter headed "Liaison Statement from X to Y", with a "To:" and a "Subject:" line but no "From:" field
  (a Word letter under a letterhead): the heading names the sender;
- a form whose field names dot leaders and a qualifier in brackets follow ("From (committee) .....: X",
  "To (organization) .....: Y"): the sender and addressee, as "From:" and "To:" would give them.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected ends were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    senders, recipients = (
        {e.acronym or e.label for e in side} for side in (record.liaison.senders, record.liaison.recipients)
    )
    return senders, recipients


LETTER = """{heading}
Harbour Metrology Council
Tide Gauge Working Group
3 March 2027
To: Open Buoy Consortium (OBC)
Subject: Sampling of tide gauges on buoys
Dear colleagues,
{bodies}
We would welcome the view of the OBC on sampling tide gauges every minute, by 30 June 2027.
Sincerely,
Mariko Ellison-Tanabe
Chair, Tide Gauge Working Group
"""
HEADINGS = [
    "Liaison Statement from the Harbour Metrology Council to the Open Buoy Consortium",
    "Liaison statement from HMC to OBC",
    "LIAISON LETTER FROM THE HARBOUR METROLOGY COUNCIL TO THE OPEN BUOY CONSORTIUM",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_naming_both_ends_gives_the_sender_beside_a_subject_line(
    tmp_path: Path, heading: str
) -> None:
    senders, recipients = ends(
        extracted(tmp_path, LETTER.format(heading=heading, bodies=BODIES), "letter.txt")
    )
    assert senders == {"HMC"}, senders
    assert recipients == {"OBC"}, recipients


FORM = """                         LIAISON STATEMENT FORM

Date of issue{leader}: 22/06/2027
{sender}{leader}: Harbour Metrology Council (HMC), Tide Gauge Working Group
{addressee}{leader}: Open Buoy Consortium (OBC)
Subject{leader}: Sampling rates of tide gauges on buoys
Reply requested by{leader}: 15/10/2027

{bodies} The HMC asks the OBC whether buoys can sample tide gauges every minute.
"""


@pytest.mark.parametrize("leader", [" ..........", "......", " ...."])
@pytest.mark.parametrize(
    ("sender", "addressee"),
    [("From (committee)", "To (organization)"), ("From", "To"), ("From (body)", "To")],
)
def test_dot_leaders_and_a_qualifier_leave_the_field_its_name(
    tmp_path: Path, leader: str, sender: str, addressee: str
) -> None:
    text = FORM.format(leader=leader, sender=sender, addressee=addressee, bodies=BODIES)
    senders, recipients = ends(extracted(tmp_path, text, "form.txt"))
    assert "HMC" in senders, senders
    assert recipients == {"OBC"}, recipients


NAMED = """LIAISON STATEMENT

{sender}: HMC Tide Gauge Working Group
{addressee}: OBC Telemetry Task Force
{deadline}: 30 June 2027

{bodies} The HMC sends the draft telemetry profile and asks the OBC to comment on it.
"""


@pytest.mark.parametrize(
    ("sender", "addressee"),
    [("Sender", "Addressed to"), ("Sent by", "Sent to"), ("Issued by", "For the attention of")],
)
@pytest.mark.parametrize("deadline", ["Reply requested by", "Comments due", "Response date", "Respond by"])
def test_other_names_of_the_sender_addressee_and_deadline_fields(
    tmp_path: Path, sender: str, addressee: str, deadline: str
) -> None:
    text = NAMED.format(sender=sender, addressee=addressee, deadline=deadline, bodies=BODIES)
    record = extracted(tmp_path, text, "statement.txt")
    senders, recipients = ends(record)
    assert "HMC" in senders, senders
    assert "OBC" in recipients, recipients
    assert record.liaison is not None and record.liaison.deadline == "2027-06-30", record.liaison


PLEASE = """LIAISON STATEMENT

From: HMC Tide Gauge Working Group
To: OBC Telemetry Task Force
{field}

{bodies} The HMC sends the draft telemetry profile.
"""


@pytest.mark.parametrize(
    "field",
    [
        "Action requested: Please comment on the draft by 30 June 2027.",
        "Purpose: For action. Please send comments no later than 30 June 2027.",
    ],
)
def test_a_request_by_please_dates_the_reply(tmp_path: Path, field: str) -> None:
    record = extracted(tmp_path, PLEASE.format(field=field, bodies=BODIES), "statement.txt")
    assert record.liaison is not None and record.liaison.purpose == "action", record.liaison
    assert record.liaison.deadline == "2027-06-30", record.liaison


PURPOSE = """LIAISON STATEMENT

From: HMC Tide Gauge Working Group
To: OBC Telemetry Task Force
{field}

{bodies} The HMC sends the draft telemetry profile.
"""
PURPOSES = {
    "Purpose: Request for input": "action",
    "Purpose: For approval": "action",
    "Purpose: Consultation": "action",
    "Action requested: Review the attached draft": "action",
    "Action requested: None": "information",
    "Action: None": "information",
    "Requested action: N/A": "information",
}


@pytest.mark.parametrize("field", sorted(PURPOSES))
def test_what_the_purpose_or_action_field_asks(tmp_path: Path, field: str) -> None:
    record = extracted(tmp_path, PURPOSE.format(field=field, bodies=BODIES), "statement.txt")
    assert record.liaison is not None and record.liaison.purpose == PURPOSES[field], record.liaison
