"""A slowloris of thousands of connections does not keep a client from being served.

A real `kg serve` on 127.0.0.1 (kg.server.protocol bounds heads in bytes, time and number):
1,500 idle connections (more than the server keeps open) and 100 that send their request
head one byte at a time, while a client fetches pages over new connections. Also: thousands
of bad requests leave a few lines in the log; --head-timeout and --max-connections reach every
server process (--workers); the open-file limit is raised to fit the connections, and a
--max-connections that cannot fit under the hard limit is refused.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import resource
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pytest
from support.kg_server import copy_store, served_store

from benchmarks.attacks import closed_by_server, trickle
from kg.cli import serve
from kg.server import protocol
from kg.server.protocol import HEAD_SECONDS, MAX_CONNECTIONS
from kg.testing.live_server import (
    LiveServer,
    address_of,
    free_port,
    start_server,
    stop_process_group,
    wait_ready,
)

IDLE = 1500
TRICKLING = 100
CLIENT_REQUESTS = 40
TRICKLE_SECONDS = 600  # an upper bound: the test stops the trickle itself


@pytest.fixture(scope="module")
def server() -> LiveServer:
    live = start_server("--store", str(copy_store(served_store())))
    yield live
    live.stop()


def open_idle(where: tuple[str, int], count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        connection = socket.create_connection(where, timeout=5)
        connection.setblocking(False)
        sockets.append(connection)
    return sockets


def test_a_client_is_served_while_a_slowloris_holds_thousands_of_connections(server: LiveServer) -> None:
    where = server.address
    idle = open_idle(where, IDLE)
    stop = threading.Event()
    slow = threading.Thread(target=trickle, args=(where, TRICKLING, stop, TRICKLE_SECONDS), daemon=True)
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
    connection = socket.create_connection(server.address, timeout=HEAD_SECONDS + 5)
    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 200
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


# --- The log during an attack ----------------------------------------------------------------------


def send_each(where: tuple[str, int], payload: bytes, count: int) -> None:
    """`payload` on `count` connections, one after the other, each read until the server answers."""
    for _ in range(count):
        with socket.create_connection(where, timeout=5) as connection:
            try:
                connection.sendall(payload)
                connection.recv(4096)
            except OSError:
                pass


def test_an_attack_of_bad_requests_writes_a_bounded_log(server: LiveServer) -> None:
    """Regression: uvicorn logged a line for each bad request (205,000 bytes for 5,000 malformed
    request lines; 33 MB in 20 s were measured in an attack)."""
    where = server.address
    before = server.log.stat().st_size
    send_each(where, b"GARBAGE \x00\x01 nonsense\r\n\r\n", 5000)
    send_each(
        where, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n", 2000
    )
    time.sleep(0.5)
    written = server.log.read_bytes()[before:]
    assert len(written) < 4096, written[-2000:]
    assert httpx.get(server.url + "sparql", params={"query": "ASK {}"}).status_code == 200


def test_repeated_messages_are_let_through_a_few_times_a_window_then_counted(monkeypatch) -> None:
    monkeypatch.setattr(protocol, "LOG_EVERY_SECONDS", 1.5)
    logger = logging.getLogger("test.repeated-messages")
    logger.propagate = False
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    logger.addFilter(protocol.RepeatedMessages())

    async def attack() -> None:
        for i in range(5000):
            logger.warning("Invalid request from %s", f"client-{i}")
        logger.error("Something else")
        await asyncio.sleep(1.7)  # the window ends: one line for what was left out
        logger.warning("Invalid request from %s", "after the window")

    try:
        asyncio.run(attack())
    finally:
        logger.removeHandler(handler)
    shown = [record.getMessage() for record in records]
    burst = protocol.RepeatedMessages.BURST
    assert shown[:burst] == [f"Invalid request from client-{i}" for i in range(burst)]
    assert shown[burst] == "Something else"
    assert shown[burst + 1] == (
        f"Invalid request from client-{burst} [and {5000 - burst:,} more like it in 2 s, not logged]"
    )
    assert shown[burst + 2 :] == ["Invalid request from after the window"]


# --- The bounds are the operator's ---------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_head_timeout_and_max_connections_are_set_in_every_server_process(workers: str) -> None:
    live = start_server(
        "--store", str(copy_store(served_store())), "--workers", workers,
        "--head-timeout", "1", "--max-connections", "10",
    )  # fmt: skip
    try:
        where = live.address
        with socket.create_connection(where, timeout=10) as connection:
            connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            answer = connection.recv(1 << 16)
            waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
        assert 0.8 < waited < 3, waited
        idle = open_idle(where, 60)
        time.sleep(0.5)
        still_open = sum(not closed_by_server(c) for c in idle)
        for connection in idle:
            connection.close()
        assert still_open <= 10 * int(workers), still_open
        assert httpx.get(live.url + "sparql", params={"query": "ASK {}"}).status_code == 200
    finally:
        live.stop()


def serve_with_file_limits(soft: int, hard: int, *args: str) -> tuple[subprocess.Popen, Path, str]:
    """`kg serve ARGS` with RLIMIT_NOFILE (soft, hard); its process, log and URL."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="kg-serve-", suffix=".log")[1])
    command = [sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--log-level", "warning"]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--store", str(copy_store(served_store())), *args],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard)),
        )
    return process, log, f"http://127.0.0.1:{port}/"


def open_files_limit(pid: int) -> tuple[int, int]:
    line = next(
        x for x in Path(f"/proc/{pid}/limits").read_text().splitlines() if x.startswith("Max open files")
    )
    soft, hard = line.split()[3:5]
    return int(soft), int(hard)


HARD = resource.getrlimit(resource.RLIMIT_NOFILE)[1]


@pytest.mark.skipif(
    HARD != resource.RLIM_INFINITY and HARD < 2048, reason="the hard limit of open files is low"
)
def test_the_soft_limit_of_open_files_is_raised_to_fit_the_connections() -> None:
    hard = 2048
    process, log, url = serve_with_file_limits(256, hard)
    try:
        wait_ready(url, process, log)
        assert open_files_limit(process.pid) == (hard, hard)
    finally:
        stop_process_group(process)


def test_more_connections_than_the_hard_limit_allows_are_refused_in_one_line() -> None:
    process, log, _ = serve_with_file_limits(256, 1024, "--max-connections", "1000")
    assert process.wait(timeout=60) == 2
    output = log.read_text().strip()
    assert output.startswith("kg serve: 1,000 connections need ") and "(ulimit -Hn)" in output, output
    assert re.search(r"give --max-connections \d+ or less", output) and len(output.splitlines()) == 1, output


def test_by_default_as_many_connections_as_the_hard_limit_allows_are_kept() -> None:
    process, log, url = serve_with_file_limits(256, 1024)
    try:
        wait_ready(url, process, log)
        assert open_files_limit(process.pid) == (1024, 1024)
        note = log.read_text().splitlines()[0]
        found = re.fullmatch(r"kg serve: at most (\d+) connections per server process .*ulimit -Hn\)", note)
        assert found, note
        kept = int(found.group(1))
        assert 64 <= kept < 1024 - 3 * serve.BACKLOG
        idle = open_idle(address_of(url), kept + 100)
        time.sleep(0.5)
        still_open = sum(not closed_by_server(c) for c in idle)
        for connection in idle:
            connection.close()
        assert still_open <= kept
        assert httpx.get(url + "sparql", params={"query": "ASK {}"}).status_code == 200
    finally:
        stop_process_group(process)
