"""A query's answer that the negotiated format cannot carry is written in the next format the client takes
(RFC 9110 12.5.1), as the resource pages do since attack round 21 (kg.server.context.next_choice): a
CONSTRUCT whose predicate is no XML element name asked with rdflib's and the crawlers' Accept
`application/rdf+xml, */*;q=0.1` was 406 (R's "found, not fixed"), and so was a SELECT of a value SPARQL
XML cannot hold under `application/sparql-results+xml, */*;q=0.1` (kg.server.worker.first_writable). A
client that asked for that format alone, by Accept or by name (`format=xml`), still gets the 406 naming why
(attack round 5's decision): the second choice is made from what the client asked, not from the fallback
the endpoint adds for another query form's formats (kg.server.context.asked_accept)."""

from __future__ import annotations

import httpx
import pytest
from support.kg_server import http_client, media_type

NO_XML_GRAPH = 'CONSTRUCT { <http://e.org/s33l/s> <http://e.org/s33l/p/> "x" } WHERE {}'
NO_XML_VALUE = 'SELECT ?v WHERE { BIND ("a\\u0001b" AS ?v) }'


@pytest.fixture(scope="module")
def http() -> httpx.Client:
    with http_client() as client:
        yield client


def ask(http: httpx.Client, query: str, accept: str, **extra: str) -> httpx.Response:
    return http.get("/sparql", params={"query": query, **extra}, headers={"Accept": accept})


def test_a_graph_with_no_rdf_xml_form_comes_in_the_next_format_taken(http: httpx.Client) -> None:
    answer = ask(http, NO_XML_GRAPH, "application/rdf+xml, */*;q=0.1")
    assert answer.status_code == 200, answer.text[:300]  # before: 406
    assert media_type(answer) == "text/turtle"
    assert "http://e.org/s33l/p/" in answer.text


def test_a_value_sparql_xml_cannot_hold_comes_in_the_next_format_taken(http: httpx.Client) -> None:
    answer = ask(http, NO_XML_VALUE, "application/sparql-results+xml, */*;q=0.1")
    assert answer.status_code == 200, answer.text[:300]  # before: 406
    assert media_type(answer) != "application/sparql-results+xml"
    assert answer.json()["results"]["bindings"][0]["v"]["value"] == "a\u0001b"


@pytest.mark.parametrize(
    ("query", "accept"),
    [(NO_XML_GRAPH, "application/rdf+xml"), (NO_XML_VALUE, "application/sparql-results+xml")],
)
def test_that_format_alone_or_by_name_is_still_406(http: httpx.Client, query: str, accept: str) -> None:
    assert ask(http, query, accept).status_code == 406
    assert ask(http, query, "*/*", format="xml").status_code == 406
