"""The benchmarks' Virtuoso load survives an intermittent error (benchmarks.common.load_endpoint).

Virtuoso now and then drops a large Graph Store upload; that one EndpointError used to cost
bench_store.py its whole Virtuoso column. Each graph that fails by PUT now goes again by SPARQL
Update, and the next graphs by PUT again. Checked against a real Virtuoso of our own (so no other
test's graphs are in it): every graph arrives whole, whichever way it went.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from benchmarks.common import load_endpoint, load_virtuoso
from kg.store import open_store
from kg.store.embedded import EmbeddedStore
from kg.store.remote import EndpointError, SparqlEndpoint
from kg.testing.servers import Server, ServerUnavailable, required_in_ci, start_virtuoso


@pytest.fixture(scope="module")
def virtuoso() -> Iterator[Server]:
    try:
        server = start_virtuoso()
    except ServerUnavailable as missing:
        if required_in_ci():
            pytest.fail(f"{missing}: CI must install it (.ci/run)")
        pytest.skip(str(missing))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def source(seed_store: Path) -> Iterator[EmbeddedStore]:
    with open_store(seed_store) as store:
        yield store


def ours(sizes: dict[URIRef, int]) -> dict[URIRef, int]:
    return {
        graph: size for graph, size in sizes.items() if str(graph).startswith("https://w3id.org/alliance-kg/")
    }


def emptied(server: Server) -> SparqlEndpoint:
    """The server's query endpoint, after dropping every graph of ours a previous test loaded."""
    admin = SparqlEndpoint(server.query_url, update_url=server.update_url, **server.auth)
    for graph in ours(admin.graph_sizes()):
        admin.update(f"DROP SILENT GRAPH <{graph}>")
    assert not ours(admin.graph_sizes())
    return SparqlEndpoint(server.query_url)


class FlakyGraphStore(SparqlEndpoint):
    """Virtuoso's Graph Store endpoint, except that the PUT of one graph fails the first time, as
    Virtuoso's intermittent refusals do (the request never reaches it)."""

    def __init__(self, server: Server, failing: URIRef) -> None:
        super().__init__(server.query_url, graph_store_url=server.graph_store_url, **server.auth)
        self.failing: URIRef | None = failing

    def put_graph(self, iri: URIRef, body: bytes, protocol: str = "auto") -> str:
        if iri == self.failing:
            self.failing = None
            raise EndpointError(f"{self.graph_store_url}: connection reset by peer (injected)")
        return super().put_graph(iri, body, protocol)


def test_every_graph_by_graph_store_when_nothing_fails(virtuoso: Server, source: EmbeddedStore) -> None:
    remote = emptied(virtuoso)
    loaded = load_virtuoso(source, virtuoso)
    assert loaded.fallbacks == []
    assert loaded.protocol == "graph-store"
    assert ours(remote.graph_sizes()) == source.graph_sizes()
    assert loaded.seconds > 0


def test_one_failed_put_goes_by_update_and_the_rest_by_put(virtuoso: Server, source: EmbeddedStore) -> None:
    remote = emptied(virtuoso)
    graphs = source.graphs()
    assert len(graphs) >= 3
    failing = graphs[1]
    loaded = load_endpoint(source, FlakyGraphStore(virtuoso, failing), SparqlEndpoint(virtuoso.query_url))
    assert loaded.fallbacks == [str(failing)]
    protocols = {pushed.graph: pushed.protocol for pushed in loaded.graphs}
    assert protocols[failing] == "update"
    assert {graph for graph, used in protocols.items() if used == "graph-store"} == set(graphs) - {failing}
    assert ours(remote.graph_sizes()) == source.graph_sizes()  # the failed graph too, whole


def test_a_graph_store_that_always_fails_loads_everything_by_update(
    virtuoso: Server, source: EmbeddedStore
) -> None:
    remote = emptied(virtuoso)
    refusing = SparqlEndpoint(
        virtuoso.query_url, graph_store_url=virtuoso.graph_store_url + "-nowhere", **virtuoso.auth
    )
    loaded = load_endpoint(source, refusing, SparqlEndpoint(virtuoso.query_url))
    assert loaded.protocol == "update"
    assert sorted(loaded.fallbacks) == sorted(str(graph) for graph in source.graphs())
    assert ours(remote.graph_sizes()) == source.graph_sizes()


def test_an_endpoint_broken_both_ways_still_raises(virtuoso: Server, source: EmbeddedStore) -> None:
    emptied(virtuoso)
    refusing = SparqlEndpoint(
        virtuoso.query_url, graph_store_url=virtuoso.graph_store_url + "-nowhere", **virtuoso.auth
    )
    no_update = SparqlEndpoint(virtuoso.query_url, update_url=virtuoso.query_url + "-nowhere")
    with pytest.raises(EndpointError):
        load_endpoint(source, refusing, no_update)
