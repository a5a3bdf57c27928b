"""The ontology is first-class code: every term is labelled, defined and aligned."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.model.namespaces import AKG, ONTOLOGY_IRI
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
ALIGNED_VOCABULARIES = (
    "http://www.w3.org/ns/org#",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2006/time#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/2006/vcard/ns#",
    "http://xmlns.com/foaf/0.1/",
    "https://schema.org/",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph(default_sources().ontology_files)


def own_terms(graph: Graph) -> list[URIRef]:
    terms = {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(str(AKG))}
    return sorted(terms)


def test_ontology_header_names_itself(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None


def test_ontology_declares_the_core_terms(ontology: Graph) -> None:
    expected = {
        "Organization", "OrganizationalUnit", "WorkingGroup", "Specification", "WorkRegister",
        "Milestone", "TargetPeriod", "ContactPoint", "Approval", "Policy", "License",
        "party", "unitOf", "developedBy", "extends", "buildsOn", "milestone", "targetText",
    }  # fmt: skip
    assert {str(t).removeprefix(str(AKG)) for t in own_terms(ontology)} >= expected


@pytest.mark.parametrize("term", own_terms(load_graph(default_sources().ontology_files)), ids=str)
def test_every_term_has_an_english_label_and_definition(ontology: Graph, term: URIRef) -> None:
    labels = [label for label in ontology.objects(term, RDFS.label) if label.language == "en"]
    definitions = [d for d in ontology.objects(term, SKOS.definition) if d.language == "en"]
    assert len(labels) == 1, f"{term} needs exactly one English rdfs:label"
    assert len(definitions) == 1 and len(definitions[0]) > 20, f"{term} needs a skos:definition"


@pytest.mark.parametrize("term", own_terms(load_graph(default_sources().ontology_files)), ids=str)
def test_every_term_says_where_it_is_defined(ontology: Graph, term: URIRef) -> None:
    """rdfs:isDefinedBy the ontology, so a client that meets a term anywhere can find its definition."""
    assert list(ontology.objects(term, RDFS.isDefinedBy)) == [ONTOLOGY_IRI]


def test_the_version_iri_is_under_the_ontology_iri(ontology: Graph) -> None:
    """owl:versionIRI <ontology/VERSION>: kg serve resolves it (tests/server/test_prefixes.py)."""
    version = ontology.value(ONTOLOGY_IRI, OWL.versionIRI)
    info = ontology.value(ONTOLOGY_IRI, OWL.versionInfo)
    assert str(version) == f"{ONTOLOGY_IRI}/{info}"


def test_every_class_and_property_is_used_or_aligned(ontology: Graph) -> None:
    """Each class is either aligned to a W3C/community vocabulary or a subclass of one of ours."""
    unaligned = []
    for cls in ontology.subjects(RDF.type, OWL.Class):
        parents = [str(p) for p in ontology.objects(cls, RDFS.subClassOf)]
        if not any(p.startswith((*ALIGNED_VOCABULARIES, str(AKG))) for p in parents):
            unaligned.append(cls)
    assert unaligned == [], f"classes without alignment: {unaligned}"


def test_alignments_live_in_their_own_file() -> None:
    core = load_graph([default_sources().root / "ontology" / "alliance.ttl"])
    foreign = [
        (s, o)
        for s, p, o in core
        if p in (RDFS.subClassOf, RDFS.subPropertyOf) and not str(o).startswith(str(AKG))
    ]
    assert foreign == []
