"""Attack round 19 (session 32, R): every 412 of the Graph Store said "it changed since", also when
`If-None-Match: *` found the graph there (the client asked to create it only) and when `If-Match: *`
found no graph (round 18 noted it). Each now says which precondition failed and why
(kg.server.preconditions.failed_precondition), on a real server with the token."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import serve
from kg.server.preconditions import Conditions, failed_precondition
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

TOKEN = "precondition-messages"
GRAPH = "http://example.org/g"
TURTLE = {"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}
BODY = '<http://example.org/s> <http://example.org/p> "v" .\n'


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    folder = Path(tempfile.mkdtemp(prefix="kg-preconditions-"))
    seed = Graph(identifier=URIRef(GRAPH))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    live = start_server(
        "--store",
        str(write_store({seed.identifier: seed}, folder / "store")),
        env={serve.TOKEN_VARIABLE: TOKEN},
    )
    try:
        yield live
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def put(server: LiveServer, graph: str, **headers: str) -> httpx.Response:
    return httpx.put(
        f"{server.url}store", params={"graph": graph}, content=BODY, headers={**TURTLE, **headers}, timeout=30
    )


def test_create_only_of_an_existing_graph_says_it_exists(server: LiveServer) -> None:
    answer = put(server, GRAPH, **{"If-None-Match": "*"})
    assert answer.status_code == 412
    assert "it exists (If-None-Match" in answer.text and "changed since" not in answer.text, answer.text


def test_if_match_any_of_a_missing_graph_says_it_does_not_exist(server: LiveServer) -> None:
    answer = put(server, "http://example.org/missing", **{"If-Match": "*"})
    assert answer.status_code == 412
    assert "it does not exist" in answer.text and "changed since" not in answer.text, answer.text


def test_each_precondition_named() -> None:
    def why(headers: dict[str, str], exists: bool = True) -> str | None:
        return failed_precondition(Conditions(headers, "PUT"), {'"t"'}, exists, 1_000.0)

    assert (
        why({"if-match": '"old"'})
        == "it changed since (If-Match names no current ETag of it; a weak one never matches)"
    )
    assert why({"if-match": 'W/"t"'}).startswith("it changed since")
    assert why({"if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT"}) == (
        "it changed after the If-Unmodified-Since date"
    )
    assert why({"if-none-match": 'W/"t"'}).startswith("it exists")
    assert why({"if-match": '"t"'}) is None and why({"if-none-match": "*"}, exists=False) is None
