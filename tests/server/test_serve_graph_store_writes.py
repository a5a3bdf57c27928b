"""Writes with the update token on a real `kg serve`: the protocol's update dataset
(using-graph-uri, using-named-graph-uri; SPARQL 1.1 Protocol 2.2.3) and the Graph Store HTTP
Protocol's write side (PUT, POST, DELETE; GSP 5.3-5.5 and its status codes), by httpx and curl.

Each server here writes to its own copy of the test store, started with --workers 2 so that a
write through one process must be seen by the other (the store generation).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, RDF, RDFS
from support.kg_server import KASEI, copy_store, http_client, require_tool, served_store

from kg.testing.live_server import LiveServer, start_server

TOKEN = "graph-store-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA1, DATA2, DATA3 = (URIRef(f"{KASEI}data{n}.rdf") for n in (1, 2, 3))
EX = "http://example.org/gsp/"
TURTLE = f"""@prefix ex: <{EX}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:a rdfs:label "A"@en ; ex:knows ex:b , [ rdfs:label "anonymous" ] .
"""


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    started = start_server(
        "--store",
        str(copy_store(served_store())),
        "--workers",
        "2",
        env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN},
    )
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def http(server: LiveServer) -> Iterator[httpx.Client]:
    with http_client(server) as client:
        yield client


def ask(http: httpx.Client, query: str) -> bool:
    """The answer of every server process: each new connection may reach either of the two."""
    answers = set()
    for _ in range(4):
        with httpx.Client(base_url=str(http.base_url), timeout=30) as fresh:
            response = fresh.get(
                "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
            )
            assert response.status_code == 200, response.text
            answers.add(response.json()["boolean"])
    assert len(answers) == 1, "the two server processes disagree"
    return answers.pop()


def update(http: httpx.Client, text: str, params: list[tuple[str, str]]) -> httpx.Response:
    headers = {**AUTH, "Content-Type": "application/sparql-update"}
    return http.post("/sparql", params=params, content=text.encode(), headers=headers)


def fetch(http: httpx.Client, graph: str) -> Graph:
    response = http.get("/store", params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    return Graph().parse(data=response.text, format="turtle")


# --- SPARQL 1.1 Protocol 2.2.3: the update's dataset from the request ---------------------------------


def test_using_graph_uri_is_the_where_clause_default_graph(http: httpx.Client) -> None:
    """Only data2 is the default graph of the WHERE clause: data1's and data3's documents do not match."""
    out = f"{EX}using-default"
    response = update(
        http,
        f"INSERT {{ GRAPH <{out}> {{ ?d a <{EX}Seen> }} }} WHERE {{ ?d a <{FOAF.Document}> }}",
        [("using-graph-uri", str(DATA2))],
    )
    assert response.status_code == 204, response.text
    assert set(fetch(http, out).subjects(RDF.type, URIRef(EX + "Seen"))) == {DATA2}


def test_using_named_graph_uri_are_the_named_graphs(http: httpx.Client) -> None:
    """GRAPH ?g in the WHERE clause sees only the named graphs given; the default graph is empty."""
    out = f"{EX}using-named"
    response = update(
        http,
        f"INSERT {{ GRAPH <{out}> {{ ?g a <{EX}Visible> }} }} "
        f"WHERE {{ {{ GRAPH ?g {{ ?d a <{FOAF.Document}> }} }} UNION {{ ?g a <{FOAF.Document}> }} }}",
        [("using-named-graph-uri", str(DATA1)), ("using-named-graph-uri", str(DATA3))],
    )
    assert response.status_code == 204, response.text
    assert set(fetch(http, out).subjects(RDF.type, URIRef(EX + "Visible"))) == {DATA1, DATA3}


def test_protocol_dataset_with_using_or_with_in_the_update_is_400(http: httpx.Client) -> None:
    """2.2.3: a request that gives the dataset twice (parameters and USING or WITH) is an error."""
    params = [("using-graph-uri", str(DATA1))]
    using = f"INSERT {{ <{EX}x> <{EX}p> ?d }} USING <{DATA2}> WHERE {{ ?d a <{FOAF.Document}> }}"
    with_ = f"WITH <{DATA2}> INSERT {{ <{EX}x> <{EX}p> ?d }} WHERE {{ ?d a <{FOAF.Document}> }}"
    for text in (using, with_):
        response = update(http, text, params)
        assert response.status_code == 400 and "2.2.3" in response.text
    bad = update(http, "INSERT DATA { <a:b> <a:c> <a:d> }", [("using-graph-uri", "not an IRI")])
    assert bad.status_code == 400


# --- Graph Store HTTP Protocol: PUT, POST, DELETE ----------------------------------------------------


def test_put_creates_then_replaces_a_graph(http: httpx.Client) -> None:
    """GSP 5.3: PUT to a new graph is 201 Created, to an existing one 204; the graph is then the body."""
    graph = f"{EX}put"
    headers = {**AUTH, "Content-Type": "text/turtle"}
    created = http.put("/store", params={"graph": graph}, content=TURTLE.encode(), headers=headers)
    assert created.status_code == 201, created.text
    assert isomorphic(fetch(http, graph), Graph().parse(data=TURTLE, format="turtle"))
    replacement = f'<{EX}c> <{EX}p> "replaced" .\n'
    headers["Content-Type"] = "application/n-triples"
    replaced = http.put("/store", params={"graph": graph}, content=replacement.encode(), headers=headers)
    assert replaced.status_code == 204
    assert set(fetch(http, graph)) == {(URIRef(EX + "c"), URIRef(EX + "p"), Literal("replaced"))}
    assert ask(http, f'ASK {{ GRAPH <{graph}> {{ ?s ?p "replaced" }} }}')  # every process sees it


def test_post_merges_into_a_graph(http: httpx.Client) -> None:
    """GSP 5.5: POST adds the body's triples to the graph (201 when it was new, 204 after)."""
    graph = f"{EX}post"
    xml_body = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        f'xmlns:ex="{EX}"><rdf:Description rdf:about="{EX}x"><ex:p>one</ex:p></rdf:Description></rdf:RDF>'
    )
    first = http.post(
        "/store",
        params={"graph": graph},
        content=xml_body.encode(),
        headers={**AUTH, "Content-Type": "application/rdf+xml"},
    )
    assert first.status_code == 201, first.text
    json_ld = f'{{"@id": "{EX}x", "{EX}p": "two"}}'
    second = http.post(
        "/store",
        params={"graph": graph},
        content=json_ld.encode(),
        headers={**AUTH, "Content-Type": "application/ld+json"},
    )
    assert second.status_code == 204, second.text
    values = {str(o) for o in fetch(http, graph).objects(URIRef(EX + "x"), URIRef(EX + "p"))}
    assert values == {"one", "two"}


def test_delete_drops_a_graph_and_a_missing_one_is_404(http: httpx.Client) -> None:
    """GSP 5.4: DELETE is 204 and the graph is gone (GET 404); DELETE of a graph not there is 404."""
    graph = f"{EX}delete"
    body = f"<{EX}s> <{EX}p> <{EX}o> .".encode()
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    assert http.put("/store", params={"graph": graph}, content=body, headers=headers).status_code == 201
    assert http.delete("/store", params={"graph": graph}, headers=AUTH).status_code == 204
    assert http.get("/store", params={"graph": graph}).status_code == 404
    assert not ask(http, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert http.delete("/store", params={"graph": graph}, headers=AUTH).status_code == 404


def test_the_default_graph_is_written_and_emptied(http: httpx.Client) -> None:
    """?default (the union of the named graphs) takes writes into a graph of their own, DELETE drops them."""
    body = f"<{EX}default-s> <{EX}p> <{EX}o> .".encode()
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    assert http.put("/store?default", content=body, headers=headers).status_code == 204
    assert ask(http, f"ASK {{ <{EX}default-s> <{EX}p> <{EX}o> }}")
    union = http.get("/store?default", headers={"Accept": "application/n-triples"})
    assert f"<{EX}default-s>" in union.text
    assert ask(http, f"ASK {{ <{DATA1}> a <{FOAF.Document}> }}")  # named graphs untouched
    assert http.delete("/store?default", headers=AUTH).status_code == 204
    assert not ask(http, f"ASK {{ <{EX}default-s> ?p ?o }}")
    assert ask(http, f"ASK {{ <{DATA1}> a <{FOAF.Document}> }}")


def test_unparseable_rdf_is_400_naming_the_line(http: httpx.Client) -> None:
    broken = f'<{EX}a> <{EX}p> "fine" .\n<{EX}a> <{EX}p> "open string .\n'
    response = http.put(
        "/store",
        params={"graph": f"{EX}broken"},
        content=broken.encode(),
        headers={**AUTH, "Content-Type": "text/turtle"},
    )
    assert response.status_code == 400
    assert "line 2" in response.text
    assert http.get("/store", params={"graph": f"{EX}broken"}).status_code == 404  # nothing written


@pytest.mark.parametrize("content_type", ["application/n-quads", "application/trig", "text/plain", None])
def test_dataset_syntaxes_and_others_are_415(http: httpx.Client, content_type: str | None) -> None:
    headers = {**AUTH, **({"Content-Type": content_type} if content_type else {})}
    body = f"<{EX}s> <{EX}p> <{EX}o> <{EX}g> .".encode()
    response = http.put("/store", params={"graph": f"{EX}quads"}, content=body, headers=headers)
    assert response.status_code == 415, response.text


def test_writes_need_the_token(http: httpx.Client) -> None:
    """Same authorization as SPARQL Update: 401 without the token or with a wrong one."""
    body = f"<{EX}s> <{EX}p> <{EX}o> .".encode()
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        response = http.put(
            "/store",
            params={"graph": f"{EX}unauthorized"},
            content=body,
            headers={**headers, "Content-Type": "application/n-triples"},
        )
        assert response.status_code == 401 and "Bearer" in response.headers["www-authenticate"]
        assert http.delete("/store", params={"graph": str(DATA1)}, headers=headers).status_code == 401
    assert ask(http, f"ASK {{ GRAPH <{DATA1}> {{ ?s ?p ?o }} }}")


def test_too_large_body_is_413(http: httpx.Client) -> None:
    """Past the request limit (1 MiB by default), by Content-Length or by what arrives chunked."""
    line = f'<{EX}s> <{EX}p> "{"x" * 1000}" .\n'.encode()
    body = line * 1100
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    assert http.put("/store", params={"graph": f"{EX}big"}, content=body, headers=headers).status_code == 413
    chunked = http.put("/store", params={"graph": f"{EX}big"}, content=iter([body]), headers=headers)
    assert chunked.status_code == 413


def test_put_and_delete_with_curl(server: LiveServer, tmp_path) -> None:
    """curl, as an operator would script it: --upload-file PUTs a Turtle file, -X DELETE drops it."""
    curl = require_tool(shutil.which("curl"), "curl", "apt-get install curl")
    file = tmp_path / "graph.ttl"
    file.write_text(TURTLE)
    url = server.url.rstrip("/") + "/store?graph=" + EX + "curl"

    def run(*args: str) -> str:
        result = subprocess.run(
            [
                curl,
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "-H",
                f"Authorization: Bearer {TOKEN}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout

    assert run("-H", "Content-Type: text/turtle", "--upload-file", str(file), url) == "201"
    with http_client(server) as client:
        assert (URIRef(EX + "a"), RDFS.label, Literal("A", lang="en")) in fetch(client, EX + "curl")
    assert run("-X", "DELETE", url) == "204"
    assert run("-X", "DELETE", url) == "404"


def test_read_only_server_still_answers_405(server: LiveServer) -> None:
    """Without an update token the store is read-only: writes are 405 with Allow (the shared server)."""
    with http_client() as client:
        response = client.put(
            "/store",
            params={"graph": f"{EX}x"},
            content=b"",
            headers={**AUTH, "Content-Type": "text/turtle"},
        )
        assert response.status_code == 405 and "PUT" not in response.headers["allow"]
