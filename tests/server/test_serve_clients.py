"""Real clients against the live server: SPARQLWrapper, rdflib by conneg, Debian's rapper."""

from __future__ import annotations

import shutil
import subprocess

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
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
