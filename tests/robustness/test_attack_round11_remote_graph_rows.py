"""`kg serve --endpoint URL --max-rows N` refuses a store's CONSTRUCT answer of more than N triples
having read N + 1 of them, not all (docs/reliability.md section 21).

Before, the answer was parsed whole into a list before the cap was counted: 600,000 triples (46 MB,
within the 64 MiB answer cap) took the server 10 s and 280 MB to refuse under `--max-rows 1000`. The
proof here needs no clock: the store's answer is 1,500 well-formed triples and then a line no parser
reads; read whole, it was a 502 (the answer cannot be read); read as taken, it is the cap's 400. A real
HTTP store on 127.0.0.1 answers; `kg serve` runs as a real server (kg.testing.live_server)."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from support.guarded_endpoint import serve

from kg.testing.live_server import LiveServer, start_server

EMPTY_RESULTS = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'
CAP = 1_000


def triples(count: int, tail: bytes = b"") -> bytes:
    lines = (
        f"<http://e.example/s{n}> <http://e.example/p> <http://e.example/o{n}> .\n" for n in range(count)
    )
    return "".join(lines).encode() + tail


@contextmanager
def store_answering(graph: bytes) -> Iterator[str]:
    """A SPARQL store on 127.0.0.1 answering every graph query (GET or POST) with `graph` as
    N-Triples and every other query with no rows (what `kg serve` asks at start)."""

    class Store(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            wants_results = "json" in self.headers.get("Accept", "")
            body = EMPTY_RESULTS if wants_results else graph
            self.send_response(200)
            content_type = "application/sparql-results+json" if wants_results else "application/n-triples"
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    yield from serve(Store)


@contextmanager
def serving(graph: bytes) -> Iterator[LiveServer]:
    with store_answering(graph) as store:
        server = start_server("--endpoint", store, "--max-rows", str(CAP))
        try:
            yield server
        finally:
            server.stop()


def construct(server: LiveServer) -> httpx.Response:
    return httpx.post(
        server.url + "sparql",
        data={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
        timeout=60,
    )


@pytest.mark.parametrize("tail", [b"", b"this line is no N-Triples\n"])
def test_an_answer_over_the_cap_is_refused_at_the_triple_past_it(tail: bytes) -> None:
    with serving(triples(CAP + 500, tail)) as server:
        answer = construct(server)
    assert answer.status_code == 400, (answer.status_code, answer.text[:300])
    assert f"more than {CAP:,} triples" in answer.text


def test_an_answer_within_the_cap_is_served() -> None:
    with serving(triples(CAP)) as server:
        answer = construct(server)
    assert answer.status_code == 200 and answer.text.count("\n") == CAP, answer.text[:300]


def test_an_unreadable_answer_within_the_cap_is_a_502() -> None:
    with serving(triples(10, b"this line is no N-Triples\n")) as server:
        broken = construct(server)
    assert broken.status_code == 502, (broken.status_code, broken.text[:300])
