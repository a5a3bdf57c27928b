"""Units some bodies write head first, right after their organization ("ETSI ISG NFV", "3GPP TSG SA
WG5", "ITU-T SG15"): named as the document names them, owned by that organization; a numbered study
group is one unit whether written "SG15" or "Study Group 15"; alone, such words are no unit."""

from __future__ import annotations

from pathlib import Path

from kg.model.namespaces import AKG, ORG
from kg.model.records import Entity
from kg.pipeline.ingest import extract

STATEMENT = """Liaison Statement

From: ETSI ISG NFV
To: 3GPP TSG SA WG5, ITU-T SG15
Purpose: For information

ETSI ISG NFV thanks 3GPP TSG SA WG5 and ITU-T Study Group 15 for their liaison on network slicing.
ISG NFV has approved two reports on the collaboration between the groups. The TC Process of the
forum and SG 2 are not named after an organization.

Contact: Giulia Example, giulia@example.org
"""


def units(tmp_path: Path) -> dict[str, Entity]:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    found = [unit for unit, _ in record.units] + [e for e in record.new_entities if e.kind == "unit"]
    return {unit.label: unit for unit in found}


def test_a_unit_written_head_first_keeps_its_name_and_organization(tmp_path: Path) -> None:
    found = units(tmp_path)
    assert found["ISG NFV"].unit_of == ORG.etsi
    assert AKG.TechnicalWorkGroup in found["ISG NFV"].types
    assert found["TSG SA WG5"].unit_of == ORG["3gpp"]


def test_a_numbered_study_group_is_one_unit_however_written(tmp_path: Path) -> None:
    found = units(tmp_path)
    study_group = found["Study Group 15"]
    assert (study_group.unit_of, study_group.acronym) == (ORG["itu-t"], "SG15")
    assert not any(label in found for label in ("SG15", "SG 15", "Study Group"))


def test_head_first_words_not_after_an_organization_are_no_unit(tmp_path: Path) -> None:
    found = units(tmp_path)
    assert not any(label.startswith(("TC Process", "SG 2", "Study Group 2")) for label in found)


def test_a_unit_named_with_a_dotted_designation_keeps_it_and_its_organization(tmp_path: Path) -> None:
    path = tmp_path / "mou.txt"
    path.write_text(
        "Memorandum of Understanding between IEEE and OCP\n\n"
        "The cooperation takes place between the IEEE 802.3 Ethernet Working Group and the OCP "
        "Networking Project, which agree to exchange drafts.\n\nContact: Di Example, di@example.org\n",
        encoding="utf-8",
    )
    record = extract(path).record
    labels = {unit.label: unit for unit, _ in record.units}
    assert "IEEE 802.3 Ethernet Working Group" in labels, sorted(labels)
    assert labels["IEEE 802.3 Ethernet Working Group"].unit_of == ORG.ieee
    assert "Ethernet Working Group" not in labels
