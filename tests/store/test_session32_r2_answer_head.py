"""Attack round 20 (session 32, R2): an endpoint that never finished the head of its answer held `kg push`
and `kg sparql --endpoint` without end whatever --timeout said. httpx's timeout bounds each read and
kg.store.http.in_time the body after the head, but not the head: a server sending `102 Processing` every
half second (httpcore reads informational answers without end), or its status line or header fields a
byte at a time, kept `kg push --timeout 2` past 25 s (killed). kg.store.http.DeadlineStream gives the
reads of one answer, head included, one read timeout in all."""

from __future__ import annotations

import functools
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from support.raw_server import raw_server

from kg.store.embedded import write_store
from kg.store.http import Connection, EndpointTimeout

HEADS = {
    "informational": (b"", b"HTTP/1.1 102 Processing\r\n\r\n"),
    "header fields": (b"HTTP/1.1 200 OK\r\n", b"X-Field: value\r\n"),
    "status line": (b"HTTP/1.1 200", b" "),
}


def never_ending(connection: socket.socket, stop: threading.Event, start: bytes, piece: bytes) -> None:
    with connection:
        connection.settimeout(5)
        try:
            connection.recv(65536)
            connection.sendall(start)
            while not stop.wait(0.1):
                connection.sendall(piece)
        except OSError:
            return


@pytest.fixture(params=sorted(HEADS))
def endless_head(request: pytest.FixtureRequest) -> Iterator[str]:
    start, piece = HEADS[request.param]
    with raw_server(functools.partial(never_ending, start=start, piece=piece)) as url:
        yield url


def test_the_client_gives_up_on_an_endless_head(endless_head: str) -> None:
    client = Connection(endless_head, timeout=0.5).client()
    outcome: list[BaseException | None] = []

    def ask() -> None:
        try:
            client.send("GET")
            outcome.append(None)
        except BaseException as error:  # the test reads it
            outcome.append(error)

    asking = threading.Thread(target=ask, daemon=True)
    asking.start()
    asking.join(20)  # before: still reading after 20 s (and for ever)
    assert outcome, "the client still waits for the head of the answer"
    assert isinstance(outcome[0], EndpointTimeout)
    assert "did not answer within 0.5 s" in str(outcome[0])
    client.close()


def test_kg_push_to_an_endpoint_sending_processing_for_ever(tmp_path: Path) -> None:
    start, piece = HEADS["informational"]
    name = URIRef("http://example.org/g")
    graph = Graph(identifier=name)
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("x")))
    store = write_store({name: graph}, tmp_path / "store")
    with raw_server(functools.partial(never_ending, start=start, piece=piece)) as url:
        done = subprocess.run(
            [sys.executable, "-m", "kg", "push", "--store", str(store), "--to", url, "--timeout", "1"],
            capture_output=True,
            text=True,
            timeout=30,  # before: TimeoutExpired, the push never ended
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"kg push: {url} did not answer within 1 s: raise --timeout or try later"
