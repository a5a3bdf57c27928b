"""Attack round 22 (session 34, engineer R): a client that takes one format, at a low weight.

The endpoint adds `*/*;q=0.001` to a client's Accept (kg.server.context.FALLBACK_RANGE), so that a client
naming only formats of another query form (roqet asks SPARQL XML of a CONSTRUCT) gets the form's default
rather than 406. At a tie with it the server's own order won: `Accept: application/n-triples;q=0.001` (the
client's only format) got Turtle for a CONSTRUCT, `application/sparql-results+xml;q=0.001` and
`text/csv;q=0.001` got SPARQL JSON for a SELECT. The worker now chooses from what the client asked first,
and from the fallback only when that names no format of the query's form (kg.server.worker.answer_for).
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client, media_type

CONSTRUCT = "CONSTRUCT WHERE { ?s a <http://xmlns.com/foaf/0.1/Document> }"
SELECT = "SELECT * { ?s a <http://xmlns.com/foaf/0.1/Document> }"


@pytest.mark.parametrize(
    ("query", "accept", "served"),
    [
        (CONSTRUCT, "application/n-triples;q=0.001", "application/n-triples"),
        (CONSTRUCT, "application/rdf+xml;q=0.001", "application/rdf+xml"),
        (SELECT, "application/sparql-results+xml;q=0.001", "application/sparql-results+xml"),
        (SELECT, "text/csv;q=0.001", "text/csv"),
        (SELECT, "text/tab-separated-values;q=0.001, text/turtle", "text/tab-separated-values"),
    ],
)
def test_the_clients_only_format_is_served(query: str, accept: str, served: str) -> None:
    with http_client() as client:
        answer = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert answer.status_code == 200 and media_type(answer) == served


@pytest.mark.parametrize(
    ("query", "accept", "served"),
    [
        (CONSTRUCT, "application/sparql-results+xml", "text/turtle"),
        (SELECT, "text/turtle", "application/sparql-results+json"),
        (SELECT, None, "application/sparql-results+json"),
    ],
)
def test_another_forms_format_still_gets_the_default(query: str, accept: str | None, served: str) -> None:
    headers = {} if accept is None else {"Accept": accept}
    with http_client() as client:
        answer = client.get("/sparql", params={"query": query}, headers=headers)
    assert answer.status_code == 200 and media_type(answer) == served
