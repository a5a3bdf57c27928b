"""Attack round 22 (session 34, engineer R): a query with no query form says so.

An empty `query=`, an empty `application/sparql-query` body, a prologue alone or a comment alone were
400 "SPARQL syntax error: error at 1:1: expected [_]" (Oxigraph's words: nothing a client can act on);
`kg sparql` says "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE". The server now names
what is missing the same way (kg.server.sparql.NO_QUERY_FORM); a query with a form and a syntax error
keeps the parser's position.
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client

DIRECT = "application/sparql-query"
NOTHING = ["", "   \n", "# SELECT * {}", "PREFIX a: <http://e.org/>", 'BASE <http://e.org/> # "ASK"']


@pytest.mark.parametrize("text", NOTHING)
def test_a_text_without_a_query_form_is_named_so(text: str) -> None:
    with http_client() as client:
        answers = [
            client.get("/sparql", params={"query": text}),
            client.post("/sparql", data={"query": text}),
            client.post("/sparql", content=text.encode(), headers={"Content-Type": DIRECT}),
        ]
    for answer in answers:
        assert answer.status_code == 400
        assert answer.text.startswith("not a SPARQL query: the text holds no SELECT, ASK, CONSTRUCT or")


def test_a_syntax_error_in_a_query_keeps_its_position() -> None:
    with http_client() as client:
        answer = client.get("/sparql", params={"query": "SELECT * { ?s ?p }"})
    assert answer.status_code == 400 and answer.text.startswith("SPARQL syntax error: error at 1:")


def test_lower_case_and_versioned_queries_still_run() -> None:
    with http_client() as client:
        for text in ("select * {} limit 1", "ask {}", "PREFIX a: <http://e.org/> ASK { FILTER(true) }"):
            assert client.get("/sparql", params={"query": text}).status_code == 200, text
