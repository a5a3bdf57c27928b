"""kg.store.http, the one client of remote endpoints: Basic and Digest auth against a real server
that demands them (a threaded http.server checking the credentials by RFC 7616's arithmetic),
for the store API, the push path and the server's async backend; and one-line EndpointErrors
for a timeout, a refused connection and an error status, each logged at warning level."""

from __future__ import annotations

import http.server
import json
import logging
import socket
from collections.abc import Iterator
from typing import ClassVar

import anyio
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from support.guarded_endpoint import GUARDED_ROW as ROW
from support.guarded_endpoint import PASSWORD, USER, Guarded, serve

from kg.server.backend import BackendError, RemoteBackend
from kg.server.worker import QueryTimeout
from kg.store.http import Connection, EndpointError, EndpointTimeout
from kg.store.remote import SparqlEndpoint
from kg.store.terms import ntriples
from kg.testing.servers import Server


def test_basic_and_digest_credentials_are_accepted(guarded: tuple[str, str]) -> None:
    url, scheme = guarded
    endpoint = SparqlEndpoint(url, user=USER, password=PASSWORD, auth=scheme)
    assert endpoint.select("SELECT ?x WHERE { ?x ?p ?o }") == [{"x": Literal("granted")}]
    long = "SELECT ?x WHERE { ?x ?p ?o } # " + "padding " * 400  # form-encoded POST
    assert endpoint.select(long) == [{"x": Literal("granted")}]
    endpoint.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")  # the push path: POST with a body
    endpoint.close()
    assert [(method, body[:7]) for method, _, body in Guarded.seen if _] == [
        ("GET", b""),
        ("POST", b"query=S"),
        ("POST", b"update="),
    ]


def test_credentials_go_in_the_scheme_asked_for(guarded: tuple[str, str]) -> None:
    url, scheme = guarded
    SparqlEndpoint(url, user=USER, password=PASSWORD, auth=scheme).ask("ASK { ?s ?p ?o }")
    assert Guarded.seen[-1][1] == scheme.title()


def test_wrong_credentials_get_one_line(guarded: tuple[str, str], caplog: pytest.LogCaptureFixture) -> None:
    url, scheme = guarded
    endpoint = SparqlEndpoint(url, user=USER, password="wrong", auth=scheme)
    with caplog.at_level(logging.WARNING, logger="kg.store.http"), pytest.raises(EndpointError) as error:
        endpoint.select("SELECT * WHERE { ?s ?p ?o }")
    message = str(error.value)
    assert "\n" not in message and url in message and "HTTP 401" in message
    assert "Access denied: wrong user or password" in message and "second line" not in message
    assert "refused the credentials" in message and "--auth digest" in message
    assert [r.getMessage() for r in caplog.records if r.name == "kg.store.http"] == [message]


def test_no_credentials_are_refused_too(guarded: tuple[str, str]) -> None:
    url, _ = guarded
    with pytest.raises(EndpointError, match="HTTP 401"):
        SparqlEndpoint(url).select("SELECT * WHERE { ?s ?p ?o }")


def test_the_async_client_shares_the_settings(guarded: tuple[str, str]) -> None:
    """`kg serve --endpoint`'s backend: same credentials, same reader (here into Oxigraph terms)."""
    url, scheme = guarded

    async def ask() -> tuple[list[str], list]:
        backend = RemoteBackend(url, user=USER, password=PASSWORD, auth=scheme)
        await backend.start()
        try:
            return await backend.select("SELECT ?x WHERE { ?x ?p ?o }")
        finally:
            await backend.close()

    assert anyio.run(ask) == (["x"], [(ox.Literal("granted"),)])

    async def refused() -> None:
        backend = RemoteBackend(url, user=USER, password="wrong", auth=scheme)
        await backend.start()
        try:
            await backend.select("SELECT ?x WHERE { ?x ?p ?o }")
        finally:
            await backend.close()

    with pytest.raises(BackendError, match="HTTP 401"):
        anyio.run(refused)


def test_the_password_never_shows() -> None:
    connection = Connection("http://127.0.0.1:9/sparql", user=USER, password=PASSWORD)
    assert PASSWORD not in repr(connection)


# No answer ------------------------------------------------------------------------------


@pytest.fixture
def silent() -> Iterator[str]:
    """A port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"


@pytest.fixture
def refused() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    return f"http://127.0.0.1:{port}/sparql"


def test_a_timeout_is_one_line(silent: str, caplog: pytest.LogCaptureFixture) -> None:
    client = Connection(silent, timeout=0.5).client()
    with caplog.at_level(logging.WARNING, logger="kg.store.http"), pytest.raises(EndpointTimeout) as error:
        client.send("GET", params={"query": "ASK {}"})
    assert str(error.value) == f"{silent} did not answer within 0.5 s: raise --timeout or try later"
    assert error.value.seconds == 0.5
    assert caplog.records[-1].levelno == logging.WARNING and caplog.records[-1].getMessage() == str(
        error.value
    )


def test_a_refused_connection_is_one_line(refused: str) -> None:
    for endpoint in (SparqlEndpoint(refused), SparqlEndpoint(refused, auth="digest", user=USER)):
        with pytest.raises(EndpointError) as error:
            endpoint.select("SELECT * WHERE { ?s ?p ?o }")
        message = str(error.value)
        assert message.startswith(f"cannot reach {refused} (") and "\n" not in message
        assert "query=" not in message  # the URL without the query it carried


def test_the_async_client_fails_the_same_way(silent: str, refused: str) -> None:
    async def fetch(url: str) -> None:
        client = Connection(url, timeout=0.5).async_client()
        try:
            await client.call("POST", data={"query": "ASK {}"})
        finally:
            await client.close()

    with pytest.raises(EndpointTimeout, match=r"did not answer within 0\.5 s"):
        anyio.run(fetch, silent)
    with pytest.raises(EndpointError, match=r"^cannot reach .* server is running$"):
        anyio.run(fetch, refused)


def test_the_server_backend_turns_them_into_its_own_errors(silent: str, refused: str) -> None:
    """A timeout is the visitor's time limit (503), anything else the store's fault (502)."""

    async def select(url: str) -> None:
        backend = RemoteBackend(url, timeout=0.5)
        await backend.start()
        try:
            await backend.select("ASK {}")
        finally:
            await backend.close()

    with pytest.raises(QueryTimeout, match=r"stopped after 0\.5 s"):
        anyio.run(select, silent)
    with pytest.raises(BackendError, match="cannot reach"):
        anyio.run(select, refused)


# Error statuses -------------------------------------------------------------------------


class Failing(http.server.BaseHTTPRequestHandler):
    """Answers every request with the status and body its path asks for."""

    PAGES: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/plain": (500, "text/plain", b"\n  Boom: the disk is full\nTraceback (most recent call last):\n"),
        "/html": (
            503,
            "text/html; charset=utf-8",
            b"<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head>"
            b"<body>\n<h1>Down for maintenance</h1><p>back soon</p></body></html>",
        ),
        "/empty": (502, "text/plain", b""),
        "/moved": (301, "text/plain", b""),
        "/target": (200, "application/sparql-results+json", json.dumps(ROW).encode()),
    }

    def do_GET(self) -> None:
        status, media_type, body = self.PAGES[self.path.split("?")[0]]
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/target")
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def failing() -> Iterator[str]:
    for url in serve(Failing):
        yield url.removesuffix("/sparql")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/plain", "answered HTTP 500: Boom: the disk is full (see the server's log)"),
        ("/html", "answered HTTP 503: Down for maintenance (see the server's log)"),
        ("/empty", "answered HTTP 502: Bad Gateway (see the server's log)"),
    ],
)
def test_an_error_status_names_the_url_and_the_servers_first_line(failing: str, path: str, expected) -> None:
    with pytest.raises(EndpointError) as error:
        SparqlEndpoint(failing + path).select("SELECT * WHERE { ?s ?p ?o }")
    assert str(error.value) == f"{failing}{path} {expected}"


def test_redirects_are_followed_for_reading_only(failing: str) -> None:
    """A redirected POST could come back as a GET that 'succeeds' without writing anything."""
    assert SparqlEndpoint(failing + "/moved").select("SELECT ?x {}") == [{"x": Literal("granted")}]
    with pytest.raises(EndpointError, match=r"answered HTTP 301: .*moved to .*/target"):
        SparqlEndpoint(failing + "/moved").update("CLEAR ALL")


def test_not_a_url_is_said_before_any_request() -> None:
    for url in ("localhost:7878/query", "http://[::1/sparql", "ftp://example.org/sparql"):
        with pytest.raises(EndpointError, match=r"check it$"):
            SparqlEndpoint(url)
    with pytest.raises(EndpointError, match="unknown --auth 'ntlm'"):
        SparqlEndpoint("http://127.0.0.1:9/sparql", auth="ntlm")


# Push fallback --------------------------------------------------------------------------


def test_the_fallback_to_sparql_update_is_logged(
    oxigraph_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("o")))
    iri = URIRef("https://example.org/graph/fallback")
    target = SparqlEndpoint(oxigraph_server.update_url, graph_store_url=oxigraph_server.update_url)
    with caplog.at_level(logging.WARNING, logger="kg.store.remote"):
        assert target.put_graph(iri, ntriples(graph).encode()) == "update"
    [record] = [r for r in caplog.records if r.name == "kg.store.remote"]
    assert record.levelno == logging.WARNING
    assert "Graph Store PUT" in record.getMessage() and str(iri) in record.getMessage()
    assert set(SparqlEndpoint(oxigraph_server.query_url).graph(iri)) == set(graph)
