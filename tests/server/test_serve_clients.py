"""Real clients against the live server, each with its own defaults: SPARQLWrapper (every
return format, GET and POST), rdflib (by conneg, and its SPARQLStore), Debian's rapper and roqet."""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
import xml.dom.minidom

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from support.kg_server import require_tool, shared_server

from kg.model.namespaces import AKG, ORG, REG

DOCUMENTS = [
    "/id/organization/dmtf",
    "/id/register/ogf-dmtf",
    "/id/specification/redfish",
    "/ontology",
    "/shapes",
    "/.well-known/void",
    "/sparql",
]


@pytest.fixture(scope="module")
def base() -> str:
    return shared_server().url.rstrip("/")


def wrapper(base: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json_and_xml(base: str, method: str) -> None:
    query = f"SELECT ?party WHERE {{ <{REG['ogf-dmtf']}> <{AKG.party}> ?party }} ORDER BY ?party"
    rows = wrapper(base, query, JSON, method).queryAndConvert()["results"]["bindings"]
    assert [r["party"]["value"] for r in rows] == [str(ORG.dmtf), str(ORG.ogf)]
    document = wrapper(base, query, XML, method).queryAndConvert()
    assert len(document.getElementsByTagName("result")) == 2


def test_sparqlwrapper_ask_csv_and_construct(base: str) -> None:
    assert wrapper(base, "ASK { ?r a akg:WorkRegister }", JSON).queryAndConvert()["boolean"] is True
    csv_text = wrapper(base, "SELECT ?r WHERE { ?r a akg:WorkRegister } ORDER BY ?r", CSV).queryAndConvert()
    assert csv_text.decode().splitlines()[0] == "r"
    graph = wrapper(base, "CONSTRUCT WHERE { ?r a akg:WorkRegister }", TURTLE).queryAndConvert()
    parsed = Graph().parse(data=graph, format="turtle")
    assert len(parsed) == 2


REGISTERS = "CONSTRUCT WHERE { ?r a akg:WorkRegister }"
REGISTER_IRIS = {URIRef(REG["ogf-dmtf"]), URIRef(REG["dmtf-snia-ofa"])}


def registers_in(graph: Graph) -> set[URIRef]:
    return set(graph.subjects(RDF.type, AKG.WorkRegister))


def as_graph(answer: object) -> Graph:
    """What SPARQLWrapper's convert() gives for a graph: a Graph, or JSON-LD as a dict or bytes."""
    if isinstance(answer, Graph):
        return answer
    text = json.dumps(answer) if isinstance(answer, (dict, list)) else answer
    return Graph().parse(data=text, format="json-ld")


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # in SPARQLWrapper
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [TURTLE, N3, XML, RDFXML, JSONLD, JSON])
def test_sparqlwrapper_construct_in_every_return_format(base: str, fmt: str, method: str) -> None:
    """SPARQLWrapper's own request for each format (`format=n3`, `format=json-ld&format=
    application/ld+json,application/x-json+ld`, ...) gets the graph, in a syntax it converts."""
    client = wrapper(base, REGISTERS, fmt, method)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # for JSON, SPARQLWrapper sends */* and says so
        result = client.query()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # it warns when an answer is not what it asked for
        answer = result.convert()
    media_type = result.info()["content-type"].split(";")[0]
    if fmt in (TURTLE, N3):
        assert media_type == "text/turtle"
        answer = Graph().parse(data=answer, format="turtle")
    elif fmt in (XML, RDFXML):
        assert media_type == "application/rdf+xml"
    else:
        assert media_type in ("application/ld+json", "application/json")
    assert registers_in(as_graph(answer)) == REGISTER_IRIS


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask_in_every_return_format(base: str, fmt: str, method: str) -> None:
    """SELECT in each results format SPARQLWrapper asks for; ASK too (CSV and TSV define no
    boolean: the default results format answers, which SPARQLWrapper reads with a warning)."""
    select = wrapper(base, "SELECT DISTINCT ?r WHERE { ?r a akg:WorkRegister } ORDER BY ?r", fmt, method)
    result = select.query()
    media_type = result.info()["content-type"].split(";")[0]
    expected = {
        JSON: "application/sparql-results+json",
        XML: "application/sparql-results+xml",
        CSV: "text/csv",
        TSV: "text/tab-separated-values",
    }
    assert media_type == expected[fmt]
    body = result.response.read().decode()
    assert all(str(iri) in body for iri in REGISTER_IRIS)
    ask = wrapper(base, "ASK { ?r a akg:WorkRegister }", fmt, method)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        answer = ask.query().convert()
    if isinstance(answer, xml.dom.minidom.Document):
        assert answer.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert answer["boolean"] is True


def test_rdflib_sparqlstore_construct_select_ask(base: str) -> None:
    """rdflib's SPARQLStore asks for SPARQL XML results whatever the query form: a CONSTRUCT gets
    the default RDF format (Turtle), which it parses by its Content-Type, not 406."""
    graph = Graph(store=SPARQLStore(base + "/sparql", returnFormat="xml"))
    prefixes = f"PREFIX akg: <{AKG}>\n"
    constructed = graph.query(prefixes + REGISTERS).graph
    assert registers_in(constructed) == REGISTER_IRIS
    rows = graph.query(prefixes + "SELECT ?r WHERE { ?r a akg:WorkRegister }")
    assert {row[0] for row in rows} == REGISTER_IRIS
    assert graph.query(prefixes + "ASK { ?r a akg:WorkRegister }").askAnswer is True
    described = graph.query(f"DESCRIBE <{REG['ogf-dmtf']}>").graph
    assert (URIRef(REG["ogf-dmtf"]), RDF.type, AKG.WorkRegister) in described


def roqet(base: str, query: str) -> subprocess.CompletedProcess[str]:
    tool = require_tool(shutil.which("roqet"), "roqet", "apt-get install rasqal-utils")
    return subprocess.run(
        [tool, "-p", base + "/sparql", "-e", query], capture_output=True, text=True, timeout=60
    )


def test_roqet_select(base: str) -> None:
    """roqet (Debian's rasqal) asks for SPARQL XML results and prints the rows it read."""
    result = roqet(base, f"SELECT DISTINCT ?r WHERE {{ ?r a <{AKG.WorkRegister}> }}")
    assert result.returncode == 0, result.stderr
    assert "returned 2 results" in result.stderr
    assert all(f"uri<{iri}>" in result.stdout for iri in REGISTER_IRIS)


@pytest.mark.parametrize(
    "query", [f"CONSTRUCT WHERE {{ ?r a <{AKG.WorkRegister}> }}", f"DESCRIBE <{REG['ogf-dmtf']}>"]
)
def test_roqet_graph_queries_are_answered(base: str, query: str) -> None:
    """roqet sends `Accept: application/sparql-results+xml` for a CONSTRUCT or DESCRIBE too: it
    gets a graph in the default RDF format (Fuseki and Virtuoso answer so), not 406. (rasqal 0.9
    reads only result sets from a service, so it then says it cannot read a graph as SPARQL XML:
    that is the client's limit; the request itself succeeded.)"""
    result = roqet(base, query)
    assert "HTTP status" not in result.stderr, result.stderr
    accept = "application/sparql-results+xml"  # what roqet sends, checked against the server itself
    response = httpx.get(base + "/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=response.text, format="turtle")) > 0


def test_rdflib_dereferences_iris_by_conneg(base: str) -> None:
    """rdflib sends its own Accept header, follows the 303 and parses what comes back."""
    graph = Graph()
    graph.parse(base + "/id/organization/dmtf")
    assert (ORG.dmtf, SKOS.prefLabel, Literal("DMTF", lang="en")) in graph
    ontology = Graph().parse(base + "/ontology")
    assert (AKG.WorkRegister, None, None) in ontology


@pytest.mark.parametrize("path", DOCUMENTS)
@pytest.mark.parametrize(
    "accept", ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]
)
def test_every_rdf_response_parses_in_rdflib(base: str, path: str, accept: str) -> None:
    response = httpx.get(base + path, headers={"Accept": accept}, follow_redirects=True)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    formats = {
        "text/turtle": "turtle",
        "application/ld+json": "json-ld",
        "application/n-triples": "nt",
        "application/rdf+xml": "xml",
    }
    assert len(Graph().parse(data=response.content, format=formats[accept])) > 0


@pytest.mark.parametrize("path", [*DOCUMENTS[:-1], "/dumps/alliance-kg.ttl", "/sparql"])
def test_turtle_parses_with_rapper(base: str, path: str, tmp_path) -> None:
    rapper = require_tool(shutil.which("rapper"), "rapper", "apt-get install raptor2-utils")
    response = httpx.get(base + path, headers={"Accept": "text/turtle"}, follow_redirects=True)
    file = tmp_path / "document.ttl"
    file.write_bytes(response.content)
    result = subprocess.run(
        [rapper, "-i", "turtle", "-c", str(file), "http://example.org/base"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "returned 0 triples" not in result.stderr


def test_rapper_fetches_by_itself(base: str) -> None:
    """rapper retrieves the document over HTTP with its own Accept header and parses what it gets."""
    rapper = require_tool(shutil.which("rapper"), "rapper", "apt-get install raptor2-utils")
    result = subprocess.run(
        [rapper, "-g", "-c", base + "/doc/organization/dmtf.ttl"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_iris_in_documents_are_the_public_ones(base: str) -> None:
    graph = Graph().parse(base + "/doc/organization/dmtf.ttl", format="turtle")
    assert all(not str(s).startswith(base) for s in graph.subjects())
    assert URIRef("https://w3id.org/alliance-kg/id/organization/dmtf") in set(graph.subjects())
