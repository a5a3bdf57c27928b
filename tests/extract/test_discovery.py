"""Names nobody told us: organizations and units the reference data does not know are discovered
from the way documents name them, get stable IRIs flagged for review, and are found again by a
later document through what the store holds (queries/known-organizations.rq)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.extract.documents import read_document
from kg.extract.names import Resolver
from kg.extract.registers import extract_register
from kg.model.namespaces import AKG, ONTOLOGY_IRI, ORG, REFERENCE_GRAPH, WG
from kg.model.records import Entity
from kg.model.sources import default_sources
from kg.pipeline.ingest import Extraction, extract, reference_graphs
from kg.store.embedded import EmbeddedStore

FIRST = """ETC / OGF Work Register

Version: 0.9

Alliance Organizations
· Edge Telemetry Consortium (ETC) and Open Grid Forum (OGF)

Alliance Scope
The ETC Interoperability Working Group and the OGF GLUE Working Group will align the Telemetry
Exchange Format specification with GLUE. Members of the Cloud Security Alliance (CSA) review the
security profile; CSA comments are tracked by the ETC. The open group of experts meets monthly.

Milestones / Dates
- Draft profile: Q3 2026
- Final profile: Q1 2027

Contacts
- Ann Example, ann@edge-telemetry.example
"""

UNITS = """ETSI NFV ISG / OASIS TOSCA TC Work Register

Alliance Organizations
· ETSI NFV ISG / OASIS TOSCA TC

Alliance Scope
The ETSI NFV ISG and the OASIS TOSCA TC collaborate to align the NFV descriptors with TOSCA; the
IEEE 802.1 WG is kept informed.

Milestones / Dates
- Joint review: Q2 2026

Contacts
- Bo Example, bo@example.org
"""

SEVERAL = """Work Register

Alliance Organizations
· Orbital Data Consortium, Edge Telemetry Consortium & Quantum Interconnect Forum (QIF)
· DMTF

Alliance Scope
The parties align their telemetry schemas with the Redfish specification.
This alliance is a collaboration between the parties.

Milestones / Dates
- First schema: Q4 2026

Contacts
- Cy Example, cy@example.org
"""

PLACEHOLDER = "The parties align their telemetry schemas with the Redfish specification."

SECOND = """Telemetry Work Register

Alliance Organizations
· Edge Telemetry Consortium
· Storage Networking Industry Association (SNIA)

Alliance Scope
The Edge Telemetry Consortium and SNIA align telemetry with Swordfish in this collaboration.

Milestones / Dates
- Aligned schema: Q2 2027

Contacts
- Di Example, di@example.org
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def local(entity: Entity | URIRef | None) -> str:
    iri = entity.iri if isinstance(entity, Entity) else entity
    return str(iri).rsplit("/", 1)[-1]


def parties(extraction: Extraction) -> list[str]:
    return [local(entity) for entity, _ in extraction.record.parties]


def test_full_name_with_acronym_and_two_parties_on_one_line(tmp_path: Path) -> None:
    extraction = extract(write(tmp_path, "first.txt", FIRST))
    assert parties(extraction) == ["etc", "ogf"]
    new = {entity.iri: entity for entity in extraction.record.new_entities}
    etc = new[ORG.etc]
    assert (etc.label, etc.acronym, etc.needs_review, AKG.IndustryAlliance in etc.types) == (
        "Edge Telemetry Consortium",
        "ETC",
        True,
        True,
    )
    assert (ORG.etc, AKG.needsReview, Literal(True)) in extraction.facts
    # CSA has evidence here (its full name), "open group" in lower case is no organization
    assert ORG["the-open-group"] not in new and ORG.csa not in new
    assert not any(local(e) in ("open-group", "the-open-group") for e in new.values())


def test_iris_come_from_names_not_from_file_names(tmp_path: Path) -> None:
    one = extract(write(tmp_path, "first.txt", FIRST))
    other = extract(write(tmp_path, "something-else.txt", FIRST))
    assert {e.iri for e in one.record.new_entities} == {e.iri for e in other.record.new_entities}


def test_units_written_with_their_organization_and_parties_of_units(tmp_path: Path) -> None:
    extraction = extract(write(tmp_path, "units.txt", UNITS))
    assert parties(extraction) == ["etsi", "oasis"]
    units = {local(unit): unit for unit, _ in extraction.record.units}
    assert set(units) >= {"etsi-nfv-isg", "oasis-tosca-tc", "ieee-802-1-wg"}
    assert (units["etsi-nfv-isg"].unit_of, units["oasis-tosca-tc"].unit_of) == (ORG.etsi, ORG.oasis)
    assert units["ieee-802-1-wg"].unit_of == ORG.ieee and units["oasis-tosca-tc"].label == "OASIS TOSCA TC"
    assert all(unit.needs_review for unit in units.values())
    assert (WG["etsi-nfv-isg"], AKG.unitOf, ORG.etsi) in extraction.facts


def test_several_parties_on_one_line_joined_by_commas_and_ampersands(tmp_path: Path) -> None:
    extraction = extract(write(tmp_path, "several.txt", SEVERAL))
    assert parties(extraction) == ["orbital-data-consortium", "edge-telemetry-consortium", "qif", "dmtf"]
    qif = next(e for e in extraction.record.new_entities if e.iri == ORG.qif)
    assert (qif.label, qif.acronym) == ("Quantum Interconnect Forum", "QIF")


def test_a_second_document_reuses_the_iri_of_a_body_the_store_learned_from_the_first(tmp_path: Path) -> None:
    reference, ontology = reference_graphs(default_sources().root)
    without_store = extract(write(tmp_path, "second.txt", SECOND))
    assert parties(without_store) == ["edge-telemetry-consortium", "snia"]  # its own name, flagged

    first = extract(write(tmp_path, "first.txt", FIRST))
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:  # as kg build and kg ingest leave it
        store.replace_graph(ONTOLOGY_IRI, ontology)
        store.replace_graph(REFERENCE_GRAPH, reference)
        store.replace_graph(first.graph_iri, first.graph)
        rows = store.select("known-organizations")
    assert {"entity": ORG.etc, "property": AKG.acronym, "value": Literal("ETC")} in rows
    resolver = Resolver.with_known(reference, ontology, rows)
    record = extract_register(read_document(tmp_path / "second.txt"), resolver)
    assert [local(entity) for entity, _ in record.parties] == ["etc", "snia"]
    assert ORG.etc in {e.iri for e in record.new_entities}  # restated, still flagged for review
    assert ORG["edge-telemetry-consortium"] not in {e.iri for e in record.new_entities}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Members of the Lunar Sensor Consortium (LSC) meet.", "lsc"),
        ("The Trusted Edge Group and DMTF meet.", "trusted-edge-group"),
        ("The Open Telemetry Initiative publishes schemas.", "open-telemetry-initiative"),
        # a name that opens with its head, in English or another language, with accents and particles
        ("The Institute of Orbital Sensor Engineers (IOSE) meets.", "iose"),
        ("La Fédération Nordique des Capteurs Orbitaux (FNCO) est membre.", "fnco"),
    ],
)
def test_names_only_a_body_has_are_organizations(tmp_path: Path, sentence: str, expected: str) -> None:
    text = SEVERAL.replace(PLACEHOLDER, sentence)
    extraction = extract(write(tmp_path, "sentence.txt", text))
    assert expected in {local(e) for e in extraction.record.new_entities if e.kind == "organization"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The DMTF Composability Task Force and the Marketing Working Group meet.",
        "The Redfish Forum has chartered a Telemetry Task Force (TTF) to develop models.",
        "Alliance Organization Assets are shared by the Study Group.",
        "The Association Members (AM) meet.",
    ],
)
def test_units_and_headings_are_not_organizations(tmp_path: Path, sentence: str) -> None:
    text = SEVERAL.replace(PLACEHOLDER, sentence)
    extraction = extract(write(tmp_path, "units.txt", text))
    organizations = {local(e) for e in extraction.record.new_entities if e.kind == "organization"}
    assert organizations == {"orbital-data-consortium", "edge-telemetry-consortium", "qif"}


PAGE = """# Nordic Sensor Federation - Partnerships

## W3C

The Nordic Sensor Federation (NSF) is an association of sensor makers. Since 2021 it has worked with
the World Wide Web Consortium (W3C) on vocabularies for sensor data, in a liaison between the two.

### Contacts

- Ada Example, NSF
"""


def test_a_page_written_by_a_new_body_has_it_as_a_party(tmp_path: Path) -> None:
    """A body discovered from its "Full Name (ACR)" is a plausible party (not a fragment of a title)."""
    extraction = extract(write(tmp_path, "page.md", PAGE))
    assert sorted(parties(extraction)) == ["nsf", "w3c"]


@pytest.mark.parametrize(
    ("sentence", "unit", "owner"),
    [
        ("The DMTF Telemetry Project reviews the schemas.", "Telemetry Project", ORG.dmtf),
        ("The OGF Sensor Data Group reviews the schemas.", "Sensor Data Group", ORG.ogf),
        ("The DMTF Security Sub-team reviews the schemas.", "Security Sub-team", ORG.dmtf),
        (
            "The OGF Technical Advisory Group on Provenance reviews it.",
            "Technical Advisory Group on Provenance",
            ORG.ogf,
        ),
    ],
)
def test_a_project_or_group_written_after_its_organization_is_its_unit(
    tmp_path: Path, sentence: str, unit: str, owner: URIRef
) -> None:
    text = SEVERAL.replace(PLACEHOLDER, sentence)
    extraction = extract(write(tmp_path, "owned.txt", text))
    units = {e.label: e.unit_of for e in extraction.record.new_entities if e.kind == "unit"}
    assert units.get(unit) == owner
    organizations = {e.label for e in extraction.record.new_entities if e.kind == "organization"}
    assert unit not in organizations and not any(unit in name for name in organizations)


def test_a_project_named_alone_is_no_unit(tmp_path: Path) -> None:
    text = SEVERAL.replace(PLACEHOLDER, "The Telemetry Project reviews the schemas in this collaboration.")
    extraction = extract(write(tmp_path, "alone.txt", text))
    assert not any(e.label == "Telemetry Project" for e in extraction.record.new_entities if e.kind == "unit")


JOINT = """ISO/IEC JTC 9/SC 44 N 1234

TITLE:   Liaison statement from ISO/IEC JTC 9/SC 44/WG 3 to the Edge Telemetry Consortium (ETC)
SOURCE:  ISO/IEC JTC 9/SC 44/WG 3
STATUS:  For information

The subcommittee ISO/IEC JTC 9/SC 44 thanks the ETC for its liaison contributions to ISO/IEC 99001.

Contact: Ann Example, Convenor, ISO/IEC JTC 9/SC 44/WG 3
"""


def test_a_joint_committee_is_one_body_with_its_subcommittees_as_units(tmp_path: Path) -> None:
    """ "ISO/IEC JTC 9/SC 44/WG 3" names one joint committee (not ISO and IEC) and its working group;
    "ISO/IEC 99001" is a standard's number, not a body."""
    extraction = extract(write(tmp_path, "joint.txt", JOINT))
    assert parties(extraction) == ["jtc-9", "etc"]
    new = {local(e): e for e in extraction.record.new_entities}
    assert (new["jtc-9"].label, new["jtc-9"].acronym, new["jtc-9"].kind) == (
        "ISO/IEC JTC 9",
        "JTC 9",
        "organization",
    )
    wg = new["jtc-9-sc-44-wg-3"]
    assert (wg.label, wg.kind, wg.unit_of) == ("ISO/IEC JTC 9/SC 44/WG 3", "unit", ORG["jtc-9"])
    assert not any(e.kind == "organization" and "99001" in e.label for e in new.values())
