"""What `kg serve` writes of hostile data, read back by a standard parser (docs/reliability.md section 13).

A graph may hold any IRI a Graph Store upload or an ingested RDF file gives it. RDF/XML writes a
property's IRI (and a typed node's class) as an XML element name, and an IRI with no name at its
end (`http://example.org/vocab/123`, `.../p/`, `javascript:alert(7)`) came out as `<oxprefix:>`: a
200 that no XML parser reads, on documents, CONSTRUCT answers and the Graph Store alike. Now such a
graph is 406 as RDF/XML (it has no RDF/XML form) and every other syntax still answers. The hostile
literals beside them (markup, quotes, Turtle's long-string delimiters, line separators) held: each
syntax reads back to the same graph, and the HTML page shows them as text.
"""

from __future__ import annotations

import atexit
import functools
import html.parser
import shutil
import tempfile
import xml.parsers.expat
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from support.kg_server import media_type

from kg.model.namespaces import ID
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

GRAPH = ID + "graph/register/hostile"
NAMELESS = ID + "organization/nameless"  # a property with no XML name
CLASSLESS = ID + "organization/classless"  # a first class with no XML name
LATE_CLASS = ID + "organization/late-class"  # the same class after a named one: RDF/XML can write it
LITERALS = ID + "organization/literals"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
HOSTILE_TEXTS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "'onmouseover='alert(3)",
    '"""\n@prefix x: <http://evil.example/> .',
    "\u2028\u2029 separators",
    "]]> <!-- {{ 7*7 }}",
)


def hostile_graph() -> list[ox.Triple]:
    def node(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    label = node("http://www.w3.org/2000/01/rdf-schema#label")
    org = node("https://w3id.org/alliance-kg/ontology#Organization")
    triples = [
        ox.Triple(node(NAMELESS), node("http://example.org/vocab/123"), ox.Literal("x")),
        ox.Triple(node(NAMELESS), node("javascript:alert(7)"), ox.Literal("y")),
        ox.Triple(node(NAMELESS), label, ox.Literal("nameless")),
        ox.Triple(node(CLASSLESS), node(RDF_TYPE), node("http://example.org/Class/")),
        ox.Triple(node(CLASSLESS), label, ox.Literal("classless")),
        ox.Triple(node(LITERALS), node(RDF_TYPE), org),
        ox.Triple(node(LITERALS), node("http://xmlns.com/foaf/0.1/homepage"), node("javascript:alert(5)")),
    ]
    triples += [ox.Triple(node(LITERALS), label, ox.Literal(text)) for text in HOSTILE_TEXTS]
    triples += [ox.Triple(node(LITERALS), label, ox.Literal(text, language="en")) for text in HOSTILE_TEXTS]
    return triples


@functools.cache
def server() -> LiveServer:
    directory = Path(tempfile.mkdtemp(prefix="kg-round5-outputs-"))
    graph = rdflib.Graph(identifier=rdflib.URIRef(GRAPH))
    graph.parse(data=ox.serialize(hostile_graph(), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    graph.add(
        (
            rdflib.URIRef(LATE_CLASS),
            rdflib.RDF.type,
            rdflib.URIRef("https://w3id.org/alliance-kg/ontology#Organization"),
        )
    )
    store = write_store({rdflib.URIRef(GRAPH): graph}, directory / "store")
    served = start_server("--store", str(store))
    atexit.register(shutil.rmtree, directory, True)
    return served


def get(path: str, accept: str, **params: str) -> httpx.Response:
    return httpx.get(
        server().url.rstrip("/") + path, params=params or None, headers={"Accept": accept}, timeout=60
    )


def well_formed(body: bytes) -> bool:
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


def path_of(iri: str) -> str:
    return "/doc/" + iri.removeprefix(ID)


XML_REQUESTS = [
    (path_of(NAMELESS) + ".rdf", "*/*", {}),
    (path_of(NAMELESS), "application/rdf+xml", {}),
    (path_of(CLASSLESS), "application/rdf+xml", {}),
    (path_of(NAMELESS), "application/xml", {}),
    ("/store", "application/rdf+xml", {"graph": GRAPH}),
    ("/sparql", "application/rdf+xml", {"query": f"DESCRIBE <{NAMELESS}>"}),
    ("/sparql", "application/rdf+xml", {"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}),
]


@pytest.mark.parametrize(("path", "accept", "params"), XML_REQUESTS)
def test_a_graph_with_no_xml_name_is_not_acceptable_as_rdf_xml(
    path: str, accept: str, params: dict[str, str]
) -> None:
    answer = get(path, accept, **params)
    assert answer.status_code == 406, (answer.status_code, answer.text[:400])
    assert "no RDF/XML form" in answer.text and "Turtle" in answer.text


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json"])
def test_the_same_graph_answers_in_every_other_syntax(accept: str) -> None:
    answer = get("/store", accept, graph=GRAPH)
    assert answer.status_code == 200 and media_type(answer) == accept
    syntax = ox.RdfFormat.from_media_type(accept)
    read = {str(t) for t in ox.parse(answer.content, format=syntax)}
    assert read == {str(t) for t in hostile_graph()} | {
        f"<{LATE_CLASS}> <{RDF_TYPE}> <https://w3id.org/alliance-kg/ontology#Organization>"
    }


def test_a_graph_whose_odd_class_comes_second_is_still_rdf_xml() -> None:
    answer = get(path_of(LATE_CLASS), "application/rdf+xml")
    assert answer.status_code == 200 and well_formed(answer.content), answer.text[:400]
    literals = get(path_of(LITERALS), "application/rdf+xml")
    assert literals.status_code == 200 and well_formed(literals.content), literals.text[:400]
    read = rdflib.Graph().parse(data=literals.content, format="xml")
    labels = {str(o) for o in read.objects(None, rdflib.RDFS.label)}
    assert labels == set(HOSTILE_TEXTS)


class Scripts(html.parser.HTMLParser):
    """What a browser would run or follow: script elements, event attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "img", "iframe"):
            self.found.append(tag)
        for name, value in attrs:
            scheme = (value or "").strip().lower().startswith(("javascript:", "data:"))
            if name.startswith("on") or (scheme and name in ("href", "src", "action")):
                self.found.append(f"{tag} {name}={value}")


def test_hostile_literals_are_text_on_the_html_page() -> None:
    page = get(path_of(LITERALS), "text/html")
    assert page.status_code == 200 and media_type(page) == "text/html"
    scripts = Scripts()
    scripts.feed(page.text)
    assert scripts.found == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


CONTROL_SELECT = 'SELECT ?x WHERE { BIND("a\\u0001b\\uFFFEc\\u0000d" AS ?x) }'
CONTROL_CONSTRUCT = (
    'CONSTRUCT { <http://s.example/> <http://p.example/v> ?x } WHERE { BIND("a\\u0001b" AS ?x) }'
)


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (CONTROL_SELECT, "application/sparql-results+xml"),
        (CONTROL_SELECT, "application/xml"),
        (CONTROL_CONSTRUCT, "application/rdf+xml"),
    ],
)
def test_values_xml_cannot_carry_are_not_acceptable_as_xml(query: str, accept: str) -> None:
    """A visitor's query makes any string: SPARQL XML and RDF/XML answers carried U+0001, U+0000
    and U+FFFE raw (200, and no XML parser reads them)."""
    answer = get("/sparql", accept, query=query)
    assert answer.status_code == 406, (answer.status_code, answer.content[:300])
    assert "XML 1.0 cannot carry" in answer.text


def test_the_same_values_answer_in_json_and_tsv() -> None:
    json_answer = get("/sparql", "application/sparql-results+json", query=CONTROL_SELECT)
    assert json_answer.json()["results"]["bindings"][0]["x"]["value"] == "a\u0001b\ufffec\u0000d"
    tsv = get("/sparql", "text/tab-separated-values", query=CONTROL_SELECT)
    # the control raw (a Turtle string may hold it, and rdflib's TSV parser reads no \u escape: round 22)
    assert tsv.status_code == 200 and "a\u0001b" in tsv.text
    turtle = get("/sparql", "text/turtle", query=CONTROL_CONSTRUCT)
    assert turtle.status_code == 200
    assert [t.object.value for t in ox.parse(turtle.content, format=ox.RdfFormat.TURTLE)] == ["a\u0001b"]
