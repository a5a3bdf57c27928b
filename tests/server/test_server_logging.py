"""What the server tells its operator, and the rules it shares with the CLI (one each).

Why: a killed worker, a slow query or a refused request must reach the log with what an
operator needs (which worker, how long, why refused); and the prefixed-name shortening of
IRIs and the server's constants exist once, so pages and `kg sparql` tables agree.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
import pytest
from rdflib import URIRef

from kg.model import namespaces
from kg.server import backend, describe
from kg.server.app import create_app
from kg.server.context import ServerConfig
from kg.server.describe import Labels
from kg.server.html import Pages
from kg.server.worker import Answer, QueryTimeout, WorkerPool
from kg.sparql.render import cell_text

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON = {"Accept": "application/sparql-results+json"}


class InstantBackend:
    """A backend answering every visitor's query at once: the routes' own decisions are under test."""

    remote = False

    async def user_query(self, job: dict, timeout: float) -> Answer:
        return Answer(200, "application/sparql-results+json", b'{"head": {}, "boolean": true}')


def get(config: ServerConfig, url: str, **kwargs) -> httpx.Response:
    app = create_app(config, InstantBackend())  # type: ignore[arg-type]

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(url, **kwargs)

    return asyncio.run(call())


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("kg.server") and r.levelno == level]


def test_guard_refusals_are_logged_with_the_reason(caplog: pytest.LogCaptureFixture) -> None:
    query = "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"
    with caplog.at_level(logging.INFO, logger="kg.server"):
        response = get(ServerConfig(), "/sparql", params={"query": query}, headers=JSON)
    assert response.status_code == 403
    [logged] = messages(caplog, logging.INFO)
    assert logged.startswith("refused GET /sparql with 403: SERVICE is not allowed")


def test_size_caps_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kg.server"):
        response = get(ServerConfig(max_url_bytes=100), "/sparql", params={"query": "ASK {}" + " " * 200})
    assert response.status_code == 414
    assert any(m.startswith("refused GET /sparql with 414") for m in messages(caplog, logging.INFO))


def test_slow_queries_are_logged_with_their_duration(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kg.server"):
        fast = get(ServerConfig(), "/sparql", params={"query": "ASK {}"}, headers=JSON)
        slow = get(
            ServerConfig(slow_query_seconds=0.0),
            "/sparql",
            params={"query": "ASK { ?s ?p ?o }"},
            headers=JSON,
        )
    assert fast.status_code == slow.status_code == 200
    [logged] = messages(caplog, logging.WARNING)
    assert logged.startswith("slow query: ") and logged.endswith(" s [query: ASK { ?s ?p ?o }]")


def test_a_killed_worker_and_its_replacement_are_logged(
    seed_store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        pool = WorkerPool(str(seed_store), size=1)
        await pool.start()
        try:
            with pytest.raises(QueryTimeout):
                await pool.run({"query": SLOW, "cap": 10, "accept": None}, timeout=0.5)
        finally:
            await pool.close()  # waits for the replacement to start

    with caplog.at_level(logging.INFO, logger="kg.server"):
        asyncio.run(scenario())
    [killed] = messages(caplog, logging.WARNING)
    assert killed.startswith("killed query worker ") and "time limit of 0.5 s" in killed
    assert [m for m in messages(caplog, logging.INFO) if m.startswith("query worker ") and " replaces " in m]


@pytest.mark.parametrize(
    ("iri", "shown"),
    [
        ("https://w3id.org/alliance-kg/ontology#party", "akg:party"),
        ("https://w3id.org/alliance-kg/id/organization/dmtf", "organization:dmtf"),  # longest namespace wins
        ("https://w3id.org/alliance-kg/id/organization/", "id:organization/"),
        ("https://w3id.org/alliance-kg/id/organization/dmtf#contact", None),  # '#' would start a comment
        ("http://www.w3.org/2001/XMLSchema#string", "xsd:string"),
        ("http://example.org/elsewhere", None),
    ],
)
def test_pages_and_cli_tables_shorten_iris_alike(iri: str, shown: str | None) -> None:
    expected = shown or iri
    assert namespaces.compact(iri) == expected
    assert Pages.label(iri, Labels()) == expected
    assert cell_text(URIRef(iri)) == expected


def test_shared_constants_are_defined_once() -> None:
    assert backend.MAX_LABELLED == describe.MAX_LABELLED == namespaces.MAX_LABELLED
