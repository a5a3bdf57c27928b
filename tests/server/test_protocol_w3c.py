"""The W3C SPARQL 1.1 Protocol and Service Description test suites, read from their manifests.

Why a runner rather than hand-copied cases: the manifests in shared/w3c-protocol are the
conformance suite itself; every entry becomes one test here, sent to the live server.
Applicability to a read-only offline endpoint:
- query tests and bad_* tests run as the manifest says, on the read-only server;
- update tests (update_*) ask a read-only endpoint to write: there they must be refused (403),
  and they also run as the manifest says on a second server configured with an update token
  (sending the token): all of them, `using-graph-uri`/`using-named-graph-uri` included.
The suite is not part of the checkout: without ../shared/w3c-protocol every test here skips and
names the missing path (on a plain clone), and FAILS under CI=true (support.kg_server.require_w3c).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from support.kg_server import (
    W3C,
    copy_store,
    http_client,
    media_type,
    require_w3c,
    served_store,
    w3c_available,
)

from kg.testing.live_server import start_server

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TOKEN = "w3c-protocol-test-token"
RESULT_TYPES = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
}
BOOLEAN_TYPES = {"application/sparql-results+json", "application/sparql-results+xml"}
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}
# Without the suite, each test is collected once, with this placeholder, to report why it skips.
SUITE_MISSING = [pytest.param(None, id="w3c-suite-missing")]


@dataclass
class HttpRequest:
    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    statuses: set[int]
    boolean: bool | None
    format: str | None


@dataclass
class ProtocolTest:
    name: str
    title: str
    requests: list[HttpRequest] = field(default_factory=list)

    @property
    def is_update(self) -> bool:
        return self.name.startswith("update_")


def manifest(kind: str) -> Graph:
    return Graph().parse(W3C / kind / "manifest.ttl", format="turtle")


def entries(graph: Graph) -> list[URIRef]:
    head = graph.value(next(graph.subjects(RDF.type, MF.Manifest)), MF.entries)
    return list(Collection(graph, head))


def read_request(graph: Graph, node) -> HttpRequest:
    body_node = graph.value(node, HT.body)
    body = None
    if body_node is not None:
        encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
    headers = {}
    header_list = graph.value(node, HT.headers)
    if header_list is not None:
        for header in Collection(graph, header_list):
            headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
    response = graph.value(node, HT.resp)
    statuses = {int(str(s).rsplit("StatusCode", 1)[1][0]) for s in graph.objects(response, MF.expectedStatus)}
    boolean = graph.value(response, MF.expectedBoolean)
    fmt = graph.value(response, MF.expectedFormat)
    path = str(graph.value(node, HT.absolutePath)).replace("/sparql/", "/sparql", 1)
    return HttpRequest(
        str(graph.value(node, HT.methodName)),
        path,
        body,
        headers,
        statuses,
        None if boolean is None else boolean.toPython(),
        None if fmt is None else str(fmt),
    )


def protocol_tests() -> list[ProtocolTest]:
    graph = manifest("protocol")
    tests = []
    for entry in entries(graph):
        test = ProtocolTest(str(entry).rsplit("#", 1)[1], str(graph.value(entry, MF.name)))
        requests_list = graph.value(graph.value(entry, MF.action), HT.requests)
        test.requests = [read_request(graph, node) for node in Collection(graph, requests_list)]
        tests.append(test)
    return tests


PROTOCOL_TESTS = protocol_tests() if w3c_available() else []
READ_ONLY_TESTS = [t for t in PROTOCOL_TESTS if not t.is_update] or SUITE_MISSING
UPDATE_TESTS = [t for t in PROTOCOL_TESTS if t.is_update] or SUITE_MISSING


@pytest.fixture(scope="module", autouse=True)
def w3c_suite():
    """Before any server starts: skip every test here without the suite (FAIL under CI=true)."""
    return require_w3c()


def boolean_of(response: httpx.Response) -> bool:
    if media_type(response) == "application/sparql-results+json":
        return json.loads(response.content)["boolean"]
    root = ET.fromstring(response.content)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def check_response(request: HttpRequest, response: httpx.Response) -> None:
    assert response.status_code // 100 in request.statuses, (response.status_code, response.text[:300])
    if request.format == "boolean":
        assert media_type(response) in BOOLEAN_TYPES
    if request.format == "tabular":
        assert media_type(response) in RESULT_TYPES
    if request.format == "RDF":
        assert media_type(response) in RDF_TYPES
        Graph().parse(data=response.content, format=RDF_TYPES[media_type(response)])
    if request.boolean is not None:
        assert boolean_of(response) is request.boolean


def send(client: httpx.Client, request: HttpRequest, extra: dict[str, str] | None = None) -> httpx.Response:
    headers = {**request.headers, **(extra or {})}
    return client.request(request.method, request.path, content=request.body, headers=headers)


@pytest.fixture(scope="module")
def update_client():
    """A server on a scratch copy of the store with an update token: update tests write to it."""
    server = start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    try:
        with http_client(server) as session:
            yield session
    finally:
        server.stop()


@pytest.mark.parametrize("test", READ_ONLY_TESTS, ids=lambda t: t.name)
def test_w3c_protocol_read_only(http: httpx.Client, test: ProtocolTest) -> None:
    """Every query test and every bad_* test of the manifest, exactly as written."""
    for request in test.requests:
        check_response(request, send(http, request))


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=lambda t: t.name)
def test_w3c_update_refused_when_read_only(http: httpx.Client, test: ProtocolTest) -> None:
    """Read-only endpoint: each update of the manifest is refused with 403, and nothing changes."""
    first = test.requests[0]
    response = send(http, first)
    assert response.status_code == 403, response.text
    assert (
        http.get(
            "/sparql",
            params={"query": f"ASK {{ GRAPH <{W3C_DATA1}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": "application/sparql-results+json"},
        ).json()["boolean"]
        is True
    )


W3C_DATA1 = "http://kasei.us/2009/09/sparql/data/data1.rdf"


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=lambda t: t.name)
def test_w3c_update_with_token(update_client: httpx.Client, test: ProtocolTest) -> None:
    """With the update token, every update test runs as the manifest says (34 of 34 with the rest)."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for request in test.requests:
        check_response(request, send(update_client, request, auth))


# --- Service Description manifest ---------------------------------------------------------------

SD_TESTS = (
    [str(e).rsplit("#", 1)[1] for e in entries(manifest("service-description"))]
    if w3c_available()
    else SUITE_MISSING
)
SD_RANGES = {
    SD.endpoint: (SD.Service, None),
    SD.defaultDataset: (SD.Service, SD.Dataset),
    SD.defaultGraph: (SD.Dataset, SD.Graph),
    SD.namedGraph: (SD.Dataset, SD.NamedGraph),
    SD.name: (SD.NamedGraph, None),
    SD.graph: (SD.NamedGraph, SD.Graph),
    SD.supportedLanguage: (SD.Service, SD.Language),
    SD.feature: (SD.Service, SD.Feature),
    SD.resultFormat: (SD.Service, None),
}
SD_INSTANCES = {
    SD.SPARQL10Query: SD.Language,
    SD.SPARQL11Query: SD.Language,
    SD.SPARQL11Update: SD.Language,
    SD.UnionDefaultGraph: SD.Feature,
    SD.DereferencesURIs: SD.Feature,
    SD.BasicFederatedQuery: SD.Feature,
    SD.RequiresDataset: SD.Feature,
    SD.EmptyGraphs: SD.Feature,
}


def service_description(client: httpx.Client, accept: str = "text/turtle") -> Graph:
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200
    return Graph().parse(data=response.content, format=RDF_TYPES[media_type(response)])


def typed(graph: Graph, node, cls) -> bool:
    return (node, RDF.type, cls) in graph or SD_INSTANCES.get(node) == cls


@pytest.mark.parametrize("name", SD_TESTS)
def test_w3c_service_description(http: httpx.Client, name: str) -> None:
    if name == "returns-rdf":
        for accept in RDF_TYPES:
            if accept not in ("application/trig", "application/n-quads"):
                assert len(service_description(http, accept)) > 0, accept
    elif name == "has-endpoint-triple":
        graph = service_description(http)
        assert URIRef(str(http.base_url) + "/sparql") in set(graph.objects(None, SD.endpoint))
    elif name == "conforms-to-schema":
        graph = service_description(http)
        for predicate, (domain, range_) in SD_RANGES.items():
            for subject, obj in graph.subject_objects(predicate):
                assert typed(graph, subject, domain), (subject, predicate)
                if range_ is not None:
                    assert typed(graph, obj, range_), (predicate, obj)
    else:
        pytest.fail(f"unknown service description test {name}")
