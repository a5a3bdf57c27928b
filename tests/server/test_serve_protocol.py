"""Our conformance tests for the SPARQL 1.1 Protocol, Service Description and Graph Store (read side).

One test per MUST or SHOULD that applies to a read-only endpoint; each names the section of
the W3C Recommendation it checks and runs against the live server.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from support.kg_server import KASEI, media_type

from kg.model.namespaces import REFERENCE_GRAPH

SELECT = "SELECT ?org WHERE { ?org a akg:StandardsOrganization } ORDER BY ?org"
ASK = "ASK { ?s a akg:WorkRegister }"
CONSTRUCT = "CONSTRUCT { ?r a akg:WorkRegister } WHERE { ?r a akg:WorkRegister }"
DESCRIBE = "DESCRIBE <https://w3id.org/alliance-kg/id/organization/dmtf>"
RESULTS = "http://www.w3.org/2005/sparql-results#"
SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}


def get(
    http: httpx.Client, query: str, accept: str = "application/sparql-results+json", **params
) -> httpx.Response:
    return http.get("/sparql", params={"query": query, **params}, headers={"Accept": accept})


def bindings(response: httpx.Response) -> list[dict]:
    return response.json()["results"]["bindings"]


# --- SPARQL 1.1 Protocol, 2.1 query operation ----------------------------------------------------


def test_2_1_1_query_via_get(http: httpx.Client) -> None:
    """2.1.1: a query string parameter `query` carries the query; 200 with results."""
    response = get(http, SELECT)
    assert response.status_code == 200
    assert len(bindings(response)) >= 3


def test_2_1_2_query_via_post_urlencoded(http: httpx.Client) -> None:
    """2.1.2: POST with application/x-www-form-urlencoded, query in the body."""
    response = http.post(
        "/sparql", data={"query": SELECT}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200 and len(bindings(response)) >= 3


def test_2_1_3_query_via_post_directly(http: httpx.Client) -> None:
    """2.1.3: POST with application/sparql-query, the unencoded query as the body."""
    response = http.post(
        "/sparql",
        content=SELECT.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200 and len(bindings(response)) >= 3


def test_2_1_3_direct_post_needs_its_media_type(http: httpx.Client) -> None:
    """2.1.3: the body of a direct POST MUST be sent as application/sparql-query: anything else is 415."""
    response = http.post("/sparql", content=SELECT.encode(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_2_1_3_direct_post_must_be_utf8(http: httpx.Client) -> None:
    """2.1.3: the query is UTF-8; a charset other than UTF-8 is refused."""
    response = http.post(
        "/sparql",
        content=ASK.encode("utf-16"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
    )
    assert response.status_code in (400, 415)


def test_2_1_4_protocol_dataset_default_graph(http: httpx.Client) -> None:
    """2.1.4: default-graph-uri makes the named graphs given the default graph (and only those)."""
    query = "SELECT ?s WHERE { ?s a ?type }"
    response = get(http, query, **{"default-graph-uri": f"{KASEI}data1.rdf"})
    assert [b["s"]["value"] for b in bindings(response)] == [f"{KASEI}data1.rdf"]


def test_2_1_4_protocol_dataset_overrides_from(http: httpx.Client) -> None:
    """2.1.4: a dataset given by the protocol overrides FROM/FROM NAMED in the query."""
    query = f"SELECT ?s FROM <{KASEI}data3.rdf> WHERE {{ ?s a ?type }}"
    response = get(http, query, **{"default-graph-uri": f"{KASEI}data2.rdf"})
    assert [b["s"]["value"] for b in bindings(response)] == [f"{KASEI}data2.rdf"]


def test_2_1_4_from_in_query_is_used_without_protocol_dataset(http: httpx.Client) -> None:
    """2.1.4 with SPARQL Query 13.2: FROM sets the default graph when the protocol gives none."""
    response = get(http, f"SELECT ?s FROM <{KASEI}data3.rdf> WHERE {{ ?s a ?type }}")
    assert [b["s"]["value"] for b in bindings(response)] == [f"{KASEI}data3.rdf"]


def test_2_1_4_named_graph_uri(http: httpx.Client) -> None:
    """2.1.4: named-graph-uri restricts GRAPH ?g to the graphs given."""
    response = get(
        http,
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        **{"named-graph-uri": [f"{KASEI}data1.rdf", f"{KASEI}data2.rdf"]},
    )
    assert sorted(b["g"]["value"] for b in bindings(response)) == [f"{KASEI}data1.rdf", f"{KASEI}data2.rdf"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_2_1_5_select_response_formats(http: httpx.Client, accept: str, expected: str) -> None:
    """2.1.5: SELECT results as SPARQL XML, JSON, CSV or TSV, chosen by content negotiation."""
    response = get(http, SELECT, accept)
    assert response.status_code == 200 and media_type(response) == expected
    assert "Accept" in response.headers["vary"]
    text = response.text
    if expected.endswith("json"):
        assert json.loads(text)["head"]["vars"] == ["org"]
    elif expected.endswith("xml"):
        assert ET.fromstring(text).find(f"{{{RESULTS}}}head/{{{RESULTS}}}variable").get("name") == "org"
    elif expected == "text/csv":
        assert next(csv.reader(io.StringIO(text))) == ["org"] and "\r\n" in text
    else:
        assert text.splitlines()[0] == "?org" and text.splitlines()[1].startswith("<https://")


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_2_1_5_ask_response_formats(http: httpx.Client, accept: str) -> None:
    """2.1.5: ASK results as SPARQL XML or JSON."""
    response = get(http, ASK, accept)
    assert response.status_code == 200 and media_type(response) == accept
    assert "true" in response.text


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("accept", list(RDF_PARSERS))
def test_2_1_5_graph_response_formats(http: httpx.Client, query: str, accept: str) -> None:
    """2.1.5: CONSTRUCT and DESCRIBE as RDF: Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads."""
    response = get(http, query, accept)
    assert response.status_code == 200 and media_type(response) == accept
    graph = Graph()
    graph.parse(data=response.content, format=RDF_PARSERS[accept])
    assert len(graph) > 0


def test_2_1_5_no_acceptable_format_is_406(http: httpx.Client) -> None:
    """2.1.5 with RFC 9110 15.5.7: nothing a SPARQL endpoint speaks is acceptable -> 406 Not Acceptable."""
    assert get(http, SELECT, "image/png").status_code == 406
    assert get(http, CONSTRUCT, "image/png, application/pdf").status_code == 406
    assert get(http, CONSTRUCT, "text/turtle;q=0, */*;q=0").status_code == 406


@pytest.mark.parametrize(
    ("query", "accept", "expected"),
    [
        (CONSTRUCT, "application/sparql-results+xml", "text/turtle"),  # roqet, rdflib's SPARQLStore
        (CONSTRUCT, "application/sparql-results+json", "text/turtle"),
        (DESCRIBE, "application/sparql-results+xml", "text/turtle"),
        (SELECT, "text/turtle", "application/sparql-results+json"),
        (SELECT, "application/rdf+xml, application/ld+json", "application/sparql-results+json"),
        (ASK, "text/csv", "application/sparql-results+json"),  # CSV/TSV define no boolean
        (ASK, "application/n-triples", "application/sparql-results+json"),
        (CONSTRUCT, "application/sparql-results+xml, text/turtle;q=0", "application/ld+json"),  # q=0 holds
    ],
)
def test_2_1_5_a_format_of_another_query_form_gets_the_default(
    http: httpx.Client, query: str, accept: str, expected: str
) -> None:
    """Accept naming only answer formats of another query form: the form's default format, as
    Fuseki and Virtuoso answer, rather than 406 (clients send one Accept whatever the query)."""
    response = get(http, query, accept)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    assert "accept" in response.headers["vary"].lower()


@pytest.mark.parametrize(
    ("query", "accept", "expected", "parser"),
    [
        (CONSTRUCT, "application/json", "application/json", "json-ld"),
        (DESCRIBE, "application/json", "application/json", "json-ld"),
        (CONSTRUCT, "text/n3", "text/turtle", "turtle"),
        (CONSTRUCT, "application/x-turtle", "text/turtle", "turtle"),
        (CONSTRUCT, "application/turtle", "text/turtle", "turtle"),
        (CONSTRUCT, "application/x-json+ld", "application/ld+json", "json-ld"),
    ],
)
def test_2_1_5_other_names_of_rdf_types(
    http: httpx.Client, query: str, accept: str, expected: str, parser: str
) -> None:
    """application/json gets JSON-LD for a graph (one object); text/n3 and application/x-turtle get Turtle."""
    response = get(http, query, accept)
    assert response.status_code == 200 and media_type(response) == expected
    assert len(Graph().parse(data=response.content, format=parser)) > 0
    if accept == "application/json":
        assert isinstance(response.json(), dict)


def test_2_1_5_application_json_for_results(http: httpx.Client) -> None:
    """application/json gets SPARQL JSON results for SELECT and ASK."""
    assert bindings(get(http, SELECT, "application/json"))
    assert get(http, ASK, "application/json").json()["boolean"] is True


@pytest.mark.parametrize(
    ("query", "params", "expected"),
    [
        (CONSTRUCT, [("format", "n3"), ("output", "n3"), ("results", "n3")], "text/turtle"),  # SPARQLWrapper
        (
            CONSTRUCT,
            [("format", "json-ld"), ("format", "application/ld+json,application/x-json+ld")],
            "application/ld+json",
        ),
        (CONSTRUCT, [("format", "rdf+xml"), ("format", "application/rdf+xml")], "application/rdf+xml"),
        (CONSTRUCT, [("format", "xml")], "application/rdf+xml"),
        (SELECT, [("format", "xml")], "application/sparql-results+xml"),
        (SELECT, [("format", "tsv"), ("format", "text/tab-separated-values")], "text/tab-separated-values"),
        (SELECT, [("output", "csv")], "text/csv"),  # Fuseki's name for the parameter
        (CONSTRUCT, [("format", "no-such-format")], "application/n-triples"),  # unknown: Accept decides
        (CONSTRUCT, [("format", "csv")], "text/turtle"),  # a results format: the default RDF one
    ],
)
def test_format_parameter_as_clients_send_it(
    http: httpx.Client, query: str, params: list[tuple[str, str]], expected: str
) -> None:
    """`format` (or `output`): repeated, comma lists, names or media types; the first one known
    for the query's form wins, an unknown one falls back to the Accept header."""
    response = http.get(
        "/sparql", params=[("query", query), *params], headers={"Accept": "application/n-triples"}
    )
    assert response.status_code == 200, response.text
    assert media_type(response) == expected


def test_format_parameter_in_a_form_post(http: httpx.Client) -> None:
    """SPARQLWrapper's POST puts `format` in the form body beside the query: it counts there too."""
    response = http.post("/sparql", data={"query": CONSTRUCT, "format": "n3"}, headers={"Accept": "*/*"})
    assert response.status_code == 200 and media_type(response) == "text/turtle"
    response = http.post("/sparql", data={"query": CONSTRUCT, "format": "json-ld"})
    assert response.status_code == 200 and media_type(response) == "application/ld+json"


def test_2_1_6_success_is_2xx_with_results(http: httpx.Client) -> None:
    """2.1.6: a successful query answers 2XX with the results in the body."""
    response = get(http, ASK)
    assert response.status_code == 200 and response.json() == {"head": {}, "boolean": True}


def test_2_1_7_malformed_query_is_400(http: httpx.Client) -> None:
    """2.1.7: a syntactically invalid query -> 400 Bad Request."""
    response = get(http, "SELECT ?s WHERE { ?s ")
    assert response.status_code == 400
    assert "syntax" in response.text.lower()


def test_2_1_7_failure_bodies_are_negotiated(http: httpx.Client) -> None:
    """2.1.7: failure bodies SHOULD use content negotiation for human- or machine-readable text."""
    plain = get(http, "SELECT {", "text/plain")
    page = get(http, "SELECT {", "text/html")
    assert media_type(plain) == "text/plain" and media_type(page) == "text/html"
    assert "Accept" in page.headers["vary"]


def test_2_1_query_by_other_methods_is_405(http: httpx.Client) -> None:
    """2.1: queries MUST use GET or POST; other methods -> 405 with Allow."""
    response = http.put("/sparql", params={"query": ASK})
    assert response.status_code == 405
    assert "POST" in response.headers["allow"]


def test_2_1_one_query_per_request(http: httpx.Client) -> None:
    """2.1.1: exactly one query parameter."""
    assert http.get("/sparql", params=[("query", ASK), ("query", ASK)]).status_code == 400


def test_2_1_post_without_query_is_400(http: httpx.Client) -> None:
    """2.1.2: a form POST must carry `query` (or `update`)."""
    assert http.post("/sparql", data={"nothing": "here"}).status_code == 400


def test_2_1_head_is_get_without_body(http: httpx.Client) -> None:
    """RFC 9110 9.3.2 on the protocol's GET: HEAD answers like GET, with no body."""
    head = http.head("/sparql", params={"query": ASK}, headers={"Accept": "application/sparql-results+json"})
    assert head.status_code == 200 and head.content == b""
    assert media_type(head) == "application/sparql-results+json"


# --- 2.2 update operation on a read-only endpoint --------------------------------------------------


def test_2_2_update_by_get_is_refused(http: httpx.Client) -> None:
    """2.2: updates MUST be POSTed: a GET with update= is a client error."""
    assert 400 <= http.get("/sparql", params={"update": "CLEAR ALL"}).status_code < 500


@pytest.mark.parametrize("how", ["form", "direct"])
def test_2_2_updates_refused_without_token(http: httpx.Client, how: str) -> None:
    """2.2 and 3 (policy): a read-only endpoint refuses updates, 403 Forbidden, and changes nothing."""
    update = f"DROP GRAPH <{REFERENCE_GRAPH}>"
    if how == "form":
        response = http.post("/sparql", data={"update": update})
    else:
        response = http.post(
            "/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"}
        )
    assert response.status_code == 403
    assert get(http, f"ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}").json()["boolean"] is True


def test_2_2_update_sent_as_query_is_400(http: httpx.Client) -> None:
    """2.1/2.2: an update in the `query` parameter is not a query."""
    assert get(http, "INSERT DATA { <urn:a> <urn:b> <urn:c> }").status_code == 400


def test_2_query_and_update_together_is_400(http: httpx.Client) -> None:
    """2.1.2/2.2.1: one operation per request."""
    assert http.post("/sparql", data={"query": ASK, "update": "CLEAR ALL"}).status_code == 400


# --- Service Description -----------------------------------------------------------------------


def service_description(http: httpx.Client, accept: str) -> Graph:
    response = http.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200 and media_type(response) == accept
    assert "Accept" in response.headers["vary"]
    return Graph().parse(data=response.content, format=RDF_PARSERS[accept])


@pytest.mark.parametrize(
    "accept", ["text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"]
)
def test_sd_2_description_at_endpoint_by_conneg(http: httpx.Client, accept: str) -> None:
    """SD 2: GET on the endpoint without a query returns the service description, in RDF, by conneg."""
    graph = service_description(http, accept)
    service = next(graph.subjects(RDF.type, URIRef(SD + "Service")))
    assert (service, URIRef(SD + "endpoint"), URIRef(str(http.base_url) + "/sparql")) in graph


def test_sd_3_describes_languages_formats_and_dataset(http: httpx.Client) -> None:
    """SD 3.2: supported language, result formats, features, the default dataset and its named graphs."""
    graph = service_description(http, "text/turtle")
    assert URIRef(SD + "SPARQL11Query") in set(graph.objects(None, URIRef(SD + "supportedLanguage")))
    assert URIRef(SD + "SPARQL11Update") not in set(graph.objects(None, URIRef(SD + "supportedLanguage")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in set(
        graph.objects(None, URIRef(SD + "resultFormat"))
    )
    assert URIRef(SD + "UnionDefaultGraph") in set(graph.objects(None, URIRef(SD + "feature")))
    names = set(graph.objects(None, URIRef(SD + "name")))
    assert URIRef(REFERENCE_GRAPH) in names and URIRef(f"{KASEI}data1.rdf") in names


def test_sd_browsers_get_the_query_page(http: httpx.Client) -> None:
    """SD 2 (RDFa/HTML may be offered): a browser gets an HTML query form at the same URL."""
    response = http.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert media_type(response) == "text/html" and "<textarea" in response.text


# --- Graph Store HTTP Protocol, read side ------------------------------------------------------------


def test_gsp_4_2_indirect_get_named_graph(http: httpx.Client) -> None:
    """GSP 4.2 and 5.2: GET ?graph=IRI returns that graph's RDF, by conneg."""
    response = http.get(
        "/store", params={"graph": f"{KASEI}data1.rdf"}, headers={"Accept": "application/n-triples"}
    )
    assert response.status_code == 200 and media_type(response) == "application/n-triples"
    assert response.text.strip().startswith(f"<{KASEI}data1.rdf>")


def test_gsp_4_2_default_graph(http: httpx.Client) -> None:
    """GSP 4.2: ?default names the default graph (here the union of the named graphs, as in /sparql)."""
    response = http.get("/store?default", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert len(Graph().parse(data=response.text, format="turtle")) > 2000


def test_gsp_5_2_missing_graph_is_404(http: httpx.Client) -> None:
    """GSP 5.2 (status codes): GET on a graph the store does not hold -> 404 Not Found."""
    assert http.get("/store", params={"graph": "http://example.org/no-such-graph"}).status_code == 404


def test_gsp_5_6_head(http: httpx.Client) -> None:
    """GSP 5.6: HEAD is GET without the body."""
    response = http.head("/store", params={"graph": f"{KASEI}data1.rdf"}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.content == b"" and media_type(response) == "text/turtle"


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_gsp_writes_are_405_on_a_read_only_store(http: httpx.Client, method: str) -> None:
    """GSP 5 with RFC 9110 15.5.6: methods the read-only store does not support -> 405 with Allow."""
    response = http.request(
        method,
        "/store",
        params={"graph": f"{KASEI}data1.rdf"},
        content=b"<a> <b> <c> .",
        headers={"Content-Type": "application/n-triples"},
    )
    assert response.status_code == 405 and "GET" in response.headers["allow"]


def test_gsp_ambiguous_request_is_400(http: httpx.Client) -> None:
    """GSP 4.2: exactly one of ?graph=IRI or ?default."""
    assert http.get("/store").status_code == 400
    assert http.get("/store", params={"graph": f"{KASEI}data1.rdf", "default": ""}).status_code == 400


def test_gsp_406(http: httpx.Client) -> None:
    assert http.get("/store?default", headers={"Accept": "image/png"}).status_code == 406
