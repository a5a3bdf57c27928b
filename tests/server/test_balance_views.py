"""What each server process keeps to answer resource documents with less CPU (kg.server.backend):
descriptions read on the event loop up to a budget, labels kept per store snapshot. Neither may
change an answer: a description over the budget is the same read in a thread, and a label
written by another process replaces the kept one as soon as the process follows the write.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from support.kg_server import copy_store, served_store

from kg.model.namespaces import LABEL_PREDICATES
from kg.server.backend import INLINE_STEPS, Budget, EmbeddedBackend, OverBudget
from kg.server.worker import WorkerOptions
from kg.store import open_store
from kg.store.generation import CHECK_SECONDS

ID = "https://w3id.org/alliance-kg/id/"
HUB = URIRef(ID + "topic/balance-hub")
GRAPH = URIRef(ID + "graph/register/balance-views")


@pytest.fixture
def store_copy() -> Path:
    return copy_store(served_store())


def write_graph(store: Path, graph: Graph) -> None:
    """As `kg ingest` would, from this process: one committed write that raises the generation."""
    with open_store(store, readonly=False) as writer:
        writer.replace_graph(GRAPH, graph)


def hub_graph(links: int) -> Graph:
    graph = Graph(identifier=GRAPH)
    graph.add((HUB, RDFS.label, Literal("Balance hub")))
    for index in range(links):
        graph.add((HUB, URIRef(ID + "links"), URIRef(f"{ID}topic/balance-spoke-{index:05d}")))
    return graph


def backend_of(store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(store, workers=1, options=WorkerOptions(sandbox=False))


def test_a_description_over_the_budget_is_read_whole_in_a_thread(store_copy: Path) -> None:
    write_graph(store_copy, hub_graph(INLINE_STEPS + 500))
    backend = backend_of(store_copy)
    with pytest.raises(OverBudget):  # too large for the event loop
        backend._parts(str(HUB), 101, 0, LABEL_PREDICATES, None, Budget(INLINE_STEPS))
    parts = asyncio.run(backend.describe_parts(str(HUB), 101, 0, LABEL_PREDICATES))
    assert len(parts.triples) == INLINE_STEPS + 501  # every link and the label: nothing cut
    whole = backend._parts(str(HUB), 101, 0, LABEL_PREDICATES, None, Budget(None))
    assert parts.triples == whole.triples and parts.labels == whole.labels


def test_a_small_description_is_the_same_on_the_event_loop_as_in_a_thread(store_copy: Path) -> None:
    backend = backend_of(store_copy)
    iri = ID + "organization/dmtf"
    inline = backend._parts(iri, 101, 0, LABEL_PREDICATES, None, Budget(INLINE_STEPS))
    read = backend._parts
    threaded = asyncio.run(asyncio.to_thread(read, iri, 101, 0, LABEL_PREDICATES, None, Budget(None)))
    assert inline.triples and inline.labels and inline.incoming
    assert (inline.triples, inline.incoming, inline.labels) == (
        threaded.triples,
        threaded.incoming,
        threaded.labels,
    )
    own = [t for t in inline.triples if t.subject == ox.NamedNode(iri)]  # the rest: its blank nodes'
    assert sorted(map(str, own)) == sorted(map(str, triples_by_sparql(store_copy, iri)))
    assert len(own) < len(inline.triples)


def triples_by_sparql(store: Path, iri: str) -> list[ox.Triple]:
    """The resource's own triples, once each, whichever graphs state them."""
    reader = ox.Store.read_only(str(store))
    return list(set(reader.query(f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}")))


def test_a_label_written_by_another_process_replaces_the_kept_one(store_copy: Path) -> None:
    write_graph(store_copy, hub_graph(3))
    backend = backend_of(store_copy)

    def hub_labels() -> set[str]:
        rows = asyncio.run(backend.label_rows([str(HUB)]))
        return {label.value for _, _, label in rows}

    assert hub_labels() == {"Balance hub"}
    assert hub_labels() == {"Balance hub"}  # now from what the snapshot kept
    renamed = hub_graph(3)
    renamed.set((HUB, RDFS.label, Literal("Renamed hub")))
    write_graph(store_copy, renamed)
    deadline = time.monotonic() + 10
    while hub_labels() != {"Renamed hub"} and time.monotonic() < deadline:
        time.sleep(CHECK_SECONDS)
    assert hub_labels() == {"Renamed hub"}
