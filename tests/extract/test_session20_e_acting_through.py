"""A body that acts through its units is an organization, whatever its name ends on (issue 12, point 9,
session 20): registers and memoranda name each party with the units that carry the work, "X (XC), acting
through its Forecast Department". Discovery knew a body by the last word of its name (Alliance, Consortium,
Forum, ...); a "Centre", a "Coalition", a "Trading Community" or "X International" was read as a
specification, or not at all, and a register naming two such bodies was refused as naming one. The
bodies, their units and the layouts (an organizations list, a labelled paragraph, an outline with
emphasis marks, a former name in brackets) are invented; the expected parties were written before the
rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

TAIL = "\n\nWork items\n\n1. Joint glossary of buoy codes - Q3 2027\n2. Shared test data set - 2028\n"

LAYOUTS = {
    "markdown list": (
        "# Tidewater / Lindqvist Joint Work Register\n\n## Organizations\n\n"
        "- {first}, acting through its Wave Modelling Department\n"
        "- {second}, acting through its Telemetry Working Group\n"
    ),
    "labelled paragraph": (
        "Tidewater / Lindqvist Joint Work Register\n\n"
        "Organizations: the {first}, acting through its Wave Modelling Department, and the {second}, "
        "acting through its Telemetry Working Group.\n"
    ),
    "outline with emphasis": (
        "#+TITLE: Tidewater / Lindqvist Joint Work Register\n\n* Organizations\n"
        "  - *{first_bold}*{first_rest}, acting through its Wave Modelling\n    Department.\n"
        "  - *{second_bold}*{second_rest}, acting through its Telemetry Working Group.\n"
    ),
    "numbered clauses": (
        "Tidewater and Lindqvist: Joint Work Register\n\n1. Parties\n\n"
        "1.1\t{first}, acting through its Wave Modelling Department.\n"
        "1.2\t{second}, represented by its Telemetry Working Group.\n"
    ),
}

BODIES = {
    "centre and coalition with acronyms": (
        ("Lindqvist Centre for Coastal Radar Studies", " (LCCRS)"),
        ("Coalition for Tidewater Data Integrity", " (CTDI)"),
        {"lindqvist centre for coastal radar studies", "coalition for tidewater data integrity"},
    ),
    "a community and an international body": (
        ("Lindqvist Trading Community", " (LTC)"),
        ("Tidewater International", ""),
        {"lindqvist trading community", "tidewater international"},
    ),
    "a body with its former name": (
        ("Lindqvist International", " (formerly the Lindqvist Radar Foundation, LRF)"),
        ("Tidewater Data Centre", ""),
        {"lindqvist international", "tidewater data centre"},
    ),
}


def party_names(record: AllianceRecord) -> list[set[str]]:
    return [{folded(n) for n in (entity.label, *entity.names)} for entity, _ in record.parties]


def document(layout: str, bodies: str) -> str:
    (first, first_rest), (second, second_rest), _ = BODIES[bodies]
    return LAYOUTS[layout].format(
        first=first + first_rest,
        second=second + second_rest,
        first_bold=first,
        first_rest=first_rest,
        second_bold=second,
        second_rest=second_rest,
    )


@pytest.mark.parametrize("bodies", sorted(BODIES))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_body_acting_through_its_units_is_a_party(tmp_path: Path, layout: str, bodies: str) -> None:
    record = extracted(tmp_path, document(layout, bodies) + TAIL, "register.txt")
    names = party_names(record)
    for expected in BODIES[bodies][2]:
        assert any(expected in found for found in names), (layout, expected, names)
    assert len(record.parties) == 2, (layout, names)


def test_a_former_name_in_brackets_is_a_name_of_the_same_body(tmp_path: Path) -> None:
    record = extracted(
        tmp_path, document("markdown list", "a body with its former name") + TAIL, "register.md"
    )
    lindqvist = [found for found in party_names(record) if "lindqvist international" in found]
    assert lindqvist and "lindqvist radar foundation" in lindqvist[0], party_names(record)


def test_the_subject_words_of_a_numbered_committee_are_no_body(tmp_path: Path) -> None:
    text = (
        "Tidewater / Lindqvist Joint Work Register\n\nOrganizations\n\n"
        "- Tidewater Data Centre (TDC), acting through its Wave Modelling Department\n"
        "- Lindqvist Council TC 47 Coastal radar/Sensing, acting through Lindqvist Council TC 47/WG 2\n"
    ) + TAIL
    names = party_names(extracted(tmp_path, text, "register.md"))
    assert not any("coastal radar/sensing" in found for found in names), names


def test_a_body_on_the_line_under_another_s_unit_is_named_alone(tmp_path: Path) -> None:
    text = (
        "TDC / CTDI Joint Work Register\n\nOrganizations\n\n"
        "Tidewater Data Centre (TDC), through its Wave Modelling Working Group\n"
        "Coalition for Tidewater Data Integrity (CTDI), through its Telemetry Task Force\n"
    ) + TAIL
    names = party_names(extracted(tmp_path, text, "register.txt"))
    assert {"coalition for tidewater data integrity", "ctdi"} in names, names


def test_a_subject_before_through_its_is_no_body(tmp_path: Path) -> None:
    text = (
        "TDC / CTDI Joint Work Register\n\nOrganizations\n\n- Tidewater Data Centre (TDC)\n"
        "- Coalition for Tidewater Data Integrity (CTDI)\n\nScope\n\n"
        "TDC may comment on drafts of the Buoy Exchange Format through its Telemetry Forum.\n"
    ) + TAIL
    names = party_names(extracted(tmp_path, text, "register.md"))
    assert len(names) == 2 and not any("buoy exchange format" in found for found in names), names
