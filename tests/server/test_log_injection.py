"""What a visitor sends reaches the operator's log escaped: no terminal control, no forged line.

`kg serve` logs refusals with the request's path (decoded: `%1b` is ESC), and failed and slow
queries with an excerpt of the query and the engine's message. Those went to the log raw: a
query `SELECT * { ?s ?p \\x1b]0;pwned\\x07 }` retitled the operator's terminal window, `\\x1b[2J`
cleared it, and a path with `%0d` could hide the start of its own line on a terminal. Now each
value from outside is written with its controls, line breaks and bidirectional overrides as
escapes (`\\x1b`, `\\n`, `\\u202e`), so the log shows what was sent and nothing more.
A real `kg serve` on 127.0.0.1, its log read as the operator would see it.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from support.kg_server import copy_store, served_store

from kg.testing.live_server import LiveServer, start_server

JSON = {"Accept": "application/sparql-results+json"}
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\rFORGED\u202e\x9b\u2028"
RAW = ("\x1b", "\x07", "\r", "\u202e", "\x9b", "\u2028")
"""No character of these may reach the log: each starts or makes a terminal escape, overwrites
or reorders what is shown, or breaks a line."""


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    live = start_server(
        "--store", str(copy_store(served_store())), "--log-level", "info", "--slow-query-seconds", "0.000001"
    )
    yield live
    live.stop()


def logged_since(server: LiveServer, offset: int) -> str:
    time.sleep(0.3)  # the server writes its lines as it answers; let them reach the file
    return server.log.read_bytes()[offset:].decode("utf-8", "replace")


def assert_escaped(log: str, marker: str) -> None:
    """The visitor's text is in the log (escaped), and no raw control or forged line is."""
    assert marker in log, log[-2000:]
    for character in RAW:
        assert character not in log, f"{character!r} reached the log raw: {log[-2000:]!r}"
    assert "\\x1b" in log
    for line in log.splitlines():
        assert not line.startswith("FORGED")


def test_a_query_with_terminal_escapes_is_logged_escaped(server: LiveServer) -> None:
    offset = server.log.stat().st_size
    bad = f"SELECT * {{ ?s ?p ?o }} # syntax-marker {HOSTILE}\n nonsense {HOSTILE}"
    response = httpx.post(server.url + "sparql", data={"query": bad}, headers=JSON)
    assert response.status_code == 400
    assert_escaped(logged_since(server, offset), "syntax-marker")


def test_a_slow_query_is_logged_escaped(server: LiveServer) -> None:
    offset = server.log.stat().st_size
    query = f'ASK {{ FILTER("slow-marker {HOSTILE.replace(chr(13), "")}" != "") }}'  # no CR in a string
    response = httpx.post(server.url + "sparql", data={"query": query}, headers=JSON)
    assert response.status_code == 200
    log = logged_since(server, offset)
    assert "slow query" in log
    assert_escaped(log, "slow-marker")


def test_a_refusal_logs_the_path_escaped(server: LiveServer) -> None:
    offset = server.log.stat().st_size
    path = "/refusal-marker%1b]0;pwned%07%1b[2J%0d%0aFORGED%e2%80%ae%c2%9b%e2%80%a8"
    with socket.create_connection(server.address, timeout=10) as connection:
        connection.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {10 << 20}\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        assert connection.recv(100).startswith(b"HTTP/1.1 413 ")
    log = logged_since(server, offset)
    assert "refused POST /refusal-marker" in log
    assert_escaped(log, "refusal-marker")


def test_a_refused_query_is_logged_escaped(server: LiveServer) -> None:
    offset = server.log.stat().st_size
    query = f"SELECT * {{ SERVICE <http://127.0.0.1:1/> {{ ?s ?p ?o }} }} # service-marker {HOSTILE}"
    response = httpx.post(server.url + "sparql", data={"query": query}, headers=JSON)
    assert response.status_code == 403
    log = logged_since(server, offset)
    assert "refused POST /sparql with 403" in log
    for character in RAW:
        assert character not in log
