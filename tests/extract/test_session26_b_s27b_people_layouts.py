"""Contacts in three families of layouts the corpus lacked (issue 12 point 9, session 27, engineer B, s27b).

- A table with a header row whose person column is titled by the office its people hold: a repository's
  "Maintainer | GitHub ID | Affiliation", a committee's "Chair | Organization", "Editor(s) | Affiliation",
  or "Name" in another language ("Nom"): each row's person is a contact, of the row's body.
- A heading that lists the people who hold a page's offices ("Who is who", "Officers", "Leadership",
  "Maintainers") over lines "Ana Example \u2014 Co-chair, HMC": each line's person is a contact, also where a
  plain-text reader took each line (no stop at its end) for a heading of its own.
- Prose: "A, chair of the HMC tide group, will coordinate the joint work with B of OBC", "A (HMC) leads the
  cooperation together with B (OBC)" (both people run the relationship), and "questions may be addressed
  to C at the HMC Secretariat", "please contact C at OBC" (the body a person works at).

Every body and person is invented; the expected contacts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
BOTH = {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}


OFFICE_TABLES = {
    "maintainers.md": (
        "# Tide data tools\n\n{bodies}\n\n## Maintainers\n\n| Maintainer | GitHub ID | Affiliation |\n"
        "|---|---|---|\n| Ana Lindqvist-Ahl | [alind](https://code.example/alind) | HMC |\n"
        "| Bo Kristiansen-Oduya | [bko](https://code.example/bko) | OBC |\n"
    ),
    "chairs.html": (
        "<html><body><h1>Joint tide group</h1><p>{bodies}</p>"
        "<table><tr><th>Chair</th><th>Organization</th></tr>"
        "<tr><td>Ana Lindqvist-Ahl</td><td>HMC</td></tr><tr><td>Bo Kristiansen-Oduya</td>"
        "<td>Open Buoy Consortium</td></tr></table></body></html>"
    ),
    "editors.txt": (
        "JOINT TIDE GROUP\n\n{bodies}\n\n| Editor(s) | Affiliation | Since |\n|---|---|---|\n"
        "| Ana Lindqvist-Ahl | HMC | 2025 |\n| Bo Kristiansen-Oduya | OBC | 2026 |\n"
    ),
    "nom.md": (
        "# Groupe commun\n\n{bodies}\n\n| Nom | Organisation |\n|---|---|\n| Ana Lindqvist-Ahl | HMC |\n"
        "| Bo Kristiansen-Oduya | OBC |\n"
    ),
}


@pytest.mark.parametrize("name", sorted(OFFICE_TABLES))
def test_a_table_titling_its_people_by_their_office(tmp_path: Path, name: str) -> None:
    found = contact_bodies(extracted(tmp_path, OFFICE_TABLES[name].format(bodies=BODIES), name))
    assert found == BOTH, found


def test_a_statement_chair_column_stays_no_contact(tmp_path: Path) -> None:
    """Minutes' chairs presided over the meeting: no contacts by their column (OFFICERS_NOT_CONTACTS)."""
    text = (
        f"# Minutes of the joint HMC-OBC call\n\n{BODIES}\n\nDate: 3 March 2027\n\n## Chairing\n\n"
        "| Chair | Organization |\n|---|---|\n| Ana Lindqvist-Ahl | HMC |\n\n## Decisions\n\n"
        "The group agreed the tide data profile.\n"
    )
    record = extracted(tmp_path, text, "minutes.md")
    assert record.kind == "MeetingRecord"
    assert "Ana Lindqvist-Ahl" not in contact_bodies(record)


WHO_IS_WHO = {
    "people.txt": (
        "JOINT TIDE GROUP\n\n{bodies}\n\nWho is who\n\n"
        "  Ana Lindqvist-Ahl \u2014 Co-chair, Harbour Metrology Council\n"
        "  Bo Kristiansen-Oduya \u2014 Editor, Open Buoy Consortium\n\nMeetings\n\nThe group meets monthly.\n"
    ),
    "people.md": (
        "# Joint tide group\n\n{bodies}\n\n## Leadership\n\n- Ana Lindqvist-Ahl \u2014 Co-chair, HMC\n"
        "- Bo Kristiansen-Oduya \u2014 Editor, OBC\n\n## Meetings\n\nThe group meets monthly.\n"
    ),
    "people.html": (
        "<html><body><h1>Joint tide group</h1><p>{bodies}</p><h2>Officers</h2><ul>"
        "<li>Ana Lindqvist-Ahl - Co-chair, HMC</li>"
        "<li>Bo Kristiansen-Oduya - Editor, Open Buoy Consortium</li>"
        "</ul><h2>Meetings</h2><p>The group meets monthly.</p></body></html>"
    ),
}


@pytest.mark.parametrize("name", sorted(WHO_IS_WHO))
def test_lines_under_a_heading_of_office_holders(tmp_path: Path, name: str) -> None:
    found = contact_bodies(extracted(tmp_path, WHO_IS_WHO[name].format(bodies=BODIES), name))
    assert found == BOTH, found


LAYOUTS = {
    "page.md": "# HMC and OBC partnership\n\n{bodies}\n\n{line}\n",
    "page.txt": "HMC AND OBC PARTNERSHIP\n\n{bodies}\n\n{line}\n",
    "page.html": "<html><body><h1>HMC and OBC partnership</h1><p>{bodies}</p><p>{line}</p></body></html>",
}
PAIRS = [
    "Ana Lindqvist-Ahl, chair of the HMC tide group, will coordinate the joint work with Bo Kristiansen-Oduya"
    " of OBC.",
    "Ana Lindqvist-Ahl (HMC) leads the cooperation together with Bo Kristiansen-Oduya (OBC).",
    "Ana Lindqvist-Ahl of HMC coordinates the liaison with Bo Kristiansen-Oduya at the Open Buoy Consortium.",
]
SENT_TO = [
    "Questions on the programme may be addressed to Cleo Varga-Ndiaye at the HMC Secretariat.",
    "Enquiries should be sent to Cleo Varga-Ndiaye at HMC.",
    "For details please contact Cleo Varga-Ndiaye at the Harbour Metrology Council.",
]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("line", PAIRS)
def test_two_people_running_the_work_together(tmp_path: Path, name: str, line: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name))
    assert found == BOTH, found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("line", SENT_TO)
def test_a_person_at_a_body(tmp_path: Path, name: str, line: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name))
    assert found == {"Cleo Varga-Ndiaye": "HMC"}, found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_groups_running_the_work_together_name_no_one(tmp_path: Path, name: str) -> None:
    line = "The Tide Gauge Working Group coordinates the liaison with the Telemetry Task Force."
    assert contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name)) == {}
