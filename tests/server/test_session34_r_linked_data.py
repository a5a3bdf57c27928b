"""Attack round 22 (session 34, engineer R): every kind of IRI our graph mints, dereferenced.

Two kinds were 404 although the server holds what they name:
- the graphs' own names (`id/graph/reference`, `id/graph/register/...`): VoID's HTML page links each
  subset's `sd:name` under /id/, and a graph no statement describes was "nothing is known about" it. It now
  answers 303 See Other to its statements at the Graph Store (`/store?graph=`), where the formats are
  negotiated (kg.server.linked.held_graph); a graph that is also described (a register's) keeps its /doc/.
- the alignments' ontology `<base>ontology/alignments` (ontology/alignments.ttl: typed owl:Ontology, titled,
  `owl:imports` the ontology): "no version 'alignments' of the ontology here". Its statements are in the
  ontology's graph: 303 to /ontology (kg.server.versions.ontologies); another version is 404 as before.
"""

from __future__ import annotations

import urllib.parse

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL
from support.kg_server import http_client, media_type

BASE = "https://w3id.org/alliance-kg/"


def test_a_graph_name_is_303_to_its_statements_at_the_graph_store() -> None:
    with http_client() as client:
        answer = client.get("/id/graph/reference", headers={"Accept": "text/turtle"})
        assert answer.status_code == 303
        graph = BASE + "id/graph/reference"
        assert answer.headers["location"] == "/store?graph=" + urllib.parse.quote(graph, safe="")
        followed = client.get("/id/graph/reference", headers={"Accept": "text/turtle"}, follow_redirects=True)
    assert followed.status_code == 200 and media_type(followed) == "text/turtle"
    assert len(Graph().parse(data=followed.text, format="turtle")) > 100


def test_a_format_asked_of_a_graph_name_goes_with_it() -> None:
    with http_client() as client:
        answer = client.get("/id/graph/reference", params={"format": "nt"}, follow_redirects=True)
        plain = client.get("/id/graph/reference", params={"page": "2"})
    assert answer.status_code == 200 and media_type(answer) == "application/n-triples"
    graph = urllib.parse.quote(BASE + "id/graph/reference", safe="")
    assert plain.headers["location"] == "/store?graph=" + graph


def test_every_link_of_the_void_page_under_id_resolves() -> None:
    with http_client() as client:
        page = client.get("/.well-known/void.html").text
        links = sorted({href for href in _hrefs(page) if href.startswith("/id/graph/")})
        assert links, "VoID's page links the graphs' names"
        for href in links:
            assert client.get(href, follow_redirects=True).status_code == 200, href


def test_a_described_graph_keeps_its_document_and_an_unknown_one_is_404() -> None:
    with http_client() as client:
        described = client.get("/id/graph/register/ogf-dmtf")
        unknown = client.get("/id/graph/register/no-such-graph")
    assert described.status_code == 303 and described.headers["location"] == "/doc/graph/register/ogf-dmtf"
    assert unknown.status_code == 404 and "nothing is known about" in unknown.text


def test_the_alignments_ontology_is_303_to_the_ontology_that_holds_its_statements() -> None:
    with http_client() as client:
        answer = client.get("/ontology/alignments", headers={"Accept": "text/turtle"})
        assert answer.status_code == 303 and answer.headers["location"] == "/ontology"
        followed = client.get("/ontology/alignments.ttl", follow_redirects=True)
        other = client.get("/ontology/9.9.9")
    assert followed.status_code == 200
    graph = Graph().parse(data=followed.text, format="turtle")
    alignments = URIRef(BASE + "ontology/alignments")
    assert (alignments, OWL.imports, URIRef(BASE + "ontology")) in graph
    assert graph.value(alignments, DCTERMS.title) is not None
    assert other.status_code == 404 and "no version '9.9.9' of the ontology" in other.text


def _hrefs(page: str) -> list[str]:
    import html
    import re

    return [html.unescape(match) for match in re.findall(r'href="([^"]*)"', page)]
