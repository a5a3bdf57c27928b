"""A new graph written from its N-Triples lines (kg.store.lines.GraphLines, session 25): the lines must be
the N-Quads lines of the quads the store holds, in the patch's order and each once, the default graph
their union with the same blank nodes, and the write must make neither Python quads nor a second
serialization of them for the history."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import XSD, BNode, Graph, Literal, URIRef

import kg.store.embedded
import kg.store.history
import kg.store.terms
from kg.errors import InputError
from kg.store.embedded import EmbeddedStore, new_graph_quads
from kg.store.history import History, nquads_lines, rows_in_pieces
from kg.store.lines import GraphLines

EX = "https://example.org/"
G1, G2 = URIRef(f"{EX}graph/b"), URIRef(f"{EX}graph/a")
P, Q = URIRef(f"{EX}p"), URIRef(f"{EX}q")
BLANK = re.compile(r"_:[A-Za-z0-9_]+")


def awkward_graph(label: str) -> Graph:
    """Escapes, language tags, literals the store keeps in another form, two rdflib literals that are one
    store literal, blank nodes as subjects and objects, and subjects one of which prefixes another."""
    graph = Graph()
    subject, longer = URIRef(f"{EX}{label}"), URIRef(f"{EX}{label}x")
    node, other = BNode(), BNode()
    graph.add((subject, P, node))
    graph.add((node, Q, Literal('say "x"\n\ttab \\ back')))
    graph.add((node, Q, other))
    graph.add((other, Q, Literal("Ärger über Café — 東京", lang="DE")))
    graph.add((subject, Q, Literal("5", datatype=XSD.nonNegativeInteger)))
    graph.add((subject, Q, Literal("05", datatype=XSD.integer, normalize=False)))
    graph.add((subject, Q, Literal("x")))
    graph.add((subject, Q, Literal("x", datatype=XSD.string)))
    graph.add((subject, Q, Literal("x", lang="en")))
    graph.add((longer, P, Literal("1.50", datatype=XSD.decimal, normalize=False)))
    graph.add((longer, P, Literal("2026-12-06T10:00:00+00:00", datatype=XSD.dateTime, normalize=False)))
    return graph


def blanked(lines: list[str]) -> list[str]:
    return sorted(BLANK.sub("_:b", line) for line in lines)


def test_the_lines_are_the_sorted_distinct_nquads_lines_of_the_quads() -> None:
    graphs = {G1: awkward_graph("one"), G2: awkward_graph("two")}
    lines = GraphLines.of(graphs)
    rows = list(lines.nquads_rows())
    quads = lines.named_quads()
    assert rows == nquads_lines(quads)  # Oxigraph's own writing, sorted across both graphs, each once
    assert len(rows) == len(set(rows)) == len(lines) == 2 * 9  # "5"/"05" and "x"/"x"^^xsd:string: one each
    assert blanked(rows) == blanked(nquads_lines(list(dict.fromkeys(new_graph_quads(graphs)))))
    assert lines.graph_names() == sorted([str(G1), str(G2)])
    assert "".join(lines.row_pieces("A", size=4)) == "".join(rows_in_pieces("A", rows))
    one = GraphLines.of({G1: awkward_graph("one")})
    expected = "".join(rows_in_pieces("A", nquads_lines(one.named_quads())))
    assert "".join(one.row_pieces("A", size=3)) == expected


def test_a_term_oxigraph_rejects_names_the_graph() -> None:
    graph = Graph()
    graph.add((URIRef(f"{EX}with space"), P, Literal("x")))
    with pytest.raises(InputError, match=f"graph {G1}: cannot be stored"):
        GraphLines.of({G1: graph})


def test_a_new_graph_is_written_and_recorded_from_its_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No Python quad is converted for the write and no quad serialized again for its record: the store
    parses the lines (named, then the default graph's copies) and the history writes them as rows."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a new graph is written from its lines")

    monkeypatch.setattr(kg.store.terms.Converter, "quads", refused)
    monkeypatch.setattr(kg.store.history, "nquads_lines", refused)
    for bulk_from in (kg.store.embedded.BULK_FROM, 4):  # one transaction, then the bulk loader
        monkeypatch.setattr(kg.store.embedded, "BULK_FROM", bulk_from)
        monkeypatch.setattr(kg.store.embedded, "BULK_CHUNK", 6)
        path = tmp_path / f"store-{bulk_from}"
        with EmbeddedStore(path, readonly=False) as store:
            store.replace_graphs({G1: awkward_graph("one"), G2: awkward_graph("two")})
            raw = store.oxigraph
            named = [q for g in (G1, G2) for q in raw.quads_for_pattern(None, None, None, ox.NamedNode(g))]
            default = set(raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            assert {ox.Quad(q.subject, q.predicate, q.object) for q in named} == default  # same blank nodes
            held = sorted(f"{q} ." for q in named)
        transaction = History(path).transactions()[-1]
        assert (transaction.added, transaction.graphs) == (18, sorted([str(G1), str(G2)]))
        rows = [r[2:] for r in History(path).patch_text(transaction.id).splitlines() if r.startswith("A ")]
        assert rows == held  # the store's own labels and forms, sorted


def test_the_inverse_of_a_patch_of_rows_is_its_quads() -> None:
    lines = GraphLines.of({G1: awkward_graph("one")})
    patch = kg.store.history.Patch(added_rows=lines)
    assert patch.added_count() == len(lines) == 9
    assert patch.inverse().removed == lines.named_quads()
    assert patch.graphs() == [str(G1)]
