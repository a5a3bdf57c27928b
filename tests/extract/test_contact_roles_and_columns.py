"""Contacts in more layouts of real registers, memoranda, charters and liaison pages: a contacts
table with a column per party, a "Coordinators" heading with a sub-heading per body, a field whose
value stands after a column gap ("Team contact      Name, Body"; people side by side are no field),
an ITU-style label padded before its colon, a role label naming a lead and its body, a sentence
naming a person in a role for a body, a role's description naming who holds it ("Currently: ..."),
and a sentence naming the primary contact. All bodies and people are invented."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

ORGS = """## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

## Scope

The two bodies align their tide telemetry formats.

"""


def contacts(tmp_path: Path, body: str, name: str = "register.md") -> set[tuple[str | None, str | None]]:
    path = tmp_path / name
    path.write_text(f"# HMC / OBC Work Register\n\n{ORGS}{body}", encoding="utf-8")
    found = extract(path).record.contacts
    return {(c.person, c.organization.short_name if c.organization else None) for c in found}


def test_a_contacts_table_with_a_column_per_party(tmp_path: Path) -> None:
    body = """## Points of contact

| Role | HMC | OBC |
|---|---|---|
| Strategic contact | Dr. Ann Example | Bo Example |
| E-mail | office@hmc.example | office@obc.example |
"""
    assert contacts(tmp_path, body) == {("Ann Example", "HMC"), ("Bo Example", "OBC")}


def test_coordinators_under_a_heading_per_body(tmp_path: Path) -> None:
    body = """## Coordinators

### Harbour Metrology Council

Ann Example, Tide Programme Director, ann@hmc.example

### Open Buoy Consortium

Bo Example, Telemetry Lead, bo@obc.example
"""
    assert contacts(tmp_path, body) == {("Ann Example", "HMC"), ("Bo Example", "OBC")}


def test_a_field_after_a_column_gap_and_people_side_by_side(tmp_path: Path) -> None:
    body = """Team contact          Cy Example, HMC

Signatures

Di Example                         Ed Example
President, HMC                     Chair, OBC
"""
    assert contacts(tmp_path, body, "register.txt") == {("Cy Example", "HMC")}


def test_a_padded_label_and_a_lead_labelled_with_its_body(tmp_path: Path) -> None:
    body = """CONTACT     : Dr. Fay Example, Rapporteur, Harbour Metrology Council, fay@hmc.example

## Who to contact

- Collaboration lead, OBC: Gus Example (OBC)
- Press: press@obc.example
"""
    people = {(person, body) for person, body in contacts(tmp_path, body) if person is not None}
    assert people == {("Fay Example", "HMC"), ("Gus Example", "OBC")}  # a mailbox is no person


def test_a_sentence_naming_a_person_in_a_role_for_a_body(tmp_path: Path) -> None:
    body = """## Notes

Hal Example is the HMC liaison to OBC; Ida Example is OBC's liaison to HMC.
"""
    assert contacts(tmp_path, body) == {("Hal Example", "HMC"), ("Ida Example", "OBC")}


def test_a_role_description_naming_its_holder(tmp_path: Path) -> None:
    body = """## How the relationship works

- **HMC Liaison Manager to OBC** - speaks for HMC and explains its process. Currently: Jo Example
  (jo@hmc.example).
- **OBC Liaison Officer to HMC** - speaks for OBC. Currently: Kai Example (kai@obc.example).
"""
    assert contacts(tmp_path, body) == {("Jo Example", "HMC"), ("Kai Example", "OBC")}


def test_a_sentence_naming_the_primary_and_secondary_contact(tmp_path: Path) -> None:
    body = """## Notes

The primary contact for the liaison is Lea Example, Director of Programs, and the secondary
contact is Max Example, Vice-Chair.
"""
    assert {person for person, _ in contacts(tmp_path, body)} == {"Lea Example", "Max Example"}


def test_two_people_in_a_field_after_a_column_gap(tmp_path: Path) -> None:
    body = """Chairs                Ann Example (HMC), Bo Example (OBC)
"""
    assert contacts(tmp_path, body, "register.txt") == {("Ann Example", "HMC"), ("Bo Example", "OBC")}
