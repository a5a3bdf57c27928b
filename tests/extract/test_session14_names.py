"""The names tuner's rules of session 14, each on an invented body (the layout variants are in
tests/extract/test_session14_n_invariance.py)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import extracted

from kg.model.records import AllianceRecord

HEAD = (
    "# HMC / OBC joint work register\n\n"
    "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n"
)


def party_names(record: AllianceRecord) -> set[str]:
    return {p.acronym or p.label for p, _ in record.parties}


def owners(record: AllianceRecord) -> dict[str, str | None]:
    """Each unit's label and its owner's acronym (or label)."""
    known = {p.iri: p for p, _ in record.parties} | {e.iri: e for e in record.new_entities}
    found = {}
    for unit, _ in record.units:
        owner = known.get(unit.unit_of)
        found[unit.label] = (owner.acronym or owner.label) if owner is not None else None
    return found


def test_a_sector_named_after_its_body_is_an_organization_of_its_own(tmp_path: Path) -> None:
    text = (
        "# IEEE SA and ITU-D\n\nThe IEEE Standards Association (IEEE SA) works with the ITU "
        "Telecommunication Development Sector (ITU-D) on rural connectivity.\n\n"
        "ITU-D Study Group 1 leads the joint report.\n"
    )
    record = extracted(tmp_path, text, "page.md")
    assert party_names(record) == {"IEEE SA", "ITU-D"}
    assert owners(record).get("Study Group 1") == "ITU-D"


def test_a_sector_of_an_unknown_body_or_without_a_sector_head_is_no_body_of_that_rule(tmp_path: Path) -> None:
    text = HEAD + "## Work\n\nThe Harbour Data Sector (HDS-X) reviews each draft.\n"
    record = extracted(tmp_path, text, "register.md")
    assert "HDS-X" not in party_names(record)


def test_a_unit_named_alone_is_the_body_s_that_the_document_writes_it_after(tmp_path: Path) -> None:
    text = (
        "# Tide Gauge Working Group Charter\n\n"
        "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n"
        "## Scope\n\nThe mission of the OBC Tide Gauge Working Group is to align the gauges of HMC members "
        "in a joint collaboration.\n"
    )
    record = extracted(tmp_path, text, "charter.md")
    units = owners(record)
    assert {label for label, owner in units.items() if "Tide Gauge" in label} and all(
        owner == "OBC" for label, owner in units.items() if "Tide Gauge" in label
    ), units


def test_a_head_first_unit_named_after_a_known_specification_is_a_unit(tmp_path: Path) -> None:
    text = (
        HEAD.replace("Open Buoy Consortium (OBC)", "ETSI") + "## Work\n\nETSI ISG CIM reviews each draft.\n"
    )
    record = extracted(tmp_path, text, "register.md")
    assert owners(record).get("ISG CIM") == "ETSI", owners(record)


CHARTER = """<html><body>
<h1>Tide Gauge Working Group Charter</h1>
<p>The mission of the HMC Tide Gauge Working Group is to align the gauges of its members.</p>
<h2>External Organizations</h2>
<dl>
<dt>Open Buoy Consortium (OBC)</dt><dd>Alignment of the buoy telemetry encodings.</dd>
<dt>Coastal Sensor Network Association (CSNA)</dt><dd>A common calibration note.</dd>
<dt>Port Data Alliance (PDA)</dt><dd>Joint tests of the harbour gateway.</dd>
</dl>
</body></html>
"""


def test_a_charter_s_described_list_of_external_bodies_gives_a_partner_a_term(tmp_path: Path) -> None:
    record = extracted(tmp_path, CHARTER, "charter.html")
    assert {"OBC", "CSNA", "PDA"} <= party_names(record), party_names(record)


def test_a_menu_of_bare_partner_names_gives_no_partner(tmp_path: Path) -> None:
    menu = CHARTER.split("<dl>")[0].replace(
        "<p>The mission", "<p>In collaboration with the Open Buoy Consortium (OBC), the mission"
    )
    # after the opening paragraphs (whose bodies are parties by another rule), a menu of other partners
    menu += "".join(f"<p>Scope item {n}: the gauges of the members.</p>\n" for n in range(8))
    menu += "<h2>Other Alliance Partners</h2>\n<ul><li>Coastal Sensor Network Association (CSNA)</li>"
    menu += "<li>Port Data Alliance (PDA)</li></ul>\n</body></html>\n"
    record = extracted(tmp_path, menu, "charter.html")
    # (a page of one party takes the next body named as its partner; the menu gives no more)
    assert "PDA" not in party_names(record) and len(record.parties) <= 2, party_names(record)


def test_a_known_body_s_acronym_and_number_is_a_standard_and_another_code_is_none(tmp_path: Path) -> None:
    text = HEAD + "## Work\n\nThe parties align their encoders with ECMA-404 and encrypt them with AES-256.\n"
    record = extracted(tmp_path, text, "register.md")
    labels = {s.label for s, _ in record.specifications}
    assert "ECMA-404" in labels
    assert "AES-256" not in labels


def test_an_agency_is_a_body(tmp_path: Path) -> None:
    text = (
        "# Memorandum of Understanding\n\nThe Harbour Metrology Council (HMC) and the Pacific Tide "
        "Assessment Agency (PTAA) will cooperate on tide gauge telemetry.\n"
    )
    record = extracted(tmp_path, text, "mou.txt")
    assert party_names(record) == {"HMC", "PTAA"}


def test_a_body_and_a_date_in_table_cells_are_no_standard_number(tmp_path: Path) -> None:
    text = HEAD + (
        "## Work items\n\n| Item | Owner | Target |\n|---|---|---|\n"
        "| Align the gauges | HMC | 2026-06-30 |\n| Publish the note | OBC | 2026-Q3 |\n\n"
        "The gauges follow IEC 61850-7-4 and EN 1993-1-1.\n"
    )
    labels = {s.label for s, _ in extracted(tmp_path, text, "register.md").specifications}
    assert {"IEC 61850-7-4", "EN 1993-1-1"} <= labels
    assert not any(label.startswith(("HMC 2026", "OBC 2026")) for label in labels), labels


def test_a_specification_written_after_its_body_is_also_named_without_it(tmp_path: Path) -> None:
    text = HEAD.replace("Open Buoy Consortium (OBC)", "HL7") + (
        "## Work\n\nThe parties map the gauge records to HL7 FHIR R5 resources; HL7 FHIR profiles follow.\n"
    )
    record = extracted(tmp_path, text, "register.md")
    specs = {s.label: set(s.names) for s, _ in record.specifications}
    assert any("FHIR" in names and label == "HL7 FHIR" for label, names in specs.items()), specs


def test_a_specification_written_with_and_without_its_body_is_one(tmp_path: Path) -> None:
    text = HEAD + (
        "## Work\n\nThe parties align OBC TideML 2.0 with the gauges. TideML 2.0 is published by OBC; "
        "TideML is also used by HMC members.\n"
    )
    record = extracted(tmp_path, text, "register.md")
    tideml = [s for s, _ in record.specifications if "TideML 2.0" in (s.label, *s.names)]
    assert len(tideml) == 1, [s.label for s, _ in record.specifications]


def test_the_notes_of_a_call_are_a_meeting_record(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC telemetry sync \u2014 notes, 2026-04-21\n\n"
        "Joint call of the HMC Tide Gauge Working Group and the OBC Telemetry Task Force.\n\n"
        "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n"
        "## Agenda\n\n1. Review of open items\n"
    )
    assert extracted(tmp_path, text, "notes.md").kind == "MeetingRecord"


def test_a_standards_committee_named_by_its_number_is_a_unit_not_a_standard(tmp_path: Path) -> None:
    text = HEAD.replace("Open Buoy Consortium (OBC)", "IEEE") + (
        "## Work\n\nThe IEEE 802 LAN/MAN Standards Committee (IEEE 802 LMSC) reviews the HMC note on "
        "IEEE 802.3.\n"
        "ISO/TC 211 Working Group 7 is informed.\n"
    )
    record = extracted(tmp_path, text, "register.md")
    assert "IEEE 802 LAN/MAN Standards Committee" in {u.label for u, _ in record.units}
    labels = {s.label for s, _ in record.specifications}
    assert "IEEE 802.3" in labels and "IEEE 802" not in labels, labels
    assert not any(u.label.startswith("211") for u, _ in record.units)


def test_a_body_s_area_or_module_named_before_of_the_body_is_its_unit(tmp_path: Path) -> None:
    text = HEAD + (
        "## Work\n\nThe Tide Data Work Area of the Open Buoy Consortium and the HMC Technical Module review "
        "each draft. The Work Programme of HMC lists the drafts; the OBC Meeting Room hosts the call.\n"
    )
    units = owners(extracted(tmp_path, text, "register.md"))
    assert units.get("Tide Data Work Area") == "OBC", units
    assert units.get("Technical Module") == "HMC", units
    assert not any(label.endswith(("Programme", "Room")) for label in units), units


def test_an_english_compound_opening_a_work_area_is_no_specification(tmp_path: Path) -> None:
    text = HEAD + (
        "## Work items\n\n| Work area | Standard | Target |\n|---|---|---|\n"
        "| Fast-track ballot | ISO/IEC 21778 | Q1 2028 |\n| SPIR-V tooling | ISO/IEC 16262 | Q2 2028 |\n"
    )
    labels = {s.label for s, _ in extracted(tmp_path, text, "register.md").specifications}
    assert "Fast-track" not in labels and "SPIR-V" in labels, labels
