"""`kg push`: every named graph replaced on a real server by Graph Store PUT (or SPARQL
Update where there is no Graph Store endpoint); pushing twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.cli.main import main
from kg.model.namespaces import register_graph_iri
from kg.store import open_store
from kg.store.remote import EndpointError, SparqlEndpoint, ntriples_chunks, push, push_target
from kg.store.terms import ntriples
from kg.testing.servers import Server

EX = "https://example.org/"


def remote_sizes(server: Server) -> dict[URIRef, int]:
    return {
        graph: size
        for graph, size in SparqlEndpoint(server.query_url).graph_sizes().items()
        if str(graph).startswith("https://w3id.org/alliance-kg/")
    }


def clear(server: Server) -> None:
    remote = SparqlEndpoint(server.query_url, update_url=server.update_url, **server.auth)
    for graph in remote_sizes(server):
        remote.update(f"DROP SILENT GRAPH <{graph}>")


def test_push_to_oxigraph_replaces_each_graph_and_twice_changes_nothing(
    oxigraph_server: Server, seed_store: Path
) -> None:
    clear(oxigraph_server)
    target = push_target(oxigraph_server.graph_store_url)
    with open_store(seed_store) as local:
        first = push(local, target)
        assert {p.protocol for p in first} == {"graph-store"}
        assert {p.graph: p.triples for p in first} == local.graph_sizes() == remote_sizes(oxigraph_server)
        push(local, target)
        remote = SparqlEndpoint(oxigraph_server.query_url)
        assert remote_sizes(oxigraph_server) == local.graph_sizes()
        for graph in local.graphs():  # same triples, blank nodes included
            assert isomorphic(remote.graph(graph), local.graph(graph)), graph


def test_push_falls_back_to_sparql_update_where_there_is_no_graph_store(
    oxigraph_server: Server, seed_store: Path, capsys
) -> None:
    clear(oxigraph_server)
    for _ in range(2):
        assert main(["push", "--to", oxigraph_server.update_url, "--store", str(seed_store)]) == 0
        out = capsys.readouterr().out
        assert "(update)" in out and "(graph-store)" not in out
    with open_store(seed_store) as local:
        assert remote_sizes(oxigraph_server) == local.graph_sizes()
        shapes = URIRef("https://w3id.org/alliance-kg/shapes")  # many blank nodes, sent in chunks
        assert isomorphic(SparqlEndpoint(oxigraph_server.query_url).graph(shapes), local.graph(shapes))


def test_push_sends_the_new_version_of_a_changed_graph(oxigraph_server: Server, store_copy: Path) -> None:
    target = push_target(oxigraph_server.graph_store_url)
    graph_iri = register_graph_iri("ogf-dmtf")
    with open_store(store_copy) as local:
        push(local, target, [graph_iri])
    changed = Graph()
    changed.add((URIRef(f"{EX}s"), URIRef(f"{EX}p"), Literal("only this")))
    with open_store(store_copy, readonly=False) as local:
        local.replace_graph(graph_iri, changed)
        push(local, target, [graph_iri])
    assert set(SparqlEndpoint(oxigraph_server.query_url).graph(graph_iri)) == set(changed)


def test_push_to_virtuoso_with_digest_credentials_twice(
    virtuoso_server: Server, seed_store: Path, capsys
) -> None:
    clear(virtuoso_server)
    argv = ["push", "--to", virtuoso_server.graph_store_url, "--user", "dba", "--auth", "digest"]
    argv += ["--store", str(seed_store)]
    for _ in range(2):
        assert main([*argv, "--password", "dba"]) == 0
        assert "(graph-store)" in capsys.readouterr().out
    with open_store(seed_store) as local:
        assert remote_sizes(virtuoso_server) == local.graph_sizes()


def test_push_to_virtuoso_by_sparql_update(virtuoso_server: Server, seed_store: Path, capsys) -> None:
    """Virtuoso hangs on a PUT to /sparql, so Update is asked for explicitly there."""
    clear(virtuoso_server)
    argv = ["push", "--to", virtuoso_server.query_url, "--protocol", "update", "--store", str(seed_store)]
    assert main(argv) == 0
    assert main(argv) == 0
    assert "(update)" in capsys.readouterr().out
    with open_store(seed_store) as local:
        assert remote_sizes(virtuoso_server) == local.graph_sizes()


def test_refused_credentials_get_one_line(virtuoso_server: Server, seed_store: Path, capsys) -> None:
    argv = ["push", "--to", virtuoso_server.graph_store_url, "--user", "dba", "--password", "wrong"]
    assert main([*argv, "--auth", "digest", "--store", str(seed_store)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "HTTP 401" in error and "--auth digest" in error


def test_graph_store_only_does_not_fall_back(oxigraph_server: Server, seed_store: Path) -> None:
    target = push_target(oxigraph_server.update_url, "graph-store")
    with open_store(seed_store) as local, pytest.raises(EndpointError, match="HTTP 4"):
        push(local, target, protocol="graph-store")


def test_chunks_keep_blank_node_components_whole() -> None:
    graph = Graph()
    for i in range(25):
        graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(i)))
    root, inner = BNode(), BNode()
    for i in range(12):  # one component of 13 triples, larger than a chunk
        graph.add((root, URIRef(f"{EX}q{i}"), Literal(i)))
    graph.add((root, URIRef(f"{EX}inner"), inner))
    graph.add((inner, URIRef(f"{EX}q"), Literal("inner")))
    documents = ntriples_chunks(ntriples(graph), max_lines=10)
    assert sum(len(Graph().parse(data=d, format="nt")) for d in documents) == len(graph)
    holding = [d for d in documents if "_:" in d]
    assert len(holding) == 1 and len(Graph().parse(data=holding[0], format="nt")) == 14
    assert all(len(d.splitlines()) <= 10 for d in documents if "_:" not in d)
    by_bytes = ntriples_chunks(ntriples(graph), max_bytes=400)
    assert len(by_bytes) > 3 and "".join(sorted(by_bytes)) != ""


def test_large_graphs_go_in_pieces_and_still_replace(oxigraph_server: Server, monkeypatch) -> None:
    import kg.store.remote

    monkeypatch.setattr(kg.store.remote, "GSP_CHUNK_BYTES", 500)
    graph_iri = URIRef(f"{EX}graph/big")
    big = Graph()
    for i in range(40):
        big.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"value {i}")))
    target = push_target(oxigraph_server.graph_store_url)
    for _ in range(2):
        assert target.put_graph(graph_iri, ntriples(big).encode()) == "graph-store"
        assert set(SparqlEndpoint(oxigraph_server.query_url).graph(graph_iri)) == set(big)
