"""A group's officers named by their office (issue 12 point 9, session 26, engineer B).

Committee pages, charters, a special interest group's README and letterheads name the people of the work
by their office, one line an office, several holders with their bodies in brackets: "Chair(s): A (HMC);
B (OBC)", "Co-chairs: A (X) and B (Y)", "Secretary: C (OBC)", "Editor(s): C (OBC)". Such a line names
contacts wherever it stands, except in a meeting's record, where "Chair:" is who presided over the meeting.
A Markdown paragraph runs such lines together ("... B (OBC) Editor(s): C (OBC)"): each office still starts
a line of its own.

Every body and person is invented; the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)


README = f"""# Tide Data Alignment Group

{BODIES}

## Leadership

{{chairs}}
{{secretary}}
"""
PAGE = f"""<html><body><h1>Tide Committee</h1><p>{BODIES}</p>
<h2>Officers</h2>
<p><strong>{{chairs}}</strong></p>
<p><strong>{{secretary}}</strong></p>
</body></html>"""
LETTERHEAD = f"""TIDE DATA LIAISON GROUP
{{chairs}}
{{secretary}}

{BODIES}

The group's work programme for 2027 is attached.
"""
LAYOUTS = {"readme.md": README, "page.html": PAGE, "letterhead.txt": LETTERHEAD}
CHAIRS = [
    "Chair(s): Ana Lindqvist-Ahl (HMC); Bo Kristiansen-Oduya (OBC)",
    "Co-chairs: Ana Lindqvist-Ahl (Harbour Metrology Council) and Bo Kristiansen-Oduya (Open Buoy"
    " Consortium)",
    "Chairs: Ana Lindqvist-Ahl (HMC), Bo Kristiansen-Oduya (OBC)",
]
SECRETARIES = ["Secretary: Carla Mendes-Rooij (OBC)", "Editor(s): Carla Mendes-Rooij (OBC)"]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("chairs", CHAIRS)
@pytest.mark.parametrize("secretary", SECRETARIES)
def test_officers_with_their_bodies_are_contacts(
    tmp_path: Path, name: str, chairs: str, secretary: str
) -> None:
    text = LAYOUTS[name].format(chairs=chairs, secretary=secretary)
    found = contact_bodies(extracted(tmp_path, text, name))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC", "Carla Mendes-Rooij": "OBC"}


@pytest.mark.parametrize("office", ["Chair", "Vice-chair", "Convenor", "Rapporteur"])
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_one_officer_a_line(tmp_path: Path, office: str, name: str) -> None:
    text = LAYOUTS[name].format(chairs=f"{office}: Dag Solberg-Amari (HMC)", secretary="")
    assert contact_bodies(extracted(tmp_path, text, name)) == {"Dag Solberg-Amari": "HMC"}


MINUTES = f"""HMC / OBC Joint Call - Minutes

Date: 12 March 2027
{{office}}: Ana Lindqvist-Ahl (HMC)

1. Welcome
{BODIES}

2. Action items
- HMC to circulate the draft sampling profile by 30 April 2027.

Next meeting: 9 April 2027
"""


@pytest.mark.parametrize("office", ["Chair", "Secretary"])
def test_a_meetings_chair_is_not_a_contact(tmp_path: Path, office: str) -> None:
    """Who presided over a meeting is no contact of the work (unchanged by the rule)."""
    record = extracted(tmp_path, MINUTES.format(office=office), "minutes.txt")
    assert "Ana Lindqvist-Ahl" not in contact_bodies(record)


STATEMENT = f"""HMC Tide Gauge Working Group
Chair: Dr. Ana Lindqvist-Ahl
E-mail: tgwg-chair@hmc.example

LIAISON STATEMENT

From: Harbour Metrology Council (HMC) Tide Gauge Working Group
To: Open Buoy Consortium (OBC)
For: Information
Contact: Bo Kristiansen-Oduya, HMC liaison to OBC (bo@hmc.example)

{BODIES} The HMC informs the OBC of its new sampling profile.
"""


def test_a_statements_letterhead_chair_is_its_sender_not_a_contact(tmp_path: Path) -> None:
    """A statement's contact is the one its field names (unchanged by the rule)."""
    found = contact_bodies(extracted(tmp_path, STATEMENT, "statement.txt"))
    assert "Bo Kristiansen-Oduya" in found, found
    assert "Ana Lindqvist-Ahl" not in found, found
