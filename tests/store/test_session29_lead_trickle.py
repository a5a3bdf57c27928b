"""An endpoint that answers a byte at a time is given up after --timeout for the whole answer, not for
each read: a server sending one byte a second kept `kg sparql --endpoint` past 100 s and `kg push` past
150 s whatever --timeout said (engineer R's attack round 16)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from support.raw_server import raw_server, read_head

from kg.store.http import Connection, EndpointTimeout


def trickle(connection: socket.socket, stop: threading.Event) -> None:
    """Read the request, send the head of a long answer, then a byte every 0.2 s until told to stop."""
    with connection:
        connection.settimeout(5)
        read_head(connection)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
        while not stop.wait(0.2):
            try:
                connection.sendall(b"x")
            except OSError:
                return


@pytest.fixture
def trickling() -> Iterator[str]:
    with raw_server(trickle, "/sparql") as url:
        yield url


def test_the_client_gives_up_after_its_timeout_for_the_whole_answer(trickling: str) -> None:
    client = Connection(trickling, timeout=1).client()
    started = time.monotonic()
    with pytest.raises(EndpointTimeout, match="did not send its whole answer within 1 s"):
        client.send("GET")
    assert time.monotonic() - started < 5  # one read's timeout late at most; before: 100,000 bytes' time
    client.close()


def test_kg_sparql_against_it_ends_with_one_line(trickling: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "sparql", "ASK {}", "--endpoint", trickling, "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "did not send its whole answer within 1 s" in done.stderr
    assert "Traceback" not in done.stderr
