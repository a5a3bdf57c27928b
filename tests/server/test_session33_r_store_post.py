"""Attack round 21 (session 33, R): the Graph Store Protocol's writes as its clients send them.

5.5: a POST to the graph store itself (no ?graph, no ?default) asks the server to make a new graph of
the statements sent and to name it in Location with 201 Created. kg serve answered 400 "name exactly
one graph", so a client following the protocol (as Oxigraph server serves it) could not add a graph
without minting an IRI itself. A body declaring `charset=US-ASCII`, a part of UTF-8, was 415. RDF/XML
that is not well-formed was 400 in Oxigraph's words, which name no line: now expat's line and column."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from support.kg_server import copy_store, served_store

from kg.store.remote import push_target
from kg.store.terms import ntriples
from kg.testing.live_server import LiveServer, start_server

TOKEN = "s33r-store-post"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TRIPLES = b'<http://e.org/s33r/a> <http://e.org/s33r/p> "posted" .\n'
LIMIT = 65536  # a request's body at most (--max-request-bytes), so that kg push's pieces must shrink


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    store = str(copy_store(served_store()))
    limits = ("--query-workers", "1", "--max-request-bytes", str(LIMIT))
    server = start_server("--store", store, *limits, env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    yield server
    server.stop()


@pytest.fixture
def http(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url.rstrip("/"), timeout=30) as client:
        yield client


def post_to_store(http: httpx.Client) -> httpx.Response:
    return http.post("/store", content=TRIPLES, headers={**AUTH, "Content-Type": "application/n-triples"})


def test_a_post_to_the_store_makes_a_new_graph(http: httpx.Client) -> None:
    answer = post_to_store(http)
    assert answer.status_code == 201, answer.text  # before: 400 "name exactly one graph"
    location = answer.headers["location"]
    assert location.startswith(f"{http.base_url}/store?graph=")
    graph = httpx.URL(location).params["graph"]
    assert graph.startswith("https://w3id.org/alliance-kg/id/graph/posted-")
    read = http.get(location, headers={"Accept": "application/n-triples"})
    assert read.status_code == 200 and read.text == TRIPLES.decode()
    again = post_to_store(http)  # each POST a graph of its own
    assert again.status_code == 201 and again.headers["location"] != location


def test_a_post_to_the_store_needs_the_token(http: httpx.Client) -> None:
    answer = http.post("/store", content=TRIPLES, headers={"Content-Type": "application/n-triples"})
    assert answer.status_code == 401


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_other_writes_still_name_their_graph(http: httpx.Client, method: str) -> None:
    answer = http.request(
        method, "/store", content=TRIPLES, headers={**AUTH, "Content-Type": "application/n-triples"}
    )
    assert answer.status_code == 400 and "name exactly one graph" in answer.text


def test_an_upload_declared_us_ascii_is_read(http: httpx.Client) -> None:
    headers = {**AUTH, "Content-Type": "text/turtle; charset=US-ASCII"}
    answer = http.put("/store?graph=http://e.org/s33r/ascii", content=TRIPLES, headers=headers)
    assert answer.status_code == 201, answer.text  # before: 415


BAD_RDF_XML = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="http://e.org/s33r/a">
    <p xmlns="http://e.org/s33r/">x</q>
  </rdf:Description>
</rdf:RDF>
"""


def test_bad_rdf_xml_is_400_naming_its_line(http: httpx.Client) -> None:
    headers = {**AUTH, "Content-Type": "application/rdf+xml"}
    answer = http.put("/store?graph=http://e.org/s33r/xml", content=BAD_RDF_XML, headers=headers)
    assert answer.status_code == 400
    assert "does not parse at line 4, column 38" in answer.text  # the name in </q>; before: no line
    assert "expected `</p>`, but `</q>` was found" in answer.text  # Oxigraph's what
    assert http.get("/store?graph=http://e.org/s33r/xml").status_code == 404  # nothing written


def test_turtle_and_an_update_opening_with_a_byte_order_mark_are_read(http: httpx.Client) -> None:
    turtle = b"\xef\xbb\xbf@prefix e: <http://e.org/s33r/> .\ne:a e:p e:b .\n"
    headers = {**AUTH, "Content-Type": "text/turtle"}
    answer = http.put("/store?graph=http://e.org/s33r/bom", content=turtle, headers=headers)
    assert answer.status_code == 201, answer.text  # before: 400 "\ufeff is not a valid subject"
    update = b"\xef\xbb\xbfINSERT DATA { GRAPH <http://e.org/s33r/bom> { <http://e.org/s33r/c> <p:p> 1 } }"
    answer = http.post(
        "/sparql", content=update, headers={**AUTH, "Content-Type": "application/sparql-update"}
    )
    assert answer.status_code == 204, answer.text  # before: 400 "syntax error at 1:8: expected VERSION"
    read = http.get("/store?graph=http://e.org/s33r/bom", headers={"Accept": "application/n-triples"})
    assert read.text.count("\n") == 2


def test_kg_push_to_it_sends_pieces_it_takes(server: LiveServer, http: httpx.Client) -> None:
    """kg.store.remote sent 2 MB pieces: every graph over --max-request-bytes (1 MiB by default) ended
    `kg push` with 413; now a piece answered 413 is split until the server takes it."""
    graph = Graph()
    for i in range(1000):  # about 90 KB of N-Triples: more than one request takes, less than two
        graph.add(
            (URIRef(f"http://e.org/s33r/s{i}"), URIRef("http://e.org/s33r/p"), Literal(f"value {i:05d}"))
        )
    target = push_target(server.url.rstrip("/") + "/store", password=TOKEN, auth="bearer")
    assert target.put_graph(URIRef("http://e.org/s33r/pushed"), ntriples(graph).encode()) == "graph-store"
    read = http.get("/store?graph=http://e.org/s33r/pushed", headers={"Accept": "application/n-triples"})
    assert set(Graph().parse(data=read.text, format="nt")) == set(graph)


@pytest.mark.parametrize("generic", ["application/json", "application/xml"])
def test_a_graph_read_in_a_generic_type_is_put_back_in_it(http: httpx.Client, generic: str) -> None:
    """GET /store answers a graph as application/json (JSON-LD) and application/xml (RDF/XML); a PUT of
    that body with the Content-Type it came with was 415."""
    source = "/store?graph=http://kasei.us/2009/09/sparql/data/data1.rdf"
    read = http.get(source, headers={"Accept": generic})
    assert read.headers["content-type"].startswith(generic)
    headers = {**AUTH, "Content-Type": read.headers["content-type"]}
    answer = http.put(f"/store?graph=http://e.org/s33r/{generic}", content=read.content, headers=headers)
    assert answer.status_code == 201, answer.text  # before: 415
    nt = {"Accept": "application/n-triples"}
    assert (
        http.get(f"/store?graph=http://e.org/s33r/{generic}", headers=nt).text
        == http.get(source, headers=nt).text
    )


def test_a_graph_with_no_rdf_xml_form_is_served_in_the_next_format_taken(http: httpx.Client) -> None:
    """`<http://e.org/s33r/p/>` is no XML element name, so the graph has no RDF/XML form. rdflib's
    Graph.parse(url, format="xml") sends `application/rdf+xml, */*;q=0.1`: it was 406; RFC 9110 12.5.1
    serves the next format the client takes (Turtle). Asked for RDF/XML alone, it is still 406."""
    topic = "https://w3id.org/alliance-kg/id/topic/s33r-noxml"
    body = f'<{topic}> <http://e.org/s33r/p/> "x" .\n'.encode()
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    assert http.put("/store?graph=http://e.org/s33r/noxml", content=body, headers=headers).status_code == 201
    crawler = {"Accept": "application/rdf+xml, */*;q=0.1"}
    for path in ("/store?graph=http://e.org/s33r/noxml", "/doc/topic/s33r-noxml"):
        answer = http.get(path, headers=crawler)
        assert answer.status_code == 200, (path, answer.text[:200])  # before: 406
        assert answer.headers["content-type"].startswith("text/turtle")
        assert "http://e.org/s33r/p/" in answer.text
        assert http.get(path, headers={"Accept": "application/rdf+xml"}).status_code == 406
    assert http.get("/doc/topic/s33r-noxml", headers=crawler).headers["content-location"].endswith(".ttl")


def test_a_graph_store_read_taking_html_next_is_406_not_500(http: httpx.Client) -> None:
    """The graph store writes no HTML from its writer of triples: a client taking RDF/XML, then HTML, for a
    graph with no RDF/XML form got 500 (the next choice was HTML, which kg.server.results.write_graph cannot
    write). It is the 406 naming why; a resource page, which can show it, is HTML (the lead's read of round
    21, kg.server.formats.others_than)."""
    topic = "https://w3id.org/alliance-kg/id/topic/s33l-noxml"
    body = f'<{topic}> <http://e.org/s33l/p/> "x" .\n'.encode()
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    assert http.put("/store?graph=http://e.org/s33l/noxml", content=body, headers=headers).status_code == 201
    browser_like = {"Accept": "application/rdf+xml, text/html;q=0.5"}
    answer = http.get("/store?graph=http://e.org/s33l/noxml", headers=browser_like)
    assert answer.status_code == 406, answer.text[:200]  # before: 500
    assert "no RDF/XML form" in answer.text
    page = http.get("/doc/topic/s33l-noxml", headers=browser_like)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
