"""Any SPARQL 1.1 endpoint behind the kg.store.embedded API, and `kg push` to one.

Why: analysts also keep the graph in shared triple stores (Virtuoso, Oxigraph server,
Fuseki, ...). The same named and ad hoc queries run there through SPARQLWrapper, with
credentials (HTTP Basic or Digest), a timeout and our user agent. Quirks handled here
(shared/notes/triple-stores.md):
- results are always requested as SPARQL JSON (rdflib's SPARQLStore picks XML at random);
- queries go by GET, or form-encoded POST when long: Virtuoso hangs on a direct POST
  (`Content-Type: application/sparql-query`);
- Virtuoso's old `"typed-literal"` result type is read like `"literal"`, and
  `"x"^^xsd:string` becomes the plain literal `"x"`, as from the embedded store.

Pushing (`push`, `kg push --to URL`) replaces each named graph with one SPARQL 1.1 Graph
Store HTTP Protocol PUT (`URL?graph=IRI`), so a second push changes nothing. Where the
URL is no Graph Store endpoint (HTTP 404, 405, 415 or 501 on PUT), it falls back to
SPARQL Update at the same URL: `DROP SILENT GRAPH` then `INSERT DATA` in chunks small
enough for Virtuoso (about 1,400 triples per request at most), keeping every blank-node
component inside one chunk.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from SPARQLWrapper import GET, JSON, POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg import __version__
from kg.errors import KgError
from kg.model.namespaces import BASE, bind_prefixes
from kg.sparql.named import QueryError
from kg.sparql.results import XSD_STRING, QueryResult
from kg.sparql.text import shift_lines, with_prefixes
from kg.store import KnowledgeGraph
from kg.store.terms import ntriples

USER_AGENT = f"alliance-kg/{__version__} (+https://w3id.org/alliance-kg/)"
GET_LIMIT = 1800
CHUNK_TRIPLES = 1000
NO_GRAPH_STORE = {404, 405, 415, 501}
PROTOCOLS = ("auto", "graph-store", "update")
GSP_CHUNK_BYTES = 2_000_000
BLANK_LABEL = re.compile(r"_:[A-Za-z0-9_.-]*[A-Za-z0-9_-]")
VIRTUOSO_PREAMBLE_LINES = 2  # Virtuoso compiles "define sql:big-data-const 0" and a format comment first


class EndpointError(KgError):
    """The endpoint cannot be reached, refuses us, or answers with an error."""


@dataclass(frozen=True)
class Connection:
    """How to talk to one server: credentials, timeout and user agent, shared by queries and pushes."""

    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 30.0
    agent: str = USER_AGENT

    def opener(self, url: str) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.user is not None and self.auth == "digest":
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, url, self.user, self.password or "")
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        return urllib.request.build_opener(*handlers)

    def headers(self) -> dict[str, str]:
        headers = {"User-Agent": self.agent}
        if self.user is not None and self.auth == "basic":
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers

    def request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
    ) -> tuple[int, bytes]:
        """One HTTP request; (status, body) for any HTTP answer, EndpointError when there is none."""
        headers = self.headers()
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self.opener(url).open(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise unreachable(url, error, self.timeout) from None


def unreachable(url: str, error: BaseException, timeout: float) -> EndpointError:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError | socket.timeout):
        return EndpointError(f"{url} did not answer within {timeout:g} s: raise --timeout or try later")
    return EndpointError(f"cannot reach {url} ({reason}): check the URL and that the server is running")


def http_problem(url: str, status: int, body: bytes) -> EndpointError:
    """One line: the status, the first line of the server's message, and what to do."""
    text = next((line.strip() for line in body.decode("utf-8", "replace").splitlines() if line.strip()), "")
    hint = {
        401: "pass --user and --password (Virtuoso takes Digest only: --auth digest)",
        403: "the account may not do this (Virtuoso: GRANT SPARQL_UPDATE, or use the -auth endpoint)",
        404: "check the URL",
    }.get(status, "see the server's log")
    return EndpointError(f"{url} answered HTTP {status}: {text[:200]} ({hint})")


def from_json_term(binding: Mapping[str, str]) -> Node:
    """An rdflib term from one SPARQL JSON results binding (including Virtuoso's 'typed-literal')."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    language, datatype = binding.get("xml:lang"), binding.get("datatype")
    if language:
        return Literal(value, lang=language)
    if datatype and datatype != XSD_STRING:
        return Literal(value, datatype=datatype)
    return Literal(value)


def _server_message(error: SPARQLWrapperException) -> str:
    """The server's own words from a SPARQLWrapper error: its first line, without the echoed query."""
    text = str(error).split("Response:", 1)[-1].strip()
    with contextlib.suppress(ValueError, SyntaxError, AttributeError):
        text = ast.literal_eval(text).decode("utf-8", "replace")  # SPARQLWrapper shows the bytes' repr
    lines = [line.strip() for line in text.split("SPARQL query:", 1)[0].splitlines() if line.strip()]
    return lines[0] if lines else "no reason given"


def _ask_as_rows(payload: dict) -> bool:
    """Virtuoso may answer ASK as one row of ?__ASK_RETVAL (1 or 0) instead of a boolean."""
    for binding in payload.get("results", {}).get("bindings", []):
        for term in binding.values():
            return term.get("value") in ("1", "true")
    return False


class SparqlEndpoint(KnowledgeGraph):
    """A remote SPARQL 1.1 endpoint: queries by SPARQLWrapper, writes by Graph Store PUT or Update."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        timeout: float = 30.0,
        agent: str = USER_AGENT,
        readonly: bool = False,
        queries_directory: Path | None = None,
    ) -> None:
        super().__init__(queries_directory)
        if auth not in ("basic", "digest"):
            raise EndpointError(f"unknown --auth {auth!r}: use basic or digest")
        self.url = url
        self.update_url = update_url or url
        self.graph_store_url = graph_store_url
        self.readonly = readonly
        self.connection = Connection(user, password, auth, timeout, agent)

    # Queries ------------------------------------------------------------------------

    def _wrapper(self, text: str, form: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.url, agent=self.connection.agent)
        wrapper.setTimeout(int(max(1, self.connection.timeout)))
        if self.connection.user is not None:
            wrapper.setHTTPAuth(self.connection.auth.upper())
            wrapper.setCredentials(self.connection.user, self.connection.password or "")
        wrapper.setQuery(text)
        # SPARQLWrapper guesses the form from keywords anywhere, comments included ("drops" -> DROP,
        # then it sends the query as an update): we know the form, so we say it.
        wrapper.queryType = form
        if len(urllib.parse.quote(text)) > GET_LIMIT:
            wrapper.setMethod(POST)
            wrapper.setRequestMethod(URLENCODED)
        else:
            wrapper.setMethod(GET)
        return wrapper

    def _fetch(self, form: str, text: str, return_format: str, accept: str | None = None) -> bytes:
        full_text = with_prefixes(text)
        added_lines = full_text.count("\n") - text.count("\n")
        wrapper = self._wrapper(full_text, form)
        wrapper.setReturnFormat(return_format)
        if accept:
            wrapper.addCustomHttpHeader("Accept", accept)
        try:
            response = wrapper.query().response
            return response.read()
        except SPARQLWrapperException as error:
            raise self._query_problem(error, added_lines) from None
        except urllib.error.HTTPError as error:
            raise http_problem(self.url, error.code, error.read()) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise unreachable(self.url, error, self.connection.timeout) from None

    def _query_problem(self, error: SPARQLWrapperException, added_lines: int = 0) -> KgError:
        if type(error).__name__ == "QueryBadFormed":
            detail = _server_message(error)
            if detail.startswith("Virtuoso"):
                added_lines += VIRTUOSO_PREAMBLE_LINES
            detail = shift_lines(detail, added_lines)[:300]
            return QueryError(f"the endpoint rejected the query: {detail} (fix the query text)")
        if type(error).__name__ == "Unauthorized":
            return EndpointError(
                f"{self.url} refused the credentials (HTTP 401): pass --user/--password"
                " (Virtuoso takes Digest only: --auth digest)"
            )
        detail = _server_message(error)[:300]
        return EndpointError(f"{self.url} answered with an error ({type(error).__name__}): {detail}")

    def execute(self, form: str, text: str) -> QueryResult:
        if form in ("CONSTRUCT", "DESCRIBE"):
            body = self._fetch(form, text, "turtle", accept="text/turtle, application/n-triples;q=0.9")
            graph = bind_prefixes(Graph())
            try:
                graph.parse(data=body.decode("utf-8"), format="turtle")
            except Exception as error:
                raise EndpointError(f"{self.url} sent a graph that is not Turtle: {error}") from None
            return QueryResult(form=form, graph=graph)
        payload = self._json(self._fetch(form, text, JSON))
        if "boolean" in payload:
            return QueryResult(form="ASK", boolean=bool(payload["boolean"]))
        if form == "ASK":
            return QueryResult(form="ASK", boolean=_ask_as_rows(payload))
        variables = list(payload.get("head", {}).get("vars", []))
        rows = [
            {v: from_json_term(b[v]) if v in b else None for v in variables}
            for b in payload.get("results", {}).get("bindings", [])
        ]
        return QueryResult(form="SELECT", variables=variables, rows=rows)

    def _json(self, body: bytes) -> dict:
        try:
            return json.loads(body)
        except ValueError:
            snippet = body[:120].decode("utf-8", "replace")
            raise EndpointError(f"{self.url} did not answer with SPARQL JSON results: {snippet!r}") from None

    # Graphs -------------------------------------------------------------------------

    def graphs(self) -> list[URIRef]:
        """Named graphs in the project's namespace (Virtuoso also holds system graphs we leave alone)."""
        rows = self.execute(
            "SELECT",
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{BASE}")) }}',
        ).rows
        return sorted(row["g"] for row in rows if isinstance(row.get("g"), URIRef))

    def graph(self, iri: URIRef) -> Graph:
        graph = self.execute(
            "CONSTRUCT", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        ).graph
        result = bind_prefixes(Graph(identifier=URIRef(iri)))
        for triple in graph or ():
            result.add(triple)
        return result

    # Writing ------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[URIRef, Graph], *, clear_others: bool = False) -> None:
        self._check_writable()
        if clear_others:
            raise EndpointError("a remote endpoint is never cleared wholesale: replace graphs one by one")
        for iri, graph in graphs.items():
            self.put_graph(URIRef(iri), ntriples(graph).encode("utf-8"))

    def put_graph(self, iri: URIRef, body: bytes, protocol: str = "auto") -> str:
        """Replace one graph by the N-Triples `body`; returns 'graph-store' or 'update', the protocol used.

        protocol: 'graph-store' (PUT only), 'update' (SPARQL Update only), or 'auto' (PUT, and
        Update where the URL turns out to be no Graph Store endpoint). A body over
        GSP_CHUNK_BYTES goes as one PUT and then POSTs (Graph Store merge): Virtuoso resets
        the connection on uploads of a few megabytes.
        """
        if protocol not in PROTOCOLS:
            raise EndpointError(f"unknown protocol {protocol!r}: use one of {', '.join(PROTOCOLS)}")
        text = body.decode("utf-8")
        if self.graph_store_url and protocol != "update":
            target = graph_store_target(self.graph_store_url, iri)
            for number, part in enumerate(ntriples_chunks(text, max_bytes=GSP_CHUNK_BYTES) or [""]):
                method = "PUT" if number == 0 else "POST"
                status, answer = self.connection.request(method, target, part.encode("utf-8"), "text/turtle")
                if status >= 300 and (number or status not in NO_GRAPH_STORE or protocol == "graph-store"):
                    raise http_problem(self.graph_store_url, status, answer)
                if status >= 300:
                    break
            else:
                return "graph-store"
        for request in update_requests(iri, text):
            self.update(request)
        return "update"

    def update(self, sparql_update: str) -> None:
        """POST one SPARQL Update (form-encoded, which every store accepts)."""
        self._check_writable()
        body = urllib.parse.urlencode({"update": sparql_update}).encode("utf-8")
        status, answer = self.connection.request(
            "POST", self.update_url, body, "application/x-www-form-urlencoded"
        )
        if status >= 300:
            raise http_problem(self.update_url, status, answer)


def graph_store_target(url: str, iri: URIRef) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{urllib.parse.urlencode({'graph': str(iri)})}"


def update_requests(iri: URIRef, ntriples_text: str) -> list[str]:
    """DROP, then INSERT in chunks small enough for Virtuoso, blank-node components kept whole.

    `INSERT { ... } WHERE {}` rather than INSERT DATA: Virtuoso refuses blank nodes in INSERT DATA.
    """
    requests = [f"DROP SILENT GRAPH <{iri}>"]
    for part in ntriples_chunks(ntriples_text, max_lines=CHUNK_TRIPLES, max_bytes=GSP_CHUNK_BYTES):
        requests.append(f"INSERT {{ GRAPH <{iri}> {{\n{part}}} }} WHERE {{}}")
    return requests


def ntriples_chunks(text: str, max_lines: int = 1 << 62, max_bytes: int = 1 << 62) -> list[str]:
    """N-Triples documents of at most `max_lines` lines and about `max_bytes` bytes each.

    Blank-node labels are scoped to one document, so all lines sharing a blank node (directly
    or through others) stay in one document; a component larger than a chunk goes alone, whole.
    """
    documents: list[str] = []
    current: list[str] = []
    size = 0
    for unit in _blank_node_components(text.splitlines(keepends=True)):
        unit_size = sum(len(line) for line in unit)
        if current and (len(current) + len(unit) > max_lines or size + unit_size > max_bytes):
            documents.append("".join(current))
            current, size = [], 0
        current += unit
        size += unit_size
    if current:
        documents.append("".join(current))
    return documents


def _blank_node_components(lines: list[str]) -> list[list[str]]:
    """Lines grouped so that lines sharing a blank-node label are in one group (union-find)."""
    parent: dict[str, str] = {}

    def find(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    labelled = [(line, BLANK_LABEL.findall(line)) for line in lines if line.strip()]
    for _, labels in labelled:
        for label in labels[1:]:
            parent[find(label)] = find(labels[0])
    groups: dict[str, list[str]] = {}
    plain: list[list[str]] = []
    for line, labels in labelled:
        if labels:
            groups.setdefault(find(labels[0]), []).append(line)
        else:
            plain.append([line])
    return plain + list(groups.values())


@dataclass(frozen=True)
class PushedGraph:
    graph: URIRef
    triples: int
    protocol: str


def push(
    source: KnowledgeGraph,
    target: SparqlEndpoint,
    graphs: Iterable[URIRef] | None = None,
    protocol: str = "auto",
) -> list[PushedGraph]:
    """Upload every named graph of `source` (or the given ones) to `target`, each replacing its old copy."""
    from kg.store.embedded import EmbeddedStore

    pushed = []
    for iri in graphs if graphs is not None else source.graphs():
        if isinstance(source, EmbeddedStore):
            body = source.export(iri)
            count = body.count(b"\n")
            used = target.put_graph(iri, body, protocol=protocol)
        else:
            graph = source.graph(iri)
            count = len(graph)
            used = target.put_graph(iri, ntriples(graph).encode("utf-8"), protocol=protocol)
        pushed.append(PushedGraph(URIRef(iri), count, used))
    return pushed


def push_target(url: str, protocol: str = "auto", **connection: object) -> SparqlEndpoint:
    """The endpoint `kg push --to URL` writes to: URL is the Graph Store endpoint, or the Update one."""
    graph_store = None if protocol == "update" else url
    return SparqlEndpoint(url, update_url=url, graph_store_url=graph_store, **connection)
