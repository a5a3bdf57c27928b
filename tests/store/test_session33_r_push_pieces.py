"""Attack round 21 (session 33, R): `kg push` to a server taking less than a piece per request.

kg serve takes 1 MiB a request by default (--max-request-bytes); `kg push --to .../store` sent a graph
in pieces of 2 MB (for Virtuoso), so every graph over 1 MiB ended the push with 413, and `--to .../sparql`
(SPARQL Update) dropped the graph first and then failed on its first INSERT: the server kept none of
it, and nothing said so. Now a piece answered 413 is split in two and sent again (and later pieces
are kept as small); a push that still fails says what the graph at the server holds."""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.http import EndpointError
from kg.store.remote import push_target
from kg.store.terms import ntriples

LIMIT = 50_000
GRAPH = URIRef("http://e.org/s33r/pushed")


class Store(BaseHTTPRequestHandler):
    """A Graph Store and Update endpoint refusing bodies over LIMIT bytes with 413, as kg serve does."""

    received: ClassVar[list[tuple[str, str, bytes]]] = []
    limit: ClassVar[int] = LIMIT
    refuse_from: ClassVar[int | None] = None  # refuse writes after this many (a server stopping)

    def log_message(self, *args: object) -> None:
        pass

    def write(self) -> None:
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        kept = [r for r in Store.received if r[0] != "413"]
        if length > Store.limit:
            Store.received.append(("413", self.path, b""))
            self.send_response(413)
        elif Store.refuse_from is not None and len(kept) >= Store.refuse_from:
            self.send_response(503)
        else:
            Store.received.append((self.command, self.path, body))
            self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = write


@pytest.fixture
def store() -> Iterator[str]:
    Store.received, Store.refuse_from, Store.limit = [], None, LIMIT
    server = ThreadingHTTPServer(("127.0.0.1", 0), Store)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def big_graph() -> Graph:
    graph = Graph()
    for i in range(1200):  # about 100 KB of N-Triples
        graph.add(
            (URIRef(f"http://e.org/s33r/s{i}"), URIRef("http://e.org/s33r/p"), Literal(f"value {i:04d}"))
        )
    return graph


def written_graph(bodies: list[bytes]) -> Graph:
    graph = Graph()
    for body in bodies:
        graph.parse(data=body.decode(), format="nt")
    return graph


def test_graph_store_pieces_are_halved_until_taken(store: str) -> None:
    graph = big_graph()
    assert push_target(f"{store}/store").put_graph(GRAPH, ntriples(graph).encode()) == "graph-store"
    writes = [r for r in Store.received if r[0] != "413"]
    assert [r[0] for r in writes] == ["PUT"] + ["POST"] * (len(writes) - 1)  # before: one 413, an error
    assert all(len(body) <= LIMIT for _, _, body in writes)
    assert set(written_graph([body for _, _, body in writes])) == set(graph)


def test_update_pieces_are_halved_until_taken(store: str) -> None:
    graph = big_graph()
    assert push_target(f"{store}/sparql", protocol="update").put_graph(
        GRAPH, ntriples(graph).encode(), "update"
    )
    updates = [urllib.parse.parse_qs(body.decode())["update"][0] for _, _, body in Store.received if body]
    assert updates[0] == f"DROP SILENT GRAPH <{GRAPH}>"
    pieces = [u.split("{\n", 1)[1].rsplit("} }", 1)[0].encode() for u in updates[1:]]
    assert set(written_graph(pieces)) == set(graph)


def test_a_push_that_fails_midway_says_what_the_server_holds(store: str) -> None:
    Store.refuse_from = 3  # DROP and two pieces taken, then 503
    target = push_target(f"{store}/sparql", protocol="update")
    with pytest.raises(EndpointError) as failed:
        target.put_graph(GRAPH, ntriples(big_graph()).encode(), "update")
    message = str(failed.value)
    assert "answered HTTP 503" in message
    assert (
        f"<{GRAPH}> at {store}/sparql now holds only the first 2 pieces of it, not the whole graph" in message
    )


def test_a_server_refusing_every_body_ends_the_push_after_a_few_halvings(store: str) -> None:
    Store.limit = 10  # a proxy's limit no piece fits
    with pytest.raises(EndpointError, match="answered HTTP 413"):
        push_target(f"{store}/store").put_graph(GRAPH, ntriples(big_graph()).encode())
    assert len(Store.received) <= 8  # pieces of 100 KB, 50 KB, 25 KB: not one request per triple
