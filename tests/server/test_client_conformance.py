"""Standard clients against a real `kg serve`, where they disagreed with the specifications or with
what independent servers (Oxigraph server, Fuseki) answer (session 10; docs/reliability.md section 10).

Each test drives the live server with the client a user would use (rdflib's SPARQLStore and
SPARQLUpdateStore, SPARQLWrapper, `requests`) and checks what the client sees against what the
store itself holds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import warnings
import xml.dom.minidom
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from pyld import jsonld
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from support.kg_server import copy_store, require_tool, served_store, shared_server

from kg.testing.live_server import LiveServer, start_server
from kg.testing.recording_socket import RecordingSocket
from kg.testing.servers import free_port, oxigraph_program, wait_until_ready

TOKEN = "client-conformance-token"
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_TRIPLES = URIRef("http://rdfs.org/ns/void#triples")
ORGANIZATION = "https://w3id.org/alliance-kg/id/organization/dmtf"


@pytest.fixture(scope="module")
def writable() -> Iterator[LiveServer]:
    """A server with the update token, on its own copy of the test store."""
    server = start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    try:
        yield server
    finally:
        server.stop()


def endpoint(server: LiveServer) -> str:
    return server.url + "sparql"


def update_store(server: LiveServer) -> SPARQLUpdateStore:
    return SPARQLUpdateStore(
        endpoint(server), endpoint(server), headers={"Authorization": f"Bearer {TOKEN}"}, autocommit=True
    )


def test_the_service_description_counts_the_default_graph_a_client_queries() -> None:
    """sd:UnionDefaultGraph is declared, and the default graph's void:triples must be the size of the
    default graph clients query: a set, where a triple stated in two named graphs counts once. It
    was the sum of the named graphs' sizes (4,760 where rdflib's len() of the default graph is 4,747)."""
    url = endpoint(shared_server())
    description = Graph().parse(url, format="turtle")
    service = next(description.subjects(URIRef(SD + "endpoint"), URIRef(url)))
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in description
    dataset = description.value(service, URIRef(SD + "defaultDataset"))
    default = description.value(dataset, URIRef(SD + "defaultGraph"))
    declared = int(description.value(default, VOID_TRIPLES))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        queried = len(Graph(store=SPARQLStore(url)))
    assert declared == queried
    named = [
        description.value(node, URIRef(SD + "graph"))
        for node in description.objects(dataset, URIRef(SD + "namedGraph"))
    ]
    assert sum(int(description.value(graph, VOID_TRIPLES)) for graph in named) > queried  # the premise


def test_a_triple_added_to_the_default_graph_by_rdflib_is_there_afterwards(writable: LiveServer) -> None:
    """rdflib's Dataset over SPARQLUpdateStore adds to the default graph with `INSERT DATA { s p o }`.
    The server answered 204 and the triple was gone (the default graph, kept as the union of the
    named graphs, was brought level with them after the update). A write to the default graph goes
    to the named graph the Graph Store's ?default writes go to, and so into the union."""
    store = update_store(writable)
    dataset = Dataset(store=store)
    triple = (URIRef("urn:x-s10:default"), URIRef("urn:x-s10:p"), Literal("written to the default graph"))
    before = len(dataset)
    dataset.add(triple)
    assert triple in dataset
    assert len(dataset) == before + 1
    default = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    assert list(default.objects(triple[0], triple[1])) == [triple[2]]
    dataset.remove(triple)
    assert triple not in dataset
    assert len(dataset) == before


def test_every_kind_of_default_graph_write_lasts_and_can_be_taken_back(writable: LiveServer) -> None:
    """INSERT DATA with a blank node, INSERT ... WHERE, then DELETE WHERE, all without GRAPH, by
    SPARQLWrapper with the token: each is seen by the next query, and the delete takes them away;
    a triple only removed from a named graph does not come back through the default graph."""
    subject = "urn:x-s10:where"

    def run(update: str) -> None:
        client = SPARQLWrapper(endpoint(writable))
        client.setMethod(POST)
        client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        client.setQuery(update)
        client.query()

    def objects() -> list[str]:
        client = SPARQLWrapper(endpoint(writable))
        client.setReturnFormat(JSON)
        client.setQuery(f"SELECT ?o WHERE {{ <{subject}> ?p ?o }} ORDER BY ?o")
        rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index, call-overload]
        return [
            row["o"]["type"] + ":" + (row["o"]["value"] if row["o"]["type"] != "bnode" else "")
            for row in rows
        ]

    run(f"INSERT DATA {{ <{subject}> <urn:x-s10:p> [ <urn:x-s10:q> 1 ] }}")
    run(f"INSERT {{ <{subject}> <urn:x-s10:count> ?n }} WHERE {{ SELECT (COUNT(*) AS ?n) {{ ?s a ?c }} }}")
    assert [kind.split(":")[0] for kind in objects()] == ["bnode", "literal"]
    run(f"DELETE WHERE {{ <{subject}> ?p ?o }}")
    assert objects() == []
    run(f"INSERT DATA {{ GRAPH <urn:x-s10:named> {{ <{subject}> <urn:x-s10:p> 'named' }} }}")
    assert objects() == ["literal:named"]
    run(f"DELETE DATA {{ GRAPH <urn:x-s10:named> {{ <{subject}> <urn:x-s10:p> 'named' }} }}")
    assert objects() == []


IRI_CASES = {
    # the IRI in the store -> the path a client sends for it (RFC 3987 3.1: non-ASCII as UTF-8 %XX)
    "https://w3id.org/alliance-kg/id/topic/\u00fcber": "/id/topic/%C3%BCber",
    "https://w3id.org/alliance-kg/id/topic/caf\u00e9-50%25": "/id/topic/caf%C3%A9-50%25",
    "https://w3id.org/alliance-kg/id/topic/na%C3%AFve": "/id/topic/na%c3%afve",  # hex in lower case
    "https://w3id.org/alliance-kg/id/topic/€-zone": "/id/topic/%E2%82%AC-zone",  # not Latin-1: headers
}


def labelled(server: LiveServer, graph: str, iris: list[str]) -> None:
    """Each IRI labelled with its position in `iris`, written into `graph` by SPARQLWrapper."""
    data = " ".join(f'<{iri}> <{RDFS.label}> "{n}" .' for n, iri in enumerate(iris))
    client = SPARQLWrapper(endpoint(server))
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setQuery(f"INSERT DATA {{ GRAPH <{graph}> {{ {data} }} }}")
    client.query()


@pytest.fixture(scope="module")
def iri_resources(writable: LiveServer) -> dict[str, str]:
    """Resources whose IRIs are not plain ASCII, loaded by SPARQL Update (kg store load can hold them too)."""
    labelled(writable, "urn:x-s10:iris", list(IRI_CASES))
    return IRI_CASES


@pytest.mark.parametrize("iri", list(IRI_CASES))
def test_an_iri_is_dereferenced_by_the_uri_a_client_sends_for_it(
    writable: LiveServer, iri_resources: dict[str, str], iri: str
) -> None:
    """A client dereferences an IRI by its URI (RFC 3987 3.1: non-ASCII characters as %XX of their
    UTF-8), and may write %XX in lower case (RFC 3986 6.2.2.1: the same URI). The server looked the
    path up as sent: `/id/topic/%C3%BCber` was 404 for the IRI `.../topic/über`, though the query
    page links to it (a browser sends it so). The IRI as written in the store is found either way."""
    path = iri_resources[iri]
    with httpx.Client(base_url=writable.url.rstrip("/"), timeout=30, follow_redirects=True) as http:
        response = http.get(path, headers={"Accept": "text/turtle"})
        assert response.status_code == 200, response.text
        described = Graph().parse(data=response.text, format="turtle", publicID=iri)
        assert (URIRef(iri), RDFS.label, None) in described
        # the page of the query results links the IRI as it is; a client following the link gets it
        page = http.get(path.replace("/id/", "/doc/"), headers={"Accept": "text/html"})
        assert page.status_code == 200
        # the IRI typed as it is written (httpx encodes it as browsers do)
        typed = http.get(iri.replace("https://w3id.org/alliance-kg", ""), headers={"Accept": "text/turtle"})
        assert typed.status_code == 200, typed.text


def test_a_uri_and_an_iri_both_in_the_store_are_each_their_own(writable: LiveServer) -> None:
    """When the store holds both `.../caf%C3%A9` and `.../café` (two RDF terms), the path as sent
    names the first: the IRI form is only tried for what is not there as sent."""
    both = [
        "https://w3id.org/alliance-kg/id/topic/th%C3%A9",
        "https://w3id.org/alliance-kg/id/topic/th\u00e9",
    ]
    labelled(writable, "urn:x-s10:both", both)
    with httpx.Client(base_url=writable.url.rstrip("/"), timeout=30) as http:
        response = http.get("/doc/topic/th%C3%A9", headers={"Accept": "application/n-triples"})
        assert response.status_code == 200
        assert f'<{both[0]}> <{RDFS.label}> "0"' in response.text
        assert '"1"' not in response.text


@pytest.mark.parametrize(
    "path", ["/id/organization/dmtf", "/doc/organization/dmtf.jsonld", "/ontology", "/.well-known/void"]
)
def test_pyld_expands_our_json_ld_documents_by_their_urls(path: str) -> None:
    """pyld (the JSON-LD processor of the specification's editors) loads a document by its URL with
    its requests loader. It failed on every linked-data document ("Could not retrieve a JSON-LD
    document"): it reads Link rel="alternate" as one link, and ours listed five, one per format.
    A JSON-LD processor reads an alternate only from an answer that is not JSON (JSON-LD 1.1 API,
    LoadDocumentCallback), so JSON answers carry no alternates; other formats still list them."""
    base = shared_server().url.rstrip("/")
    jsonld.set_document_loader(jsonld.requests_document_loader(timeout=30))
    expanded = jsonld.expand(base + path)
    assert expanded and all("@id" in node for node in expanded)
    quads = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
    plain = base + path.removesuffix(".jsonld")
    served = httpx.get(plain, headers={"Accept": "application/n-triples"}, follow_redirects=True)
    assert len(quads.splitlines()) == len(served.text.splitlines())  # the same triples
    assert 'rel="alternate"' in served.headers["link"]  # alternates kept where they cannot mislead
    compacted = jsonld.compact(expanded, {"@vocab": str(RDFS)})
    assert "@context" in compacted


COMUNICA_ACCEPT = (  # what Comunica (actor-http) sends to dereference a source, as logged from a run
    "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.8,"
    "text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,image/svg+xml;q=0.3,"
    "text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,text/shaclc;q=0.1,"
    "text/shaclc-ext;q=0.05"
)
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
CONSTRUCT = "CONSTRUCT WHERE { ?s a <https://w3id.org/alliance-kg/ontology#WorkRegister> }"
SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/alliance-kg/ontology#WorkRegister> }"


@pytest.mark.parametrize(
    ("query", "accept", "expected"),
    [
        (CONSTRUCT, COMUNICA_ACCEPT, "application/n-quads"),
        (f"DESCRIBE <{ORGANIZATION}>", COMUNICA_ACCEPT, "application/n-quads"),
        (SELECT, COMUNICA_ACCEPT, "application/xml"),  # SPARQL XML: the best of what it accepts
        (SELECT, "application/sparql-results+json;q=0.5, text/html;q=0.4", "application/sparql-results+json"),
        (CONSTRUCT, BROWSER_ACCEPT, "text/html"),
        (SELECT, BROWSER_ACCEPT, "text/html"),
        (SELECT, "text/html, application/sparql-results+json", "text/html"),  # a tie: the page, as before
    ],
)
def test_an_answer_is_a_page_only_when_the_client_prefers_one(query: str, accept: str, expected: str) -> None:
    """An Accept header that takes HTML at a low weight (Comunica's: N-Quads 1, HTML 0.2) got the HTML
    page of every answer: HTML was chosen whenever text/html beat text/plain, whatever else the client
    preferred. RFC 9110 12.5.1: the representation the client prefers; HTML when it is that (a browser)."""
    response = httpx.get(endpoint(shared_server()), params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == expected
    if expected == "application/n-quads":
        assert len(Dataset().parse(data=response.text, format="nquads")) > 0


GENERIC_NAMES = {  # a generic media type a client may ask for -> how rdflib reads what comes back
    "application/json": "json-ld",
    "application/xml": "xml",
    "text/xml": "xml",
}
RDF_PATHS = [
    "/doc/organization/dmtf",
    "/ontology",
    "/.well-known/void",
    "/sparql",
    "/store?graph=https://w3id.org/alliance-kg/id/graph/register/ogf-dmtf",
    "/sparql?query=" + quote(CONSTRUCT),
]


@pytest.mark.parametrize("accept", list(GENERIC_NAMES))
@pytest.mark.parametrize("path", RDF_PATHS)
def test_rdf_documents_answer_generic_json_and_xml(path: str, accept: str) -> None:
    """Oxigraph server answers a graph asked for as application/json with JSON-LD and as
    application/xml or text/xml (RFC 7303: the same type) with RDF/XML. Ours answered JSON only at
    /store and for CONSTRUCT, XML nowhere for a graph (406, or Turtle for a CONSTRUCT), so a generic
    client got 406 for a linked-data document. Each answer has the triples the N-Triples one has."""
    base = shared_server().url.rstrip("/")
    response = httpx.get(base + path, headers={"Accept": accept}, follow_redirects=True)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept.replace("text/xml", "application/xml")
    assert "Content-Location" not in response.headers  # no suffix URL serves these bytes
    graph = Graph().parse(data=response.content, format=GENERIC_NAMES[accept], publicID=base + path)
    reference = httpx.get(base + path, headers={"Accept": "application/n-triples"})
    assert len(graph) == len(Graph().parse(data=reference.text, format="nt")) > 0


def test_select_answers_take_text_xml_as_xml() -> None:
    """text/xml names XML as application/xml does (RFC 7303): a SELECT answers SPARQL XML (it was 406)."""
    response = httpx.get(endpoint(shared_server()), params={"query": SELECT}, headers={"Accept": "text/xml"})
    assert response.status_code == 200, response.text
    assert len(xml.dom.minidom.parseString(response.content).getElementsByTagName("result")) > 0


def fetching_bodies(bait: str) -> dict[str, tuple[str, str]]:
    """Graph Store bodies that would make a parser fetch `bait`: what each is, its type and text."""
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    return {
        "a remote JSON-LD context": (
            "application/ld+json",
            f'{{"@context": "{bait}", "@id": "urn:a", "name": "x"}}',
        ),
        "a remote context in a list": (
            "application/ld+json",
            f'{{"@context": [{{"@vocab": "urn:v#"}}, "{bait}"], "@id": "urn:a", "name": "x"}}',
        ),
        "an external XML entity": (
            "application/rdf+xml",
            f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "{bait}">]>'
            f'<rdf:RDF xmlns:rdf="{rdf}" xmlns:ex="urn:ex#"><rdf:Description rdf:about="urn:a">'
            "<ex:p>&e;</ex:p></rdf:Description></rdf:RDF>",
        ),
    }


@pytest.mark.parametrize(
    "kind", ["a remote JSON-LD context", "a remote context in a list", "an external XML entity"]
)
def test_graph_store_uploads_that_would_fetch_are_refused_saying_why(writable: LiveServer, kind: str) -> None:
    """With the token, a Graph Store PUT whose body names a remote JSON-LD context or an external XML
    entity is refused (400) and nothing is fetched; the message says that the server fetches nothing
    and what to do. It said "No LoadDocumentCallback has been set to load remote contexts" (the
    parser's words) and, for an external entity, "ENTITY values should be enclosed in double quotes"."""
    with RecordingSocket() as bait:
        media_type, body = fetching_bodies(bait.url("/context"))[kind]
        response = httpx.put(
            writable.url + "store",
            params={"graph": "urn:x-s10:upload"},
            content=body.encode(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": media_type},
        )
        assert response.status_code == 400, response.text
        assert "never fetches" in response.text and bait.url("/context") in response.text
        bait.assert_untouched()
    assert httpx.get(writable.url + "store", params={"graph": "urn:x-s10:upload"}).status_code == 404


def test_a_json_ld_upload_nested_thousands_deep_is_refused_not_an_error(writable: LiveServer) -> None:
    """50,000 nested arrays made the check for remote contexts raise RecursionError: a 500."""
    response = httpx.put(
        writable.url + "store",
        params={"graph": "urn:x-s10:deep"},
        content=("[" * 50_000 + "]" * 50_000).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/ld+json"},
    )
    assert response.status_code == 400, response.text
    assert "too deep" in response.text
    assert httpx.get(writable.url + "store", params={"graph": "urn:x-s10:deep"}).status_code == 404


@pytest.mark.parametrize(
    ("path", "params"),
    [("/sparql", {"query": "SELECT * WHERE { ?s ?p }"}), ("/doc/organization/no-such-body", {})],
)
@pytest.mark.parametrize(
    ("accept", "expected"), [(COMUNICA_ACCEPT, "text/plain"), (BROWSER_ACCEPT, "text/html")]
)
def test_an_error_is_a_page_only_for_a_client_that_prefers_pages(
    path: str, params: dict[str, str], accept: str, expected: str
) -> None:
    """An error's body is plain text unless the client prefers HTML to every format it could have had:
    Comunica's Accept (HTML at 0.2, no text/plain) got an HTML error page for a bad query or a
    missing document, as it got the HTML page of every answer."""
    base = shared_server().url.rstrip("/")
    response = httpx.get(base + path, params=params, headers={"Accept": accept})
    assert response.status_code in (400, 404), response.text
    assert response.headers["content-type"].split(";")[0] == expected


def test_options_tells_the_methods_the_graph_store_takes(writable: LiveServer) -> None:
    """OPTIONS /store on a server with the update token said `Allow: GET, HEAD, OPTIONS` while a PATCH
    there is answered 405 with `Allow: GET, HEAD, PUT, POST, DELETE, OPTIONS` (RFC 9110 9.3.7: Allow
    tells what the resource supports). Allow says what it takes; what a web page may send across
    origins (Access-Control-Allow-Methods) stays the reads: the token never crosses origins."""
    options = httpx.options(writable.url + "store")
    refused = httpx.patch(writable.url + "store?default", headers={"Authorization": f"Bearer {TOKEN}"})
    assert refused.status_code == 405
    assert methods(options.headers["allow"]) == methods(refused.headers["allow"]) >= {"PUT", "POST", "DELETE"}
    preflight = httpx.options(
        writable.url + "store",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "PUT"},
    )
    assert not methods(preflight.headers["access-control-allow-methods"]) & {"PUT", "POST", "DELETE"}
    read_only = httpx.options(shared_server().url + "store")
    assert methods(read_only.headers["allow"]) == {"GET", "HEAD", "OPTIONS"}


def methods(header: str) -> set[str]:
    return {method.strip() for method in header.split(",")}


@pytest.fixture(scope="module")
def separate_default_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Oxigraph server with its default graph apart from the named graphs (its default, as Fuseki's),
    holding one named graph; yields its query URL."""
    program = require_tool(oxigraph_program(), "Oxigraph server", "pip install oxigraph")
    port = free_port()
    folder = tmp_path_factory.mktemp("separate-default")
    process = subprocess.Popen(
        [program, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_ready(f"{base}/query?query=ASK%7B%7D", process, 60)
        data = f'<{ORGANIZATION}> <{RDFS.label}> "DMTF" .'
        headers = {"Content-Type": "application/n-triples"}
        graph = "https://w3id.org/alliance-kg/id/graph/reference"
        assert httpx.put(f"{base}/store", params={"graph": graph}, content=data, headers=headers).is_success
        yield f"{base}/query"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_union_default_graph_is_declared_only_where_it_holds(separate_default_graph: str) -> None:
    """`kg serve --endpoint` in front of a store whose default graph is not the union of its named
    graphs declared sd:UnionDefaultGraph all the same (the embedded store keeps it so; a remote one
    may not): a client read "the union" and found the default graph empty. The feature is declared
    when the default graph holds every triple of the named graphs, as the embedded store's does."""
    server = start_server("--endpoint", separate_default_graph, "--timeout", "20")
    try:
        for url, union in ((endpoint(server), False), (endpoint(shared_server()), True)):
            description = Graph().parse(url, format="turtle")
            service = next(description.subjects(URIRef(SD + "endpoint"), URIRef(url)))
            declared = (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in description
            assert declared is union, url
    finally:
        server.stop()


@pytest.mark.parametrize("cut", ["topic/%C3", "topic/%E2%82", "topic/%F0%9F", "topic/a%C3b"])
def test_a_cut_utf8_sequence_stays_encoded(cut: str) -> None:
    """%C3 alone is no character: it was decoded to U+FFFD, which could name any stored IRI holding one."""
    from kg.server.linked import other_spellings

    assert all("\ufffd" not in spelling for spelling in other_spellings(cut))


def test_one_graph_in_two_media_types_has_two_validators() -> None:
    """RDF/XML asked as application/xml and as application/rdf+xml: the same bytes, two representations
    (RFC 9110 8.8.3), so two strong ETags; each still revalidates itself."""
    url = shared_server().url + "ontology"
    tags = {}
    for accept in ("application/xml", "application/rdf+xml"):
        response = httpx.get(url, headers={"Accept": accept})
        assert response.status_code == 200, response.text
        tags[accept] = response.headers["ETag"]
        again = httpx.get(url, headers={"Accept": accept, "If-None-Match": tags[accept]})
        assert again.status_code == 304
    assert tags["application/xml"] != tags["application/rdf+xml"]
