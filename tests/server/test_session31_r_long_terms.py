"""Attack round 18 (session 31, engineer R): a visitor's update may not write a term past the limit.

Every way into a store was held to kg.model.rdfguard's limit on one term (262,144 characters) but a
SPARQL Update sent with the token: CONCAT doubling a string wrote a label of 64 MiB, which pyoxigraph
decodes whole at every read (section 27). The write worker now refuses it, 413 naming the limit, with
nothing changed (kg.server.term_cap): a computed literal or IRI through a dry run on a checkpoint, a
spelled-out one through the update's own triples. Shorter terms, and computed short ones, still 204.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import serve
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

TOKEN = "long-terms"
LIMIT = 262_144  # kg.model.rdfguard.MAX_TERM_CHARS
GRAPH = "http://example.org/g"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[LiveServer, Path]]:
    folder = Path(tempfile.mkdtemp(prefix="kg-long-terms-"))
    seed = Graph(identifier=URIRef(GRAPH))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({seed.identifier: seed}, folder / "store")
    live = start_server("--store", str(store), env={serve.TOKEN_VARIABLE: TOKEN})
    try:
        yield live, store
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def update(live: LiveServer, text: str) -> httpx.Response:
    return httpx.post(
        f"{live.url}sparql",
        content=text.encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
        timeout=60,
    )


def ask(live: LiveServer, query: str) -> bool:
    answer = httpx.get(
        f"{live.url}sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["boolean"]


def doubled(times: int) -> str:
    """BINDs making ?v{times}: 16 characters doubled `times` times."""
    binds = ['BIND("0123456789abcdef" AS ?v0)']
    binds += [f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(times)]
    return " ".join(binds)


def test_a_computed_long_literal_is_refused_and_nothing_written(server: tuple[LiveServer, Path]) -> None:
    live, store = server
    text = (
        f"INSERT {{ GRAPH <{GRAPH}> {{ <http://example.org/long> <http://example.org/p> ?v15 . "
        f"<http://example.org/short> <http://example.org/p> 'kept?' }} }} WHERE {{ {doubled(15)} }}"
    )
    answer = update(live, text)
    assert answer.status_code == 413, answer.text
    assert "524,288 characters" in answer.text and "262,144" in answer.text
    assert not ask(live, "ASK { GRAPH ?g { <http://example.org/short> ?p ?o } }")
    assert not (store / "alliance-kg.dry-run").exists()


def test_a_computed_long_iri_in_the_default_graph_is_refused(server: tuple[LiveServer, Path]) -> None:
    live, _ = server
    iri = "BIND(IRI(CONCAT('urn:x:', ?v15)) AS ?i)"
    text = f"INSERT {{ ?i <http://example.org/p> 1 }} WHERE {{ {doubled(15)} {iri} }}"
    answer = update(live, text)
    assert answer.status_code == 413, answer.text
    assert "an IRI of 524,294 characters" in answer.text


def test_a_spelled_out_long_literal_is_refused(server: tuple[LiveServer, Path]) -> None:
    live, _ = server
    answer = update(
        live, 'INSERT DATA { <http://example.org/b> <http://example.org/p> "' + "y" * (LIMIT + 1) + '"@en }'
    )
    assert answer.status_code == 413, answer.text
    assert f"{LIMIT + 1:,} characters" in answer.text
    assert not ask(live, "ASK { <http://example.org/b> ?p ?o }")


def test_terms_within_the_limit_are_written(server: tuple[LiveServer, Path]) -> None:
    live, _ = server
    assert (
        update(
            live, 'INSERT DATA { <http://example.org/c> <http://example.org/p> "' + "z" * LIMIT + '" }'
        ).status_code
        == 204
    )
    triple = "<http://example.org/d> <http://example.org/p> ?v4"
    text = f"INSERT {{ GRAPH <{GRAPH}> {{ {triple} }} }} WHERE {{ {doubled(4)} }}"
    assert update(live, text).status_code == 204
    assert ask(live, "ASK { <http://example.org/c> ?p ?o . <http://example.org/d> ?q ?r }")


def test_a_checkpoint_left_by_a_killed_worker_goes_at_the_next_write(server: tuple[LiveServer, Path]) -> None:
    live, store = server
    left = store / "alliance-kg.dry-run"
    left.mkdir()
    (left / "000001.sst").write_bytes(b"kept alive by a hard link")
    written = httpx.put(
        f"{live.url}store",
        params={"graph": "http://example.org/other"},
        content=b'<http://example.org/e> <http://example.org/p> "1" .',
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"},
        timeout=60,
    )
    assert written.status_code == 201, written.text
    assert not left.exists()


@pytest.mark.parametrize(
    ("name", "length"),
    [("RAND", "xsd:integer(RAND() * 600000)"), ("UUID", "STRLEN(STR(UUID())) * 10000")],
)
def test_a_computed_insert_calling_a_function_of_the_moment_is_refused(
    server: tuple[LiveServer, Path], name: str, length: str
) -> None:
    # SUBSTR(?long, 1, RAND() * N): short in the dry run, long in the run after it, by chance.
    live, _ = server
    text = (
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
        f"INSERT {{ GRAPH <{GRAPH}> {{ <http://example.org/r> <http://example.org/p> ?cut }} }} "
        f"WHERE {{ {doubled(16)} BIND(SUBSTR(?v16, 1, {length}) AS ?cut) }}"
    )
    answer = update(live, text)
    assert answer.status_code == 400, answer.text
    assert f"may not call {name}()" in answer.text
    assert not ask(live, "ASK { <http://example.org/r> ?p ?o }")


def test_the_scans_write_the_limit_out() -> None:
    from kg.model.rdfguard import MAX_TERM_CHARS
    from kg.server.queries import query_text

    for name in ("long-terms-named", "long-terms-default"):
        text = query_text(name)
        assert text.count(f"> {MAX_TERM_CHARS}") == 3, name
