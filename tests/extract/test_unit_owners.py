"""Units and their organizations in layouts dev lacked until session 8: a unit named with its
organization after it ("the Architecture Forum of The Open Group"), not the body named last in
an earlier sentence; an organizations list whose item names a body, a comma, then its unit ("TM
Forum, Autonomous Networks Project"): the unit is no second party."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract


def record(tmp_path: Path, text: str, name: str = "page.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path).record


def test_a_unit_of_the_organization_named_after_it(tmp_path: Path) -> None:
    text = """# Telemetry Council (TLMC) and the Orbital Data Consortium

The Telemetry Council (TLMC) has held a liaison with the Orbital Data Consortium (ORDC) since 2019.
The Gateway Forum of the Telemetry Council follows the orbit report work of ORDC.

Page updated 2026-04-14
"""
    found = record(tmp_path, text)
    owners = {str(p.iri): p.label for p, _ in found.parties}
    units = {(u.label, owners.get(str(u.unit_of))) for u, _ in found.units}
    assert ("Gateway Forum", "Telemetry Council") in units


def test_an_item_naming_a_body_then_its_project(tmp_path: Path) -> None:
    text = """# ORDC / TTG Joint Work Plan

## Organizations

- Orbital Data Consortium (ORDC), Ground Segment Working Group
- The Telemetry Guild, Autonomous Gateways Project

## Schedule

| Work item | Lead | Target |
|---|---|---|
| Joint gateway profile | Autonomous Gateways Project | Q3 2026 |

## Contacts

ORDC: Ada Lindqvist, ada@ordc.example
"""
    found = record(tmp_path, text, "plan.md")
    parties = {p.label for p, _ in found.parties}
    assert parties == {"Orbital Data Consortium", "Telemetry Guild"}
    units = {u.label for u, _ in found.units}
    assert {"Ground Segment Working Group", "Autonomous Gateways Project"} <= units


def test_a_list_of_who_takes_part_names_each_body_then_its_project(tmp_path: Path) -> None:
    text = """# ORDC / ETC Work Register Update

## Who

- **Orbital Data Consortium (ORDC)** — Ground Gateways Project
- **Edge Telemetry Consortium (ETC)** — Telemetry Models Project

## Status of the work items

- Joint gateway profile - Q3 2026

## Contacts

- ORDC: Ada Lindqvist, ada@ordc.example
"""
    found = record(tmp_path, text, "slides.md")
    owners = {str(p.iri): p.label for p, _ in found.parties}
    units = {(u.label, owners.get(str(u.unit_of))) for u, _ in found.units}
    assert ("Ground Gateways Project", "Orbital Data Consortium") in units
    assert ("Telemetry Models Project", "Edge Telemetry Consortium") in units


def test_a_working_party_listed_after_its_body(tmp_path: Path) -> None:
    text = """Orbital Data Consortium  <->  ITU-T Study Group 20
COLLABORATION WORK REGISTER

Parties
* Orbital Data Consortium (ORDC), represented by its Gateway Working Group
* ITU Telecommunication Standardization Sector (ITU-T), represented by SG20, Working Party 1/20

Work plan
- Gap analysis of the orbit report format - Q3 2026

Contacts
ORDC: Ada Lindqvist, ada@ordc.example

The comments will be considered at the next meeting of WP 2/20.
"""
    found = record(tmp_path, text, "register.txt")
    owners = {str(p.iri): p.label for p, _ in found.parties}
    units = {(u.label, owners.get(str(u.unit_of))) for u, _ in found.units}
    assert ("Working Party 1/20", "ITU Telecommunication Standardization Sector") in units
    assert not any(label == "Working Party 2/20" for label, _ in units)  # "the meeting of WP 2/20"
