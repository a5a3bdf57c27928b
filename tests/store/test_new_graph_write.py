"""Writing graphs the store does not hold yet (what `kg ingest` writes most): quads in one transaction
(EmbeddedStore.replace_graphs -> _add_new_graphs) instead of a SPARQL Update text. It must leave the
store exactly as the update did: the graphs, the default graph their union with the same blank nodes,
blank nodes never shared with what the store held, the history recorded, nothing written on failure."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

import kg.store.embedded
from kg.errors import InputError, KgError
from kg.store.embedded import EmbeddedStore
from kg.store.history import History

EX = "https://example.org/"
G1, G2 = URIRef(f"{EX}graph/1"), URIRef(f"{EX}graph/2")
P, Q = URIRef(f"{EX}p"), URIRef(f"{EX}q")


def graph_with_blank_nodes(label: str) -> Graph:
    """A subject with a selector-like blank node (as provenance has), and a literal per language."""
    graph = Graph()
    node = BNode("shared")  # the same label in every graph this makes: still one node per write
    subject = URIRef(f"{EX}{label}")
    graph.add((subject, P, node))
    graph.add((node, Q, Literal(f"{label} quote")))
    graph.add((subject, Q, Literal("hello", lang="en")))
    graph.add((subject, Q, Literal("5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))))
    return graph


def blank_objects(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> set[str]:
    return {
        q.object.value
        for q in store.quads_for_pattern(None, ox.NamedNode(P), None, graph)
        if isinstance(q.object, ox.BlankNode)
    }


def test_new_graphs_are_added_as_quads_and_the_default_graph_is_their_union(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_update_text(*args: object, **kwargs: object) -> str:
        raise AssertionError("a new graph is written without a SPARQL Update text")

    monkeypatch.setattr(kg.store.embedded, "replacement_update", no_update_text)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G1: graph_with_blank_nodes("a"), G2: graph_with_blank_nodes("b")})
        raw = store.oxigraph
        assert store.holds_graph(G1) and store.holds_graph(G2)
        assert store.graph_sizes() == {G1: 4, G2: 4}
        named = {
            (q.subject, q.predicate, q.object)
            for g in (G1, G2)
            for q in raw.quads_for_pattern(None, None, None, ox.NamedNode(g))
        }
        default = {
            (q.subject, q.predicate, q.object)
            for q in raw.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }
        assert default == named  # the default graph is the union, blank nodes and all
        # BNode("shared") in two graphs of one write is one node, as in one INSERT DATA
        assert blank_objects(raw, ox.NamedNode(G1)) == blank_objects(raw, ox.NamedNode(G2))
        assert store.select("SELECT ?o WHERE { ?s <https://example.org/q> ?o FILTER (lang(?o) = 'en') }")
    transactions = History(tmp_path / "store").transactions()
    assert [(t.operation, t.added, t.removed, sorted(t.graphs)) for t in transactions][-1] == (
        "replace",
        8,
        0,
        [str(G1), str(G2)],
    )


def test_blank_nodes_of_a_new_graph_are_fresh(tmp_path: Path) -> None:
    """Two writes of graphs using the same rdflib blank node label get two store nodes: a later
    document never adds statements to an earlier document's node."""
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G1: graph_with_blank_nodes("a")})
        store.replace_graphs({G2: graph_with_blank_nodes("b")})
        raw = store.oxigraph
        first, second = blank_objects(raw, ox.NamedNode(G1)), blank_objects(raw, ox.NamedNode(G2))
        assert len(first) == len(second) == 1 and first != second
        assert "shared" not in first | second


def test_replacing_a_held_graph_still_goes_through_one_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []
    real = kg.store.embedded.replacement_update

    def recorded(*args: object, **kwargs: object) -> str:
        texts.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return texts[-1]

    monkeypatch.setattr(kg.store.embedded, "replacement_update", recorded)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G1: graph_with_blank_nodes("a")})
        assert texts == []
        store.replace_graphs({G1: graph_with_blank_nodes("c"), G2: graph_with_blank_nodes("b")})
        assert len(texts) == 1 and "DROP SILENT GRAPH" in texts[0]
        assert store.ask("ASK { <https://example.org/c> ?p ?o }")
        assert not store.ask("ASK { <https://example.org/a> ?p ?o }")  # gone from the default graph too


def test_a_term_the_store_rejects_writes_nothing_and_names_the_graph(tmp_path: Path) -> None:
    bad = graph_with_blank_nodes("a")
    bad.add((URIRef(f"{EX}a"), P, URIRef("not an iri with spaces")))
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        with pytest.raises(InputError, match=f"graph {G1}"):
            store.replace_graphs({G1: bad})
        assert not store.holds_graph(G1)
        assert store.graph_sizes() == {}


# --- A large new graph: the bulk loader, all or nothing all the same ---------------------------


def large_graph(size: int = 30) -> Graph:
    graph = Graph()
    for i in range(size):
        node = BNode()
        graph.add((URIRef(f"{EX}s{i}"), P, node))
        graph.add((node, Q, Literal(f"value {i}")))
    return graph


def quads_of(store: EmbeddedStore, graph: ox.NamedNode | ox.DefaultGraph) -> set[tuple[object, ...]]:
    return {
        (q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, graph)
    }


class FailingHalfWay:
    """The store, but its bulk loader fails (a full disk, say) after writing half the quads."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        given = list(quads)
        self.store.bulk_extend(given[: len(given) // 2])
        raise OSError("no space left on device (injected)")

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_a_large_new_graph_is_bulk_loaded_like_one_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", 7)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G1: large_graph()})
        assert store.graph_sizes() == {G1: 60}
        assert quads_of(store, ox.DefaultGraph()) == quads_of(store, ox.NamedNode(G1))
        assert (
            len({q.object for q in store.oxigraph.quads_for_pattern(None, ox.NamedNode(P), None, None)}) == 30
        )
        assert not (tmp_path / "store" / kg.store.embedded.ADDING).exists()
    assert [t.added for t in History(tmp_path / "store").transactions()] == [60]


def test_a_failure_half_way_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", 7)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G2: graph_with_blank_nodes("b")})
        before = quads_of(store, ox.DefaultGraph())
        real = store.oxigraph
        store._store = FailingHalfWay(real)  # type: ignore[assignment]
        with pytest.raises(KgError, match="injected"):
            store.replace_graphs({G1: large_graph()})
        store._store = real
        assert not store.holds_graph(G1)
        assert quads_of(store, ox.DefaultGraph()) == before
        assert not (tmp_path / "store" / kg.store.embedded.ADDING).exists()
    assert len(History(tmp_path / "store").transactions()) == 1  # the failed write is not recorded


def test_a_writer_killed_half_way_is_undone_by_the_next_writer(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graphs({G2: graph_with_blank_nodes("b")})
        before = quads_of(store, ox.DefaultGraph())
        # what a killed writer leaves: its marker, and the part it wrote (named and default quads)
        (path / kg.store.embedded.ADDING).write_text(f"{G1}\n", encoding="utf-8")
        part = [
            ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(P), ox.Literal(str(i)), ox.NamedNode(G1))
            for i in range(5)
        ]
        store.oxigraph.extend(part + [ox.Quad(q.subject, q.predicate, q.object) for q in part])
    with EmbeddedStore(path, readonly=False) as store:
        assert not store.holds_graph(G1)
        assert quads_of(store, ox.DefaultGraph()) == before
        assert store.holds_graph(G2)
    assert not (path / kg.store.embedded.ADDING).exists()


class FailingOnThirdChunk(FailingHalfWay):
    """The store, but its bulk loader fails (a full disk) on its third chunk, after writing it."""

    def __init__(self, store: ox.Store) -> None:
        super().__init__(store)
        self.chunks: list[int] = []

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        given = list(quads)
        self.store.bulk_extend(given)
        self.chunks.append(len(given))
        if len(self.chunks) == 3:
            raise OSError("no space left on device (injected)")


def test_a_large_new_graph_goes_to_the_loader_in_chunks_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", 7)
    monkeypatch.setattr(kg.store.embedded, "BULK_CHUNK", 25)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G2: graph_with_blank_nodes("b")})
        before = quads_of(store, ox.DefaultGraph())
        real = store.oxigraph
        failing = FailingOnThirdChunk(real)
        store._store = failing  # type: ignore[assignment]
        with pytest.raises(KgError, match="injected"):
            store.replace_graphs({G1: large_graph()})  # 60 named quads and 60 default: 5 chunks
        store._store = real
        assert failing.chunks == [25, 25, 25]
        assert not store.holds_graph(G1) and quads_of(store, ox.DefaultGraph()) == before
        store.replace_graphs({G1: large_graph()})
        assert store.graph_sizes()[G1] == 60
        assert quads_of(store, ox.DefaultGraph()) == before | quads_of(store, ox.NamedNode(G1))
    assert [t.added for t in History(tmp_path / "store").transactions()] == [4, 60]
