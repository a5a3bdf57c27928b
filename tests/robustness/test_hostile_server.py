"""Abuse of `kg serve`, beyond tests/server/test_serve_robustness.py.

That module covers SERVICE/LOAD/FROM towards one loopback port, the 413/414 caps of /sparql
and the CORS preflight of /sparql. Here: the update token in every wrong shape; SERVICE,
LOAD, FROM, dataset parameters and graph-management updates towards several loopback hosts
and ports, file:// and localhost, each watched by a recording socket; path traversal sent
byte for byte (no client normalises it away); oversized bodies and headers on every route;
and CORS on every route and method, with and without a token.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from support.kg_server import KASEI, copy_store, served_store, shared_server
from support.recording_socket import RecordingSocket, recording_sockets

from kg.testing.live_server import LiveServer, start_server

TOKEN = "s3cret-token"
JSON = {"Accept": "application/sparql-results+json"}
OTHER_HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")  # loopback addresses standing for other hosts
EVIL_ORIGIN = "https://evil.example"


@pytest.fixture(scope="module")
def writable() -> Iterator[LiveServer]:
    """A server on a copy of the test store that accepts updates with the token."""
    server = start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    yield server
    server.stop()


@pytest.fixture
def baits() -> Iterator[list[RecordingSocket]]:
    with recording_sockets(*OTHER_HOSTS) as sockets:
        yield sockets


def bait_iris(sockets: list[RecordingSocket]) -> list[str]:
    ports = [s.port for s in sockets]
    return [
        *(s.url("/data.ttl") for s in sockets),
        f"http://localhost:{ports[0]}/data.ttl",
        f"http://[::ffff:127.0.0.1]:{ports[0]}/",
        f"http://2130706433:{ports[0]}/",  # 127.0.0.1 as one number
        "file:///etc/passwd",
        "file:///proc/self/environ",
    ]


def assert_untouched(sockets: list[RecordingSocket]) -> None:
    for recorder in sockets:
        recorder.assert_untouched(settle=0.1)


# --- Updates and the token -----------------------------------------------------------------------

INSERT = f"INSERT DATA {{ GRAPH <{KASEI}token-test> {{ <urn:a> <urn:b> <urn:c> }} }}"


def update(
    server: LiveServer, text: str, headers: dict[str, str] | None = None, **params: str
) -> httpx.Response:
    return httpx.post(server.url + "sparql", data={"update": text}, headers=headers or {}, params=params)


@pytest.mark.parametrize(
    "headers, params",
    [
        ({}, {}),
        ({"Authorization": "Bearer wrong"}, {}),
        ({"Authorization": f"bearer {TOKEN}"}, {}),
        ({"Authorization": f"Bearer  {TOKEN}"}, {}),
        ({"Authorization": f"Bearer {TOKEN[:-1]}"}, {}),
        ({"Authorization": f"Basic {TOKEN}"}, {}),
        ({"Authorization": TOKEN}, {}),
        ({}, {"access_token": TOKEN}),
        ({"Cookie": f"token={TOKEN}"}, {}),
        ({"X-Update-Token": TOKEN}, {}),
    ],
    ids=[
        "none",
        "wrong",
        "lower-case",
        "trailing-space",
        "prefix",
        "basic",
        "bare",
        "query",
        "cookie",
        "header",
    ],
)
def test_updates_without_the_exact_token_are_refused(writable: LiveServer, headers, params) -> None:
    response = update(writable, INSERT, headers, **params)
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    ask = httpx.get(
        writable.url + "sparql", params={"query": f"ASK {{ GRAPH <{KASEI}token-test> {{ ?s ?p ?o }} }}"}
    )
    assert ask.json()["boolean"] is False


def test_read_only_server_refuses_updates_even_with_a_token() -> None:
    response = update(shared_server(), INSERT, {"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403


def test_with_the_token_updates_work_by_form_and_direct_post(writable: LiveServer) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert update(writable, INSERT, auth).status_code == 204
    direct = httpx.post(
        writable.url + "sparql",
        content=f"DELETE DATA {{ GRAPH <{KASEI}token-test> {{ <urn:a> <urn:b> <urn:c> }} }}",
        headers={**auth, "Content-Type": "application/sparql-update"},
    )
    assert direct.status_code == 204
    assert (
        httpx.get(writable.url + "sparql", params={"query": "ASK { <urn:a> ?p ?o }"}).json()["boolean"]
        is False
    )


NTRIPLES = {"Accept": "application/n-triples"}


def _graph_store_write(server: LiveServer, method: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.request(
        method,
        server.url + "store",
        params={"graph": f"{KASEI}data1.rdf"},
        content=b"<urn:x> <urn:y> <urn:z> .",
        headers={**headers, "Content-Type": "application/n-triples"},
    )


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
@pytest.mark.parametrize(
    "credentials", [{}, {"Authorization": "Bearer not-the-token"}], ids=["none", "wrong"]
)
def test_graph_store_writes_need_the_token(writable: LiveServer, method: str, credentials: dict) -> None:
    """The Graph Store write side (issue 14 point 4) is open only to the update token: without it or with
    another one, a write is 401 and the graph is what it was."""
    before = httpx.get(writable.url + "store", params={"graph": f"{KASEI}data1.rdf"}, headers=NTRIPLES)
    assert _graph_store_write(writable, method, credentials).status_code == 401
    after = httpx.get(writable.url + "store", params={"graph": f"{KASEI}data1.rdf"}, headers=NTRIPLES)
    assert after.status_code == before.status_code and after.content == before.content


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_a_server_without_a_token_takes_no_graph_store_write(method: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert _graph_store_write(shared_server(), method, auth).status_code == 405


def test_patch_is_not_a_graph_store_method_even_with_the_token(writable: LiveServer) -> None:
    response = _graph_store_write(writable, "PATCH", {"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 405 and "PUT" in response.headers.get("allow", "")


# --- Nothing is fetched ------------------------------------------------------------------------


def test_no_query_reaches_any_host_port_or_file(baits) -> None:
    url = shared_server().url + "sparql"
    for iri in bait_iris(baits):
        refused = [
            f"SELECT * {{ SERVICE <{iri}> {{ ?s ?p ?o }} }}",
            f"SELECT * {{ sErViCe SILENT <{iri}> {{ }} }}",
        ]
        for query in refused:
            assert httpx.get(url, params={"query": query}, headers=JSON).status_code == 403, query
        answered = [
            ({"query": f"SELECT * FROM <{iri}> WHERE {{ ?s ?p ?o }}"}, 200),
            ({"query": f"SELECT * FROM NAMED <{iri}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}, 200),
            ({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "default-graph-uri": iri}, 200),
            ({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "named-graph-uri": iri}, 200),
            ({"query": f"DESCRIBE <{iri}>"}, 200),
        ]
        for params, status in answered:
            response = httpx.get(url, params=params, headers={"Accept": f"{JSON['Accept']}, text/turtle"})
            assert response.status_code in (status, 400), (params, response.text)
            assert "root:" not in response.text and "PATH=" not in response.text
    assert_untouched(baits)


def test_no_update_reaches_any_host_port_or_file(writable: LiveServer, baits) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for iri in bait_iris(baits):
        refused = [
            f"LOAD <{iri}>",
            f"LOAD SILENT <{iri}> INTO GRAPH <{KASEI}x>",
            f"INSERT {{ }} WHERE {{ SERVICE <{iri}> {{ }} }}",
        ]
        for text in refused:
            assert update(writable, text, auth).status_code == 403, text
        local_only = [
            f"ADD SILENT <{iri}> TO DEFAULT",
            f"COPY SILENT <{iri}> TO <{KASEI}copy>",
            f"CREATE SILENT GRAPH <{iri}>",
            f"DROP SILENT GRAPH <{iri}>",
            f"WITH <{iri}> INSERT {{ <urn:s> <urn:p> <urn:o> }} WHERE {{ }}",
            f"INSERT {{ GRAPH <{KASEI}u> {{ ?s ?p ?o }} }} USING <{iri}> WHERE {{ ?s ?p ?o }}",
        ]
        assert update(writable, " ;\n".join(local_only), auth).status_code in (204, 400)  # one writer each
    assert_untouched(baits)


# --- Path traversal, byte for byte ------------------------------------------------------------------

TRAVERSALS = [
    "/doc/../../../../etc/passwd",
    "/doc/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/doc/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/doc/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/doc/..\\..\\..\\etc\\passwd",
    "/doc/....//....//etc/passwd",
    "/id/..%2f..%2f..%2fetc%2fpasswd",
    "/dumps/../../../etc/passwd",
    "/dumps/..%2f..%2f..%2fetc%2fpasswd",
    "/dumps/%2e%2e%2fpyproject.toml",
    "/dumps/alliance-kg.trig%00.txt",
    "/dumps/alliance-kg.trig/../../../pyproject.toml",
    "/dumps/..%5c..%5cpyproject.toml",
    "/network.%2e%2e%2fpyproject.toml",
    "/ontology/../../pyproject.toml",
    "/../pyproject.toml",
    "/%2e%2e/pyproject.toml",
    "/templates/query.html",
    "/kg/server/app.py",
    "/.alliance-kg/store/CURRENT",
    "/store?graph=file:///etc/passwd",
    "/store?graph=../../etc/passwd",
]
LEAKS = ("root:x:", "[build-system]", "def create_app", "MANIFEST-", "{% ")


def raw_get(url: str, path: str) -> tuple[int, bytes]:
    """Send the request line exactly as given (httpx would normalise dot segments and encodings)."""
    host, port = url.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode("latin-1")
        )
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_reaches_no_file(path: str) -> None:
    status, data = raw_get(shared_server().url, path)
    assert status in (400, 404), (status, data[:300])
    assert not any(leak.encode() in data for leak in LEAKS)


# --- Oversized requests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [
        ("POST", "/sparql"),
        ("POST", "/store"),
        ("PUT", "/store"),
        ("POST", "/doc/organization/dmtf"),
        ("POST", "/"),
    ],
)
def test_bodies_over_the_limit_are_413_on_every_route(writable: LiveServer, method: str, path: str) -> None:
    body = b"update=" + b"x" * (1 << 20)
    response = httpx.request(
        method,
        writable.url.rstrip("/") + path,
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 413


def test_a_chunked_update_over_the_limit_is_413(writable: LiveServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'INSERT DATA { <urn:a> <urn:b> "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'" }'

    response = httpx.post(
        writable.url + "sparql",
        content=chunks(),
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 413


def send_head(url: str, head: bytes) -> bytes:
    """Send a request head in 64 KiB pieces; the answer, or b"" if the server closed first."""
    host, port = url.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        try:
            for start in range(0, len(head), 65536):
                connection.sendall(head[start : start + 65536])
            return connection.recv(4096)
        except OSError:
            return b""


@pytest.mark.parametrize(
    "head",
    [
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + b"".join(b"X-%d: %s\r\n" % (i, b"y" * 4000) for i in range(64))
        + b"\r\n",
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"y" * (8 << 20) + b"\r\n\r\n",
        b"GET /" + b"a" * (1 << 20) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    ],
    ids=["many-headers", "one-8-MiB-header", "1-MiB-url"],
)
def test_huge_request_heads_get_431_and_the_server_lives_on(head: bytes) -> None:
    """Regression: uvicorn's httptools protocol answered 200 to 32 MB of headers (kg.server.protocol)."""
    server = shared_server()
    answer = send_head(server.url, head)
    assert answer == b"" or answer.startswith(b"HTTP/1.1 431"), answer[:200]
    assert httpx.get(server.url + "sparql", params={"query": "ASK {}"}, headers=JSON).status_code == 200


# --- CORS ------------------------------------------------------------------------------------------

PREFLIGHTS = [
    ("/sparql", "POST", "authorization"),
    ("/sparql", "POST", "cookie"),
    ("/sparql", "PUT", "content-type"),
    ("/store", "PUT", "content-type"),
    ("/store", "DELETE", "authorization"),
    ("/doc/organization/dmtf", "POST", "content-type"),
]


@pytest.mark.parametrize("path, method, header", PREFLIGHTS)
def test_preflights_never_allow_credentials_writes_or_the_token(
    writable: LiveServer, path, method, header
) -> None:
    response = httpx.options(
        writable.url.rstrip("/") + path,
        headers={
            "Origin": EVIL_ORIGIN,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": header,
        },
    )
    allowed_methods = response.headers.get("access-control-allow-methods", "")
    allowed_headers = response.headers.get("access-control-allow-headers", "").lower()
    assert "access-control-allow-credentials" not in response.headers
    assert response.headers.get("access-control-allow-origin") == "*"
    assert not {"PUT", "DELETE", "PATCH"} & {m.strip() for m in allowed_methods.split(",")}
    assert "authorization" not in allowed_headers and "cookie" not in allowed_headers


def test_no_response_allows_credentials_or_echoes_the_origin(writable: LiveServer) -> None:
    origin = {"Origin": EVIL_ORIGIN}
    auth = {**origin, "Authorization": f"Bearer {TOKEN}"}
    responses = [
        httpx.get(writable.url + "doc/organization/dmtf.ttl", headers=origin),
        httpx.get(writable.url + "sparql", params={"query": "ASK {}"}, headers=origin),
        update(writable, INSERT, auth),
        update(writable, INSERT, origin),
        httpx.get(writable.url + "dumps/alliance-kg.nq", headers=origin),
        httpx.get(writable.url + "nothing-here", headers=origin),
    ]
    for response in responses:
        assert "access-control-allow-credentials" not in response.headers, response.request.url
        assert response.headers["access-control-allow-origin"] == "*"
