"""kg.model.graphs.SubjectMemory (session 22, issue 12 point 8): an extraction's graphs keep their
predicate and object indexes only once a pattern needs them. Whatever is added, removed or asked, in
whatever order, the graph must answer every pattern as rdflib's SimpleMemory does."""

from __future__ import annotations

import pickle
from itertools import product

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model.graphs import SubjectMemory, add_terms, by_subject, plain_graph, union_graph

EX = Namespace("http://example.org/")
NODE = BNode("n1")
TRIPLES = [
    (EX.a, RDF.type, EX.Thing),
    (EX.a, RDFS.label, Literal("Ärger über Café", lang="de")),
    (EX.a, RDFS.label, Literal("A")),
    (EX.a, EX.size, Literal("1.50", datatype=XSD.decimal)),
    (EX.a, EX.part, NODE),
    (NODE, RDFS.label, Literal("blank")),
    (EX.b, RDF.type, EX.Thing),
    (EX.b, EX.part, EX.a),
]
MORE = [(EX.c, RDF.type, EX.Thing), (EX.a, EX.size, Literal(2)), (NODE, EX.part, EX.b)]


def reference(triples: list) -> Graph:  # type: ignore[type-arg]
    return add_terms(Graph(store=SimpleMemory()), triples)


def same_answers(graph: Graph, expected: Graph) -> None:
    terms = {term for triple in expected for term in triple} | {term for t in MORE for term in t}
    for s, p, o in product([None, EX.a, NODE], [None, RDF.type, RDFS.label, EX.part], [None, *terms]):
        assert set(graph.triples((s, p, o))) == set(expected.triples((s, p, o))), (s, p, o)
    assert len(graph) == len(expected)


def test_adding_and_reading_by_subject_make_no_other_index() -> None:
    graph = add_terms(plain_graph(EX.graph), TRIPLES)
    assert set(graph) == set(TRIPLES)
    assert set(graph.objects(EX.a, RDFS.label)) == {Literal("Ärger über Café", lang="de"), Literal("A")}
    assert {s for s, _ in by_subject(graph)} == {EX.a, NODE, EX.b}
    assert not graph.store.indexed  # type: ignore[attr-defined]
    assert set(graph.subjects(RDF.type, EX.Thing)) == {EX.a, EX.b}  # a predicate given: made now
    assert graph.store.indexed  # type: ignore[attr-defined]


def test_every_pattern_answers_as_simple_memory_before_and_after_the_indexes() -> None:
    graph = add_terms(plain_graph(), TRIPLES)
    same_answers(graph, reference(TRIPLES))  # the first pattern by predicate makes the indexes
    add_terms(graph, MORE)  # kept up to date once made
    same_answers(graph, reference(TRIPLES + MORE))


def test_removing_before_and_after_the_indexes_are_made() -> None:
    before = add_terms(plain_graph(), TRIPLES)
    before.remove((EX.a, RDFS.label, None))  # by subject: no index made, none left behind
    assert not before.store.indexed  # type: ignore[attr-defined]
    expected = reference([t for t in TRIPLES if t[:2] != (EX.a, RDFS.label)])
    same_answers(before, expected)
    before.remove((None, EX.part, None))  # by predicate: made, then removed from all three
    expected.remove((None, EX.part, None))
    same_answers(before, expected)
    after = add_terms(plain_graph(), TRIPLES)
    after.remove((None, RDF.type, EX.Thing))
    same_answers(after, reference([t for t in TRIPLES if t[1] != RDF.type]))


def test_a_union_with_indexed_facts_answers_alike_and_shares_nothing() -> None:
    facts = add_terms(plain_graph(EX.graph), TRIPLES)
    list(facts.subjects(RDF.type, None))  # the facts' indexes made
    union = union_graph(EX.graph, facts, MORE)
    assert not union.store.indexed  # type: ignore[attr-defined]
    same_answers(union, reference(TRIPLES + MORE))
    union.remove((EX.a, None, None))
    same_answers(facts, reference(TRIPLES))


def test_a_pickled_graph_answers_alike() -> None:
    graph = add_terms(plain_graph(EX.graph), TRIPLES)
    copy = pickle.loads(pickle.dumps(graph))
    assert isinstance(copy.store, SubjectMemory)
    same_answers(copy, reference(TRIPLES))
    assert copy.identifier == EX.graph
