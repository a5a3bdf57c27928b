"""Any SPARQL 1.1 endpoint behind the kg.store.embedded API, and `kg push` to one.

Why: analysts also keep the graph in shared triple stores (Virtuoso, Oxigraph server,
Fuseki, ...). The same named and ad hoc queries run there through kg.store.http (one
client: credentials by HTTP Basic or Digest, a timeout, our user agent, one-line
EndpointErrors), and answers are read by kg.sparql.read. Quirks handled here:
- results are always requested as SPARQL JSON (rdflib's SPARQLStore picks XML at random);
- queries go by GET, or form-encoded POST when long: Virtuoso hangs on a direct POST
  (`Content-Type: application/sparql-query`);
- Virtuoso's old `"typed-literal"` result type is read like `"literal"`, and
  `"x"^^xsd:string` becomes the plain literal `"x"`, as from the embedded store
  (kg.sparql.read);
- a syntax error keeps the server's message, its line numbers moved back past the prefixes we
  add and the lines Virtuoso puts before the query it compiles.

Pushing (`push`, `kg push --to URL`) replaces each named graph with one SPARQL 1.1 Graph
Store HTTP Protocol PUT (`URL?graph=IRI`), so a second push changes nothing. Where the
URL is no Graph Store endpoint (HTTP 404, 405, 415 or 501 on PUT), it falls back to
SPARQL Update at the same URL (logged at warning level): `DROP SILENT GRAPH` then
`INSERT DATA` in chunks small enough for Virtuoso (about 1,400 triples per request at
most), keeping every blank-node component inside one chunk.
"""

from __future__ import annotations

import collections
import io
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from rdflib import Graph, URIRef

from kg.model.namespaces import BASE, bind_prefixes
from kg.sparql.named import QueryError
from kg.sparql.read import RDFLIB, ResultsError, TooManyRows, read_json, rows_within
from kg.sparql.results import QueryResult
from kg.sparql.text import shift_lines, with_prefixes
from kg.store import KnowledgeGraph
from kg.store.http import (
    MAX_ANSWER_BYTES,
    USER_AGENT,
    Connection,
    EndpointError,
    bare_url,
    explanation,
    logged,
    refusal,
)
from kg.store.terms import ntriples

__all__ = ["EndpointError", "PushedGraph", "SparqlEndpoint", "ntriples_chunks", "push", "push_target"]

GET_LIMIT = 1800
CHUNK_TRIPLES = 1000
NO_GRAPH_STORE = {404, 405, 415, 501}
PROTOCOLS = ("auto", "graph-store", "update")
GSP_CHUNK_BYTES = 2_000_000
MIN_PIECE = 16_384
"""A piece of a pushed graph answered 413 is split in two only when it is longer than this: a server
refusing every body (a proxy's limit of a few bytes) ends the push after a few halvings, not one
request per triple."""
BLANK_LABEL = re.compile(r"_:[A-Za-z0-9_.-]*[A-Za-z0-9_-]")
RESULTS_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "text/turtle, application/n-triples;q=0.9"
REJECTED_CHARS = 300
MAX_ROWS = 1_000_000
"""Rows read of one SELECT's answer (`kg sparql --max-rows`): more is refused, counted before any term is
made. Why a cap: a hostile endpoint's 5 MB of gzip (85 MB of SPARQL JSON, 2,000,000 rows) took `kg sparql
--endpoint` 197 s and 1.8 GB; a million rows is the whole of the 1e6-triple store's SELECT * of triples."""


class TooManyTriples(Exception):
    """A graph answer with more triples than the cap (CappedGraph); not a parser's error."""

    def __init__(self, cap: int) -> None:
        super().__init__(f"more than {cap:,} triples")


class CappedGraph(Graph):
    """An rdflib graph that refuses its cap's next triple as the parser adds it.

    Why: a CONSTRUCT or DESCRIBE answer was parsed whole before anything counted it, so the answer's
    byte cap (256 MiB) was the only bound, and Turtle is terse (`:s :p :o1, :o2, ...` is a few bytes a
    triple): tens of millions of triples, gigabytes of rdflib objects, from a hostile or mistaken
    endpoint. The SELECT side counts rows the same way before any term is made (rows_within)."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap: int | None = cap
        self.added = 0

    def add(self, triple: Any) -> CappedGraph:
        self.added += 1
        if self.cap is not None and self.added > self.cap:
            raise TooManyTriples(self.cap)
        super().add(triple)
        return self

    def addN(self, quads: Iterable[Any]) -> CappedGraph:
        for quad in quads:
            self.add(quad[:3])
        return self


log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # `kg push` reports the protocol used itself


class SparqlEndpoint(KnowledgeGraph):
    """A remote SPARQL 1.1 endpoint: queries by GET or form POST, writes by Graph Store PUT or Update."""

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
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        max_rows: int = MAX_ROWS,
        readonly: bool = False,
        queries_directory: Path | None = None,
    ) -> None:
        super().__init__(queries_directory)
        self.connection = Connection(url, user, password, auth, timeout, agent, max_answer_bytes)
        self.url = self.connection.url  # without user information (kg.store.http.split_credentials)
        self.max_rows = max_rows
        self.update_url = bare_url(update_url) if update_url else self.url
        self.graph_store_url = graph_store_url and bare_url(graph_store_url)
        self.readonly = readonly
        self.http = self.connection.client()
        self.piece_bytes = GSP_CHUNK_BYTES  # what one write request carries at most; less after a 413

    def close(self) -> None:
        """Close the kept-alive connections (the endpoint may still be used: they reopen)."""
        self.http.close()

    # Queries ------------------------------------------------------------------------

    def execute(self, form: str, text: str) -> QueryResult:
        if form in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(form=form, graph=self._turtle(self._fetch(text, GRAPH_ACCEPT)))
        body = self._fetch(text, RESULTS_ACCEPT)
        try:
            rows_within(body, self.max_rows)
            answer = read_json(body, RDFLIB, ask=form == "ASK")
        except TooManyRows as error:
            raise logged(
                EndpointError(
                    f"{self.url} answered {error} (the cap: --max-rows): add LIMIT and OFFSET to page, "
                    "or narrow the query, or raise --max-rows"
                )
            ) from None
        except ResultsError as error:
            raise logged(EndpointError(f"{self.url} did not answer as asked: {error}")) from None
        if answer.boolean is not None:
            return QueryResult(form="ASK", boolean=answer.boolean)
        rows = [dict(zip(answer.variables, row, strict=True)) for row in answer.rows]
        return QueryResult(form="SELECT", variables=answer.variables, rows=rows)

    def _fetch(self, text: str, accept: str) -> bytes:
        """The body of a successful answer; QueryError when the server rejects the query text."""
        sent = with_prefixes(text)
        response = self._send_query(sent, accept)
        if response.status_code == 400:
            raise rejected(response, sent, added_lines=sent.count("\n") - text.count("\n"))
        if response.status_code >= 300:
            raise refusal(self.url, response)
        return response.content

    def _send_query(self, text: str, accept: str) -> httpx.Response:
        """GET, or a form-encoded POST when the URL would be long (never a direct sparql-query POST)."""
        form, headers = {"query": text}, {"Accept": accept}
        if len(str(httpx.QueryParams(form))) > GET_LIMIT:
            return self.http.send("POST", data=form, headers=headers)
        # Merged by hand: httpx's params= would drop parameters already in the endpoint's URL.
        return self.http.send("GET", str(httpx.URL(self.url).copy_merge_params(form)), headers=headers)

    def _turtle(self, body: bytes) -> Graph:
        graph = CappedGraph(self.max_rows)
        bind_prefixes(graph)
        try:
            graph.parse(data=body.decode("utf-8"), format="turtle")
            graph.cap = None  # the answer is read: what its reader adds to it is its own
        except TooManyTriples as error:
            raise logged(
                EndpointError(
                    f"{self.url} answered {error} (the cap: --max-rows): narrow the query, "
                    "or raise --max-rows"
                )
            ) from None
        except Exception as error:
            reason = " ".join(str(error).split())[:REJECTED_CHARS]
            raise logged(EndpointError(f"{self.url} sent a graph that is not Turtle: {reason}")) from None
        return graph

    # Graphs -------------------------------------------------------------------------

    def graphs(self) -> list[URIRef]:
        """Named graphs in the project's namespace (Virtuoso also holds system graphs we leave alone)."""
        rows = self.execute(
            "SELECT",
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{BASE}")) }}',
        ).rows
        return sorted(graph for row in rows if isinstance(graph := row.get("g"), URIRef))

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
        Update where the URL turns out to be no Graph Store endpoint).
        """
        if protocol not in PROTOCOLS:
            raise EndpointError(f"unknown protocol {protocol!r}: use one of {', '.join(PROTOCOLS)}")
        text = body.decode("utf-8")
        if self.graph_store_url and protocol != "update" and self._graph_store_put(iri, text, protocol):
            return "graph-store"
        self.update(f"DROP SILENT GRAPH <{iri}>")

        def send(number: int, piece: str) -> httpx.Response:
            self._check_writable()
            return self.http.send("POST", self.update_url, data={"update": insert_request(iri, piece)})

        failed, written = self._pieces(text, CHUNK_TRIPLES, send)
        if failed is not None:
            raise partly_written(refusal(self.update_url, failed), iri, self.update_url, written)
        return "update"

    def _graph_store_put(self, iri: URIRef, text: str, protocol: str) -> bool:
        """One PUT, then POSTs (Graph Store merge) for a body over GSP_CHUNK_BYTES: Virtuoso resets
        the connection on uploads of a few megabytes. False when the URL is no Graph Store
        endpoint and `protocol` lets us fall back to SPARQL Update."""
        assert self.graph_store_url is not None
        target = graph_store_target(self.graph_store_url, iri)

        def send(number: int, piece: str) -> httpx.Response:
            headers = {"Content-Type": "text/turtle"}
            return self.http.send(
                "PUT" if number == 0 else "POST", target, content=piece.encode(), headers=headers
            )

        failed, written = self._pieces(text, 1 << 62, send)
        if failed is None:
            return True
        if written == 0 and failed.status_code in NO_GRAPH_STORE and protocol == "auto":
            log.warning(
                "%s answered HTTP %d to a Graph Store PUT: sending <%s> by SPARQL Update to %s instead",
                self.graph_store_url,
                failed.status_code,
                iri,
                self.update_url,
            )
            return False
        error = refusal(self.graph_store_url, failed)
        raise error if written == 0 else partly_written(error, iri, self.graph_store_url, written)

    def _pieces(
        self, text: str, max_lines: int, send: Callable[[int, str], httpx.Response]
    ) -> tuple[httpx.Response | None, int]:
        """Send a graph's N-Triples in pieces of at most `max_lines` lines and `self.piece_bytes`
        characters, `send(number, piece)` each; (the first answer of 300 or more, pieces written).

        A piece the server finds too large (413) is split in two and sent again, and the pieces of
        later graphs are kept as small. Why: `kg serve` takes 1 MiB a request by default
        (--max-request-bytes), and `kg push` to it failed with 413 on every graph over that, by Graph
        Store or Update; by Update, the graph was dropped first, so the server kept part of it."""
        pieces = collections.deque(
            ntriples_chunks(text, max_lines=max_lines, max_bytes=self.piece_bytes) or [""]
        )
        written = 0
        while pieces:
            piece = pieces.popleft()
            response = send(written, piece)
            if (
                response.status_code == 413
                and len(piece) > MIN_PIECE
                and len(halves := halved(piece, max_lines)) > 1
            ):
                self.piece_bytes = min(self.piece_bytes, max(len(piece) // 2, 1))
                pieces.extendleft(reversed(halves))
                continue
            if response.status_code >= 300:
                return response, written
            written += 1
        return None, written

    def update(self, sparql_update: str) -> None:
        """POST one SPARQL Update (form-encoded, which every store accepts)."""
        self._check_writable()
        self.http.call("POST", self.update_url, data={"update": sparql_update})


def rejected(response: httpx.Response, sent: str, added_lines: int) -> QueryError:
    """The server's reason for refusing the query, with line numbers pointing into the user's text."""
    lines = added_lines + virtuoso_preamble_lines(response.text, sent)
    detail = shift_lines(explanation(response), lines)[:REJECTED_CHARS]
    return QueryError(f"the endpoint rejected the query: {detail} (fix the query text)")


def virtuoso_preamble_lines(message: str, sent: str) -> int:
    """Lines Virtuoso compiled before our text (`define ...`), which its line numbers count.

    Virtuoso echoes what it compiled after "SPARQL query:"; how much it adds depends on the
    request (a format parameter adds a line), so it is counted rather than assumed.
    """
    _, echoed, compiled = message.partition("SPARQL query:")
    first_line = next((line for line in sent.splitlines() if line.strip()), "")
    at = compiled.find(first_line) if echoed and first_line else -1
    return compiled[:at].lstrip("\r\n").count("\n") if at > 0 else 0


def graph_store_target(url: str, iri: URIRef) -> str:
    return str(httpx.URL(url).copy_add_param("graph", str(iri)))


def halved(piece: str, max_lines: int) -> list[str]:
    """A piece of N-Triples in two (or more), its blank-node components whole; one piece when it is one."""
    return ntriples_chunks(piece, max_lines=max_lines, max_bytes=max(len(piece) // 2, 1))


def partly_written(error: EndpointError, iri: URIRef, url: str, written: int) -> EndpointError:
    """The refusal of a piece, saying that the graph at the server now holds only what came before it."""
    held = "none of it" if written == 0 else f"only the first {written:,} piece{'s' * (written != 1)} of it"
    return logged(
        EndpointError(f"{error}; <{iri}> at {url} now holds {held}, not the whole graph: push it again")
    )


def insert_request(iri: URIRef, piece: str) -> str:
    """The SPARQL Update adding one piece of a pushed graph (after `DROP SILENT GRAPH`).

    `INSERT { ... } WHERE {}` rather than INSERT DATA: Virtuoso refuses blank nodes in INSERT DATA.
    """
    return f"INSERT {{ GRAPH <{iri}> {{\n{piece}}} }} WHERE {{}}"


def ntriples_chunks(text: str, max_lines: int = 1 << 62, max_bytes: int = 1 << 62) -> list[str]:
    """N-Triples documents of at most `max_lines` lines and about `max_bytes` bytes each.

    Blank-node labels are scoped to one document, so all lines sharing a blank node (directly
    or through others) stay in one document; a component larger than a chunk goes alone, whole.
    """
    documents: list[str] = []
    current: list[str] = []
    size = 0
    # Lines end at "\n" only (StringIO with newline="\n"): splitlines() also breaks at U+2028 and other
    # separators that N-Triples keeps unescaped inside a literal, and a chunk could then cut a triple.
    for unit in _blank_node_components(list(io.StringIO(text, newline="\n"))):
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
    if isinstance(
        source, EmbeddedStore
    ):  # an event in the history of the store pushed from (kg.store.history)
        from kg.store.history import record_event

        record_event(source.path, "push", target=target.graph_store_url or target.update_url)
    return pushed


def push_target(url: str, protocol: str = "auto", **connection: Any) -> SparqlEndpoint:
    """The endpoint `kg push --to URL` writes to: URL is the Graph Store endpoint, or the Update one."""
    graph_store = None if protocol == "update" else url
    return SparqlEndpoint(url, update_url=url, graph_store_url=graph_store, **connection)
