"""Dereferenceable IRIs, vocabularies, VoID, dumps and HTML pages of the live server (points 3-6)."""

from __future__ import annotations

import gzip
import re

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from support.kg_server import ANNOTATED, HUB, QUOTE, media_type

from kg.model.namespaces import AKG, ORG, REG

DMTF = "/id/organization/dmtf"
PARSERS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}
SUFFIXES = {
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
    ".rdf": "application/rdf+xml",
    ".html": "text/html",
}
VOID = "http://rdfs.org/ns/void#"


def parse(response: httpx.Response) -> Graph:
    return Graph().parse(data=response.content, format=PARSERS[media_type(response)])


# --- 303, documents, conneg ----------------------------------------------------------------


def test_resource_iri_answers_303_to_its_document(http: httpx.Client) -> None:
    response = http.get(DMTF, headers={"Accept": "text/turtle"})
    assert response.status_code == 303
    assert response.headers["location"] == "/doc/organization/dmtf"


def test_unknown_resource_is_404(http: httpx.Client) -> None:
    assert http.get("/id/organization/no-such-body").status_code == 404
    assert http.get("/doc/organization/no-such-body").status_code == 404


@pytest.mark.parametrize("accept", list(PARSERS))
def test_document_by_conneg(http: httpx.Client, accept: str) -> None:
    response = http.get(DMTF, headers={"Accept": accept}, follow_redirects=True)
    assert response.status_code == 200 and media_type(response) == accept
    assert response.headers["vary"] == "Accept"
    assert (
        response.headers["content-location"]
        == "/doc/organization/dmtf" + {v: k for k, v in SUFFIXES.items()}[accept]
    )
    graph = parse(response)
    assert (ORG.dmtf, SKOS.prefLabel, Literal("DMTF", lang="en")) in graph


def test_rdf_clients_get_turtle_by_default(http: httpx.Client) -> None:
    for accept in (None, "*/*", "application/*"):
        headers = {"Accept": accept} if accept else {}
        response = http.get("/doc/organization/dmtf", headers=headers)
        if accept == "application/*":
            assert media_type(response) == "application/ld+json"
        else:
            assert media_type(response) == "text/turtle"


def test_browsers_get_html(http: httpx.Client) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
    response = http.get(DMTF, headers={"Accept": accept}, follow_redirects=True)
    assert media_type(response) == "text/html"
    assert response.headers["content-location"] == "/doc/organization/dmtf.html"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle;q=0, */*;q=0.1", "application/ld+json"),
        ("application/n-triples;q=0.9, application/rdf+xml", "application/rdf+xml"),
        ("text/*;q=0.5, text/html;q=0", "text/turtle"),
        (
            "application/rdf+xml;q=0.2, text/turtle;q=0.2, application/n-triples;q=0.3",
            "application/n-triples",
        ),
    ],
)
def test_tricky_accept_headers_over_http(http: httpx.Client, accept: str, expected: str) -> None:
    assert media_type(http.get("/doc/organization/dmtf", headers={"Accept": accept})) == expected


def test_nothing_acceptable_is_406_with_vary(http: httpx.Client) -> None:
    response = http.get("/doc/organization/dmtf", headers={"Accept": "image/png, text/turtle;q=0"})
    assert response.status_code == 406 and response.headers["vary"] == "Accept"


def test_link_alternates_for_every_format(http: httpx.Client) -> None:
    link = http.get("/doc/organization/dmtf").headers["link"]
    for suffix, media in SUFFIXES.items():
        assert f'</doc/organization/dmtf{suffix}>; rel="alternate"; type="{media}"' in link


@pytest.mark.parametrize("suffix", list(SUFFIXES))
def test_suffix_urls_answer_200_directly(http: httpx.Client, suffix: str) -> None:
    response = http.get("/doc/organization/dmtf" + suffix, headers={"Accept": "image/png"})
    assert response.status_code == 200 and media_type(response) == SUFFIXES[suffix]
    assert "content-location" not in response.headers


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("ttl", "text/turtle"),
        ("jsonld", "application/ld+json"),
        ("nt", "application/n-triples"),
        ("rdf", "application/rdf+xml"),
        ("html", "text/html"),
        ("application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_format_parameter_overrides_accept(http: httpx.Client, key: str, expected: str) -> None:
    response = http.get("/doc/organization/dmtf", params={"format": key}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and media_type(response) == expected


def test_unknown_format_parameter_is_400(http: httpx.Client) -> None:
    assert http.get("/doc/organization/dmtf", params={"format": "docx"}).status_code == 400


def test_description_is_cbd_plus_labels_of_links(http: httpx.Client) -> None:
    graph = parse(http.get("/doc/register/ogf-dmtf.ttl"))
    register = REG["ogf-dmtf"]
    assert (register, AKG.party, ORG.ogf) in graph
    assert (ORG.ogf, SKOS.prefLabel, Literal("Open Grid Forum", lang="en")) in graph  # label of a link
    assert not list(graph.triples((ORG.ogf, AKG.acronym, None)))  # ...but not its whole description


def test_incoming_links_are_bounded_and_paged(http: httpx.Client) -> None:
    """250 resources link to the hub; pages of 100 incoming links, with rel=next."""
    seen = set()
    for page, expected in ((1, 100), (2, 100), (3, 50)):
        response = http.get("/doc/topic/hub-sample.nt", params={"page": page})
        graph = Graph().parse(data=response.text, format="nt")
        spokes = {s for s, _, o in graph if o == HUB}
        assert len(spokes) == expected
        seen |= spokes
        assert ('rel="next"' in response.headers["link"]) == (page < 3)
    assert len(seen) == 250
    assert http.get("/doc/topic/hub-sample", params={"page": "0"}).status_code == 400


def test_conditional_get_on_documents(http: httpx.Client) -> None:
    first = http.get("/doc/organization/dmtf.ttl")
    again = http.get("/doc/organization/dmtf.ttl", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


# --- ontology and shapes --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ontology", "shapes"])
def test_vocabularies_at_their_namespace_iris(http: httpx.Client, name: str) -> None:
    response = http.get(f"/{name}", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["vary"] == "Accept"
    assert response.headers["content-location"] == f"/{name}.ttl"
    graph = parse(response)
    assert len(graph) > 100
    for suffix in SUFFIXES:
        assert http.get(f"/{name}{suffix}").status_code == 200


def test_ontology_html_is_generated_from_labels_and_definitions(http: httpx.Client) -> None:
    page = http.get("/ontology", headers={"Accept": "text/html"}).text
    ontology = parse(http.get("/ontology.ttl"))
    assert 'id="Organization"' in page and 'id="party"' in page  # anchors for hash IRIs
    for term in (AKG.Organization, AKG.WorkRegister):
        assert str(ontology.value(term, RDFS.label)) in page
        assert str(ontology.value(term, SKOS.definition)) in page
    assert "Alliance Knowledge Graph ontology" in page


def test_shapes_html_lists_node_shapes(http: httpx.Client) -> None:
    page = http.get("/shapes.html").text
    assert "Node shapes" in page and 'id="' in page


# --- VoID and dumps -----------------------------------------------------------------------


def test_void_at_well_known(http: httpx.Client) -> None:
    response = http.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["vary"] == "Accept"
    graph = parse(response)
    dataset = next(graph.subjects(RDF.type, URIRef(VOID + "Dataset")))
    value = lambda p: graph.value(dataset, URIRef(VOID + p))  # noqa: E731
    assert int(value("triples")) > 2000
    assert str(value("uriSpace")) == "https://w3id.org/alliance-kg/id/"
    assert str(value("sparqlEndpoint")) == str(http.base_url) + "/sparql"
    dumps = {str(d) for d in graph.objects(dataset, URIRef(VOID + "dataDump"))}
    assert f"{http.base_url}/dumps/alliance-kg.trig.gz" in dumps
    assert graph.value(dataset, URIRef("http://purl.org/dc/terms/license")) is not None
    assert list(graph.objects(dataset, URIRef(VOID + "exampleResource")))
    classes = {
        graph.value(p, URIRef(VOID + "class"))
        for p in graph.objects(dataset, URIRef(VOID + "classPartition"))
    }
    assert AKG.WorkRegister in classes
    properties = {
        graph.value(p, URIRef(VOID + "property"))
        for p in graph.objects(dataset, URIRef(VOID + "propertyPartition"))
    }
    assert AKG.party in properties


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("alliance-kg.trig", "trig"), ("alliance-kg.nq", "nquads"), ("alliance-kg.ttl", "turtle")],
)
def test_dumps_parse_and_have_validators(http: httpx.Client, name: str, fmt: str) -> None:
    plain = http.get(f"/dumps/{name}")
    packed = http.get(f"/dumps/{name}.gz")
    assert plain.status_code == 200 and packed.status_code == 200
    assert packed.headers["content-type"] == "application/gzip"
    assert gzip.decompress(packed.content) == plain.content
    for response in (plain, packed):
        assert re.fullmatch(r'"[0-9a-f]{32}"', response.headers["etag"])
        assert response.headers["last-modified"].endswith("GMT")
    if fmt == "turtle":
        assert len(Graph().parse(data=plain.content, format=fmt)) > 2000
    else:
        dataset = Dataset()
        dataset.parse(data=plain.content, format=fmt)
        assert len(list(dataset.graphs())) > 4


def test_dumps_conditional_get(http: httpx.Client) -> None:
    first = http.get("/dumps/alliance-kg.nq.gz")
    tag, modified = first.headers["etag"], first.headers["last-modified"]
    assert http.get("/dumps/alliance-kg.nq.gz", headers={"If-None-Match": tag}).status_code == 304
    assert (
        http.get("/dumps/alliance-kg.nq.gz", headers={"If-None-Match": f'W/{tag}, "other"'}).status_code
        == 304
    )
    assert http.get("/dumps/alliance-kg.nq.gz", headers={"If-Modified-Since": modified}).status_code == 304
    assert http.get("/dumps/alliance-kg.nq.gz", headers={"If-None-Match": '"stale"'}).status_code == 200
    assert (
        http.get(
            "/dumps/alliance-kg.nq.gz", headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}
        ).status_code
        == 200
    )
    assert http.get("/dumps/alliance-kg.docx").status_code == 404


# --- HTML for people -----------------------------------------------------------------------


def test_resource_page_shows_label_type_properties_and_links(http: httpx.Client) -> None:
    page = http.get("/doc/register/ogf-dmtf.html").text
    assert "<h1" in page and "OGF / DMTF Work Register" in page
    assert 'href="/ontology#WorkRegister"' in page  # its type, linked to the ontology docs
    assert 'href="/id/organization/ogf"' in page and "Open Grid Forum" in page  # a link, by label
    assert "Referenced by" in page


def test_resource_page_shows_source_sentences(http: httpx.Client) -> None:
    page = http.get(str(ANNOTATED).replace("https://w3id.org/alliance-kg/id/", "/doc/") + ".html").text
    assert "Source sentences" in page and QUOTE in page


def test_annotations_are_sources_not_links(http: httpx.Client) -> None:
    """The annotation about DMTF is shown as its quote, with its document, not as a link under
    "Referenced by" (where every register graph's annotations of DMTF used to be listed)."""
    page = http.get("/doc/organization/dmtf.html").text
    incoming = page[page.index('id="incoming"') :]
    assert "annotation-1" not in incoming and "hasBody" not in incoming
    assert 'id="provenance-links"' in incoming
    sources = page[page.index('id="sources"') : page.index('id="incoming"')]
    assert QUOTE in sources and 'href="/id/document/sample-register"' in sources


def test_organization_page_lists_registers_units_and_contacts(http: httpx.Client) -> None:
    page = http.get("/doc/organization/ogf.html").text
    for heading in ("Alliances and work registers", "Units", "Contacts"):
        assert f">{heading}</h2>" in page
    assert page.index(">Alliances and work registers</h2>") < page.index('href="/id/register/ogf-dmtf"')


def test_home_page_lists_and_links(http: httpx.Client) -> None:
    page = http.get("/").text
    for heading in ("Organizations", "Work registers", "Specifications"):
        assert heading in page
    assert 'href="/sparql"' in page and 'href="/network"' in page
    assert 'href="/id/organization/dmtf"' in page and 'href="/id/register/ogf-dmtf"' in page


def test_network_picture(http: httpx.Client) -> None:
    pytest.importorskip("matplotlib")
    assert "<img" in http.get("/network").text
    response = http.get("/network.svg", timeout=120)
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in response.content[:2000]
