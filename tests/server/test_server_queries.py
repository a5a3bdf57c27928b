"""The server's own SPARQL lives in queries/server/ and takes IRIs from a visitor's URL as bound terms.

An IRI with a character that no IRI may hold (what kg.model.namespaces.SAFE_IRI refused before it
was pasted into query text) is no term, so it names nothing: 404. Odd but legal IRIs (non-ASCII,
`%`-escapes, `'`, `#`) reach the query as terms and find their resource, on the embedded store
and through `kg serve --endpoint` in front of a second, real `kg serve`.
"""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.model.namespaces import AKG, BASE, PREFIXES, register_graph_iri
from kg.server import backend, page_queries
from kg.server.queries import bound, iri_node, query_text, server_queries
from kg.sparql.named import catalogue, queries_dir
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

ID = BASE + "id/"
HUB = ID + "odd/hub"
ODD = {  # resource IRI -> request path of its document
    ID + "odd/über-straße": "/doc/odd/%C3%BCber-stra%C3%9Fe",  # an IRI: asked for by its URI
    ID + "odd/a%20b": "/doc/odd/a%20b",  # the escape is part of the IRI
    ID + "odd/it's": "/doc/odd/it's",  # a quote would end a SPARQL string
    ID + "odd/x%23y": "/doc/odd/x%23y",  # an escaped '#', not a fragment
}
HASH = ID + "odd/hub#part"  # a '#' would start a SPARQL comment: reached through the hub's document
REFUSED = '<>"{}|^`\\'
"""The printable characters SAFE_IRI refused. Space, controls and DEL never reach the server:
its HTTP parser answers 400 to a request line holding one (checked below too)."""


def label(iri: str) -> str:
    return f"label of {iri.rsplit('/', 1)[-1]}"


def odd_graph() -> Graph:
    graph = Graph()
    for iri in [*ODD, HASH, HUB]:
        graph.add((URIRef(iri), RDF.type, AKG.Organization))
        graph.add((URIRef(iri), SKOS.prefLabel, Literal(label(iri))))
    for iri in [*ODD, HASH]:
        graph.add((URIRef(HUB), AKG.partner, URIRef(iri)))
    return graph


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> LiveServer:
    path = tmp_path_factory.mktemp("odd-iris") / "store"
    write_store({register_graph_iri("odd-iris"): odd_graph()}, path)
    server = start_server("--store", str(path))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def remote(embedded: LiveServer) -> LiveServer:
    """`kg serve --endpoint` whose store is the embedded server's SPARQL endpoint."""
    server = start_server("--endpoint", embedded.url.rstrip("/") + "/sparql", "--timeout", "20")
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "remote"])
def server(request: pytest.FixtureRequest) -> LiveServer:
    return request.getfixturevalue(request.param)


def raw_status(server: LiveServer, target: bytes) -> int:
    """The status of a GET whose request target is sent byte for byte (no client re-encodes it)."""
    with socket.create_connection(server.address, timeout=30) as connection:
        connection.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/turtle\r\n\r\n")
        head = b""
        while b"\r\n" not in head:
            chunk = connection.recv(4096)
            if not chunk:
                break
            head += chunk
    return int(head.split(b" ", 2)[1])


@pytest.mark.parametrize("character", list(REFUSED))
@pytest.mark.parametrize("prefix", [b"/doc/odd/hub", b"/id/odd/hub", b"/doc/odd/"])
def test_characters_no_iri_holds_name_nothing(server: LiveServer, prefix: bytes, character: str) -> None:
    assert raw_status(server, prefix + character.encode() + b"x") == 404
    assert raw_status(server, prefix + b"x" + character.encode()) == 404


@pytest.mark.parametrize("character", [" ", "\t", "\x00", "\x1f", "\x7f"])
def test_space_and_controls_stop_at_the_http_parser(server: LiveServer, character: str) -> None:
    assert raw_status(server, b"/doc/odd/hub" + character.encode() + b"x") == 400


@pytest.mark.parametrize("tail", ["a%zz", "a%", "a%2", "x#y#z"])
def test_malformed_iris_name_nothing(server: LiveServer, tail: str) -> None:
    """Bad %-escapes passed SAFE_IRI (and the embedded store's term then failed): no IRI, so 404."""
    assert raw_status(server, b"/doc/odd/" + tail.encode()) == 404


@pytest.mark.parametrize("iri", list(ODD))
def test_odd_but_legal_iris_find_their_resource(server: LiveServer, iri: str) -> None:
    response = httpx.get(server.url.rstrip("/") + ODD[iri] + ".nt", timeout=30)
    assert response.status_code == 200, response.text[:300]
    graph = Graph().parse(data=response.text, format="nt")
    assert (URIRef(iri), SKOS.prefLabel, Literal(label(iri))) in graph
    assert (URIRef(HUB), AKG.partner, URIRef(iri)) in graph  # the incoming link, by the IRI as a term


def test_labels_of_odd_iris_are_asked_by_term(server: LiveServer) -> None:
    """The hub links to every odd IRI, the hash IRI among them: each label comes back, so none of
    them ended the query early (a '#' outside <...> would have made the rest a comment)."""
    response = httpx.get(server.url.rstrip("/") + "/doc/odd/hub.nt", timeout=30)
    assert response.status_code == 200, response.text[:300]
    graph = Graph().parse(data=response.text, format="nt")
    for iri in [*ODD, HASH]:
        assert (URIRef(iri), SKOS.prefLabel, Literal(label(iri))) in graph, iri


def test_resource_iri_with_an_escape_redirects(server: LiveServer) -> None:
    response = httpx.get(server.url.rstrip("/") + "/id/odd/a%20b", timeout=30)
    assert response.status_code == 303
    assert response.headers["location"] == "/doc/odd/a%20b"


# --- The query files ------------------------------------------------------------------------------


def test_server_queries_are_not_in_the_user_catalogue() -> None:
    assert (queries_dir() / "server").is_dir()
    assert set(server_queries()).isdisjoint(catalogue())
    assert {"describe-cbd", "incoming-links", "labels", "node-details"} <= set(server_queries())


QUERY_TEXT = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^\n]*\bWHERE\b|\bWHERE\s*\{", re.IGNORECASE)


def query_like_strings(source: str) -> list[int]:
    """The lines where a string literal (docstrings aside) or f-string of `source` reads as a query."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found: set[int] = set()
    for node in ast.walk(tree):
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = ast.unparse(node)
        if text is not None and QUERY_TEXT.search(text):
            found.add(node.lineno)
    return sorted(found)


def test_no_sparql_text_in_the_server_python() -> None:
    """No string of kg/server reads as a query: the server's queries are files."""
    modules = sorted(Path(backend.__file__).parent.glob("*.py"))
    found = {path.name: query_like_strings(path.read_text(encoding="utf-8")) for path in modules}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_check_sees_query_text() -> None:
    old = (
        'def exists(iri):\n    """Ask."""\n    return f"SELECT ?p WHERE {{ {{ <{iri}> ?p ?o }} }} LIMIT 1"\n'
    )
    assert query_like_strings(old) == [3]
    assert query_like_strings('X = """SELECT DISTINCT ?x WHERE {\n ?x a ?c }"""\n') == [1]
    assert query_like_strings('def f():\n    """SELECT ... WHERE { } in a docstring."""\n') == []


def test_bounds_written_in_the_files_are_the_pages_bounds() -> None:
    """SPARQL has no variable in a LIMIT: the files write page_queries' bounds out; they must agree."""
    limits = lambda name: [int(n) for n in re.findall(r"LIMIT (\d+)", query_text(name))]  # noqa: E731
    for name in ("provenance", "document-passages", "annotation-passages"):
        assert set(limits(name)) == {page_queries.MAX_SOURCE_ROWS + 1}, name
    assert limits("node-details") == [page_queries.MAX_DETAIL_ROWS]
    assert query_text("describe-cbd").count("OPTIONAL") == backend.BLANK_DEPTH


def test_every_server_query_runs_bound_on_oxigraph() -> None:
    """Each file parses and answers on Oxigraph once bound (lists, pairs, LIMIT and OFFSET), with the
    server's prefixes (the SPARQL page's examples use them, as a visitor's query may)."""
    store = ox.Store()
    hub, graph = ox.NamedNode(HUB), ox.NamedNode(str(register_graph_iri("odd-iris")))
    for s, p, o in odd_graph():
        store.add(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), term(o), graph))
    values = {
        "resource": hub,
        "document": hub,
        "annotation": hub,
        "graph": [graph],
        "limit": 5,
        "offset": 0,
        "predicate": [ox.NamedNode(str(SKOS.prefLabel))],
        "base": BASE,
        "ontology": hub,
        "class": ox.NamedNode(str(AKG.Organization)),
        "typed": [hub],
        "node": [hub],
        "owned": [(hub, ox.NamedNode(str(AKG.partner)))],
    }
    answers = {}
    for name, query in server_queries().items():
        wanted = {p.name: values[p.name] for p in query.parameters}
        result = store.query(bound(name, **wanted), prefixes=PREFIXES, use_default_graph_as_union=True)
        answers[name] = list(result) if not isinstance(result, ox.QueryBoolean) else bool(result)
    assert len(answers["describe-cbd"]) == 2 + len(ODD) + 1  # type, label and a link to each odd IRI
    assert len(answers["labels"]) == 1
    assert len(answers["incoming-links"]) == 0
    assert answers["served-graphs"][0][0] == graph


def term(node: object) -> ox.NamedNode | ox.Literal:
    return ox.Literal(str(node)) if isinstance(node, Literal) else ox.NamedNode(str(node))


def test_an_iri_no_term_can_be_made_of_is_none() -> None:
    for character in [*REFUSED, " ", "\x00", "\x7f"]:
        assert iri_node(f"{HUB}{character}x") is None, repr(character)
    assert iri_node(f"{ID}odd/a%zz") is None
    assert iri_node(f"{ID}odd/über") == ox.NamedNode(f"{ID}odd/über")


def test_the_iri_check_keeps_nothing_a_visitor_sends() -> None:
    # A per-process cache keyed by URL text would grow with every distinct 16 KiB path a visitor sends
    # (5,000 of 8 KB added 81 MB): the check must be a plain parse.
    from kg.server.queries import iri_node

    assert not hasattr(iri_node, "cache_info")
    assert iri_node("https://example.org/a%20b") is not None and iri_node("no iri") is None


# SPARQL's update and dataset keywords (HTTP Link headers and messages also write "<{...}>")
SPARQL_WORDS = re.compile(
    r"\b(?:DROP|CREATE|INSERT|DELETE|CLEAR|LOAD|MOVE|COPY|ADD|USING|GRAPH|FROM)\s+(?:SILENT\s+|NAMED\s+|DATA\s+)*<\{"
)


def test_no_iri_is_pasted_between_angle_brackets_in_the_server_python() -> None:
    """The updates the server composes (DROP, CREATE, INSERT DATA, USING) write each graph name as the
    store writes the term (kg.server.queries.iri_ref, pyoxigraph), never f"<{iri}>" (the review: these
    were the last places an IRI was pasted into SPARQL text)."""
    pasted = {}
    for path in sorted(Path(backend.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lines = [
            n.lineno
            for n in ast.walk(tree)
            if isinstance(n, ast.JoinedStr) and SPARQL_WORDS.search(ast.unparse(n))
        ]
        if lines:
            pasted[path.name] = lines
    assert pasted == {}
