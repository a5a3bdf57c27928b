"""kg.store.terms.default_graph_quads converts each distinct term once and reads a graph by subject
(session 13): the quads must be the ones converting every term of every triple gives, for a graph on
either rdflib store and for plain triples, blank nodes by their labels."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace

from kg.model.graphs import add_terms, plain_graph
from kg.store.terms import default_graph_quads, to_oxigraph

EX = Namespace("http://example.org/")
NODE = BNode("b-1")
TRIPLES = [
    (EX.a, RDF.type, EX.Thing),
    (EX.a, RDFS.label, Literal("A", lang="en")),
    (EX.a, RDFS.label, Literal("A", lang="EN-GB")),
    (EX.a, EX.value, Literal("01", datatype=XSD.integer)),
    (EX.a, EX.value, Literal("1", datatype=XSD.integer)),
    (EX.a, EX.link, NODE),
    (NODE, RDFS.label, Literal("blank")),
    (EX.b, EX.link, NODE),
]


def one_by_one(triples: list) -> set[ox.Quad]:  # type: ignore[type-arg]
    return {ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples}


def test_a_graph_gives_the_quads_of_its_triples() -> None:
    expected = one_by_one(TRIPLES)
    for graph in (add_terms(plain_graph(), TRIPLES), add_terms(Graph(), TRIPLES)):
        quads = list(default_graph_quads(graph))
        assert len(quads) == len(graph) and set(quads) == expected  # rdflib holds "01"^^xsd:integer as "1"


def test_plain_triples_give_the_same_quads() -> None:
    quads = list(default_graph_quads(iter(TRIPLES)))
    assert quads == [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in TRIPLES]


def test_one_blank_node_is_one_node_in_every_quad() -> None:
    quads = list(default_graph_quads(add_terms(plain_graph(), TRIPLES)))
    blanks = {term for q in quads for term in (q.subject, q.object) if isinstance(term, ox.BlankNode)}
    assert blanks == {ox.BlankNode("b_1")}
