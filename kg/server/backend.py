"""Where the server's data comes from: the embedded store, or a remote SPARQL endpoint.

Why one interface: pages, dumps, VoID and the SPARQL endpoint are written once against
`Backend`, so `kg serve --endpoint URL` serves the same IRIs and documents over Virtuoso
or Oxigraph server as `kg serve` does over the embedded store. The server's own queries
(descriptions, labels, listings) are trusted and bounded; visitors' queries go through
`user_query`, which enforces the time limit and row cap.
"""

from __future__ import annotations

import functools
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pyoxigraph as ox

from kg.model.namespaces import BASE, LABEL_PREDICATES, MAX_LABELLED, PREFIXES
from kg.server.index_reads import (
    Budget,
    Caches,
    Details,
    OverBudget,
    Reader,
    node_details,
    present,
    provenance_rows,
)
from kg.server.page_queries import OWNING
from kg.server.queries import bound, iri_node, iri_nodes
from kg.server.sandbox import probe
from kg.server.worker import (
    Answer,
    QueryTimeout,
    RowCapExceeded,
    WorkerOptions,
    WorkerPool,
    answer_for,
    over_cap,
)
from kg.sparql.read import OXIGRAPH, Results, TooManyRows, read_json
from kg.sparql.read import rows_within as counted_rows_within
from kg.sparql.text import with_prefixes
from kg.store.check import open_read_only, try_open_read_only
from kg.store.generation import Follower
from kg.store.http import AsyncHttpClient, Connection, EndpointError, EndpointTimeout, explanation, refusal
from kg.store.union import query_options, union_maintained

Row = tuple[Any, ...]
LabelRow = tuple[str, str, ox.Literal]
BLANK_DEPTH = 4
"""Levels of blank nodes a remote store's description follows: queries/server/describe-cbd.rq is
written out to this depth (the embedded store reads the exact CBD, any depth)."""
INLINE_STEPS = 2_000
"""Index lookups and quads a resource description may take on the event loop itself (about a
millisecond); a larger one is read again in a thread. Why not always a thread: a hop to one and
back cost a Turtle document about a third of its time (the waking thread must win the GIL
back from the event loop), for descriptions that mostly take a few hundred steps."""
LABEL_CACHE_SIZE = 200_000
"""Labels kept per snapshot of the store, by (IRI, label predicates); cleared when full."""


@dataclass
class Parts:
    """The raw material of a resource description (kg.server.describe makes the page of it)."""

    triples: list[ox.Triple]
    incoming: list[tuple[Any, ox.NamedNode]]
    labels: list[LabelRow]
    extra: list[Row] = field(default_factory=list)


def linked_iris(triples: list[ox.Triple], incoming: list[tuple[Any, ox.NamedNode]], iri: str) -> list[str]:
    """What a description links to and needs labels for: predicates, IRI objects, linking subjects."""
    iris = {iri} | {t.predicate.value for t in triples}
    iris |= {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}
    iris |= {s.value for s, _ in incoming if isinstance(s, ox.NamedNode)} | {p.value for _, p in incoming}
    return sorted(i for i in iris if iri_node(i) is not None)[:MAX_LABELLED]


class BackendError(Exception):
    """The store cannot answer (remote endpoint down, store closed)."""


@dataclass
class View:
    """What one open snapshot of the store lets this process keep: which graph holds the union of
    the named graphs, and the labels read so far (the same predicates, classes and organizations
    are labelled on page after page). A new snapshot (a write, kg.store.generation) gets a new View.
    """

    store: ox.Store
    graph: ox.DefaultGraph | None  # the default graph when it is the union (a set), else None: all
    labels: dict[tuple[str, tuple[str, ...]], list[LabelRow]] = field(default_factory=dict)
    caches: Caches = field(default_factory=Caches)  # classes and owners of nodes (kg.server.index_reads)


class Backend(ABC):
    """The data behind the server."""

    remote = False

    async def start(self) -> None:  # noqa: B027 - most backends need no start
        """Start worker processes or connections."""

    async def close(self) -> None:  # noqa: B027
        """Release them."""

    @abstractmethod
    async def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Run one of the server's own SELECT queries over the union of the graphs."""

    @abstractmethod
    async def construct(self, query: str) -> list[ox.Triple]:
        """Run one of the server's own CONSTRUCT queries over the union of the graphs."""

    @abstractmethod
    async def user_query(self, request: dict[str, Any], timeout: float) -> Answer:
        """A visitor's query, within the time limit and row cap, answered in the negotiated format."""

    async def describe_parts(
        self, iri: str, limit: int, offset: int, predicates: tuple[str, ...], sources: bool = False
    ) -> Parts:
        """CBD (blank nodes followed to a fixed depth), a page of incoming links, labels and, with
        `sources`, the source sentences (provenance.rq's rows, in `extra`): by SPARQL."""
        node = iri_node(iri)
        if node is None:  # no IRI, so nothing is said of it
            return Parts([], [], [])
        triples = await self.construct(bound("describe-cbd", resource=node))
        _, rows = await self.select(bound("incoming-links", resource=node, limit=limit, offset=offset))
        incoming = [(s, p) for s, p in rows]
        labels = await self.label_rows(linked_iris(triples, incoming, iri), predicates)
        extra = (await self.select(bound("provenance", resource=node)))[1] if sources else []
        return Parts(triples, incoming, labels, extra)

    async def exists(self, iri: str) -> bool:
        """Whether any triple has `iri` as subject or object: by SPARQL (resource-exists.rq)."""
        node = iri_node(iri)
        return node is not None and bool((await self.select(bound("resource-exists", resource=node)))[1])

    async def node_details(self, nodes: list[str], typed: list[str]) -> Details:
        """The records a page shows of `nodes` and the classes of `typed` (node-details.rq): by SPARQL."""
        parts, links = iri_nodes(nodes), iri_nodes(list(OWNING))
        owned = [(part, link) for part in parts for link in links]
        _, rows = await self.select(bound("node-details", typed=iri_nodes(typed), owned=owned, node=parts))
        found = Details()
        for s, p, o, cls, owner in rows:
            if cls is not None:
                found.classes.setdefault(s.value, set()).add(cls.value)
            elif owner is not None:
                found.owners.setdefault(s.value, []).append((p, owner))
            elif p is not None:
                found.details.setdefault(s.value, []).append((p, o))
        return found

    async def label_rows(self, iris: list[str], predicates: tuple[str, ...] = ()) -> list[LabelRow]:
        if not iris:
            return []
        wanted = iri_nodes(list(predicates or LABEL_PREDICATES))
        _, rows = await self.select(bound("labels", resource=iri_nodes(iris), predicate=wanted))
        return [(x.value, p.value, label) for x, p, label in rows if isinstance(label, ox.Literal)]

    async def user_update(self, text: str, timeout: float, base: str | None = None) -> Answer:
        return Answer(403, error="this server does not accept updates")

    async def user_upload(self, job: dict[str, Any], timeout: float) -> Answer:
        """A Graph Store write whose body the write worker reads (kg.server.uploads)."""
        return Answer(403, error="this server does not accept updates")

    @abstractmethod
    async def graphs(self) -> list[str]:
        """The named graphs served."""

    async def has_graph(self, iri: str) -> bool:
        """Whether `iri` names a graph served (kg.server.linked.held_graph)."""
        return iri in await self.graphs()

    @abstractmethod
    async def quads(self) -> list[ox.Quad]:
        """Every quad of the served graphs (for dumps)."""

    async def graph_triples(self, graph: str) -> list[ox.Triple]:
        node = iri_node(graph)
        return [] if node is None else await self.construct(bound("graph-triples", graph=node))

    @abstractmethod
    def generation(self) -> str:
        """Changes whenever the data may have changed: caches (dumps, VoID, pages) key on it."""

    @abstractmethod
    def last_modified(self) -> float:
        """When the data last changed (seconds since the epoch), for Last-Modified."""

    @abstractmethod
    def knowledge_graph(self) -> Any:
        """A kg.store.KnowledgeGraph over the same data (for kg.network.graphs's named queries)."""


class EmbeddedBackend(Backend):
    """The embedded Oxigraph store: own queries in threads of this process, visitors' in workers."""

    def __init__(self, path: Path, workers: int = 2, options: WorkerOptions | None = None) -> None:
        self.path = Path(path)
        options = options or WorkerOptions()
        if options.sandbox:
            probe()  # SandboxUnavailable (one line) before anything starts, rather than from each worker
        self.pool = WorkerPool(str(self.path), workers, options)
        self.store = open_read_only(self.path)
        self._opened_at = self._store_mtime()
        self._follower = Follower(self.path)
        self._view: View | None = None

    def _follow(self) -> None:
        """Reopen this process's view, and have the workers reopen theirs, when another process
        (kg ingest, kg build, another server process) committed a write (kg.store.generation)."""
        if self._follower.moved():
            self._reopen()

    def _reopen(self) -> None:
        """A new view, unless a writer is still at work: a read-only open beside a writing process
        is undefined behaviour in pyoxigraph (kg.store.gate). Then this view stays, and the
        follower looks again at its next check."""
        store = try_open_read_only(self.path)
        if store is None:
            self._follower.look_again()
            return
        self.store = store
        self._opened_at = time.time()
        self.pool.generation += 1

    async def start(self) -> None:
        await self.pool.start()

    async def close(self) -> None:
        await self.pool.close()

    def _store_mtime(self) -> float:
        times = [p.stat().st_mtime for p in self.path.iterdir() if p.is_file()]
        return max(times, default=time.time())

    def _run(self, query: str) -> Any:
        view = self.view()  # the marker is read once per snapshot, not once per query
        union = query_options(view.store, view.graph is not None)  # a set (kg.store.union)
        return view.store.query(query, prefixes=PREFIXES, **union)

    async def select(self, query: str) -> tuple[list[str], list[Row]]:
        def run() -> tuple[list[str], list[Row]]:
            result = self._run(query)
            return [v.value for v in result.variables], [tuple(s) for s in result]

        return await anyio.to_thread.run_sync(run)

    async def construct(self, query: str) -> list[ox.Triple]:
        return await anyio.to_thread.run_sync(lambda: list(self._run(query)))

    async def user_query(self, request: dict[str, Any], timeout: float) -> Answer:
        self._follow()
        return await self.pool.run(request, timeout)

    def view(self) -> View:
        """The current snapshot's View (after following the store's generation)."""
        self._follow()
        view = self._view
        if view is None or view.store is not self.store:
            graph = ox.DefaultGraph() if union_maintained(self.path) else None
            view = self._view = View(self.store, graph)
        return view

    async def describe_parts(
        self, iri: str, limit: int, offset: int, predicates: tuple[str, ...], sources: bool = False
    ) -> Parts:
        """Straight from the indexes: exact CBD (any blank-node depth), incoming links in index order
        (stable for a given store), labels and, with `sources`, the source sentences
        (kg.server.index_reads), without SPARQL parsing or joins; on the event loop when it takes
        at most INLINE_STEPS, else in one thread hop."""
        return await self._inline_or_thread(self._parts, iri, limit, offset, predicates, sources)

    async def node_details(self, nodes: list[str], typed: list[str]) -> Details:
        """node-details.rq's answer from the indexes, classes and owners kept per snapshot."""
        return await self._inline_or_thread(self._details, nodes, typed)

    async def _inline_or_thread(self, read: Any, *args: Any) -> Any:
        """`read(*args, budget)` on the event loop within INLINE_STEPS, else again in a thread."""
        try:
            return read(*args, Budget(INLINE_STEPS))
        except OverBudget:
            pass
        return await anyio.to_thread.run_sync(read, *args, Budget(None))

    def _details(self, nodes: list[str], typed: list[str], budget: Budget) -> Details:
        view = self.view()
        return node_details(Reader(view.store, view.graph, budget), view.caches, nodes, typed)

    def _parts(
        self,
        iri: str,
        limit: int,
        offset: int,
        predicates: tuple[str, ...],
        sources: bool,
        budget: Budget,
    ) -> Parts:
        view = self.view()
        node = iri_node(iri)
        if node is None:  # no IRI, so nothing is said of it
            return Parts([], [], [])
        triples = list(dict.fromkeys(self._closure(view, node, budget)))
        incoming: dict[tuple[Any, ox.NamedNode], None] = {}
        budget.spend()
        for quad in view.store.quads_for_pattern(None, None, node, view.graph):
            budget.spend()
            incoming[(quad.subject, quad.predicate)] = None
            if len(incoming) >= offset + limit:
                break
        page = list(incoming)[offset:]
        reader = Reader(view.store, view.graph, budget)
        rows = provenance_rows(reader, view.caches, iri, triples) if sources else []
        labels = self._labels(view, linked_iris(triples, page, iri), predicates, budget)
        return Parts(triples, page, labels, rows)

    def _closure(self, view: View, start: Any, budget: Budget) -> list[ox.Triple]:
        found, seen, frontier = [], {start}, [start]
        while frontier:
            budget.spend()
            for quad in view.store.quads_for_pattern(frontier.pop(), None, None, view.graph):
                budget.spend()
                found.append(quad.triple)
                if isinstance(quad.object, ox.BlankNode) and quad.object not in seen:
                    seen.add(quad.object)
                    frontier.append(quad.object)
        return found

    def _labels(
        self, view: View, iris: list[str], predicates: tuple[str, ...], budget: Budget
    ) -> list[LabelRow]:
        rows: list[LabelRow] = []
        for iri in iris:
            found = view.labels.get((iri, predicates))
            if found is None:
                found = self._read_labels(view, iri, predicates, budget)
            rows.extend(found)
        return rows

    def _read_labels(
        self, view: View, iri: str, predicates: tuple[str, ...], budget: Budget
    ) -> list[LabelRow]:
        subject = ox.NamedNode(iri)
        rows: dict[LabelRow, None] = {}
        for predicate in present(Reader(view.store, view.graph, budget), view.caches, predicates):
            budget.spend()
            for quad in view.store.quads_for_pattern(subject, ox.NamedNode(predicate), None, view.graph):
                if isinstance(quad.object, ox.Literal):
                    rows[(iri, predicate, quad.object)] = None
        if len(view.labels) >= LABEL_CACHE_SIZE:
            view.labels.clear()
        found = view.labels[(iri, predicates)] = list(rows)
        return found

    async def label_rows(self, iris: list[str], predicates: tuple[str, ...] = ()) -> list[LabelRow]:
        wanted = predicates or LABEL_PREDICATES
        try:
            return self._labels(self.view(), iris, wanted, Budget(INLINE_STEPS))
        except OverBudget:  # what it read is kept: the thread reads only the rest
            return await anyio.to_thread.run_sync(self._labels, self.view(), iris, wanted, Budget(None))

    async def exists(self, iri: str) -> bool:
        """Two index seeks (as subject, then as object), on the event loop: no query text at all."""
        node = iri_node(iri)
        if node is None:
            return False
        view = self.view()
        store, graph = view.store, view.graph
        if next(store.quads_for_pattern(node, None, None, graph), None) is not None:
            return True
        return next(store.quads_for_pattern(None, None, node, graph), None) is not None

    async def graph_triples(self, graph: str) -> list[ox.Triple]:
        """The graph's triples by one index scan, in a thread (a graph may be large)."""
        node = iri_node(graph)
        if node is None:
            return []
        self._follow()
        store = self.store
        return await anyio.to_thread.run_sync(
            lambda: [quad.triple for quad in store.quads_for_pattern(None, None, None, node)]
        )

    async def user_update(self, text: str, timeout: float, base: str | None = None) -> Answer:
        return await self.user_upload({"update": text, "base": base}, timeout)

    async def user_upload(self, job: dict[str, Any], timeout: float) -> Answer:
        answer = await self.pool.write(job, timeout)
        if answer.status < 300:
            self._reopen()
        return answer

    async def graphs(self) -> list[str]:
        self._follow()
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    async def has_graph(self, iri: str) -> bool:
        """One index seek, on the event loop: a 404 under /id/ must not list every graph of the store."""
        node = iri_node(iri)
        return node is not None and self.view().store.contains_named_graph(node)

    async def quads(self) -> list[ox.Quad]:
        self._follow()

        def run() -> list[ox.Quad]:
            return [q for q in self.store if not isinstance(q.graph_name, ox.DefaultGraph)]

        return await anyio.to_thread.run_sync(run)

    def generation(self) -> str:
        self._follow()
        return f"e{self.pool.generation}-{self._opened_at:.6f}"

    def last_modified(self) -> float:
        return self._opened_at

    def knowledge_graph(self) -> Any:
        from kg.store.embedded import EmbeddedStore

        return EmbeddedStore(self.path)


GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
RESULTS_ACCEPT = "application/sparql-results+json"


class RemoteBackend(Backend):
    """A remote SPARQL 1.1 endpoint holding the pushed graphs (Virtuoso, Oxigraph server, ...).

    Requests go through kg.store.http (the client `kg query --endpoint` uses: same
    credentials, user agent and errors) and answers are read by kg.sparql.read into Oxigraph
    terms. Queries go by form-encoded POST (Virtuoso hangs on a direct POST). Only the graphs
    in the project's namespace are served (Virtuoso also holds system graphs). Time limits
    are kept on our side: the request is abandoned at the limit; the remote store may go on
    with it until its own limit (Virtuoso: MaxQueryExecutionTime).
    """

    remote = True

    def __init__(
        self,
        url: str,
        timeout: float = 30.0,
        refresh: float = 60.0,
        *,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        max_answer_bytes: int = 64 << 20,
    ) -> None:
        # Read no more of an answer than the server would write of it (--max-answer-bytes): the
        # store's answer is parsed in this process, and kg.store.http's own cap is 256 MiB.
        self.connection = Connection(url, user, password, auth, timeout, max_answer_bytes=max_answer_bytes)
        self.url = self.connection.url  # no password in a page or log line (kg.store.http.split_credentials)
        self.timeout = timeout
        self.refresh = refresh
        self.client: AsyncHttpClient | None = None
        self._started = time.time()

    async def start(self) -> None:
        self.client = self.connection.async_client()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()

    async def _post(
        self, query: str, accept: str, timeout: float, graphs: dict[str, list[str]] | None = None
    ) -> httpx.Response:
        """Any answer of the store; QueryTimeout at the time limit, BackendError when there is none."""
        if self.client is None:
            raise BackendError("the remote backend is not started")
        form = {"query": with_prefixes(query), **(graphs or {})}
        stopped = QueryTimeout(f"the query was stopped after {timeout:g} s (this endpoint's time limit)")
        try:
            # httpx's timeout bounds each read, not the answer: a store sending a byte a second
            # kept a query for minutes under --timeout 3. The whole exchange is bounded here.
            with anyio.fail_after(timeout):
                return await self.client.send("POST", data=form, headers={"Accept": accept}, timeout=timeout)
        except (EndpointTimeout, TimeoutError):
            raise stopped from None
        except EndpointError as error:
            raise BackendError(str(error)) from None

    async def _checked(self, query: str, accept: str) -> httpx.Response:
        """The answer to one of the server's own queries: any error status is the store's fault."""
        response = await self._post(query, accept, self.timeout)
        if response.status_code >= 300:
            raise BackendError(str(refusal(self.url, response)))
        return response

    async def select(self, query: str) -> tuple[list[str], list[Row]]:
        response = await self._checked(query, RESULTS_ACCEPT)
        try:
            answer = await anyio.to_thread.run_sync(own_answer, response.content)
        except RowCapExceeded:
            raise BackendError(
                f"the store at {self.url} answered more than {OWN_ROWS:,} rows to one of the server's "
                "own queries"
            ) from None
        except UNREADABLE as error:
            raise BackendError(
                f"the store at {self.url} sent an answer that cannot be read: {unreadable(error)}"
            ) from None
        return projected(query, answer.variables, answer.rows)

    async def construct(self, query: str) -> list[ox.Triple]:
        response = await self._checked(query, GRAPH_ACCEPT)
        try:
            return await anyio.to_thread.run_sync(parse_graph, response)
        except UNREADABLE as error:
            raise BackendError(
                f"the store at {self.url} sent a graph that cannot be read: {unreadable(error)}"
            ) from None

    async def user_query(self, request: dict[str, Any], timeout: float) -> Answer:
        """Forward the query with only the protocol's dataset parameters; answer as the embedded store."""
        graph_form = request.get("form") in ("CONSTRUCT", "DESCRIBE")
        graphs = {
            "default-graph-uri": request.get("default_graphs") or [],
            "named-graph-uri": request.get("named_graphs") or [],
        }
        response = await self._post(
            request["query"], GRAPH_ACCEPT if graph_form else RESULTS_ACCEPT, timeout, graphs
        )
        if response.status_code >= 300:
            status = 400 if 400 <= response.status_code < 500 else 502
            return Answer(
                status, error=f"the store answered HTTP {response.status_code}: {explanation(response)}"
            )
        try:
            # In a thread: an answer of up to --max-answer-bytes takes seconds to read, and on the
            # event loop every other client waited for it (100 MB: 15 s, a 404 page 6.5 s).
            return await anyio.to_thread.run_sync(remote_answer, response, request, graph_form)
        except RowCapExceeded as error:
            return Answer(400, error=str(error))
        except UNREADABLE as error:
            return Answer(502, error=f"the store sent an answer that cannot be read: {unreadable(error)}")

    async def graphs(self) -> list[str]:
        _, rows = await self.select(bound("served-graphs", base=BASE))
        return sorted(row[0].value for row in rows if isinstance(row[0], ox.NamedNode))

    async def quads(self) -> list[ox.Quad]:
        quads: list[ox.Quad] = []
        for graph in await self.graphs():
            name = ox.NamedNode(graph)
            quads += [
                ox.Quad(t.subject, t.predicate, t.object, name) for t in await self.graph_triples(graph)
            ]
        return quads

    def generation(self) -> str:
        return f"r{int(time.time() // self.refresh)}"

    def last_modified(self) -> float:
        return self._started

    def knowledge_graph(self) -> Any:
        from kg.store import open_store

        return open_store(endpoint=self.url, readonly=True, **self.connection.options())


ASKED_SYNTAXES = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)  # what GRAPH_ACCEPT asks for
UNREADABLE = (ValueError, SyntaxError, RecursionError)
"""What reading a store's answer raises for one we cannot read: JSON nested past Python's recursion
limit (json.loads) is a RecursionError, which ended every page in a 500 (section 13)."""


def unreadable(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "it is nested too deeply"
    return str(error)


EMPTY_STORE = ox.Store()
"""Where the server's own SELECT queries are run once on nothing, to learn their projection."""


@functools.lru_cache(maxsize=512)
def projection(query: str) -> tuple[str, ...] | None:
    """The variables `query` selects, in order (None for a query that is no SELECT here)."""
    try:
        result = EMPTY_STORE.query(query, prefixes=PREFIXES)
    except (SyntaxError, ValueError, OSError, RuntimeError):
        return None
    return tuple(v.value for v in result.variables) if isinstance(result, ox.QuerySolutions) else None


def projected(query: str, variables: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A remote store's rows with the columns the server's own query selects, in its order.

    Why: the server reads its own answers by position (`row[0]` is the graph, `row[1]` its size),
    as the embedded store gives them; a store whose answer names the variables in another order, or
    others, had its values read in the wrong places (a 500 from `int()` of an IRI, section 13).
    A variable the answer lacks is unbound.
    """
    wanted = projection(query)
    if wanted is None or tuple(variables) == wanted:
        return variables, rows
    index = {name: position for position, name in enumerate(variables)}
    return list(wanted), [tuple(row[index[n]] if n in index else None for n in wanted) for row in rows]


OWN_ROWS = 100_000
"""Rows a store may answer to one of the server's own SELECTs (the largest, VoID's partitions and
the home page's lists, have one row per class, property or organization)."""


def rows_within(body: bytes, cap: int) -> None:
    """RowCapExceeded (the server's refusal) when a SPARQL JSON answer has more than `cap` solutions,
    counted before `read_json` reads it (kg.sparql.read.rows_within says why)."""
    try:
        counted_rows_within(body, cap)
    except TooManyRows:
        raise over_cap(cap, "rows") from None


def own_answer(body: bytes) -> Results[Any]:
    """A store's answer to one of the server's own SELECTs, at most OWN_ROWS rows."""
    rows_within(body, OWN_ROWS)
    return read_json(body, OXIGRAPH)


def remote_answer(response: httpx.Response, request: dict[str, Any], graph_form: bool) -> Answer:
    """A store's answer to a visitor's query, read and written again as the embedded store's are."""
    if graph_form:
        return answer_for("GRAPH", graph_answer(response), request)
    rows_within(response.content, int(request["cap"]))
    answer = read_json(response.content, OXIGRAPH, ask=request.get("form") == "ASK")
    if answer.boolean is not None:
        return answer_for("ASK", answer.boolean, request)
    return answer_for("SELECT", (answer.variables, iter(answer.rows)), request)


def graph_answer(response: httpx.Response) -> Iterator[ox.Triple]:
    """The triples of a store's graph answer, in a syntax this server asked for (ValueError at once
    else), read as they are taken: a visitor's answer is written by kg.server.worker.answer_for, which
    stops at the one past the row cap. Read whole first, a store's answer of 600,000 triples (46 MB,
    under the 64 MiB answer cap) to `kg serve --endpoint URL --max-rows 1000` took 10 s and 280 MB
    of the server before the refusal (docs/reliability.md section 21).

    Why only those: the answer is parsed in the server process, and Oxigraph's RDF/XML parser
    expands internal entities without limit: a 1 kB "billion laughs" answered to a CONSTRUCT
    ended `kg serve --endpoint` (docs/reliability.md section 11). N-Triples and Turtle have no
    entities; every SPARQL store offers one of them.
    """
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    rdf_format = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.TURTLE  # none, or unknown: Turtle
    if rdf_format not in ASKED_SYNTAXES:
        raise ValueError(
            f"the store answered {media_type or 'no Content-Type'}, not what was asked ({GRAPH_ACCEPT})"
        )
    return (quad.triple for quad in ox.parse(response.content, format=rdf_format))


def parse_graph(response: httpx.Response) -> list[ox.Triple]:
    """The whole of a store's graph answer (graph_answer): the server's own CONSTRUCTs, bounded by what
    they ask."""
    return list(graph_answer(response))
