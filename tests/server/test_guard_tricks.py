"""The queries that got past the old guard are refused by the real server, and reach no socket.

Twice: by `kg serve` as it runs (sandboxed workers), and by a server whose query workers
have the network (`ServerConfig(sandbox=False)`, in this process): there only the guard
stands between the query and the recording socket, so a 403 with an untouched socket is the
guard's doing. The control shows that the unsandboxed server does call out when its guard is
switched off, so the test can fail.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from support.kg_server import served_store, shared_server
from support.recording_socket import RecordingSocket

import kg.server.sparql
from kg.server import ServerConfig, create_app
from kg.testing.live_server import free_port

JSON = {"Accept": "application/sparql-results+json"}
TRICKS = (  # each with the recording socket's URL for {url}
    # a codepoint escape inside an IRI: the old guard took the '#' for a comment
    "SELECT * WHERE {{ BIND(<http://x\\u0062#> AS ?i) SERVICE <{url}> {{ ?a ?b ?c }} }}",
    # `<` after an operand is less-than: the old guard read `<'>` as an IRI, then a string
    "SELECT * WHERE {{ BIND(1<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    # an escaped quote or '#' inside a prefixed name's local part
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\' . SERVICE <{url}> {{ ?a ?b ?c }} ?s ?p 'x' }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\# . SERVICE <{url}> {{ ?a ?b ?c }} }}",
)


@pytest.fixture(scope="module")
def unsandboxed() -> Iterator[httpx.Client]:
    """A server in this process (uvicorn in a thread) whose one query worker has the network."""
    config = ServerConfig(store=served_store(), sandbox=False, workers=1)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the in-process server did not start"
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def ask(client: httpx.Client, query: str, how: str) -> int:
    if how == "get":
        return client.get("/sparql", params={"query": query}, headers=JSON).status_code
    if how == "form":
        return client.post("/sparql", data={"query": query}, headers=JSON).status_code
    direct = {**JSON, "Content-Type": "application/sparql-query"}
    return client.post("/sparql", content=query.encode(), headers=direct).status_code


@pytest.mark.parametrize("how", ["get", "form", "direct"])
@pytest.mark.parametrize("trick", TRICKS)
def test_the_guard_alone_refuses_them(unsandboxed: httpx.Client, trick: str, how: str) -> None:
    with RecordingSocket() as bait:
        status = ask(unsandboxed, trick.format(url=bait.url("/sparql")), how)
        bait.assert_untouched()
    assert status == 403


@pytest.mark.parametrize("trick", TRICKS)
def test_kg_serve_refuses_them(trick: str) -> None:
    with RecordingSocket() as bait, httpx.Client(base_url=shared_server().url, timeout=30) as client:
        statuses = {
            ask(client, trick.format(url=bait.url("/sparql")), how) for how in ("get", "form", "direct")
        }
        bait.assert_untouched()
    assert statuses == {403}


def test_control_without_its_guard_the_unsandboxed_server_calls_out(
    unsandboxed: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.server.sparql, "check_no_fetch", lambda scanned: None)
    with RecordingSocket() as bait:
        ask(unsandboxed, TRICKS[1].format(url=bait.url("/sparql")), "get")
        deadline = time.monotonic() + 5
        while not bait.attempts and time.monotonic() < deadline:
            time.sleep(0.05)
        assert bait.attempts


def test_a_long_flat_query_is_refused_before_any_worker_sees_it() -> None:
    """3,000 OPTIONALs segfault Oxigraph's parser: refused unparsed, like deep brackets."""
    query = "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o } " * 3000 + "}"
    with httpx.Client(base_url=shared_server().url, timeout=30) as client:
        refused = client.post("/sparql", data={"query": query}, headers=JSON)
        assert refused.status_code == 400 and "tokens besides VALUES data" in refused.text
        assert client.get("/sparql", params={"query": "ASK {}"}, headers=JSON).status_code == 200
