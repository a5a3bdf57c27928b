"""Ninth outside attack: values that did not survive some answer formats.

XML 1.0 2.11: before an application sees any text, every XML parser turns CR LF and a lone CR into
LF. `kg serve` wrote a literal's CR raw in SPARQL XML results (kg.sparql.write) and in RDF/XML
(Oxigraph's writer), so a client reading `"a\\r\\nb\\rc"` got `"a\\nb\\nc"` there, and the exact value
from SPARQL JSON, TSV or Turtle: one answer, two values (docs/reliability.md section 19). A real
server, read by rdflib's SPARQL XML results parser and RDF/XML parser. Likewise an RDF 1.2 base
direction was dropped by the JSON and XML results (below).
"""

from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from support.kg_server import http_client

VALUE = "a\r\nb\rc"
SELECTED = 'SELECT ?x WHERE { BIND("a\\r\\nb\\rc" AS ?x) }'
CONSTRUCTED = 'CONSTRUCT { <http://example.org/s> <http://example.org/p> "a\\r\\nb\\rc" } WHERE {}'


def answer(query: str, accept: str) -> bytes:
    with http_client() as client:
        response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    return response.content


def test_a_carriage_return_survives_sparql_xml_results() -> None:
    body = answer(SELECTED, "application/sparql-results+xml")
    rows = list(Result.parse(io.BytesIO(body), format="xml"))
    assert [str(row[0]) for row in rows] == [VALUE]  # type: ignore[index]
    from_json = Result.parse(io.BytesIO(answer(SELECTED, "application/sparql-results+json")), format="json")
    assert [str(row[0]) for row in from_json] == [VALUE]  # type: ignore[index]


def test_a_carriage_return_survives_rdf_xml() -> None:
    for accept in ("application/rdf+xml", "application/xml"):
        graph = Graph().parse(data=answer(CONSTRUCTED, accept), format="xml")
        assert set(graph.objects(URIRef("http://example.org/s"), URIRef("http://example.org/p"))) == {
            Literal(VALUE)
        }, accept


DIRECTIONAL = 'SELECT ?x WHERE { BIND(STRLANGDIR("x", "en", "rtl") AS ?x) }'
RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


def test_a_base_direction_survives_every_results_format() -> None:
    """An RDF 1.2 directional string (`"x"@en--rtl`) read back by Oxigraph's results parser from each
    format is the same term: JSON and XML wrote `"x"@en` (the direction dropped, another term)."""
    for accept, syntax in RESULTS_FORMATS.items():
        rows = list(ox.parse_query_results(answer(DIRECTIONAL, accept), syntax))  # type: ignore[arg-type]
        value = rows[0]["x"]
        assert (value.value, value.language, str(value.direction)) == ("x", "en", "rtl"), accept


def test_a_triple_term_asked_for_as_json_ld_is_not_acceptable() -> None:
    """JSON-LD 1.1 cannot carry an RDF 1.2 triple term: 406 naming the formats that can (it was 400, "the
    query failed: JSON-LD does not support RDF 1.2 yet", for a sound query)."""
    query = "CONSTRUCT { <http://example.org/a> <http://example.org/q> <<( <http://example.org/s> "
    query += "<http://example.org/p> <http://example.org/o> )>> } WHERE {}"
    with http_client() as client:
        for accept in ("application/ld+json", "application/json"):
            response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
            assert response.status_code == 406, (accept, response.status_code, response.text)
            assert "Turtle" in response.text
        turtle = client.get("/sparql", params={"query": query}, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200
