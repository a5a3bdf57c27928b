"""A live `kg serve` in a subprocess: a real uvicorn on a free 127.0.0.1 port, for tests and benchmarks.

Why a real process: the tests check what clients see over HTTP (status lines, headers, a
query killed at its time limit while other requests are answered), and the benchmarks time
what a client waits for; an in-process test client would show neither. Each server is
stopped by its process group at exit (or earlier by `LiveServer.stop`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx

from kg.testing.servers import exited_early, free_port, start_on_free_ports

__all__ = ["LiveServer", "address_of", "free_port", "start_server", "stop_process_group", "wait_ready"]


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    log: Path

    @property
    def address(self) -> tuple[str, int]:
        """(host, port) for raw sockets."""
        return address_of(self.url)

    def stop(self) -> None:
        stop_process_group(self.process)


def address_of(url: str) -> tuple[str, int]:
    """(host, port) of an http URL, for raw sockets."""
    parsed = httpx.URL(url)
    return parsed.host, int(parsed.port or 80)


RUNNING: list[LiveServer] = []
"""Servers started by this process and not yet stopped by `stop_all`."""


def stop_all() -> None:
    """Stop every server this process started, all at once: SIGTERM to each group first, then the waits.
    Why: a test process's atexit handlers (where each server's own stop is registered) do not run when
    it ends with os._exit, as pytest-xdist's workers may; their `kg serve` processes, in sessions of their
    own, then outlived the test run (seen after a CI run). Called at the end of a pytest session."""
    running = [server for server in RUNNING if server.process.poll() is None]
    RUNNING.clear()
    for server in running:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGTERM)
    for server in running:
        stop_process_group(server.process)


def stop_process_group(process: subprocess.Popen) -> None:
    """SIGTERM to the process group of a started `kg serve` (a graceful shutdown), SIGKILL after 15 s."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def limit_address_space(size: int) -> None:
    """In the child before it runs kg: at most `size` bytes of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def wait_ready(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    """Poll the SPARQL endpoint until it answers; raise (PortTaken when the port was taken) if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise exited_early(process, log)
        try:
            httpx.get(url + "sparql?query=ASK%7B%7D", timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"kg serve at {url} not ready after {timeout:.0f} s: {log.read_text()[-3000:]}")


def start_server(
    *args: str, env: dict[str, str] | None = None, address_space: int | None = None
) -> LiveServer:
    """`kg serve ARGS` on a free port, ready to answer (started again if its port was taken meanwhile);
    `address_space`: the server process's RLIMIT_AS in bytes (an attack test's memory cap)."""
    return start_on_free_ports(lambda: _start_server(args, env, address_space))


def _start_server(args: tuple[str, ...], env: dict[str, str] | None, address_space: int | None) -> LiveServer:
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="kg-serve-", suffix=".log")[1])
    atexit.register(log.unlink, True)
    command = [sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--log-level", "warning", *args]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, **(env or {})},
            preexec_fn=None if address_space is None else partial(limit_address_space, address_space),
        )
    server = LiveServer(f"http://127.0.0.1:{port}/", process, log)
    atexit.register(server.stop)
    RUNNING.append(server)
    try:
        wait_ready(server.url, process, log)
    except BaseException:
        server.stop()
        raise
    return server
