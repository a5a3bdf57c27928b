"""Contacts in the layouts of real liaison statements and memoranda: a "Contact:" line read as the
heading of the lines after it (its organization on the next line), columns separated by wide
gaps, and "For X: Name, Title" inside a term of a memorandum; signatories are no contacts."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

STATEMENT = """LIAISON STATEMENT

Source:        ITU-T Study Group 13
Title:         LS on orbit timing models
To:            ETSI ISG NFV
Purpose:       Action
Deadline:      31 March 2027

Contact:       Ada Example                    Tel: +41 22 555 0100
               Rapporteur Q7/13, ITU-T SG13   E-mail: ada@example.net

SG13 asks ETSI ISG NFV for comments on its draft models.
"""

MOU = (
    "# Memorandum of Understanding between Orbital Data Consortium (ORDC) and Edge Telemetry "
    "Consortium (ETC)\n\n"
    "## Terms\n\n"
    "1. **Points of contact.** Each Party names a liaison manager. For ORDC: Bo Example, VP Standards. "
    "For the Edge Telemetry Consortium: Cy Example, Head of Programs.\n"
    "2. **Publicity.** Joint announcements require the approval of both Parties.\n\n"
    "## Signatures\n\n"
    "For ORDC: Di Example, President\n"
)


def contacts(tmp_path: Path, name: str, text: str) -> set[tuple[str | None, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = extract(path).record.contacts
    return {(c.person, c.organization.short_name if c.organization else None) for c in found}


def test_a_contact_line_read_as_a_heading_takes_its_organization_from_the_next_line(tmp_path: Path) -> None:
    assert ("Ada Example", "ITU-T") in contacts(tmp_path, "ls.txt", STATEMENT)


def test_for_a_party_a_term_names_its_contact_and_signatories_are_none(tmp_path: Path) -> None:
    found = contacts(tmp_path, "mou.md", MOU)
    assert {("Bo Example", "ORDC"), ("Cy Example", "ETC")} <= found
    assert "Di Example" not in {person for person, _ in found}


def test_a_title_before_a_name_is_not_part_of_it(tmp_path: Path) -> None:
    page = STATEMENT.replace("Ada Example", "Dr. Ada Example")
    assert ("Ada Example", "ITU-T") in contacts(tmp_path, "ls.txt", page)


REPRESENTATIVES = """ORDC / ETC Liaison Work Register

PARTIES
Orbital Data Consortium (ORDC)
Edge Telemetry Consortium (ETC)

SCOPE
The two consortia align their telemetry formats.

WORK ITEMS
- Joint glossary: Q4 2026

LIAISON REPRESENTATIVES
  For ORDC ....... Dr. Ada Example, telemetry convenor
  For ETC .......... Bo Example, testing chair
"""


def test_dotted_leaders_and_a_representatives_section(tmp_path: Path) -> None:
    found = contacts(tmp_path, "register.txt", REPRESENTATIVES)
    assert {("Ada Example", "ORDC"), ("Bo Example", "ETC")} <= found


def test_a_liaison_statement_from_and_to_people_are_contacts(tmp_path: Path) -> None:
    text = """**To:** Bo Example, Chief Technology Officer, Wireless Orbit Alliance (WOA)
**Cc:** Cy Example, WOA co-chair
**From:** Ada Example, Chair, Edge Telemetry Consortium (ETC)
**Subject:** Liaison response on orbit timing
**For:** Information

The ETC reports on its orbit timing work to the WOA.
"""
    found = contacts(tmp_path, "ls.md", text)
    assert {("Bo Example", "WOA"), ("Ada Example", "ETC")} <= found
    assert "Cy Example" not in {person for person, _ in found}
