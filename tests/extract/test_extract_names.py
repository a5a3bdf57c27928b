"""kg.extract.names: names, acronyms, misspellings and e-mail domains resolve to reference entities."""

from __future__ import annotations

import pytest

from kg.extract.names import Resolver
from kg.model.namespaces import ORG, SPEC, WG
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


@pytest.fixture
def resolver() -> Resolver:
    reference, ontology = reference_graphs(default_sources().root)
    return Resolver(reference, ontology)


def iris(resolver: Resolver, text: str) -> list[str]:
    return [str(m.entity.iri).rsplit("/", 1)[-1] for m in resolver.mentions(text)]


def test_labels_acronyms_and_misspellings(resolver: Resolver) -> None:
    assert iris(resolver, "Distributed Management Task Force, Inc. (DMTF) and DTMF") == [
        "dmtf",
        "dmtf",
        "dmtf",
    ]
    assert resolver.resolve("DTMF").iri == ORG.dmtf
    assert resolver.resolve("Open Fabrics Alliance").iri == ORG.ofa


def test_names_tolerate_an_inserted_acronym_and_line_breaks(resolver: Resolver) -> None:
    text = "The SNIA Non-Volatile Memory Programming (NVMP)\nTechnical Work Group (TWG) delivers"
    assert iris(resolver, text) == ["snia", "snia-nvmp-twg"]


def test_longest_match_wins_and_owner_acronym_is_its_own_mention(resolver: Resolver) -> None:
    assert iris(resolver, "WS-AgreementNegotiation and WS-Agreement") == [
        "ws-agreement-negotiation",
        "ws-agreement",
    ]
    assert iris(resolver, "DMTF Redfish schema releases") == ["dmtf", "redfish"]
    assert iris(resolver, "a cloud management model and interfaces") == ["dmtf-cloud-management"]
    assert iris(resolver, "the OGF OCCI-WG and OVF/OCCI") == ["ogf", "ogf-occi-wg", "ovf", "occi"]


def test_one_word_names_match_their_case_only(resolver: Resolver) -> None:
    assert iris(resolver, "glue and redfish") == []


def test_email_domains_resolve_including_variant_domains(resolver: Resolver) -> None:
    assert resolver.organization_for_email("ogf-alliance@dmtof.org").iri == ORG.dmtf
    assert resolver.organization_for_email("OFA-alliance@dmtf.org").iri == ORG.dmtf
    assert resolver.organization_for_email("someone@list.snia.org").iri == ORG.snia
    assert resolver.organization_for_email("alan.sill@ttu.edu") is None


def test_unknown_names_get_new_entities_marked_for_review(resolver: Resolver) -> None:
    org = resolver.new_organization("Edge Telemetry Consortium", "ETC")
    unit = resolver.new_unit("Interoperability Working Group", "IWG", org)
    spec = resolver.new_specification("Telemetry Exchange Format", "TXF")
    assert (org.iri, unit.iri, spec.iri) == (ORG.etc, WG["etc-iwg"], SPEC.txf)
    assert org.needs_review and unit.needs_review and spec.needs_review and unit.unit_of == ORG.etc
    assert iris(resolver, "the ETC Interoperability Working Group maintains TXF") == ["etc", "etc-iwg", "txf"]


def test_a_known_unit_named_after_another_organization_is_that_organizations_unit(resolver: Resolver) -> None:
    mentions = resolver.mentions("the SNIA Marketing Working Group")
    unit = mentions[-1].entity
    assert unit.iri == WG["snia-marketing-working-group"] and unit.needs_review and unit.unit_of == ORG.snia
