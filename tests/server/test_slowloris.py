"""A slowloris of thousands of connections does not keep a client from being served.

A real `kg serve` on 127.0.0.1 (kg.server.protocol bounds heads in bytes, time and number):
1,500 idle connections (more than the server keeps open) and 100 that send their request
head one byte at a time, while a client fetches pages over new connections.
"""

from __future__ import annotations

import os
import select
import socket
import threading
import time

import httpx
import pytest
from support.kg_server import copy_store, served_store

from kg.server.protocol import HEAD_SECONDS, MAX_CONNECTIONS
from kg.testing.live_server import LiveServer, start_server

IDLE = 1500
TRICKLING = 100
CLIENT_REQUESTS = 40


@pytest.fixture(scope="module")
def server() -> LiveServer:
    live = start_server("--store", str(copy_store(served_store())))
    yield live
    live.stop()


def address(server: LiveServer) -> tuple[str, int]:
    url = httpx.URL(server.url)
    return url.host, int(url.port or 80)


def open_idle(where: tuple[str, int], count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        connection = socket.create_connection(where, timeout=5)
        connection.setblocking(False)
        sockets.append(connection)
    return sockets


def trickle(where: tuple[str, int], count: int, stop: threading.Event) -> None:
    """Request heads sent one byte every 0.2 s, reconnecting when the server closes them."""
    head = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 10_000
    connections = [socket.create_connection(where, timeout=5) for _ in range(count)]
    sent = 0
    while not stop.is_set():
        for i, connection in enumerate(connections):
            try:
                connection.send(head[sent % len(head) : sent % len(head) + 1])
            except OSError:
                connection.close()
                connections[i] = socket.create_connection(where, timeout=5)
        sent += 1
        stop.wait(0.2)
    for connection in connections:
        connection.close()


def closed_by_server(connection: socket.socket) -> bool:
    try:
        return connection.recv(1 << 16) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def test_a_client_is_served_while_a_slowloris_holds_thousands_of_connections(server: LiveServer) -> None:
    where = address(server)
    idle = open_idle(where, IDLE)
    stop = threading.Event()
    slow = threading.Thread(target=trickle, args=(where, TRICKLING, stop), daemon=True)
    slow.start()
    try:
        latencies, statuses = [], []
        for _ in range(CLIENT_REQUESTS):
            started = time.monotonic()
            statuses.append(
                httpx.get(server.url + "id/organization/dmtf", timeout=10, follow_redirects=True).status_code
            )
            latencies.append(time.monotonic() - started)
        descriptors = len(os.listdir(f"/proc/{server.process.pid}/fd"))
        time.sleep(HEAD_SECONDS + 1.5)
        still_open = sum(not closed_by_server(c) for c in idle)
    finally:
        stop.set()
        slow.join(timeout=10)
        for connection in idle:
            connection.close()
    assert statuses == [200] * CLIENT_REQUESTS
    latencies.sort()
    assert latencies[int(0.99 * (len(latencies) - 1))] < 1.0, latencies[-5:]
    assert descriptors < MAX_CONNECTIONS + 200, "the server kept more connections open than its bound"
    assert still_open == 0, f"{still_open} idle connections were still open after {HEAD_SECONDS + 1.5} s"


def test_a_head_sent_slowly_is_cut_off_with_408(server: LiveServer) -> None:
    connection = socket.create_connection(address(server), timeout=HEAD_SECONDS + 5)
    head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
    started, answer = time.monotonic(), b""
    try:
        for byte in head:
            readable, _, _ = select.select([connection], [], [], 0.2)
            if readable:  # the server spoke: read its answer before sending more
                answer = connection.recv(1 << 16)
                break
            connection.send(bytes([byte]))
    finally:
        connection.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
    assert HEAD_SECONDS - 0.5 < time.monotonic() - started < HEAD_SECONDS + 3


def test_a_keep_alive_client_that_sends_requests_in_time_is_not_cut(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        for _ in range(3):
            assert client.get("id/organization/dmtf", follow_redirects=True).status_code == 200
            time.sleep(HEAD_SECONDS / 3)
