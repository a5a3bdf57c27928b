"""Any SPARQL endpoint (kg.store.remote): the graph pushed to two real, independent stores
(Oxigraph server and Virtuoso) answers every named query as the embedded store does;
credentials, user agent, timeouts and unreachable endpoints are handled."""

from __future__ import annotations

import http.server
import json
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.cli.main import main
from kg.sparql.named import NamedQuery, QueryError, catalogue
from kg.store import open_store
from kg.store.remote import EndpointError, SparqlEndpoint, push
from kg.testing.servers import Server

SERVERS = ["oxigraph_server", "virtuoso_server"]
R2011 = "https://w3id.org/alliance-kg/id/register/ogf-dmtf"
SAMPLE_VALUES = {"iri": {"org": "DMTF", "register": R2011}, "date": "2012-06-01", "string": {"label": "dmtf"}}


@pytest.fixture(scope="module", params=SERVERS)
def remote(request: pytest.FixtureRequest, seed_store: Path) -> SparqlEndpoint:
    """The seed graphs pushed to one real server; the endpoint queried anonymously."""
    server: Server = request.getfixturevalue(request.param)
    target = SparqlEndpoint(server.query_url, graph_store_url=server.graph_store_url, **server.auth)
    with open_store(seed_store) as local:
        push(local, target)
    return SparqlEndpoint(server.query_url)


def parameter_sets(query: NamedQuery) -> list[dict[str, str]]:
    """No parameters (defaults), then every parameter we have a sample value for."""
    sets: list[dict[str, str]] = [{}]
    given: dict[str, str] = {}
    for parameter in query.parameters:
        sample = SAMPLE_VALUES.get(parameter.type)
        value = sample.get(parameter.name) if isinstance(sample, dict) else sample
        if value is not None:
            given[parameter.name] = value
    if any(p.required for p in query.parameters):
        sets = []
    return [*sets, given] if given else sets


def normalised(term):
    """What must agree across engines: values, not spellings (3.50 = 3.5, "x"^^xsd:string = "x", "EN" = "en").

    GROUP_CONCAT's order is unspecified in SPARQL, so space-separated IRI lists compare as sets.
    """
    if not isinstance(term, Literal):
        return ("term", str(term))
    if term.language:
        return ("lang", str(term), term.language.lower())
    datatype = term.datatype if term.datatype not in (None, XSD.string) else None
    if datatype is None and str(term).startswith("http") and " " in str(term):
        return ("list", tuple(sorted(str(term).split())))
    if datatype == XSD.duration:  # Virtuoso 7.2 keeps a duration as its month count: "P1Y" comes back "12"
        return ("duration", _months(str(term)))
    value = term.toPython()
    return ("literal", str(value) if not isinstance(value, Literal) else str(term), str(datatype or ""))


def _months(lexical: str) -> str:
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?", lexical)
    if match and any(match.groups()):
        return str(int(match.group(1) or 0) * 12 + int(match.group(2) or 0))
    return lexical


def answer(graph, query: str, params: dict[str, str]):
    result = graph.query(query, params)
    if result.boolean is not None:
        return result.boolean
    if result.graph is not None:
        return sorted((normalised(s), normalised(p), normalised(o)) for s, p, o in result.graph)
    rows = [
        tuple(normalised(row.get(v)) if row.get(v) is not None else None for v in result.variables)
        for row in result.rows
    ]
    return result.variables, sorted(rows, key=repr)


CASES = [(name, params) for name, query in catalogue().items() for params in parameter_sets(query)]


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}{sorted(p)}" for n, p in CASES])
def test_every_named_query_answers_remotely_as_locally(remote, seed_store: Path, name: str, params) -> None:
    with open_store(seed_store) as local:
        expected = answer(local, name, params)
    assert answer(remote, name, params) == expected


def test_the_named_queries_are_not_trivially_empty(seed_store: Path) -> None:
    with open_store(seed_store) as local:
        answered = [name for name, params in CASES if local.query(name, params).rows]
    assert len(answered) >= len(catalogue()) - 3


def test_kg_query_and_sparql_take_an_endpoint(remote, capsys) -> None:
    assert main(["query", "collaborators", "-p", "org=OGF", "-f", "csv", "--endpoint", remote.url]) == 0
    assert "https://w3id.org/alliance-kg/id/organization/dmtf" in capsys.readouterr().out
    assert main(["sparql", "ASK { ?r akg:party organization:ogf }", "--endpoint", remote.url]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["sparql", "SELECT * WHERE { ?s ?p }", "--endpoint", remote.url]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "rejected the query" in error and "line 1" in error


def test_unreachable_endpoint_gets_one_line(capsys) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    assert main(["query", "register-parties", "--endpoint", f"http://127.0.0.1:{port}/sparql"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot reach" in error and "server is running" in error


def test_silent_endpoint_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        with pytest.raises(EndpointError, match="did not answer within 1 s"):
            SparqlEndpoint(url, timeout=1).select("SELECT * WHERE { ?s ?p ?o }")


class Recorder(http.server.BaseHTTPRequestHandler):
    """A minimal SPARQL endpoint that records the request headers and answers one row."""

    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        Recorder.seen.append(dict(self.headers))
        body = json.dumps(
            {
                "head": {"vars": ["x"]},
                "results": {
                    "bindings": [
                        {"x": {"type": "typed-literal", "datatype": str(XSD.string), "value": "plain"}}
                    ]
                },
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


def test_credentials_and_user_agent_are_sent(recorder: str) -> None:
    Recorder.seen.clear()
    endpoint = SparqlEndpoint(recorder, user="analyst", password="s3cret", agent="notebook/1.0")
    rows = endpoint.select("SELECT ?x WHERE { ?x ?p ?o }")
    assert rows == [{"x": Literal("plain")}]  # Virtuoso's typed-literal xsd:string reads as plain
    headers = Recorder.seen[-1]
    assert headers["User-Agent"] == "notebook/1.0"
    assert headers["Authorization"].startswith("Basic ")


def test_virtuoso_refuses_wrong_digest_credentials(virtuoso_server: Server) -> None:
    endpoint = SparqlEndpoint(virtuoso_server.update_url, user="dba", password="wrong", auth="digest")
    with pytest.raises(EndpointError, match="refused the credentials"):
        endpoint.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    good = SparqlEndpoint(virtuoso_server.update_url, **virtuoso_server.auth)
    assert len(good.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")) == 1


def test_label_resolution_works_remotely(remote) -> None:
    for label in ("DMTF", "dmtf", "Distributed Management Task Force"):
        assert remote.resolve(label) == URIRef("https://w3id.org/alliance-kg/id/organization/dmtf")
    with pytest.raises(QueryError, match="no entity is called"):
        remote.resolve("} DROP ALL {")
