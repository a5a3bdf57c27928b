"""A write that names the graphs it changes levels the default graph for those graphs only.

kg.store.union.stale_window(graphs=...): the default graph stays the set union of the named graphs,
as after a whole-store resync, without reading the rest of the store (a Graph Store write of ten
triples took 8 s of resync at 448,000 quads).
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.embedded import EmbeddedStore, write_store
from kg.store.union import STALE, UNION, read_marker, resync, stale_window, write_marker

P = ox.NamedNode("urn:x-test:p")
A, B, C = (ox.NamedNode(f"urn:x-test:graph-{n}") for n in "abc")
DEFAULT = ox.DefaultGraph()


def node(n: int) -> ox.NamedNode:
    return ox.NamedNode(f"urn:x-test:s{n}")


def default_graph(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, DEFAULT)}


def union_of_named(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None) if q.graph_name != DEFAULT}


@pytest.fixture()
def store(tmp_path: Path) -> ox.Store:
    """Graphs a and b share s1; a alone states s2, b alone s3, c alone s4; the default graph their union."""
    opened = ox.Store(str(tmp_path))
    for graph, numbers in ((A, (1, 2)), (B, (1, 3)), (C, (4,))):
        opened.extend(ox.Quad(node(n), P, ox.Literal(str(n)), graph) for n in numbers)
    resync(opened)
    write_marker(tmp_path, UNION, 1)
    return opened


def test_a_triple_leaves_the_default_graph_only_when_no_graph_states_it(
    store: ox.Store, tmp_path: Path
) -> None:
    with stale_window(tmp_path, store, graphs=[A.value]):
        assert read_marker(tmp_path) == (STALE, 2)  # readers fall back meanwhile
        store.remove(ox.Quad(node(1), P, ox.Literal("1"), A))  # b still states it
        store.remove(ox.Quad(node(2), P, ox.Literal("2"), A))  # nobody does now
        store.add(ox.Quad(node(5), P, ox.Literal("5"), A))
        store.add(ox.Quad(node(4), P, ox.Literal("4"), A))  # c states it too: one copy in the default graph
    assert read_marker(tmp_path) == (UNION, 2)
    assert default_graph(store) == union_of_named(store)
    assert {t.subject for t in default_graph(store)} == {node(1), node(3), node(4), node(5)}
    assert len(list(store.quads_for_pattern(node(4), None, None, DEFAULT))) == 1


def test_the_rest_of_the_default_graph_is_not_read(store: ox.Store, tmp_path: Path) -> None:
    """A triple outside the named graphs' union, put in the default graph behind the marker's back,
    survives a scoped write (the whole-store resync would take it out): the level reads only a."""
    stray = ox.Quad(node(9), P, ox.Literal("9"), DEFAULT)
    store.add(stray)
    with stale_window(tmp_path, store, graphs=[A.value]):
        store.add(ox.Quad(node(6), P, ox.Literal("6"), A))
    assert stray in store and ox.Quad(node(6), P, ox.Literal("6"), DEFAULT) in store
    with stale_window(tmp_path, store):  # graphs unknown: the whole store
        pass
    assert stray not in store


def test_a_store_not_known_to_be_the_union_is_resynced_whole(store: ox.Store, tmp_path: Path) -> None:
    stray = ox.Quad(node(9), P, ox.Literal("9"), DEFAULT)
    store.add(stray)
    write_marker(tmp_path, STALE, 1)  # an earlier writer was killed in its window
    with stale_window(tmp_path, store, graphs=[A.value]):
        pass
    assert stray not in store and default_graph(store) == union_of_named(store)


def test_a_failed_write_leaves_the_union_as_it_was(store: ox.Store, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), stale_window(tmp_path, store, graphs=[A.value]):
        raise RuntimeError("refused before writing anything")
    assert read_marker(tmp_path) == (UNION, 2) and default_graph(store) == union_of_named(store)


@pytest.mark.parametrize("seed", range(5))
def test_random_writes_end_as_a_whole_resync_would(store: ox.Store, tmp_path: Path, seed: int) -> None:
    """Random adds and removes in graphs a and b, some in blank nodes, each levelled in scope: the
    default graph equals the union of the named graphs every time."""
    rng = random.Random(seed)
    blanks = [ox.BlankNode() for _ in range(3)]
    for _ in range(6):
        graphs = rng.sample([A, B], rng.choice([1, 2]))
        with stale_window(tmp_path, store, graphs=[g.value for g in graphs]):
            for _ in range(8):
                subject = rng.choice([node(rng.randrange(8)), *blanks])
                quad = ox.Quad(subject, P, ox.Literal(str(rng.randrange(4))), rng.choice(graphs))
                (store.add if rng.random() < 0.5 else store.remove)(quad)
            for quad in list(store.quads_for_pattern(None, None, None, rng.choice(graphs)))[:2]:
                store.remove(quad)
        assert default_graph(store) == union_of_named(store)


def test_the_python_api_levels_an_update_in_the_scope_it_names(tmp_path: Path) -> None:
    """EmbeddedStore.update: an update of named graphs only is levelled for them (the stray default
    triple outside them stays); a DELETE of the default graph itself is resynced across the store."""
    graph = Graph()
    graph.add((URIRef("urn:x-test:s1"), URIRef(P.value), Literal("1")))
    path = write_store({URIRef(A.value): graph}, tmp_path / "store")
    raw = ox.Store(str(path))
    stray = ox.Quad(node(9), P, ox.Literal("9"), DEFAULT)
    raw.add(stray)
    del raw
    with EmbeddedStore(path, readonly=False) as kg:
        kg.update(f"INSERT DATA {{ GRAPH <{B.value}> {{ <urn:x-test:s2> <{P.value}> 2 }} }}")
        kg.update(f"DELETE DATA {{ GRAPH <{A.value}> {{ <urn:x-test:s1> <{P.value}> '1' }} }}")
    raw = ox.Store.read_only(str(path))
    assert stray in raw
    assert {q.triple for q in raw.quads_for_pattern(None, None, None, DEFAULT)} == {
        stray.triple,
        ox.Triple(
            node(2), P, ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        ),
    }
    del raw
    with EmbeddedStore(path, readonly=False) as kg:
        kg.update("DELETE DATA { <urn:x-test:s7> <urn:x-test:p> 7 }")  # the default graph itself
    raw = ox.Store.read_only(str(path))
    assert stray not in raw


def test_a_failure_after_the_write_was_committed_leaves_the_marker_stale(
    store: ox.Store, tmp_path: Path
) -> None:
    """The update is in the store, its level is not (the disk filled before): readers must not trust the
    default graph, and the next writer resyncs (R, attack round 17)."""
    with pytest.raises(OSError), stale_window(tmp_path, store, graphs=[A.value]) as window:
        store.add(ox.Quad(node(7), P, ox.Literal("7"), A))
        window.committed = True
        raise OSError(28, "No space left on device")
    assert read_marker(tmp_path) == (STALE, 2)
    assert ox.Quad(node(7), P, ox.Literal("7"), DEFAULT) not in store  # not levelled: readers fall back
