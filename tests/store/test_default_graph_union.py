"""Every writer keeps the store's default graph the union of its named graphs, as a set (kg.store.union).

Replacing graphs keeps it in the same transaction; any other update, a bulk load and `kg store
load` resync it; a store written before (no marker) or left mid-write (marker "stale") is read
with the named graphs as the default graph, and the next writer makes the default graph whole.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError
from kg.store import StoreError
from kg.store.check import check_store, load_store
from kg.store.embedded import EmbeddedStore, write_store
from kg.store.union import MARKER, STALE, UNION, read_marker, resync, write_marker

G1, G2, G3 = (URIRef(f"urn:x-test:graph-{n}") for n in (1, 2, 3))
S, T, N, LABEL = (URIRef(f"urn:x-test:{name}") for name in ("s", "t", "n", "label"))
COUNT = "SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?total) WHERE { ?s <urn:x-test:n> ?v }"


def graph_of(*triples: tuple) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def counted(store: EmbeddedStore) -> tuple[int, int]:
    row = store.select(COUNT)[0]
    return int(row["n"]), int(row["total"] or 0)


def default_graph_of(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def union_of(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    return {str(q.triple) for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    graphs = {G1: graph_of((S, N, Literal(10))), G2: graph_of((S, N, Literal(10)), (T, N, Literal(1)))}
    return write_store(graphs, tmp_path / "store")


def test_a_new_store_holds_the_union_as_its_default_graph(store: Path) -> None:
    assert read_marker(store)[0] == UNION
    assert default_graph_of(store) == union_of(store) and len(default_graph_of(store)) == 2
    with EmbeddedStore(store) as kg:
        assert counted(kg) == (2, 11)


def test_replacing_graphs_keeps_the_union_in_the_same_transaction(store: Path) -> None:
    with EmbeddedStore(store, readonly=False) as kg:
        kg.replace_graph(G1, Graph())  # G2 still states `s n 10`
        assert counted(kg) == (2, 11)
        kg.replace_graph(G2, graph_of((T, N, Literal(1))))  # now nobody does
        assert counted(kg) == (1, 1)
        kg.replace_graphs({G1: graph_of((S, N, Literal(5))), G3: graph_of((S, N, Literal(5)))})
        assert counted(kg) == (2, 6)
    assert default_graph_of(store) == union_of(store)
    assert read_marker(store)[0] == UNION


def test_blank_nodes_of_the_default_graph_are_the_named_graphs_nodes(store: Path) -> None:
    node = BNode()
    with EmbeddedStore(store, readonly=False) as kg:
        kg.replace_graph(G3, graph_of((node, LABEL, Literal("b")), (node, N, Literal(7))))
        join = "SELECT ?v WHERE { GRAPH ?g { ?x <urn:x-test:label> 'b' } ?x <urn:x-test:n> ?v }"
        assert [int(row["v"]) for row in kg.select(join)] == [7]
        assert counted(kg) == (3, 18)


def test_any_update_is_followed_by_a_resync(store: Path) -> None:
    with EmbeddedStore(store, readonly=False) as kg:
        kg.update(f"DROP GRAPH <{G1}> ; INSERT DATA {{ GRAPH <{G3}> {{ <{T}> <{N}> 1 . <{S}> <{N}> 4 }} }}")
        assert counted(kg) == (3, 15)
        kg.update(f"DELETE WHERE {{ GRAPH ?g {{ <{S}> <{N}> ?v }} }}")
        assert counted(kg) == (1, 1)
        with pytest.raises(StoreError, match="the write failed, nothing was changed"):
            kg.update("DROP GRAPH <urn:x-test:none>")  # changes nothing
    assert default_graph_of(store) == union_of(store)
    assert read_marker(store)[0] == UNION


def test_a_store_without_the_marker_is_read_from_its_named_graphs_and_a_writer_completes_it(
    store: Path,
) -> None:
    """A store written before kg.store.union (or by another tool): empty default graph, no marker."""
    raw = ox.Store(str(store))
    raw.clear_graph(ox.DefaultGraph())
    raw.flush()
    del raw
    (store / MARKER).unlink()
    with EmbeddedStore(store) as kg:  # the named graphs as default graph: the same triples
        assert kg.ask(f"ASK {{ <{T}> <{N}> 1 }}")
    with EmbeddedStore(store, readonly=False):
        pass
    assert read_marker(store)[0] == UNION
    assert default_graph_of(store) == union_of(store)
    with EmbeddedStore(store) as kg:
        assert counted(kg) == (2, 11)


def test_a_write_left_stale_is_not_trusted_and_the_next_writer_resyncs(store: Path) -> None:
    raw = ox.Store(str(store))
    raw.update(f"DROP GRAPH <{G2}>")  # as if killed after the update, before the resync
    raw.flush()
    del raw
    write_marker(store, STALE, read_marker(store)[1] + 1)
    with EmbeddedStore(store) as kg:  # T n 1 left with G2: not answered from the stale default graph
        assert not kg.ask(f"ASK {{ <{T}> <{N}> 1 }}")
    with EmbeddedStore(store, readonly=False):
        pass
    assert default_graph_of(store) == union_of(store)
    with EmbeddedStore(store) as kg:
        assert counted(kg) == (1, 10)


def test_bulk_load_and_store_load_make_the_union(tmp_path: Path) -> None:
    source = tmp_path / "graphs.nq"
    source.write_text(
        f'<{S}> <{N}> "10"^^<http://www.w3.org/2001/XMLSchema#integer> <{G1}> .\n'
        f'<{S}> <{N}> "10"^^<http://www.w3.org/2001/XMLSchema#integer> <{G2}> .\n'
        f'_:b <{N}> "2"^^<http://www.w3.org/2001/XMLSchema#integer> <{G2}> .\n'
    )
    with EmbeddedStore(tmp_path / "bulk", readonly=False) as kg:
        kg.bulk_load(source)
        assert counted(kg) == (2, 12)
    loaded = load_store(tmp_path / "loaded", source)
    assert loaded.default_graph.quads == 2 and not loaded.differences
    with EmbeddedStore(tmp_path / "loaded") as kg:
        assert counted(kg) == (2, 12)
    assert check_store(tmp_path / "loaded", against=source).sound


def test_kg_store_load_refuses_triples_outside_any_named_graph(tmp_path: Path) -> None:
    source = tmp_path / "default.nq"
    source.write_text(f"<{S}> <{N}> <{T}> .\n")
    with pytest.raises(InputError, match="outside any named graph"):
        load_store(tmp_path / "store", source)


def test_resync_is_idempotent(store: Path) -> None:
    raw = ox.Store(str(store))
    before = default_graph_of_store(raw)
    resync(raw)
    assert default_graph_of_store(raw) == before
    del raw


def default_graph_of_store(raw: ox.Store) -> set[str]:
    return {str(q.triple) for q in raw.quads_for_pattern(None, None, None, ox.DefaultGraph())}
