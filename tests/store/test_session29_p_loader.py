"""A large new graph goes to Oxigraph's bulk loader a chunk at a time, each chunk an iterator the loader
pulls (session 29, engineer P: no list of a chunk's Python quads beside the loader's own copy), and a
failure met while the loader pulls a chunk (a piece that does not parse, a full disk) leaves the store as
it was: no graph, nothing in the default graph, no marker, nothing recorded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

import kg.store.embedded
import kg.store.lines
from kg.errors import KgError
from kg.store.embedded import EmbeddedStore
from kg.store.history import History

EX = "https://example.org/"
G1, G2 = URIRef(f"{EX}graph/1"), URIRef(f"{EX}graph/2")
P = URIRef(f"{EX}p")


def large_graph() -> Graph:
    """30 subjects, each with a literal and a blank node that has a literal: 60 triples."""
    graph = Graph()
    for i in range(30):
        node = BNode(f"n{i}")
        graph.add((URIRef(f"{EX}s{i}"), P, node))
        graph.add((node, P, Literal(f"value {i}")))
    return graph


def triples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> set[tuple[object, ...]]:
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)}


class Recording:
    """The store, its bulk loader's calls recorded: what each chunk was given as, and its size."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.given: list[tuple[type, int]] = []

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        kind = type(quads)
        taken = list(quads)
        self.given.append((kind, len(taken)))
        self.store.bulk_extend(taken)

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_each_chunk_reaches_the_loader_as_an_iterator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", 7)
    monkeypatch.setattr(kg.store.embedded, "BULK_CHUNK", 25)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        real = store.oxigraph
        recording = Recording(real)
        store._store = recording  # type: ignore[assignment]
        store.replace_graphs({G1: large_graph()})  # 60 named quads and their 60 default-graph copies
        store._store = real
        assert [size for _, size in recording.given] == [25, 25, 25, 25, 20]
        assert all(not issubclass(kind, list | tuple) for kind, _ in recording.given)
        assert store.graph_sizes() == {G1: 60}
        assert triples(real, ox.DefaultGraph()) == triples(real, ox.NamedNode(G1))
    assert [t.added for t in History(tmp_path / "store").transactions()] == [60]


def test_a_piece_that_fails_while_the_loader_pulls_it_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", 7)
    monkeypatch.setattr(kg.store.embedded, "BULK_CHUNK", 25)
    real_pieces = kg.store.lines.GraphLines.quad_pieces

    def failing_pieces(self: kg.store.lines.GraphLines, size: int = 50) -> Iterator[Iterator[ox.Quad]]:
        def failing(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
            for n, quad in enumerate(quads):
                if n == 40:  # the second chunk, half taken by the loader
                    raise SyntaxError("a piece that does not parse (injected)")
                yield quad

        return iter([failing(quad for piece in real_pieces(self, size) for quad in piece)])

    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        small = Graph()
        small.add((URIRef(f"{EX}kept"), P, Literal("kept")))
        store.replace_graphs({G2: small})
        before = triples(store.oxigraph, ox.DefaultGraph())
        monkeypatch.setattr(kg.store.lines.GraphLines, "quad_pieces", failing_pieces)
        with pytest.raises(KgError, match="injected"):
            store.replace_graphs({G1: large_graph()})
        assert not store.holds_graph(G1)
        assert triples(store.oxigraph, ox.DefaultGraph()) == before
        assert not (tmp_path / "store" / kg.store.embedded.ADDING).exists()
    assert [t.added for t in History(tmp_path / "store").transactions()] == [1]  # the failed write: none
