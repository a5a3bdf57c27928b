"""Attack round 19 (session 32, R): a request body sent with `Transfer-Encoding: gzip, chunked` was read
as chunked alone, its gzip bytes taken for the query's text. RFC 9112 6.1: a server that receives a
transfer coding it does not understand SHOULD answer 501. kg.server.app does now, before any route."""

from __future__ import annotations

import gzip
import socket
from urllib.parse import urlsplit

import pytest
from support.kg_server import shared_server


def raw_post(coding: str, body: bytes) -> bytes:
    url = urlsplit(shared_server().url)
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    head = (
        f"POST /sparql HTTP/1.1\r\nHost: {url.netloc}\r\nContent-Type: application/sparql-query\r\n"
        f"Accept: application/sparql-results+json\r\nTransfer-Encoding: {coding}\r\nConnection: close\r\n\r\n"
    )
    with socket.create_connection((url.hostname, url.port), timeout=30) as connection:
        connection.sendall(head.encode() + chunked)
        answer = b""
        while piece := connection.recv(65536):
            answer += piece
    return answer


@pytest.mark.parametrize("coding", ["gzip, chunked", "deflate, chunked", "x-custom,chunked"])
def test_a_coding_other_than_chunked_is_501(coding: str) -> None:
    answer = raw_post(coding, gzip.compress(b"ASK {}"))
    assert answer.startswith(b"HTTP/1.1 501 "), answer[:200]  # before: 400 "not UTF-8" (the gzip read)
    assert b"transfer codings other than chunked are not implemented" in answer


def test_chunked_alone_is_read() -> None:
    answer = raw_post("chunked", b"ASK {}")
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    assert b'"boolean":true' in answer.replace(b" ", b"")
