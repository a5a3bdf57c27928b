"""kg.model.graphs.union_graph: the document's one graph made from its facts' indexes and its provenance
triples (session 13, issue 12 point 8). It must be the same graph as adding every triple would make,
answer every pattern as that graph does, and share no dict with the facts' graph."""

from __future__ import annotations

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from kg.model.graphs import add_terms, plain_graph, union_graph

EX = Namespace("http://example.org/")
COUNT = EX["count"]  # not EX.count: str.count


def facts_graph() -> Graph:
    graph = plain_graph(EX.graph)
    node = BNode()
    return add_terms(
        graph,
        [
            (EX.a, RDF.type, EX.Thing),
            (EX.a, RDFS.label, Literal("A", lang="en")),
            (EX.a, COUNT, Literal(3)),
            (EX.a, EX.link, node),
            (node, RDFS.label, Literal("blank")),
        ],
    )


PROVENANCE = [
    (EX.note, RDF.type, EX.Annotation),
    (EX.note, EX.body, EX.a),
    (EX.a, COUNT, Literal(4)),  # a subject and predicate the facts have, a new object
    (EX.a, RDF.type, EX.Thing),  # a triple the facts hold already: held once
]


def plainly(identifier: URIRef, facts: Graph, triples: list) -> Graph:  # type: ignore[type-arg]
    return add_terms(add_terms(plain_graph(identifier), facts), triples)


def test_the_union_is_the_graph_adding_every_triple_makes() -> None:
    facts = facts_graph()
    union, expected = union_graph(EX.graph, facts, PROVENANCE), plainly(EX.graph, facts, PROVENANCE)
    assert set(union) == set(expected)
    assert len(union) == len(expected) == 8
    assert union.identifier == EX.graph


def test_the_union_answers_every_pattern_as_the_plain_graph() -> None:
    facts = facts_graph()
    union, expected = union_graph(EX.graph, facts, PROVENANCE), plainly(EX.graph, facts, PROVENANCE)
    terms = {term for triple in expected for term in triple} | {None}
    for s in terms:
        for p in (None, RDF.type, COUNT, RDFS.label):
            for o in (None, EX.Thing, Literal(4), EX.a):
                assert set(union.triples((s, p, o))) == set(expected.triples((s, p, o))), (s, p, o)


def test_adding_to_the_union_leaves_the_facts_as_they_were() -> None:
    facts = facts_graph()
    before = set(facts)
    union = union_graph(EX.graph, facts, PROVENANCE)
    union.add((EX.a, COUNT, Literal(5)))  # into an innermost dict the facts have too
    union.add((EX.a, RDFS.comment, Literal("new")))
    union.remove((EX.a, RDFS.label, None))
    assert set(facts) == before
    assert (EX.a, RDFS.label, Literal("A", lang="en")) in facts
    assert set(facts.objects(EX.a, COUNT)) == {Literal(3)}


def test_a_graph_on_another_store_is_added_triple_by_triple() -> None:
    facts = add_terms(Graph(identifier=EX.graph), facts_graph())  # rdflib's default store
    union = union_graph(EX.graph, facts, PROVENANCE)
    assert set(union) == set(plainly(EX.graph, facts, PROVENANCE))
