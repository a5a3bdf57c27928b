"""Attack round 17 (session 30, engineer R): visitors writing at the same time.

Six Graph Store PUTs sent together to one `kg serve` (with its update token): five were 503 "the store
cannot be written now (another writer holds it): try again", one 201. Each write runs in a write worker
that holds the store's gate, and the next could not open the store meanwhile; SPARQLWrapper, rdflib's
SPARQLUpdateStore and curl do not retry. A server process's writes now wait for each other within the
time limit (kg.server.worker.WorkerPool.write), and a write worker waits for another process's writer
(`--workers 2`: two of eight were still 503 after the first change) until then
(kg.server.worker.open_writer): all are written.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import serve
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

TOKEN = "concurrent-writes"
WRITES = 4
SEED = "http://example.org/seed"


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    folder = Path(tempfile.mkdtemp(prefix="kg-writes-"))
    seed = Graph(identifier=URIRef("http://example.org/seed"))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({seed.identifier: seed}, folder / "store")
    live = start_server("--store", str(store), "--workers", "2", env={serve.TOKEN_VARIABLE: TOKEN})
    try:
        yield live
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_writes_sent_together_are_all_written(server: LiveServer) -> None:
    url = server.url.rstrip("/")

    def put(number: int) -> httpx.Response:
        return httpx.put(
            f"{url}/store",
            params={"graph": f"http://example.org/g{number}"},
            content=f'<http://example.org/s> <http://example.org/p> "{number}" .\n',
            headers={"Content-Type": "application/n-triples", "Authorization": f"Bearer {TOKEN}"},
            timeout=60,
        )

    with ThreadPoolExecutor(WRITES) as pool:
        answers = list(pool.map(put, range(WRITES)))
    assert [answer.status_code for answer in answers] == [201] * WRITES, [a.text for a in answers]
    written = f"SELECT (COUNT(DISTINCT ?g) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SEED}>) }}"
    count = httpx.get(
        f"{url}/sparql",
        params={"query": written},
        headers={"Accept": "text/csv"},
    )
    assert count.text.split() == ["n", str(WRITES)]
