"""Servers the tests start are stopped at the end of the session by kg.testing.live_server.stop_all: a CI
run left four `kg serve` processes (and their workers) running after pytest had ended, because an xdist
worker that ends with os._exit runs no atexit handler. Run in a process of its own, so that the servers
this test process shares with other tests are left alone."""

from __future__ import annotations

import subprocess
import sys

from support.kg_server import served_store

SCRIPT = """
import os, sys
from kg.testing import live_server
started = [live_server.start_server("--store", sys.argv[1]) for _ in range(2)]
print([server.process.poll() for server in started], len(live_server.RUNNING))
live_server.stop_all()
print([server.process.poll() is not None for server in started], len(live_server.RUNNING))
os._exit(0)  # as an xdist worker may: no atexit handler runs
"""


def test_stop_all_ends_every_started_server_and_forgets_it() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(served_store())], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[None, None] 2", "[True, True] 0"]
