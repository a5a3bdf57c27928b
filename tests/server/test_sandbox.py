"""kg.server.sandbox: a process that evaluates visitors' SPARQL cannot reach any network.

Each check runs in a child process (the isolation is for good) and counts connections on a
recording socket on 127.0.0.1: the control (no isolation) must reach it, the isolated child
must not, whatever the query asks Oxigraph to fetch.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from support.recording_socket import RecordingSocket

SERVICE_QUERY = "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


def run_child(code: str, *, as_user: int | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", textwrap.dedent(code)]
    if as_user is not None:
        command = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def service_child(url: str, isolated: bool) -> str:
    return f"""
        import pyoxigraph as ox
        from kg.server.sandbox import isolate
        if {isolated!r}:
            print(isolate())
        try:
            list(ox.Store().query({SERVICE_QUERY.format(url=url)!r}))
            print("answered")
        except Exception as error:
            print("refused:", error)
    """


@pytest.fixture
def recorder():
    socket = RecordingSocket()
    yield socket
    socket.close()


def test_the_control_child_does_reach_the_recording_socket(recorder: RecordingSocket) -> None:
    """Without isolation Oxigraph does call out for SERVICE: the check below can fail."""
    run_child(service_child(recorder.url("/sparql"), isolated=False))
    deadline = time.monotonic() + 5
    while not recorder.attempts and time.monotonic() < deadline:
        time.sleep(0.05)
    assert recorder.attempts


def test_an_isolated_child_reaches_nothing(recorder: RecordingSocket) -> None:
    child = run_child(service_child(recorder.url("/sparql"), isolated=True))
    assert child.returncode == 0, child.stderr
    how, outcome = child.stdout.splitlines()[:2]
    assert how in ("network namespace", "user and network namespaces")
    assert outcome.startswith("refused:")
    assert recorder.attempts == []


def test_a_plain_connect_after_isolation_is_unreachable(recorder: RecordingSocket) -> None:
    child = run_child(f"""
        import errno, socket
        from kg.server.sandbox import isolate
        isolate()
        try:
            socket.create_connection(("127.0.0.1", {recorder.port}), timeout=2)
            print("connected")
        except OSError as error:
            print(errno.errorcode[error.errno])
    """)
    assert child.stdout.strip() == "ENETUNREACH", child.stderr
    assert recorder.attempts == []


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv")
def test_an_unprivileged_child_is_isolated_through_a_user_namespace(recorder: RecordingSocket) -> None:
    """Without CAP_SYS_ADMIN the worker takes a user namespace first (nobody's uid here)."""
    child = run_child(service_child(recorder.url("/sparql"), isolated=True), as_user=65534)
    if "refused a network namespace" in child.stderr:
        pytest.skip("unprivileged user namespaces are disabled on this kernel")
    assert child.stdout.splitlines()[0] == "user and network namespaces", child.stderr
    assert recorder.attempts == []
