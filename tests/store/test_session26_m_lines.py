"""Session 26 (engineer M): a new graph's lines (kg.store.lines.GraphLines) look each term's text up by
the term object's identity; equal terms that are distinct objects must still give one text, one blank
node one store node, and a graph on any store the same lines."""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.model.graphs import add_terms, plain_graph
from kg.store.history import nquads_lines
from kg.store.lines import GraphLines
from kg.store.terms import stored_literals, to_oxigraph

EX = "https://example.org/"
G1, G2 = URIRef(f"{EX}graph/1"), URIRef(f"{EX}graph/2")
P, Q = URIRef(f"{EX}p"), URIRef(f"{EX}q")
LABEL = re.compile(r"_:([A-Za-z0-9_]+)")


def copies_of_one_node() -> list[tuple]:  # type: ignore[type-arg]
    """One blank node and one literal, each as several distinct but equal objects."""
    return [
        (URIRef(f"{EX}a"), P, BNode("n")),
        (BNode("n"), Q, Literal("same")),
        (BNode("n"), P, BNode("m")),
        (BNode("m"), Q, Literal("same")),
        (URIRef(f"{EX}b"), P, Literal("07", datatype=XSD.integer, normalize=False)),  # one stored literal
        (URIRef(f"{EX}b"), P, Literal("7", datatype=XSD.integer)),
    ]


def test_equal_objects_give_one_text_and_one_blank_node_one_store_node() -> None:
    lines = GraphLines.of({G1: add_terms(plain_graph(G1), copies_of_one_node())}).graphs[str(G1)]
    by_subject = {line.split(" ")[0] for line in lines}
    labels = {label for line in lines for label in LABEL.findall(line)}
    assert len(labels) == 2  # n and m, each one store node wherever it is an object or a subject
    assert len(by_subject) == 4  # a, b, n, m
    assert sum(line.endswith('"same"') for line in lines) == 2
    assert sum('"7"^^<http://www.w3.org/2001/XMLSchema#integer>' in line for line in lines) == 1
    assert len(lines) == len(set(lines)) == 5


def test_one_blank_node_in_two_graphs_of_one_write_is_one_store_node() -> None:
    first = add_terms(plain_graph(G1), [(URIRef(f"{EX}a"), P, BNode("n"))])
    second = add_terms(plain_graph(G2), [(BNode("n"), Q, Literal("x"))])
    lines = GraphLines.of({G1: first, G2: second}).graphs
    assert LABEL.findall(lines[str(G1)][0]) == LABEL.findall(lines[str(G2)][0])


def test_a_graph_on_another_store_gives_the_same_lines() -> None:
    """rdflib's default store is grouped by subject for the write (kg.model.graphs.by_subject): its terms
    must stay the ones looked up while their ids are keys."""
    plain = add_terms(plain_graph(G1), copies_of_one_node())
    memory = Graph(identifier=G1)
    for triple in copies_of_one_node():
        memory.add(triple)
    ours, theirs = GraphLines.of({G1: plain}), GraphLines.of({G1: memory})

    def blanked(lines: GraphLines) -> list[str]:
        return sorted(LABEL.sub("_:b", row) for row in lines.nquads_rows())

    assert blanked(ours) == blanked(theirs)
    assert list(theirs.nquads_rows()) == nquads_lines(theirs.named_quads())


def test_the_small_naturals_written_without_asking_are_what_the_store_keeps() -> None:
    """Their text is written as Oxigraph keeps it (STORED_AS_INTEGER); every other typed literal is asked
    of a scratch store (kg.store.terms.stored_literals): the lines of both kinds must be the lines the
    store's own forms give, around the edges of the rule."""
    values = ["0", "7", "10", "999999999999999999", "1000000000000000000", "05", "-3", "+4", "1.0", "x"]
    datatypes = (XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.decimal, XSD.string)
    subject = URIRef(f"{EX}s")
    triples = [
        (subject, URIRef(f"{EX}p{n}"), Literal(value, datatype=datatype, normalize=False))
        for n, (value, datatype) in enumerate((v, d) for v in values for d in datatypes)
    ]
    lines = GraphLines.of({G1: add_terms(plain_graph(G1), triples)}).graphs[str(G1)]
    expected = [
        f"{ox.NamedNode(str(s))} {ox.NamedNode(str(p))} {form}"
        for (s, p, _), form in zip(
            triples, stored_literals([to_oxigraph(o) for _, _, o in triples]), strict=True
        )
    ]
    assert lines == sorted(expected)
    assert f'"7"^^<{XSD.integer}>' in " ".join(lines)  # what the rule writes for an offset
