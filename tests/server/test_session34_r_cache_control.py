"""Attack round 22 (session 34, engineer R): answers made from a store that changes say so to caches.

Documents, the ontology, VoID, the Graph Store, query answers and pages carried an ETag (some a
Last-Modified) but no Cache-Control: RFC 9111 4.2.2 then lets a browser's or a proxy's cache reuse a 200
or a 404 for a heuristic time (commonly a tenth of the time since Last-Modified), so a crawler behind one
read the graph as it stood before a write. Every answer to GET and HEAD without a freshness of its own now
says `no-cache` (stored, revalidated before each use: 304 by its ETag); the calendar and network pictures
keep their five minutes and the dumps their `max-age=0, must-revalidate` (kg.server.app.Revalidated).
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client

REVALIDATED = [
    "/",
    "/doc/organization/dmtf",
    "/doc/organization/dmtf.ttl",
    "/ontology",
    "/.well-known/void",
    "/store?default",
    "/sparql",
    "/sparql?query=ASK%7B%7D",
    "/due",
    "/doc/organization/no-such-body",
]


@pytest.mark.parametrize("path", REVALIDATED)
def test_answers_from_the_store_are_revalidated(path: str) -> None:
    with http_client() as client:
        for method in ("GET", "HEAD"):
            answer = client.request(method, path)
            assert answer.headers.get("cache-control") == "no-cache", (method, answer.status_code)


def test_a_304_says_it_too_and_a_303_is_not_kept_stale() -> None:
    with http_client() as client:
        first = client.get("/doc/organization/dmtf.ttl")
        again = client.get("/doc/organization/dmtf.ttl", headers={"If-None-Match": first.headers["etag"]})
        moved = client.get("/id/organization/dmtf")
    assert again.status_code == 304 and again.headers.get("cache-control") == "no-cache"
    assert moved.status_code == 303 and moved.headers.get("cache-control") == "no-cache"


def test_routes_with_their_own_freshness_keep_it() -> None:
    with http_client() as client:
        calendar = client.get("/calendar.ics")
        dump = client.get("/dumps/alliance-kg.nq")
    assert calendar.headers.get("cache-control") == "public, max-age=300"
    assert dump.headers.get("cache-control") == "public, max-age=0, must-revalidate"


def test_writes_are_not_marked() -> None:
    with http_client() as client:
        answer = client.post("/sparql", data={"query": "ASK {}"})
    assert answer.status_code == 200 and "cache-control" not in answer.headers
