"""Attack round 20 (session 32, R2): answers of a hostile endpoint that ended `kg push` (and every other
user of kg.store.http) in a traceback instead of one line naming the URL:

- `WWW-Authenticate: Digest realm` (a field without `=`): httpx's ValueError;
- a Digest algorithm httpx does not know (`SHA-512-256-sess`): its KeyError;
- a header field past ASCII (a 308's `Location` beginning with U+202E): the UnicodeEncodeError of
  kg.store.http.whole, which set the decoded fields again on a new response.
"""

from __future__ import annotations

import functools
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from support.raw_server import raw_server, read_head

from kg.store.embedded import write_store
from kg.store.http import Connection, EndpointError

DIGEST_BAD = b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm\r\nContent-Length: 0\r\n\r\n"
DIGEST_UNKNOWN = (
    b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm="r", nonce="n", '
    b'algorithm=SHA-512-256-sess, qop="auth"\r\nContent-Length: 0\r\n\r\n'
)
MOVED = "HTTP/1.1 308 Permanent Redirect\r\nLocation: \u202ehttp://x/\r\nContent-Length: 0\r\n\r\n".encode()


def answer_with(connection: socket.socket, stop: threading.Event, answer: bytes) -> None:
    with connection:
        connection.settimeout(5)
        try:
            if b"\r\n\r\n" in read_head(connection):
                connection.sendall(answer)
        except OSError:
            return


def endpoint(answer: bytes) -> Iterator[str]:
    with raw_server(functools.partial(answer_with, answer=answer)) as url:
        yield url


@pytest.fixture
def bad_digest() -> Iterator[str]:
    yield from endpoint(DIGEST_BAD)


@pytest.fixture
def unknown_digest() -> Iterator[str]:
    yield from endpoint(DIGEST_UNKNOWN)


@pytest.fixture
def moved() -> Iterator[str]:
    yield from endpoint(MOVED)


def test_a_malformed_digest_challenge_is_one_line(bad_digest: str) -> None:
    client = Connection(bad_digest, user="u", password="p", auth="digest", timeout=5).client()
    with pytest.raises(EndpointError) as raised:
        client.send("PUT", content=b"")  # before: ValueError (not enough values to unpack)
    client.close()
    assert (
        str(raised.value) == f"{bad_digest} sent a malformed Digest challenge (WWW-Authenticate): see its log"
    )


def test_an_unknown_digest_algorithm_is_named(unknown_digest: str) -> None:
    client = Connection(unknown_digest, user="u", password="p", auth="digest", timeout=5).client()
    with pytest.raises(EndpointError) as raised:
        client.send("PUT", content=b"")  # before: KeyError 'SHA-512-256-SESS'
    client.close()
    assert str(raised.value).startswith(
        f"{unknown_digest} asks for the Digest algorithm 'SHA-512-256-sess', which is not supported "
        "(only MD5, "
    )


def test_kg_push_of_a_redirect_to_a_location_past_ascii(moved: str, tmp_path: Path) -> None:
    name = URIRef("http://example.org/g")
    graph = Graph(identifier=name)
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("x")))
    store = write_store({name: graph}, tmp_path / "store")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "push", "--store", str(store), "--to", moved, "--timeout", "5"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr  # before: UnicodeEncodeError in kg.store.http.whole
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"kg push: {moved} answered HTTP 308: Permanent Redirect (it moved to ")
    assert "\\u202ehttp://x/" in done.stderr  # escaped, not printed raw
