"""A slow request body (R.U.D.Y., "slow POST") cannot hold the server's connections for ever.

The slowloris defence (kg.server.protocol) bounds the time to a complete request head; a client
that sends a complete head announcing a body (a Content-Length, or chunks with no last one) and
then one byte every few seconds had a request "in flight", which was never cut and never closed
to make room: 60 such connections against --max-connections 50 kept every client out for as
long as they trickled (each new connection was refused). Now the body must be complete within
--body-timeout of its head (408, then the connection is closed), and a connection waiting for
body bytes may be closed to make room for a new one, like one waiting for a head.
A real `kg serve` on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from support.kg_server import copy_store, served_store

from kg.cli import serve
from kg.server.protocol import BODY_SECONDS
from kg.testing.live_server import LiveServer, start_server

MAX_CONNECTIONS = 20
BODY_TIMEOUT = 2.0
QUERY_TIMEOUT = 4.0  # longer than the body timeout
SLOW = MAX_CONNECTIONS + 10
ASK = {"query": "ASK {}"}
JSON = {"Accept": "application/sparql-results+json"}
LENGTH_HEAD = (
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    b"Content-Length: 100000\r\n\r\nASK"
)
CHUNKED_HEAD = (
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n3\r\nASK\r\n"
)


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    live = start_server(
        "--store",
        str(copy_store(served_store())),
        "--max-connections",
        str(MAX_CONNECTIONS),
        "--body-timeout",
        str(BODY_TIMEOUT),
        "--timeout",
        str(QUERY_TIMEOUT),
    )
    yield live
    live.stop()


def open_slow_bodies(where: tuple[str, int], count: int) -> list[tuple[socket.socket, bool]]:
    """`count` connections that sent a complete head and the first bytes of a body, half chunked."""
    sockets = []
    for index in range(count):
        chunked = index % 2 == 1
        connection = socket.create_connection(where, timeout=5)
        connection.sendall(CHUNKED_HEAD if chunked else LENGTH_HEAD)
        sockets.append((connection, chunked))
    return sockets


def trickle(sockets: list[tuple[socket.socket, bool]], stop: threading.Event) -> None:
    """One more byte of each body every 0.3 s (a chunk of one byte when chunked) until `stop`."""
    while not stop.wait(0.3):
        for connection, chunked in sockets:
            with contextlib.suppress(OSError):  # closed by the server: what the test waits for
                connection.sendall(b"1\r\n \r\n" if chunked else b" ")


def answer_of(connection: socket.socket, seconds: float) -> bytes:
    """What the server sent on `connection` until it closed it (or `seconds` passed)."""
    connection.settimeout(seconds)
    received = b""
    try:
        while chunk := connection.recv(4096):
            received += chunk
    except OSError:
        pass
    return received


def test_slow_bodies_do_not_keep_clients_out(server: LiveServer) -> None:
    slow = open_slow_bodies(server.address, SLOW)
    stop = threading.Event()
    trickler = threading.Thread(target=trickle, args=(slow, stop), daemon=True)
    trickler.start()
    try:
        statuses = []
        for _ in range(5):  # all within the body timeout: only making room can serve these
            time.sleep(0.2)
            response = httpx.get(server.url + "sparql", params=ASK, headers=JSON, timeout=5)
            statuses.append(response.status_code)
        assert statuses == [200] * 5
    finally:
        stop.set()
        trickler.join()
        for connection, _ in slow:
            connection.close()


def test_a_body_not_complete_in_time_is_answered_408_and_closed(server: LiveServer) -> None:
    slow = open_slow_bodies(server.address, 4)  # below the connection limit: only the timeout ends them
    stop = threading.Event()
    trickler = threading.Thread(target=trickle, args=(slow, stop), daemon=True)
    trickler.start()
    started = time.monotonic()
    try:
        answers = [answer_of(connection, BODY_TIMEOUT + 10) for connection, _ in slow]
        waited = time.monotonic() - started
    finally:
        stop.set()
        trickler.join()
        for connection, _ in slow:
            connection.close()
    for answer in answers:
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
        assert b"body" in answer
    assert BODY_TIMEOUT - 0.5 < waited < BODY_TIMEOUT + 5
    assert httpx.get(server.url + "sparql", params=ASK, headers=JSON, timeout=5).status_code == 200


def test_a_body_sent_in_pieces_within_the_time_is_answered(server: LiveServer) -> None:
    query = b"ASK {}"
    with socket.create_connection(server.address, timeout=10) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Accept: application/sparql-results+json\r\nConnection: close\r\n"
            b"Content-Length: " + str(len(query)).encode() + b"\r\n\r\n"
        )
        for byte in query:  # over 1.2 s, less than the body timeout
            time.sleep(0.2)
            connection.sendall(bytes([byte]))
        answer = answer_of(connection, 10)
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    assert b'"boolean": true' in answer or b'"boolean":true' in answer


def test_a_slow_query_is_not_cut_by_the_body_timeout(server: LiveServer) -> None:
    """The timer ends with the body: a request being answered is never closed by it."""
    query = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    response = httpx.post(
        server.url + "sparql",
        content=query.encode(),
        headers={**JSON, "Content-Type": "application/sparql-query"},
        timeout=30,
    )
    assert response.status_code == 503, response.text  # the query's time limit, not a cut connection
    assert "time limit" in response.text
    assert time.monotonic() - started > QUERY_TIMEOUT - 0.5


def test_the_body_timeout_must_be_a_positive_number_of_seconds() -> None:
    for bad in ("0", "-1", "nan", "inf"):
        args = serve.argparse.Namespace(head_timeout=5.0, max_connections=None, body_timeout=float(bad))
        with pytest.raises(serve.KgError, match="--body-timeout"):
            serve.connection_limits(args)
    args = serve.argparse.Namespace(head_timeout=5.0, max_connections=None, body_timeout=BODY_SECONDS)
    assert serve.connection_limits(args)["body_seconds"] == BODY_SECONDS


def test_the_command_line_default_is_the_protocol_default() -> None:
    """kg.cli.serve keeps its own copy (building the parser imports no server): the two agree."""
    assert serve.BODY_SECONDS == BODY_SECONDS


def test_a_pipelined_request_waits_its_turn_and_then_its_body_is_timed(server: LiveServer) -> None:
    """Request 2 behind a slow request 1: its body is not read while 1 is answered (the server
    pauses reading), so its time starts when its turn comes; request 1's answer arrives whole and
    first, and request 2 then gets its 408 (timing it from its head cut into answer 1, and not
    timing it at all let a pipelined slow body bypass the bound)."""
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    first = (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        f"Accept: application/sparql-results+json\r\nContent-Length: {len(slow)}\r\n\r\n{slow}"
    ).encode()
    second = (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 1000\r\n\r\nASK"
    )
    started = time.monotonic()
    with socket.create_connection(server.address, timeout=30) as connection:
        connection.sendall(first + second)
        answer = answer_of(connection, QUERY_TIMEOUT + BODY_TIMEOUT + 10)
    waited = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 503 "), answer[:300]  # request 1, at the query time limit
    assert answer.count(b"HTTP/1.1 ") == 2 and b"HTTP/1.1 408 " in answer, answer[-400:]
    assert answer.index(b"HTTP/1.1 408 ") > answer.index(b"time limit")
    assert QUERY_TIMEOUT + BODY_TIMEOUT - 1 < waited < QUERY_TIMEOUT + BODY_TIMEOUT + 5
