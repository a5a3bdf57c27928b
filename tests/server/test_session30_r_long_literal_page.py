"""Attack round 17 (session 30, engineer R): a resource page of a literal of megabytes.

One SPARQL Update with the token (CONCAT doubling a string 22 times; a store made elsewhere would do)
gave a resource a label of 64 MiB (such an update is now refused, 413: kg.server.term_cap; the store
here is made with the label). Its HTML page was 201 MB (the label written as title, heading and
statement), written on the event loop (a description of one triple is "small"): 5.7 s alone; eight
visitors at once took 54 s each, held VoID as long and grew the server to 2.8 GB. An HTML page now
shows PAGE_TEXT_CHARS of each literal and says how long the whole is (kg.server.describe.for_page), and a
description whose literals are long is written in a thread; the Turtle document still carries it whole.
Here with a label of 1 MiB.
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

TOKEN = "long-literal"
BASE = "https://w3id.org/alliance-kg/id/"
LONG = BASE + "topic/long"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PAGE_TEXT_CHARS = 10_000  # kg.server.describe.PAGE_TEXT_CHARS
DOUBLINGS = 16  # 16 characters doubled 16 times: 1 MiB


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    # Written into the store as it is built: an update may no longer write a term this long (attack
    # round 18, kg.server.term_cap: 413), but a store made elsewhere may hold one.
    folder = Path(tempfile.mkdtemp(prefix="kg-long-literal-"))
    graph = Graph(identifier=URIRef("http://example.org/g"))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    graph.add((URIRef(LONG), URIRef(LABEL), Literal("0123456789abcdef" * (1 << DOUBLINGS))))
    store = write_store({graph.identifier: graph}, folder / "store")
    live = start_server("--store", str(store), env={serve.TOKEN_VARIABLE: TOKEN})
    try:
        yield live
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_the_html_page_shows_a_long_literal_cut(server: LiveServer) -> None:
    page = httpx.get(f"{server.url}doc/topic/long", headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200
    assert len(page.content) < 4 * PAGE_TEXT_CHARS + 100_000, len(page.content)  # 3.1 MB before
    assert "1,048,576 characters; the whole in the Turtle or JSON-LD document" in page.text


def test_the_turtle_document_carries_it_whole(server: LiveServer) -> None:
    document = httpx.get(f"{server.url}doc/topic/long.ttl", timeout=60)
    assert document.status_code == 200
    assert len(document.content) > 16 << DOUBLINGS
