"""The default graph is a set, on the endpoint, in `kg sparql` and in the Python API (issue 14, point 1).

A triple stated in two named graphs is one triple of the default graph (the union of the named
graphs): COUNT(*) and SUM over it count it once, whichever way the store is asked, also after
updates through the endpoint; VoID's void:triples counts distinct triples. GRAPH ?g and FROM
keep their own datasets. The server is a real `kg serve` on a store written by kg.store.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from support.kg_server import copy_store

from kg.model.privacy import hide_emails_in_graph
from kg.pipeline.build import assemble, named_graphs, union_graph
from kg.store import open_store
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

TOKEN = "default-graph-set-token"
G1, G2, G3 = (URIRef(f"urn:x-test:graph-{n}") for n in (1, 2, 3))
S, T, N = URIRef("urn:x-test:s"), URIRef("urn:x-test:t"), URIRef("urn:x-test:n")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SUM = "SELECT (SUM(?v) AS ?total) (COUNT(*) AS ?n) WHERE { ?s <urn:x-test:n> ?v }"


def graph_of(*triples: tuple) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def seed() -> tuple[dict[URIRef, Graph], int]:
    """The seed graphs plus two test graphs sharing `S n 10`; and how many distinct triples in all."""
    dataset = assemble()
    graphs = {
        **named_graphs(dataset),
        G1: graph_of((S, N, Literal(10))),
        G2: graph_of((S, N, Literal(10)), (T, N, Literal(1))),
    }
    union = union_graph(dataset)
    union.add((S, N, Literal(10)))
    union.add((T, N, Literal(1)))
    return graphs, len(union)


@pytest.fixture(scope="module")
def store(seed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(seed[0], tmp_path_factory.mktemp("set") / "store")


@pytest.fixture
def server(store: Path) -> Iterator[LiveServer]:
    live = start_server("--store", str(copy_store(store)), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    try:
        yield live
    finally:
        live.stop()


def quads_in(graphs: dict[URIRef, Graph]) -> int:
    return sum(len(graph) for graph in graphs.values())


def test_the_seed_data_states_some_triples_in_two_graphs(seed) -> None:
    """The premise: the quads outnumber the distinct triples (5,275 and 5,259 when the issue was filed)."""
    graphs, distinct = seed
    assert quads_in(graphs) > distinct


def test_the_python_api_counts_each_triple_once(store: Path, seed) -> None:
    graphs, distinct = seed
    with open_store(store) as kg:
        assert int(kg.select(COUNT)[0]["n"]) == distinct
        total = kg.select(SUM)[0]
        assert (int(total["total"]), int(total["n"])) == (11, 2)
        assert kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:x-test:n> 10 }")[0]["n"] == Literal(1)
        # GRAPH ?g still tells each graph's statements apart; FROM still makes its own default graph
        per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert int(kg.select(per_graph)[0]["n"]) == quads_in(graphs)
        assert int(kg.select(f"SELECT (COUNT(*) AS ?n) FROM <{G2}> WHERE {{ ?s ?p ?o }}")[0]["n"]) == 2
        named_only = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{S}> ?p 10 }} }} ORDER BY ?g"
        assert [row["g"] for row in kg.select(named_only)] == [G1, G2]
        assert kg.ask(f"ASK FROM NAMED <{G1}> {{ GRAPH <{G1}> {{ <{S}> ?p 10 }} }}")


def test_kg_sparql_counts_each_triple_once(store: Path, seed) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "kg.cli", "sparql", COUNT, "--store", str(store), "-f", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.split() == ["n", str(seed[1])]


def endpoint_count(client: httpx.Client, query: str = COUNT) -> list[int]:
    response = client.get(
        "sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200, response.text
    row = response.json()["results"]["bindings"][0]
    return [int(row[name]["value"]) for name in sorted(row)]


def update(client: httpx.Client, text: str) -> None:
    response = client.post("sparql", data={"update": text}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204, response.text


def void_triples(client: httpx.Client) -> int:
    response = client.get(".well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    void = Graph().parse(data=response.text, format="turtle")
    dataset = next(void.subjects(URIRef("http://rdfs.org/ns/void#sparqlEndpoint")))
    value = void.value(dataset, URIRef("http://rdfs.org/ns/void#triples"))
    assert value is not None, response.text
    return int(value)


def test_the_endpoint_counts_each_triple_once_before_and_after_updates(server: LiveServer, seed) -> None:
    _, distinct = seed
    with httpx.Client(base_url=server.url, timeout=60) as client:
        assert endpoint_count(client) == [distinct]
        assert endpoint_count(client, SUM) == [2, 11]  # ?n, ?total
        assert void_triples(client) == distinct
        # a third graph states the shared triple again: the default graph does not change
        update(client, f"INSERT DATA {{ GRAPH <{G3}> {{ <{S}> <{N}> 10 }} }}")
        assert endpoint_count(client) == [distinct]
        assert endpoint_count(client, SUM) == [2, 11]
        # dropping two of the three graphs that state it keeps it (once); the third takes it away
        update(client, f"DROP GRAPH <{G1}> ; DROP GRAPH <{G3}>")
        assert endpoint_count(client, SUM) == [2, 11]
        update(client, f"DELETE DATA {{ GRAPH <{G2}> {{ <{S}> <{N}> 10 }} }}")
        assert endpoint_count(client, SUM) == [1, 1]
        assert endpoint_count(client) == [distinct - 1]
        # a failed update changes nothing, the default graph included
        refused = client.post(
            "sparql",
            data={"update": "DROP GRAPH <urn:x-test:none>"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert refused.status_code == 400, refused.text
        assert endpoint_count(client) == [distinct - 1]
        assert void_triples(client) == distinct - 1


def test_the_copy_served_without_e_mail_addresses_counts_each_triple_once(store: Path, seed) -> None:
    """`kg serve --hide-emails` serves a copy of the store: its default graph is the union, as a set.
    The copy leaves out what kg.model.privacy leaves out (a triple whose IRI holds an address, such
    as a gazetteer source on a mailing list's archive), so the count is that of the union as published."""
    published = hide_emails_in_graph(union_graph(assemble()))
    published.add((S, N, Literal(10)))
    published.add((T, N, Literal(1)))
    live = start_server("--store", str(store), "--hide-emails")
    try:
        with httpx.Client(base_url=live.url, timeout=60) as client:
            assert endpoint_count(client) == [len(published)]
            assert endpoint_count(client, SUM) == [2, 11]
    finally:
        live.stop()


MERGED = f"SELECT (COUNT(*) AS ?n) (SUM(?v) AS ?total) FROM <{G1}> FROM <{G2}> WHERE {{ ?s ?p ?v }}"
NAMED_IN_MERGE = f"SELECT ?g FROM <{G1}> FROM <{G2}> FROM NAMED <{G1}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"


def test_a_default_graph_of_several_from_graphs_is_their_merge_a_set(store: Path) -> None:
    with open_store(store) as kg:
        row = kg.select(MERGED)[0]
        assert (int(row["n"]), int(row["total"])) == (2, 11)
        assert {row["g"] for row in kg.select(NAMED_IN_MERGE)} == {G1}
        one = kg.select(f"SELECT (COUNT(*) AS ?n) FROM <{G2}> WHERE {{ ?s ?p ?o }}")[0]
        assert int(one["n"]) == 2


def test_the_endpoint_merges_from_graphs_and_default_graph_uris_as_sets(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        assert endpoint_count(client, MERGED) == [2, 11]
        response = client.get(
            "sparql",
            params=[("query", SUM), ("default-graph-uri", str(G1)), ("default-graph-uri", str(G2))],
            headers={"Accept": "application/sparql-results+json"},
        )
        assert response.status_code == 200, response.text
        row = response.json()["results"]["bindings"][0]
        assert (int(row["n"]["value"]), int(row["total"]["value"])) == (2, 11)
        named = client.get(
            "sparql", params={"query": NAMED_IN_MERGE}, headers={"Accept": "application/sparql-results+json"}
        )
        assert {b["g"]["value"] for b in named.json()["results"]["bindings"]} == {str(G1)}
