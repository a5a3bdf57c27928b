"""Attack round 19 (session 32, R): the dry run of a computed INSERT (kg.server.term_cap, round 18)
refused every update calling NOW(), a common one among them:
`INSERT { ?s dcterms:modified ?t } WHERE { BIND(NOW() AS ?t) }` was 400 "may not call NOW()". NOW() is
now replaced by one xsd:dateTime literal in the text of both runs (`pin_now`, at the positions the lexer
gives), so the dry run measures what the run writes; RAND(), UUID() and STRUUID() stay refused."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import serve
from kg.server.term_cap import pin_now
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

TOKEN = "now-pinned"
GRAPH = "http://example.org/g"
MOMENT = datetime(2026, 12, 7, 13, 0, 0, 250000, tzinfo=UTC)
PINNED = '"2026-12-07T13:00:00.250000Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>'


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    folder = Path(tempfile.mkdtemp(prefix="kg-now-pinned-"))
    seed = Graph(identifier=URIRef(GRAPH))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({seed.identifier: seed}, folder / "store")
    live = start_server("--store", str(store), env={serve.TOKEN_VARIABLE: TOKEN})
    try:
        yield live
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_an_insert_stamping_now_is_made(server: LiveServer) -> None:
    update = (
        "PREFIX dcterms: <http://purl.org/dc/terms/> "
        f"INSERT {{ GRAPH <{GRAPH}> {{ ?s dcterms:modified ?t }} }} "
        f"WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} BIND(NOW() AS ?t) }}"
    )
    answer = httpx.post(
        f"{server.url}sparql",
        content=update.encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
        timeout=60,
    )
    assert answer.status_code == 204, answer.text  # before: 400 "may not call NOW()"
    rows = httpx.get(
        f"{server.url}sparql",
        params={"query": "SELECT ?t { GRAPH ?g { ?s <http://purl.org/dc/terms/modified> ?t } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    ).json()["results"]["bindings"]
    assert [row["t"]["datatype"] for row in rows] == ["http://www.w3.org/2001/XMLSchema#dateTime"]


def test_every_call_gets_one_value_and_nothing_else_is_touched() -> None:
    text = (
        'INSERT { ?s <http://e.org/p> "NOW()" } # NOW() in a comment\n'
        "WHERE { BIND(now ( # a comment\n ) AS ?t) FILTER(STR(NOW()) != STR(?NOW))"
        " ?s <http://e.org/NOW()> NOW:x }"
    )
    pinned = pin_now(text, MOMENT)
    assert pinned.count(PINNED) == 2
    assert pinned == (
        'INSERT { ?s <http://e.org/p> "NOW()" } # NOW() in a comment\n'
        f"WHERE {{ BIND( {PINNED}  AS ?t) FILTER(STR( {PINNED} ) != STR(?NOW))"
        " ?s <http://e.org/NOW()> NOW:x }"
    )
    assert pin_now("INSERT DATA { <a:> <b:> 1 }") == "INSERT DATA { <a:> <b:> 1 }"
