"""kg.store.terms.Converter.quads (session 22, issue 12 point 8): objects looked up by identity, typed
literals converted in one go. The quads must be what converting every triple term by term gives: every
kind of literal (plain, language-tagged, typed in the form Oxigraph keeps), non-ASCII text, and blank
nodes fresh but one store node per rdflib node, within a graph and across the graphs of one write."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Literal, Namespace

from kg.model.graphs import add_terms, plain_graph
from kg.store.terms import Converter, default_graph_quads, stored_literals, to_oxigraph

EX = Namespace("http://example.org/")
SHARED = BNode("shared")
OWN = BNode("own")
TRIPLES = [
    (EX.a, RDF.type, EX.Thing),
    (EX.a, RDFS.label, Literal("Ärger über Café — 東京")),
    (EX.a, RDFS.label, Literal("colour", lang="en-GB")),
    (EX.a, RDFS.label, Literal("Farbe", lang="de")),
    (EX.a, EX.size, Literal("1.50", datatype=XSD.decimal)),
    (EX.a, EX["count"], Literal("01", datatype=XSD.integer)),
    (EX.a, EX.when, Literal("2026-04-10", datatype=XSD.date)),
    (EX.a, EX.at, Literal("2026-04-10T09:00:00+00:00", datatype=XSD.dateTime)),
    (EX.a, EX.note, Literal("plain", datatype=XSD.string)),
    (EX.a, EX.code, Literal("x y", datatype=EX.custom)),
    (EX.a, EX.flag, Literal(True)),
    (EX.a, EX.part, SHARED),
    (EX.b, EX.part, SHARED),
    (SHARED, RDFS.label, Literal("Ärger über Café — 東京")),  # an equal literal, another object
    (SHARED, EX.part, OWN),
    (OWN, EX.size, Literal("1.50", datatype=XSD.decimal)),
]
NAME = ox.NamedNode("http://example.org/graph")


def term_by_term(triples: list, name: ox.NamedNode) -> set[ox.Quad]:  # type: ignore[type-arg]
    """Each triple converted on its own (stored_literals asked for every typed literal), blank nodes by
    their rdflib labels: the quads expected."""

    def convert(term):  # type: ignore[no-untyped-def]
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal) and term.datatype is not None:
            return stored_literals([to_oxigraph(term)])[0]
        return to_oxigraph(term)

    return {ox.Quad(convert(s), convert(p), convert(o), name) for s, p, o in triples}


def relabelled(quads: list[ox.Quad]) -> set[ox.Quad]:
    """The quads with each fresh blank node named by the rdflib label it stands for: SHARED is the one
    with an rdfs:label, OWN the other."""
    label = ox.NamedNode(str(RDFS.label))
    blank = {node for q in quads for node in (q.subject, q.object) if isinstance(node, ox.BlankNode)}
    shared = {q.subject for q in quads if q.predicate == label} & blank
    names = {node: ox.BlankNode("shared" if node in shared else "own") for node in blank}

    def named(term):  # type: ignore[no-untyped-def]
        return names.get(term, term)

    return {ox.Quad(named(q.subject), q.predicate, named(q.object), q.graph_name) for q in quads}


def test_the_quads_are_the_term_by_term_conversion() -> None:
    graph = add_terms(plain_graph(EX.graph), TRIPLES)
    quads = Converter().quads(graph, NAME)
    assert len(quads) == len(TRIPLES)
    blank = {node for q in quads for node in (q.subject, q.object) if isinstance(node, ox.BlankNode)}
    assert len(blank) == 2  # one store node per rdflib node, fresh (not the rdflib labels)
    assert not blank & {ox.BlankNode("shared"), ox.BlankNode("own")}
    assert relabelled(quads) == term_by_term(TRIPLES, NAME)


def test_typed_literals_are_in_the_form_the_store_keeps() -> None:
    graph = add_terms(plain_graph(EX.graph), TRIPLES)
    quads = Converter().quads(graph, NAME)
    objects = {q.object for q in quads}
    decimal = ox.NamedNode(str(XSD.decimal))
    assert ox.Literal("1.5", datatype=decimal) in objects
    assert ox.Literal("1.50", datatype=decimal) not in objects
    assert ox.Literal("1", datatype=ox.NamedNode(str(XSD.integer))) in objects
    assert ox.Literal("colour", language="en-gb") in objects
    store = ox.Store()
    store.extend(quads)
    assert {q.object for q in store} == objects  # what the store holds once written


def test_one_converter_gives_one_node_to_a_blank_node_in_two_graphs() -> None:
    convert = Converter()
    first = convert.quads(add_terms(plain_graph(EX.one), TRIPLES[:13]), ox.NamedNode(str(EX.one)))
    second = convert.quads(add_terms(plain_graph(EX.two), TRIPLES[13:]), ox.NamedNode(str(EX.two)))
    in_first = {q.object for q in first if isinstance(q.object, ox.BlankNode)}
    in_second = {q.subject for q in second if q.predicate == ox.NamedNode(str(RDFS.label))}
    assert len(in_first) == 1
    assert in_first == in_second
    other = Converter().quads(add_terms(plain_graph(EX.two), TRIPLES[13:]), ox.NamedNode(str(EX.two)))
    assert not in_first & {q.subject for q in other}  # another write: fresh nodes


def test_a_graph_read_by_subject_gives_the_quads_of_its_triples_one_by_one() -> None:
    graph = add_terms(plain_graph(EX.graph), TRIPLES)
    by_subject = list(default_graph_quads(graph))
    one_by_one = set(default_graph_quads(list(graph)))
    assert len(by_subject) == len(TRIPLES)
    assert set(by_subject) == one_by_one
    expected = {ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in TRIPLES}
    assert one_by_one == expected
