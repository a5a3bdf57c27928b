"""`kg serve --workers 2` spreads keep-alive connections evenly over its server processes
(kg.server.balance), whichever way they arrive, and keeps doing so when one dies.

Real servers on 127.0.0.1, started with --process-header so that each response names the
process that answered. Nothing here is judged by timing: what is counted is which process
serves each connection.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.kg_server import served_store, shared_server

from kg.testing.live_server import LiveServer, address_of, start_server

DOCUMENT = "/doc/organization/dmtf"
CLOSE_SETTLES = 2.0  # seconds for a server process to see that a client closed its connection


@pytest.fixture(scope="module")
def balanced() -> Iterator[LiveServer]:
    server = start_server("--store", str(served_store()), "--workers", "2", "--process-header")
    yield server
    server.stop()


def connect(server: LiveServer) -> http.client.HTTPConnection:
    host, port = address_of(server.url)
    return http.client.HTTPConnection(host, port, timeout=30)


def served_by(connection: http.client.HTTPConnection, requests: int = 3) -> str:
    """The process that answered `requests` requests on this one connection (all the same one)."""
    processes = set()
    for _ in range(requests):
        connection.request("GET", DOCUMENT, headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        response.read()
        assert response.status == 200
        processes.add(response.getheader("server-process"))
    assert len(processes) == 1, processes  # a kept-alive connection stays with its process
    return processes.pop()


@contextmanager
def connections(server: LiveServer, count: int) -> Iterator[list[http.client.HTTPConnection]]:
    opened = [connect(server) for _ in range(count)]
    try:
        yield opened
    finally:
        for connection in opened:
            connection.close()


def server_processes(parent: int) -> set[int]:
    """The children of `parent` that are server processes (query workers are their children; the
    other child is multiprocessing's resource tracker)."""
    command = ["ps", "-ww", "-o", "pid=,args=", "--ppid", str(parent)]
    found = subprocess.run(command, capture_output=True, text=True)
    lines = [line.split(None, 1) for line in found.stdout.splitlines()]
    return {int(pid) for pid, args in lines if "spawn_main" in args}


def test_eight_keep_alive_connections_are_four_on_each_process(balanced: LiveServer) -> None:
    for _ in range(3):  # every time the same: not a matter of chance
        with connections(balanced, 8) as opened:
            shares = Counter(served_by(connection) for connection in opened)
        assert sorted(shares.values()) == [4, 4], shares
        pids = {int(pid) for pid in shares}
        assert balanced.process.pid not in pids  # the balancer only accepts: it answers nothing
        assert pids <= server_processes(balanced.process.pid)
        time.sleep(CLOSE_SETTLES)


def test_a_new_connection_goes_to_the_process_with_fewest_open(balanced: LiveServer) -> None:
    time.sleep(CLOSE_SETTLES)  # what other tests opened is closed
    with connections(balanced, 8) as first:
        owners = [served_by(connection) for connection in first]
        emptied = owners[0]
        for connection, owner in zip(first, owners, strict=True):
            if owner == emptied:
                connection.close()  # that process now holds none, the other four
        time.sleep(CLOSE_SETTLES)
        with connections(balanced, 4) as second:
            assert [served_by(connection) for connection in second] == [emptied] * 4


def test_connections_opened_at_once_from_threads_are_balanced(balanced: LiveServer) -> None:
    """As a load tester opens them: all at the same moment, before any request is sent."""
    from concurrent.futures import ThreadPoolExecutor

    time.sleep(CLOSE_SETTLES)
    host, port = address_of(balanced.url)
    with ThreadPoolExecutor(8) as pool:
        sockets = list(pool.map(lambda _: socket.create_connection((host, port), timeout=30), range(8)))
    try:
        shares = Counter(raw_request(s) for s in sockets)
    finally:
        for s in sockets:
            s.close()
    assert sorted(shares.values()) == [4, 4], shares


def raw_request(connection: socket.socket) -> str:
    """The Server-Process of the answer to one GET sent on a raw socket."""
    connection.sendall(f"GET {DOCUMENT} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/turtle\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connection.recv(65536)
        assert chunk, head
        head += chunk
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"server-process":
            return value.strip().decode()
    raise AssertionError(head[:500])


def test_a_dead_server_process_is_replaced() -> None:
    server = start_server("--store", str(served_store()), "--workers", "2", "--process-header")
    try:
        with connections(server, 2) as opened:
            victim = int(served_by(opened[0]))
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 120
        pids: set[str] = set()
        while time.monotonic() < deadline:
            with connections(server, 2) as opened:
                try:
                    pids = {served_by(connection) for connection in opened}
                except (OSError, http.client.HTTPException):
                    pids = set()  # handed to the dead one before the balancer noticed
            if len(pids) == 2 and str(victim) not in pids:
                break
            time.sleep(0.5)
        assert len(pids) == 2 and str(victim) not in pids, pids
        assert "died" in server.log.read_text(errors="replace")
    finally:
        server.stop()


def test_sigterm_to_the_balancer_stops_every_process_gracefully() -> None:
    server = start_server("--store", str(served_store()), "--workers", "2", "--log-level", "info")
    children = server_processes(server.process.pid)
    assert len(children) == 2
    server.process.send_signal(signal.SIGTERM)  # to the balancer alone: it stops its processes
    assert server.process.wait(timeout=60) == -signal.SIGTERM  # says which signal stopped it
    log = server.log.read_text(errors="replace")
    assert log.count("Application shutdown complete") == 2, log
    assert "Traceback" not in log, log
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_taken_port_is_one_line_and_a_failure(balanced: LiveServer) -> None:
    _, port = address_of(balanced.url)
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(served_store())]
    done = subprocess.run(
        [*command, "--port", str(port), "--workers", "2"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in done.stderr
    assert "Traceback" not in done.stderr


def test_without_the_option_no_process_is_named() -> None:
    server = shared_server()
    with connections(server, 1) as (connection,):
        connection.request("GET", DOCUMENT, headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        response.read()
    assert response.status == 200
    assert response.getheader("server-process") is None


def test_a_server_process_that_cannot_start_stops_the_server(tmp_path: Path) -> None:
    """A store the parent takes for one (it has a CURRENT file) but no server process can open:
    one line saying so and exit status 2, rather than server processes started again forever."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("MANIFEST-000001\n")
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--workers", "2"]
    done = subprocess.run([*command, "--port", "0"], capture_output=True, text=True, timeout=180)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "a server process could not start" in done.stderr
    assert done.stderr.count("could not start (exit status") == 1
