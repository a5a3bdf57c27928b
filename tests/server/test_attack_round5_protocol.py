"""405 answers name what the resource takes (RFC 9110 15.5.6), whatever the method (section 13).

A method no route knows (PROPFIND, TRACE, MKCOL) was answered by one handler for the whole
app, with `Allow: GET, HEAD, OPTIONS` and "this server is read-only" everywhere: on /sparql, which
takes POST, and on a Graph Store that takes PUT, POST and DELETE with a token. A client that reads
Allow to find how to query the endpoint was told it cannot POST. The Allow of a 405 is now the
Allow that OPTIONS gives for the same path.
"""

from __future__ import annotations

import functools
import http.client

import pytest
from support.kg_server import copy_store, served_store, shared_server

from kg.testing.live_server import LiveServer, start_server

TOKEN = "round-5-token"


@functools.cache
def writable_server() -> LiveServer:
    return start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})


def send(server: LiveServer, method: str, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(*server.address, timeout=30)
    connection.request(method, path)
    answer = connection.getresponse()
    answer.read()
    connection.close()
    return answer


def methods(header: str | None) -> set[str]:
    return {m.strip() for m in (header or "").split(",") if m.strip()}


@pytest.mark.parametrize("method", ["PROPFIND", "TRACE", "MKCOL"])
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/sparql", {"GET", "HEAD", "POST", "OPTIONS"}),
        ("/store?default", {"GET", "HEAD", "OPTIONS"}),
        ("/doc/organization/dmtf", {"GET", "HEAD", "OPTIONS"}),
        ("/", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_a_405_names_what_the_path_takes(method: str, path: str, expected: set[str]) -> None:
    server = shared_server()
    answer = send(server, method, path)
    assert answer.status == 405
    assert methods(answer.getheader("allow")) == expected
    assert methods(send(server, "OPTIONS", path).getheader("allow")) == expected


def test_a_writable_graph_store_names_its_writes_in_a_405() -> None:
    answer = send(writable_server(), "PROPFIND", "/store?default")
    assert answer.status == 405
    assert methods(answer.getheader("allow")) == {"GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"}
    sparql = send(writable_server(), "TRACE", "/sparql")
    assert sparql.status == 405 and "POST" in methods(sparql.getheader("allow"))
