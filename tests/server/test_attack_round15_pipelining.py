"""The fifteenth outside attack (session 28): pipelined requests from a client that reads no answer.

HTTP/1.1 lets a client send requests back to back without waiting for answers. uvicorn parsed every
request it read into a request object queued behind the one being answered, and resumed reading
after each response, so a client that sends and never reads had everything it sent parsed and
queued: 10 connections of 12,000 small GETs (7 MB) grew `kg serve` from 63 to 354 MB, about 2.5 KB
a queued request, kept after the connections closed; 50 connections of 4,000 grew it past 460 MB
and on. No bound of section 7 or 8 counted them: each request is small and complete.
kg.server.protocol.BoundedHttpTools now parses pipelined heads a slice at a time while a request is
answered and holds the rest of a read, reading no more, until the queue is empty. The real server
and raw sockets; the answers to a client that does read still come all, in order.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.kg_server import copy_store, served_store

from kg.testing.live_server import LiveServer, start_server

CONNECTIONS = 10
REQUESTS = 20_000  # per connection: 58 bytes each, 1.2 MB
GROWTH_MB = 100  # measured: 190 MB before, 27 MB after


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    live = start_server("--store", str(copy_store(served_store())), "--query-workers", "1")
    yield live
    live.stop()


def resident_mb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


def request(host: str, port: int, path: str, close: bool = False) -> bytes:
    ending = "Connection: close\r\n" if close else ""
    return f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n{ending}\r\n".encode("ascii")


def flood(server: LiveServer) -> list[socket.socket]:
    """CONNECTIONS sockets, each given REQUESTS pipelined GETs as far as the kernel takes them; no
    answer is read (a small receive buffer, so the server's writes stop soon)."""
    host, port = server.address
    data = request(host, port, "/id/organization/dmtf") * REQUESTS
    sockets = []
    for _ in range(CONNECTIONS):
        connection = socket.socket()
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
        connection.connect((host, port))
        connection.setblocking(False)
        sent, deadline = 0, time.monotonic() + 5
        while sent < len(data) and time.monotonic() < deadline:
            try:
                sent += connection.send(data[sent : sent + 65536])
            except BlockingIOError:
                time.sleep(0.05)
        sockets.append(connection)
    return sockets


def test_requests_a_client_sends_without_reading_are_not_all_queued(server: LiveServer) -> None:
    before = resident_mb(server.process.pid)
    sockets = flood(server)
    try:
        time.sleep(6)  # the server answers what it can and queues what it parsed
        grown = resident_mb(server.process.pid) - before
    finally:
        for connection in sockets:
            connection.close()
    assert grown < GROWTH_MB, (
        f"the server grew by {grown} MB for {CONNECTIONS} x {REQUESTS} pipelined requests"
    )
    host, port = server.address
    with socket.create_connection((host, port), timeout=30) as connection:  # still answering
        connection.sendall(request(host, port, "/id/organization/dmtf", close=True))
        assert connection.recv(100).startswith(b"HTTP/1.1 303")


def test_pipelined_requests_are_all_answered_in_order(server: LiveServer) -> None:
    host, port = server.address
    count = 3_000
    data = b"".join(request(host, port, f"/id/organization/absent-{n}") for n in range(count))
    query = b"ASK {}"
    data += (
        f"POST /sparql HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/sparql-query\r\n"
        f"Accept: application/sparql-results+json\r\nContent-Length: {len(query)}\r\n\r\n"
    ).encode() + query
    data += request(host, port, "/id/organization/dmtf", close=True)
    answer = b""
    with socket.create_connection((host, port), timeout=60) as connection:
        connection.sendall(data)
        while chunk := connection.recv(1 << 20):
            answer += chunk
    statuses = re.findall(rb"HTTP/1\.1 (\d{3}) ", answer)
    assert len(statuses) == count + 2
    assert set(statuses[:count]) == {b"404"} and statuses[count:] == [b"200", b"303"]
    named = re.findall(rb"absent-(\d+)", answer)
    assert [int(n) for n in dict.fromkeys(named)] == list(range(count))  # in the order sent
