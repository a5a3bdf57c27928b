"""Specifications named by their titles, head included ("Datacenter Flux Sensor Specification",
"Core Orbit Information Model", "Tidewater Transport API (TTAPI)"), and parties listed in a
paragraph of the organizations section rather than as items: general rules of
kg.extract.entities, each shown on a small invented register."""

from __future__ import annotations

from pathlib import Path

from support.work_items import extracted

REGISTER = """Orbital Data Consortium / Edge Telemetry Consortium Work Register

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Alliance Scope
{scope}

Milestones / Dates
- Joint review of the drafts: Q2 2027

Contacts
- Di Example, di@example.org
"""


def spec_names(tmp_path: Path, scope: str) -> set[str]:
    """Every name (label, alias, acronym) of the specifications the register concerns."""
    record = extracted(tmp_path, REGISTER.format(scope=scope), "register.txt")
    return {name for spec, _ in record.specifications for name in (spec.label, *spec.names)}


def test_a_title_with_a_capitalised_head_is_a_specification(tmp_path: Path) -> None:
    names = spec_names(
        tmp_path,
        "The ORDC publishes the Datacenter Flux Sensor Specification and the ETC maintains the Core Orbit "
        "Information Model and the Orbit Catalog Vocabulary.",
    )
    expected = {"Datacenter Flux Sensor Specification", "Core Orbit Information Model"}
    expected |= {"Orbit Catalog Vocabulary"}
    assert expected <= names


def test_the_last_head_ends_the_title_and_a_joined_title_stays_whole(tmp_path: Path) -> None:
    names = spec_names(
        tmp_path,
        "Both align the ETC Sensor Firmware Profile Specification with the Flux Protocol and Data Model "
        "(FPDM).",
    )
    assert "ETC Sensor Firmware Profile Specification" in names
    assert "Flux Protocol and Data Model" in names and "Flux Protocol" not in names


def test_a_body_in_front_of_a_title_gives_an_alias_without_it(tmp_path: Path) -> None:
    names = spec_names(tmp_path, "The ORDC Tidewater Transport API (TTAPI) is aligned with ETC work.")
    assert {"ORDC Tidewater Transport API", "Tidewater Transport API", "TTAPI"} <= names


def test_opening_verbs_roles_and_plain_plural_heads_are_no_titles(tmp_path: Path) -> None:
    names = spec_names(
        tmp_path,
        "Publish Sensor Guidelines by Q3. The ORDC Vice President of Standards reviews Cloud Standards and "
        "International Standards. The Sensor Architecture Committee meets monthly.",
    )
    assert names == {"Sensor Guidelines"}


PARAGRAPH_PARTIES = """ODC / The Tidewater Group Work Register

Alliance Organizations

DMTF and The Tidewater Grid (TTG), Portland, Oregon

Alliance Scope
The DMTF and TTG exchange drafts of their telemetry profiles.

Milestones / Dates
- Joint review: Q2 2027

Contacts
- Di Example, di@example.org
"""


def test_a_party_paragraph_names_parties_but_not_places(tmp_path: Path) -> None:
    parties = {p.short_name for p, _ in extracted(tmp_path, PARAGRAPH_PARTIES, "register.txt").parties}
    assert parties == {"DMTF", "TTG"}


def test_a_term_defined_with_its_acronym_is_a_subject_but_not_the_document_itself(tmp_path: Path) -> None:
    names = spec_names(
        tmp_path,
        "Under this Memorandum of Understanding (MoU) both align their Orbit-Sensitive Networking (OSN) "
        "projects.",
    )
    assert "Orbit-Sensitive Networking" in names
    assert "Memorandum of Understanding" not in names
