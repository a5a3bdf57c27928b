"""Request heads past the bounds get 431, however they are cut into packets; others are served.

A real `kg serve` on 127.0.0.1 (kg.server.protocol): heads of more than 64 KiB or with more
than 100 fields, sent in one write (the whole head in one read of the server: the attack that
10,000 headers got through with) and in small writes; heads within the bounds, pipelined
requests, bodies and chunked bodies that are served as before; trailers that would grow the
server without end. After each, the server answers a normal request.
"""

from __future__ import annotations

import os
import select
import socket
import time

import httpx
import pytest
from support.kg_server import copy_store, served_store

from kg.cli import serve
from kg.server import protocol
from kg.server.protocol import MAX_HEAD_BYTES, MAX_HEADER_FIELDS
from kg.testing.live_server import LiveServer, start_server

ASK = b"/sparql?query=ASK%7B%7D"
REQUEST_LINE = b"GET " + ASK + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n"


@pytest.fixture(scope="module")
def server() -> LiveServer:
    live = start_server("--store", str(copy_store(served_store())))
    yield live
    live.stop()


def head_with(fields: list[bytes]) -> bytes:
    return REQUEST_LINE + b"".join(fields) + b"\r\n"


def exchange(server: LiveServer, data: bytes, piece: int | None = None) -> bytes:
    """Send `data` in one write (or in writes of `piece` bytes, reading the server's answer as soon
    as it speaks); what the server sent until it closed or 10 s passed (requests that should be
    served say `Connection: close`)."""
    with socket.create_connection(server.address, timeout=10) as connection:
        try:
            if piece is None:
                connection.sendall(data)
            else:
                for start in range(0, len(data), piece):
                    if select.select([connection], [], [], 0)[0]:
                        break  # the server answered before the head was complete
                    connection.sendall(data[start : start + piece])
        except OSError as error:
            return f"{type(error).__name__} while sending".encode()
        return receive_all(connection)


def receive_all(connection: socket.socket, seconds: float = 10) -> bytes:
    answer, deadline = b"", time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not select.select([connection], [], [], deadline - time.monotonic())[0]:
            break
        try:
            chunk = connection.recv(1 << 16)
        except ConnectionResetError:
            break
        if not chunk:
            break
        answer += chunk
    return answer


def assert_serves(server: LiveServer) -> None:
    response = httpx.get(server.url + "sparql", params={"query": "ASK {}"}, timeout=10)
    assert response.status_code == 200


def rss_kib(server: LiveServer) -> int:
    with open(f"/proc/{server.process.pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


TEN_THOUSAND = head_with([b"X-N: v\r\n"] * 10_000)  # 80 KB: what the attack sent
LARGE_FIELDS = head_with([b"X-%d: %s\r\n" % (i, b"y" * 1200) for i in range(60)])  # 60 fields, 72 KB
ONE_LARGE_FIELD = head_with([b"X-Big: " + b"y" * 100_000 + b"\r\n"])
LONG_URL = b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@pytest.mark.parametrize(
    "head, why",
    [
        (TEN_THOUSAND, protocol.TOO_MANY),
        (LARGE_FIELDS, protocol.TOO_LARGE),
        (ONE_LARGE_FIELD, protocol.TOO_LARGE),
        (LONG_URL, protocol.TOO_LARGE),
    ],
    ids=["10000-headers", "60-fields-of-1200-bytes", "one-100-KB-field", "70-KB-url"],
)
@pytest.mark.parametrize("piece", [None, 100, 1400], ids=["one-write", "100-byte-writes", "1400-byte-writes"])
def test_heads_past_the_bounds_get_431(
    server: LiveServer, head: bytes, why: bytes, piece: int | None
) -> None:
    answer = exchange(server, head, piece)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert answer.endswith(why), answer[-200:]
    assert b"connection: close" in answer
    assert_serves(server)


def test_101_header_fields_get_431_and_100_are_served(server: LiveServer) -> None:
    fields = [b"X-%d: v\r\n" % i for i in range(MAX_HEADER_FIELDS - 3)] + [b"Connection: close\r\n"]
    assert REQUEST_LINE.count(b"\r\n") - 1 + len(fields) == MAX_HEADER_FIELDS  # with Host and Accept
    answer = exchange(server, head_with(fields))
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    answer = exchange(server, head_with([b"X-One-More: v\r\n", *fields]))
    assert answer.startswith(b"HTTP/1.1 431 ") and answer.endswith(protocol.TOO_MANY), answer[:200]
    assert_serves(server)


def head_of(size: int) -> bytes:
    """A head of exactly `size` bytes, in 1,200-byte fields and one to make up the rest."""
    fields = [b"X-%d: %s\r\n" % (i, b"y" * 1200) for i in range(size // 1220 - 1)]
    fields.append(b"Connection: close\r\n")
    pad = size - len(head_with([*fields, b"X-Pad: \r\n"]))
    return head_with([*fields, b"X-Pad: " + b"p" * pad + b"\r\n"])


@pytest.mark.parametrize("piece", [None, 100, 1400], ids=["one-write", "100-byte-writes", "1400-byte-writes"])
def test_a_head_of_64_KiB_is_served_and_one_byte_more_gets_431(server: LiveServer, piece: int | None) -> None:
    head = head_of(MAX_HEAD_BYTES)
    assert len(head) == MAX_HEAD_BYTES
    answer = exchange(server, head, piece)
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    answer = exchange(server, head_of(MAX_HEAD_BYTES + 1), piece)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]


def test_a_browser_request_is_served(server: LiveServer) -> None:
    browser = {
        "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36",
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
        "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
        "Accept-Encoding": "gzip, deflate, br, zstd",
        "Accept-Language": "en-GB,en-US;q=0.9,en;q=0.8,de;q=0.7",
        "Cache-Control": "max-age=0",
        "Cookie": "; ".join(f"cookie{i}={'c' * 200}" for i in range(20)),  # 4 KB of cookies
        "Referer": server.url,
        "Sec-Ch-Ua": '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"',
        "Sec-Ch-Ua-Mobile": "?0",
        "Sec-Ch-Ua-Platform": '"Linux"',
        "Sec-Fetch-Dest": "document",
        "Sec-Fetch-Mode": "navigate",
        "Sec-Fetch-Site": "same-origin",
        "Sec-Fetch-User": "?1",
        "Upgrade-Insecure-Requests": "1",
    }
    response = httpx.get(server.url + "id/organization/dmtf", headers=browser, follow_redirects=True)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


def test_pipelined_requests_in_one_write_are_all_answered(server: LiveServer) -> None:
    request = head_with([])
    answer = exchange(server, request * 20 + head_with([b"Connection: close\r\n"]))
    assert answer.count(b"HTTP/1.1 200 ") == 21, answer[:300]


def test_a_pipelined_head_past_the_bounds_ends_the_connection_after_the_answers(server: LiveServer) -> None:
    answer = exchange(server, head_with([]) * 3 + TEN_THOUSAND)
    assert answer.count(b"HTTP/1.1 200 ") == 3, answer[:300]
    assert answer.count(b"HTTP/1.1 ") <= 4  # then a 431, or the connection closed
    assert_serves(server)


def test_bodies_are_received_whole(server: LiveServer) -> None:
    """Bodies are not head: a query of 900 KB, and a chunked one in 2,000 small chunks."""
    query = b"ASK {} #" + b"a" * 900_000
    response = httpx.post(
        server.url + "sparql",
        content=query,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text[:300]
    chunks = [b"ASK {} #"] + [b"b" * 8] * 2000

    def chunked():
        yield from chunks

    response = httpx.post(
        server.url + "sparql",
        content=chunked(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text[:300]


def test_trailers_cannot_grow_the_server(server: LiveServer) -> None:
    """Regression: one trailer field of 200 MiB after a chunked body grew the server by 240 MB."""
    before = rss_kib(server)
    head = (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\nX-Trailer: "
    )
    sent = 0
    with socket.create_connection(server.address, timeout=10) as connection:
        try:
            connection.sendall(head)
            for _ in range(64):
                connection.sendall(b"t" * (1 << 20))
                sent += 1
        except OSError:
            pass
    assert sent < 64, "the server read 64 MiB of one trailer"
    assert rss_kib(server) - before < 20_000
    assert_serves(server)


def test_many_refused_heads_leave_the_server_as_it_was(server: LiveServer) -> None:
    assert_serves(server)
    before, descriptors = rss_kib(server), len(os.listdir(f"/proc/{server.process.pid}/fd"))
    for _ in range(50):
        assert exchange(server, TEN_THOUSAND).startswith(b"HTTP/1.1 431 ")
        assert exchange(server, ONE_LARGE_FIELD).startswith(b"HTTP/1.1 431 ")
    time.sleep(0.5)
    assert rss_kib(server) - before < 20_000
    assert len(os.listdir(f"/proc/{server.process.pid}/fd")) <= descriptors + 5
    assert_serves(server)


def test_the_command_line_defaults_are_the_protocols() -> None:
    assert serve.HEAD_SECONDS == protocol.HEAD_SECONDS
    assert serve.MAX_CONNECTIONS == protocol.MAX_CONNECTIONS
