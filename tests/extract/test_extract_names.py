"""kg.extract.names: names, acronyms, former names, misspellings and e-mail domains resolve to reference
entities; shared acronyms need evidence; new names get IRIs that never merge two bodies."""

from __future__ import annotations

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import SKOS

from kg.extract.names import Resolver, known_graph
from kg.model.namespaces import AKG, ORG, SPEC, WG
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


# --- the gazetteer: former names, shared acronyms, capitals ------------------------------------


def test_former_names_resolve_to_the_organization(resolver: Resolver) -> None:
    assert iris(
        resolver, "the Desktop Management Task Force, the OpenIB Alliance and the Zigbee Alliance"
    ) == [
        "dmtf",
        "ofa",
        "connectivity-standards-alliance",
    ]
    assert resolver.resolve("Desktop Management Task Force").iri == ORG.dmtf


def test_organization_names_keep_their_capitals_but_the_first(resolver: Resolver) -> None:
    assert iris(resolver, "the open group of experts meets") == []
    assert iris(resolver, "The Open Group and the Open Group") == ["the-open-group", "the-open-group"]


def test_a_shared_acronym_names_the_body_the_document_gives_evidence_for(resolver: Resolver) -> None:
    assert (
        iris(resolver, "CSA reviews the profile.") == []
    )  # three bodies are called CSA: none without evidence
    assert iris(resolver, "The Cloud Security Alliance (CSA) agrees; CSA reviews.") == [
        "cloud-security-alliance",
        "cloud-security-alliance",
        "cloud-security-alliance",
    ]
    by_domain = Resolver(*reference_graphs(default_sources().root))
    by_domain.observe("Contact: jo@csagroup.org.\nCSA reviews the profile.")
    assert iris(by_domain, "CSA reviews the profile.") == ["csa-group"]
    by_name = Resolver(*reference_graphs(default_sources().root))
    by_name.observe("Zigbee Alliance members ... later, CSA certified the devices.")
    assert iris(by_name, "CSA certified the devices.") == ["connectivity-standards-alliance"]


def test_a_short_acronym_needs_evidence_too(resolver: Resolver) -> None:
    assert iris(resolver, "An LF profile was agreed.") == []
    assert iris(resolver, "LF Networking") == ["lf-networking"]  # a body of its own, not the LF
    assert iris(resolver, "the Linux Foundation (LF)") == ["linux-foundation", "linux-foundation"]


def test_new_organizations_are_never_merged_with_a_body_that_only_shares_their_acronym(
    resolver: Resolver,
) -> None:
    assert resolver.new_organization("Canadian Standards Association", "CSA").iri == ORG["csa-group"]
    other = resolver.new_organization("Cloud Standards Association", "CSA")
    assert other.iri == ORG["cloud-standards-association"] and other.needs_review
    bare = resolver.new_organization("CSA", "CSA")
    assert bare.iri == ORG.csa and bare.needs_review and bare.iri not in {ORG["csa-group"], other.iri}
    assert (
        resolver.new_organization("CSA", "CSA") is bare
    )  # the same bare acronym: the same entity, kept apart
    assert iris(resolver, "CSA reviews the profile.") == ["csa"]


def test_a_new_name_with_a_known_acronym_of_its_own_body_is_that_body(resolver: Resolver) -> None:
    assert resolver.new_organization("Distributed Management Task Force, Inc.", "DMTF").iri == ORG.dmtf
    assert resolver.new_organization("Open Grid Forum", None).iri == ORG.ogf
    assert resolver.new_organization("OGF", "OGF").iri == ORG.ogf


def test_units_written_with_their_organization(resolver: Resolver) -> None:
    etsi = resolver.new_organization("ETSI", "ETSI")
    unit = resolver.new_unit("NFV ISG", None, etsi)
    assert (unit.iri, unit.label, unit.unit_of, unit.needs_review) == (
        WG["etsi-nfv-isg"],
        "ETSI NFV ISG",
        ORG.etsi,
        True,
    )
    assert AKG.TechnicalWorkGroup in unit.types
    assert iris(resolver, "the ETSI NFV ISG and the NFV ISG") == ["etsi", "etsi-nfv-isg", "etsi-nfv-isg"]


def test_known_graph_turns_the_rows_of_the_named_query_into_names(resolver: Resolver) -> None:
    rows = [
        {"entity": ORG.etc, "property": RDF.type, "value": AKG.IndustryAlliance},
        {
            "entity": ORG.etc,
            "property": SKOS.prefLabel,
            "value": Literal("Edge Telemetry Consortium", lang="en"),
        },
        {"entity": ORG.etc, "property": AKG.acronym, "value": Literal("ETC")},
        {"entity": ORG.etc, "property": AKG.needsReview, "value": Literal(True)},
        {"entity": None, "property": RDF.type, "value": AKG.Organization},
    ]
    reference, ontology = reference_graphs(default_sources().root)
    known = Resolver.with_known(reference, ontology, rows)
    assert len(known_graph(rows)) == 4
    assert iris(known, "the Edge Telemetry Consortium") == ["etc"]
    assert known.new_organization("Edge Telemetry Consortium").iri == ORG.etc
    assert list(known.new_entities) == [ORG.etc]  # restated by the new document: it stands on its own


def test_a_numbered_study_group_written_both_ways_is_one_unit(resolver: Resolver) -> None:
    """ "ITU-T Study Group 13" in a liaison statement's header and "ITU-T SG13" in its body: one unit
    (it was two, itu-t-study-group-13 and itu-t-sg13, both labelled "Study Group 13")."""
    itu = resolver.resolve("ITU-T")
    first = resolver.new_unit("Study Group 13", None, itu, "ITU-T Study Group 13")
    second = resolver.new_unit("Study Group 13", "SG13", itu)
    assert second.iri == first.iri == WG["itu-t-study-group-13"]
    assert second.acronym == "SG13"
    assert [e.iri for e in resolver.new_entities.values() if e.kind == "unit"] == [first.iri]


def test_a_unit_after_its_owners_possessive_is_named_without_it(resolver: Resolver) -> None:
    """ "OMG's Business Modeling Task Force": the unit is "Business Modeling Task Force" (it was
    "'s Business Modeling Task Force", with an IRI omg-s-business-...)."""
    omg = resolver.new_organization("Object Management Group", "OMG")
    for possessive in ("'s", "\u2019s"):
        unit = resolver.new_unit(f"{possessive} Business Modeling Task Force", None, omg)
        assert unit.label == "Business Modeling Task Force"
        assert unit.iri == WG["omg-business-modeling-task-force"]
