"""The fifteenth outside attack (session 28): which host a request names, when its head says two things.

`kg serve` answers only its own host names (Starlette's TrustedHostMiddleware reads the Host field;
docs/server.md, "Its own names only"), and builds URLs from the same field. Two heads made it read a
host the request did not mean:
- two Host fields, ours first and a foreign one second: 200 (RFC 9112 3.2: a server MUST answer 400
  to a request with more than one Host field; a proxy in front that reads the last would route or
  cache by the foreign name);
- a request target in absolute form naming a foreign host (`GET http://evil.example/sparql`) with our
  Host field: 200 (RFC 9112 3.2.2: the server MUST ignore the Host field and use the target's host).
Both are read where the head is parsed (kg.server.protocol.BoundedHttpTools). Raw sockets to the real
server: an HTTP client library would not send such heads.
"""

from __future__ import annotations

import re
import socket

import pytest
from support.kg_server import shared_server


def exchange(head: str) -> tuple[int, bytes]:
    """Send one request head byte for byte; the status code and the whole answer."""
    host, port = shared_server().address
    with socket.create_connection((host, port), timeout=30) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode("ascii"))
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status = re.match(rb"HTTP/1\.1 (\d{3}) ", answer)
    assert status, answer[:200]
    return int(status.group(1)), answer


def ours() -> str:
    host, port = shared_server().address
    return f"{host}:{port}"


@pytest.mark.parametrize("second", ["attacker.example", "OURS"])
def test_two_host_fields_are_400(second: str) -> None:
    second = ours() if second == "OURS" else second
    status, answer = exchange(
        f"GET /sparql HTTP/1.1\nHost: {ours()}\nHost: {second}\nAccept: text/turtle\nConnection: close\n\n"
    )
    assert status == 400, answer[:300]
    assert b"Host" in answer and b"sparql" not in answer.lower().split(b"\r\n\r\n", 1)[1]


def test_an_absolute_target_naming_another_host_is_400() -> None:
    status, answer = exchange(
        f"GET http://attacker.example/sparql HTTP/1.1\nHost: {ours()}\nAccept: text/turtle\n"
        "Connection: close\n\n"
    )
    assert status == 400, answer[:300]


def test_an_absolute_target_naming_us_is_answered_with_its_host() -> None:
    """The target's host is used, not the Host field's, also for the URLs the server builds."""
    port = shared_server().address[1]
    status, answer = exchange(
        f"GET http://localhost:{port}/sparql HTTP/1.1\nHost: 127.0.0.1:{port}\nAccept: text/turtle\n"
        "Connection: close\n\n"
    )
    assert status == 200, answer[:300]
    assert f"<http://localhost:{port}/sparql>".encode() in answer  # the service description's endpoint


def test_ordinary_heads_are_answered_as_before() -> None:
    status, answer = exchange(
        f"GET /sparql HTTP/1.1\nHost: {ours()}\nAccept: text/turtle\nConnection: close\n\n"
    )
    assert status == 200, answer[:300]
    # HTTP/1.1 requires a Host field even with an absolute target
    status, _ = exchange(f"GET http://{ours()}/sparql HTTP/1.1\nConnection: close\n\n")
    assert status == 400
