"""Standard clients against a real `kg serve`, where they disagreed with the specifications or with
what independent servers (Oxigraph server, Fuseki) answer (session 10; docs/reliability.md section 10).

Each test drives the live server with the client a user would use (rdflib's SPARQLStore and
SPARQLUpdateStore, SPARQLWrapper, `requests`) and checks what the client sees against what the
store itself holds.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from support.kg_server import copy_store, served_store, shared_server

from kg.testing.live_server import LiveServer, start_server

TOKEN = "client-conformance-token"
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_TRIPLES = URIRef("http://rdfs.org/ns/void#triples")


@pytest.fixture(scope="module")
def writable() -> Iterator[LiveServer]:
    """A server with the update token, on its own copy of the test store."""
    server = start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    try:
        yield server
    finally:
        server.stop()


def endpoint(server: LiveServer) -> str:
    return server.url + "sparql"


def update_store(server: LiveServer) -> SPARQLUpdateStore:
    return SPARQLUpdateStore(
        endpoint(server), endpoint(server), headers={"Authorization": f"Bearer {TOKEN}"}, autocommit=True
    )


def test_the_service_description_counts_the_default_graph_a_client_queries() -> None:
    """sd:UnionDefaultGraph is declared, and the default graph's void:triples must be the size of the
    default graph clients query: a set, where a triple stated in two named graphs counts once. It
    was the sum of the named graphs' sizes (4,760 where rdflib's len() of the default graph is 4,747)."""
    url = endpoint(shared_server())
    description = Graph().parse(url, format="turtle")
    service = next(description.subjects(URIRef(SD + "endpoint"), URIRef(url)))
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in description
    dataset = description.value(service, URIRef(SD + "defaultDataset"))
    default = description.value(dataset, URIRef(SD + "defaultGraph"))
    declared = int(description.value(default, VOID_TRIPLES))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        queried = len(Graph(store=SPARQLStore(url)))
    assert declared == queried
    named = [
        description.value(node, URIRef(SD + "graph"))
        for node in description.objects(dataset, URIRef(SD + "namedGraph"))
    ]
    assert sum(int(description.value(graph, VOID_TRIPLES)) for graph in named) > queried  # the premise


def test_a_triple_added_to_the_default_graph_by_rdflib_is_there_afterwards(writable: LiveServer) -> None:
    """rdflib's Dataset over SPARQLUpdateStore adds to the default graph with `INSERT DATA { s p o }`.
    The server answered 204 and the triple was gone (the default graph, kept as the union of the
    named graphs, was brought level with them after the update). A write to the default graph goes
    to the named graph the Graph Store's ?default writes go to, and so into the union."""
    store = update_store(writable)
    dataset = Dataset(store=store)
    triple = (URIRef("urn:x-s10:default"), URIRef("urn:x-s10:p"), Literal("written to the default graph"))
    before = len(dataset)
    dataset.add(triple)
    assert triple in dataset
    assert len(dataset) == before + 1
    default = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    assert list(default.objects(triple[0], triple[1])) == [triple[2]]
    dataset.remove(triple)
    assert triple not in dataset
    assert len(dataset) == before


def test_every_kind_of_default_graph_write_lasts_and_can_be_taken_back(writable: LiveServer) -> None:
    """INSERT DATA with a blank node, INSERT ... WHERE, then DELETE WHERE, all without GRAPH, by
    SPARQLWrapper with the token: each is seen by the next query, and the delete takes them away;
    a triple only removed from a named graph does not come back through the default graph."""
    subject = "urn:x-s10:where"

    def run(update: str) -> None:
        client = SPARQLWrapper(endpoint(writable))
        client.setMethod(POST)
        client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        client.setQuery(update)
        client.query()

    def objects() -> list[str]:
        client = SPARQLWrapper(endpoint(writable))
        client.setReturnFormat(JSON)
        client.setQuery(f"SELECT ?o WHERE {{ <{subject}> ?p ?o }} ORDER BY ?o")
        rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index, call-overload]
        return [
            row["o"]["type"] + ":" + (row["o"]["value"] if row["o"]["type"] != "bnode" else "")
            for row in rows
        ]

    run(f"INSERT DATA {{ <{subject}> <urn:x-s10:p> [ <urn:x-s10:q> 1 ] }}")
    run(f"INSERT {{ <{subject}> <urn:x-s10:count> ?n }} WHERE {{ SELECT (COUNT(*) AS ?n) {{ ?s a ?c }} }}")
    assert [kind.split(":")[0] for kind in objects()] == ["bnode", "literal"]
    run(f"DELETE WHERE {{ <{subject}> ?p ?o }}")
    assert objects() == []
    run(f"INSERT DATA {{ GRAPH <urn:x-s10:named> {{ <{subject}> <urn:x-s10:p> 'named' }} }}")
    assert objects() == ["literal:named"]
    run(f"DELETE DATA {{ GRAPH <urn:x-s10:named> {{ <{subject}> <urn:x-s10:p> 'named' }} }}")
    assert objects() == []
