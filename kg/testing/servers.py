"""Real, independent SPARQL servers for tests and benchmarks: Oxigraph server and Virtuoso.

Each runs on 127.0.0.1 on a free port, with its data in a temporary directory, and is
stopped by its own PID. `start_oxigraph` / `start_virtuoso` return a `Server` or raise
`ServerUnavailable` when the program is not installed (tests skip locally, but fail when
CI=true: .ci/run must install them). docs/store.md gives the settings.

Several test processes (pytest-xdist workers) may start servers at once: `free_port` only
says which port was free a moment ago, so a server that finds its port taken meanwhile is
started again on another one (`start_on_free_ports`).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

VIRTUOSO_USER = "dba"
VIRTUOSO_PASSWORD = "dba"
T = TypeVar("T")


class ServerUnavailable(RuntimeError):
    """The server's program is not installed here."""


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    directory: Path
    query_url: str
    update_url: str
    graph_store_url: str
    auth: dict = field(default_factory=dict)

    def stop(self) -> None:
        """SIGTERM by PID, then SIGKILL if it lingers; the data directory goes too."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.directory, ignore_errors=True)


def free_port() -> int:
    """A port of 127.0.0.1 free right now (bound and released: another process may take it first)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


BIND_FAILURES = ("address already in use", "address in use", "failed to start listening")


class PortTaken(RuntimeError):
    """The server exited because its port was taken after `free_port` chose it."""


def exited_early(process: subprocess.Popen, log: Path | None) -> RuntimeError:
    """Why the server is gone before it was ready: PortTaken when its log says so."""
    detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    message = f"server exited with {process.returncode} before it was ready: {detail}"
    if any(failure in detail.lower() for failure in BIND_FAILURES):
        return PortTaken(message)
    return RuntimeError(message)


def start_on_free_ports(start: Callable[[], T], attempts: int = 3) -> T:
    """`start()` again (it picks new free ports) while the server finds a port taken."""
    for _ in range(attempts - 1):
        try:
            return start()
        except PortTaken:
            continue
    return start()


def wait_until_ready(url: str, process: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    """Poll `url` until it answers any HTTP status (the first restart of a store can be slow)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise exited_early(process, log)
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} not ready after {timeout:.0f} s")


def oxigraph_program() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


def start_oxigraph(timeout: float = 60) -> Server:
    program = oxigraph_program()
    if program is None:
        raise ServerUnavailable("Oxigraph server is not installed (pip install oxigraph)")
    return start_on_free_ports(lambda: _start_oxigraph(program, timeout))


def _start_oxigraph(program: str, timeout: float) -> Server:
    directory = Path(tempfile.mkdtemp(prefix="kg-oxigraph-"))
    port = free_port()
    log = directory / "server.log"
    process = subprocess.Popen(
        [
            program,
            "serve",
            "--location",
            str(directory / "data"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    server = Server("oxigraph", process, directory, f"{base}/query", f"{base}/update", f"{base}/store")
    try:
        wait_until_ready(f"{base}/query?query=ASK%7B%7D", process, timeout, log)
    except BaseException:
        server.stop()
        raise
    return server


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxSortedTopRows = 1000000
DirsAllowed = ., {d}, /usr/share/virtuoso-opensource-7/vad
DefaultIsolation = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
KeepAliveTimeout = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
; Virtuoso refuses a query whose *estimated* time exceeds this; at 1e6 triples it estimates
; network-specification-dependencies at ~1,000 s (it runs in ~5 s), so the real limit is the one above.
MaxQueryCostEstimationTime = 36000
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
DeferInferenceRulesInit = 0
"""


def start_virtuoso(timeout: float = 90) -> Server:
    program = shutil.which("virtuoso-t")
    if program is None:
        raise ServerUnavailable("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    return start_on_free_ports(lambda: _start_virtuoso(program, timeout))


def _start_virtuoso(program: str, timeout: float) -> Server:
    directory = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=directory, sql_port=sql_port, http_port=http_port))
    log = directory / "stdout.log"
    process = subprocess.Popen(
        [program, "+configfile", str(ini), "+foreground"],
        cwd=directory,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{http_port}"
    server = Server(
        "virtuoso",
        process,
        directory,
        f"{base}/sparql",
        f"{base}/sparql-auth",
        f"{base}/sparql-graph-crud-auth",
        auth={"user": VIRTUOSO_USER, "password": VIRTUOSO_PASSWORD, "auth": "digest"},
    )
    try:
        wait_until_ready(f"{base}/sparql?query=ASK%7B%7D", process, timeout, log)
        _grant_anonymous_update(sql_port)
    except BaseException:
        server.stop()
        raise
    return server


def _grant_anonymous_update(sql_port: int) -> None:
    """Test setups only: let the anonymous /sparql endpoint run updates (the Update fallback path)."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        return
    subprocess.run(
        [isql, str(sql_port), VIRTUOSO_USER, VIRTUOSO_PASSWORD, 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
        check=True,
        capture_output=True,
        timeout=60,
    )


def required_in_ci() -> bool:
    """CI=true: what the tests need must be there (a missing server or suite FAILS instead of skipping)."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
