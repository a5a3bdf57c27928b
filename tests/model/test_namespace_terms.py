"""kg.model.namespaces.Terms (each term made once, session 13) and the provenance's blank node labels
(one UUID per builder, not one per node): the same terms and nodes as before, made cheaper."""

from __future__ import annotations

import pickle

import pytest
from rdflib import RDF, BNode, URIRef
from rdflib.namespace import SKOS

from kg.model.mapping import AKG as MAPPING_AKG
from kg.model.namespaces import AKG, Terms
from kg.model.provenance import ProvenanceBuilder
from kg.model.source_text import SourceText


def test_a_term_is_the_namespace_s_term_made_once() -> None:
    terms = Terms(AKG)
    first = terms.milestone
    assert first == AKG.milestone and type(first) is URIRef
    assert terms.milestone is first  # a plain attribute now
    assert terms["term"] == URIRef(str(AKG) + "term") and terms["term"] is terms["term"]


def test_closed_namespaces_keep_their_check() -> None:
    assert Terms(RDF).type == RDF.type and Terms(SKOS).prefLabel == SKOS.prefLabel
    with pytest.raises(AttributeError):
        _ = Terms(RDF).notARdfTerm


def test_private_names_are_no_terms() -> None:
    with pytest.raises(AttributeError):
        _ = Terms(AKG)._private
    assert pickle.loads(pickle.dumps(MAPPING_AKG.party)) == AKG.party


def test_the_provenance_blank_nodes_are_new_in_each_builder() -> None:
    document = SourceText.__new__(SourceText)
    first = ProvenanceBuilder(document, URIRef("urn:x:d"), "urn:x:r/")
    second = ProvenanceBuilder(document, URIRef("urn:x:d"), "urn:x:r/")
    made = [first.blank() for _ in range(3)] + [second.blank() for _ in range(3)]
    assert all(type(node) is BNode for node in made)
    assert len(set(made)) == 6
