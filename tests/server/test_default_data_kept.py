"""A bare INSERT DATA (rdflib's Dataset.add over SPARQLUpdateStore) against a real `kg serve`: the
triple is kept (in the graph the server keeps default-graph writes in) and the store's history records
it there, once; a triple a named graph states already is not copied. (The cost of finding what to keep,
without a scan of the store: tests/store/test_default_data.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from support.kg_server import copy_store, served_store

from kg.server.worker import DEFAULT_WRITES
from kg.store.history import History
from kg.testing.live_server import LiveServer, start_server

TOKEN = "default-data-token"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LiveServer, Path]]:
    """A server with the update token on its own copy of the test store, and that copy's path."""
    path = copy_store(served_store())
    server = start_server("--store", str(path), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    try:
        yield server, path
    finally:
        server.stop()


def dataset_of(server: LiveServer) -> Dataset:
    endpoint = server.url + "sparql"
    store = SPARQLUpdateStore(
        endpoint, endpoint, headers={"Authorization": f"Bearer {TOKEN}"}, autocommit=True
    )
    return Dataset(store=store)


def kept(server: LiveServer, subject: str) -> bool:
    """Whether the graph of default-graph writes states something of `subject` (asked over HTTP)."""
    query = f"ASK {{ GRAPH <{DEFAULT_WRITES}> {{ <{subject}> ?p ?o }} }}"
    answer = httpx.get(
        server.url + "sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert answer.status_code == 200, answer.text
    return bool(answer.json()["boolean"])


def test_a_triple_added_by_rdflib_is_kept_and_recorded_once(served: tuple[LiveServer, Path]) -> None:
    server, path = served
    dataset = dataset_of(server)
    triple = (URIRef("urn:x-s11:default"), URIRef("urn:x-s11:p"), Literal("kept", lang="EN"))
    transactions = len(History(path).transactions())
    dataset.add(triple)
    assert triple in dataset
    assert kept(server, "urn:x-s11:default")
    recorded = History(path).transactions()
    assert len(recorded) == transactions + 1
    last = recorded[-1]
    assert (last.operation, last.added, last.removed, last.graphs) == ("update", 1, 0, [DEFAULT_WRITES])
    rows = [line for line in History(path).patch_text(last.id).splitlines() if line[:2] in ("A ", "D ")]
    assert rows == [f'A <urn:x-s11:default> <urn:x-s11:p> "kept"@en <{DEFAULT_WRITES}> .']


def test_a_triple_a_named_graph_states_is_not_copied(served: tuple[LiveServer, Path]) -> None:
    server, path = served
    dataset = dataset_of(server)
    subject = URIRef("urn:x-s11:named")
    named = dataset.graph(URIRef("urn:x-s11:graph"))
    named.add((subject, URIRef("urn:x-s11:p"), Literal("stated")))
    recorded = len(History(path).transactions())
    dataset.add((subject, URIRef("urn:x-s11:p"), Literal("stated")))  # to the default graph as well
    assert not kept(server, str(subject))
    assert (subject, URIRef("urn:x-s11:p"), Literal("stated")) in dataset
    assert all(DEFAULT_WRITES not in t.graphs for t in History(path).transactions()[recorded:])
