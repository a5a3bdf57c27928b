"""User SPARQL runs here, in worker processes the server can kill.

Why processes: pyoxigraph evaluates a query in Rust without returning to Python, so
neither a thread nor asyncio can stop it; a wall-clock timeout that really stops a
query has to end the process running it. The server keeps a small pool of these
workers (`WorkerPool`), gives each query to an idle one, and on timeout kills it by its
PID and starts a fresh one, while the other workers and the server's own pages go on.

Protocol (stdin/stdout, one request at a time): the server writes one JSON line (the
request); the worker answers with one JSON line (status, media type, error, length)
followed by `length` bytes of body. The worker negotiates the response format itself,
because only after running the query does it know whether it got rows, a boolean or
triples (query text alone can mislead, e.g. `PREFIX select: <...>`).

A write worker (`--write`) opens the store read-write for one SPARQL Update and exits;
read workers reopen their read-only view when the server's store generation changes.

Every worker first leaves the host's network (kg.server.sandbox: the kernel, not our reading
of the query, keeps SERVICE and LOAD from reaching any host) and caps its address space
(`--memory-mb`, RLIMIT_AS): a query that needs more ends its worker, never the server, and is
answered 503. Its first line says whether it got there: `{"ready": true, "sandbox": HOW}`, or
`{"ready": false, "error": WHY}` and exit; the server does not start without sandboxed
workers unless told `--no-sandbox`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import json
import logging
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.model.namespaces import BASE, PREFIXES
from kg.server.conneg import negotiate
from kg.server.formats import ASK_FORMATS, GRAPH_FORMATS, HTML, SELECT_FORMATS, Format, by_key, others_than
from kg.server.preconditions import (
    Conditions,
    failed_precondition,
    graph_tags,
    precondition_refusal,
    tags_asked,
)
from kg.server.queries import query_text
from kg.server.results import NoXmlForm, write_ask, write_graph, write_select
from kg.server.sandbox import SandboxUnavailable, isolate
from kg.server.term_cap import TermTooLong, Unverifiable, check_terms, discard_dry_run, pin_now
from kg.server.uploads import UploadRefused, upload_update
from kg.sparql.write import select_json
from kg.store.check import open_read_only, try_open_read_only
from kg.store.gate import StoreBusy, WriterGate, hold_for_writing
from kg.store.generation import advance, last_written
from kg.store.history import default_data, named_quads, only_in_default, recording, update_scope
from kg.store.union import (
    ensure_union,
    listed_dataset,
    merged_dataset,
    query_options,
    stale_window,
    union_snapshot,
)

DEFAULT_MEMORY_MB = 4096
UNSANDBOXED = "none (--no-sandbox)"
STARTUP_SECONDS = 60
SPAWN_ATTEMPTS = 5
GATE_POLL = 0.05  # seconds between a write worker's tries at a gate another process's writer holds
WORKER_NICENESS = 10  # visitors' SPARQL yields the CPU to pages, VoID and dumps under load
SERVER_COMMAND = "kg serve: SPARQL Update or Graph Store write"  # what the store's history says
HTML_CELL_CHARS = 2_000  # of a literal on an HTML results page; machine formats carry it whole

log = logging.getLogger(__name__)


@dataclass
class Answer:
    """What a worker answers: an HTTP status, the chosen format and the body (or an error message)."""

    status: int
    media_type: str = "text/plain"
    body: bytes = b""
    error: str = ""
    kind: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class RowCapExceeded(Exception):
    """More rows or triples than the server's cap: refused rather than silently truncated."""


class AnswerTooLarge(RowCapExceeded):
    """More bytes than the server's cap (`max_bytes` of the request): refused like too many rows.

    Why: two rows can be any size (`BIND(CONCAT(?a, ?a) AS ?b)` doubles a string at each step);
    an answer of 268 MB went through the worker's pipe into the server, which grew to 809 MB.
    """


# --- In the worker process -------------------------------------------------------------


def choose(formats: tuple[Format, ...], accept: str | None, override: str | None) -> Format | None:
    if override:
        return by_key(formats, override)
    return next(
        (f for f in formats if f.media_type == negotiate(accept, [x.media_type for x in formats])), None
    )


def capped(items: Iterator[Any], cap: int, what: str, max_bytes: int | None = None) -> list[Any]:
    """At most `cap` items, whose terms hold at most `max_bytes` characters (counted as they come,
    so that a huge answer is refused before it is written)."""
    taken: list[Any] = []
    size = 0
    for item in items:
        if len(taken) >= cap:
            raise over_cap(cap, what)
        if max_bytes is not None:
            size += sum(map(characters, item if isinstance(item, tuple) else (item,)))
            if size > max_bytes:
                raise too_large(max_bytes)
        taken.append(item)
    return taken


def over_cap(cap: int, what: str) -> RowCapExceeded:
    """The refusal of an answer with more than `cap` rows or triples (what a visitor can do about it)."""
    return RowCapExceeded(
        f"the answer has more than {cap:,} {what} (this endpoint's cap): "
        f"add LIMIT {cap} (and OFFSET to page), or narrow the query; full dumps are at /dumps"
    )


def characters(term: Any) -> int:
    """A term's length in characters (a triple: its three terms'), near enough its bytes for a cap."""
    if term is None:
        return 0
    if isinstance(term, ox.Triple):
        return characters(term.subject) + characters(term.predicate) + characters(term.object)
    return len(term.value)


def too_large(max_bytes: int) -> AnswerTooLarge:
    return AnswerTooLarge(
        f"the answer is larger than {max_bytes:,} bytes (this endpoint's cap): select fewer or "
        "shorter values (SUBSTR, LIMIT), or narrow the query; full dumps are at /dumps"
    )


def shortened(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row for an HTML page: literals longer than HTML_CELL_CHARS cut, with an ellipsis; so IRIs and
    triple terms, shown as text (no link) saying how long they are. Why IRIs: a query of anyone's,
    `BIND(IRI(CONCAT("http://e.org/", ?quarter_mebibyte)) AS ?i)` over 240 rows, was 63 MB of SPARQL JSON
    (within the answer cap) and a 189 MB HTML page, each IRI written as link, title and text: four at
    once took the server from 206 MB to 1.29 GB (attack round 18)."""
    return tuple(_cut(term) for term in row)


def _cut(term: Any) -> Any:
    if isinstance(term, ox.NamedNode | ox.Triple):
        text = term.value if isinstance(term, ox.NamedNode) else f"<<( {term} )>>"
        if len(text) <= HTML_CELL_CHARS:
            return term
        what = "an IRI" if isinstance(term, ox.NamedNode) else "a triple term"
        return ox.Literal(f"{text[:HTML_CELL_CHARS]}… ({what} of {len(text):,} characters)")
    if not isinstance(term, ox.Literal) or len(term.value) <= HTML_CELL_CHARS:
        return term
    text = term.value[:HTML_CELL_CHARS] + "…"
    return (
        ox.Literal(text, language=term.language)
        if term.language
        else ox.Literal(text, datatype=term.datatype)
    )


def dataset_options(
    request: dict[str, Any], store: ox.Store | None = None, is_union: bool = True
) -> dict[str, Any]:
    """Protocol dataset (default-graph-uri, named-graph-uri) overrides FROM; else FROM; else the
    store's default graph, the union of the named graphs as a set (kg.store.union), or while that
    is not known to be kept, every named graph."""
    default, named = request.get("default_graphs"), request.get("named_graphs")
    if default is None and named is None:
        if request.get("has_from") or store is None:
            return {}
        return query_options(store, is_union)
    return {
        "default_graph": [ox.NamedNode(g) for g in default or []],
        "named_graphs": [ox.NamedNode(g) for g in named or []],
    }


def query_dataset(
    store: ox.Store, request: dict[str, Any], is_union: bool
) -> tuple[ox.Store, dict[str, Any]]:
    """The store to ask and its dataset options: a merged copy when the default graph is several graphs
    (kg.store.union.merged_dataset: their merge is a set), else the store itself (dataset_options)."""
    default, named = request.get("default_graphs"), request.get("named_graphs")
    if default is not None or named is not None or request.get("has_from"):
        graphs = [g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
        listed = listed_dataset(request["query"], graphs, default, named)
        if listed is not None:
            return merged_dataset(store, *listed)
    return store, dataset_options(request, store, is_union)


def run_query(store: ox.Store, request: dict[str, Any], is_union: bool = True) -> Answer:
    try:
        source, options = query_dataset(store, request, is_union)
        result = source.query(request["query"], prefixes=PREFIXES, base_iri=request.get("base"), **options)
        return serialize(result, request)
    except RowCapExceeded as error:
        return Answer(400, error=str(error))
    except SyntaxError as error:
        return Answer(400, error=f"SPARQL syntax error: {' '.join(str(error).split())}")
    except (OSError, RuntimeError, ValueError, TypeError) as error:
        return Answer(400, error=f"the query failed: {' '.join(str(error).split())}")


def serialize(result: Any, request: dict[str, Any]) -> Answer:
    """An Oxigraph answer in the format the client accepts (see `answer_for`)."""
    if isinstance(result, ox.QueryBoolean):
        return answer_for("ASK", bool(result), request)
    if isinstance(result, ox.QueryTriples):
        return answer_for("GRAPH", iter(result), request)
    return answer_for("SELECT", ([v.value for v in result.variables], (tuple(s) for s in result)), request)


def answer_for(kind: str, payload: Any, request: dict[str, Any]) -> Answer:
    """Negotiate and write one answer: `payload` is a bool (ASK), an iterator of triples (GRAPH)
    or (variables, iterator of rows) (SELECT), within the row cap and the byte cap (`max_bytes`).
    HTML is left to the server: it gets SPARQL JSON of the first `html_rows` rows (long literals
    cut), and in `extra["rows"]` how many the whole answer has."""
    accept, override, cap = request.get("accept"), request.get("format"), int(request["cap"])
    asked = request.get("asked", accept)  # the client's own Accept, for a second choice (first_writable)
    max_bytes = request.get("max_bytes")
    shown = int(request.get("html_rows") or cap)
    formats = {"ASK": ASK_FORMATS, "GRAPH": GRAPH_FORMATS, "SELECT": SELECT_FORMATS}[kind]
    # What the client itself takes first; the fallback (kg.server.context.FALLBACK_RANGE, */* at 0.001)
    # only when it takes no format of this query form: at a tie with it, the server's order had won, so
    # `application/n-triples;q=0.001` alone got Turtle and SPARQL XML at 0.001 got JSON (attack round 22).
    fmt = choose(formats, asked, override) or choose(formats, accept, override)
    if fmt is None:
        return not_acceptable(formats, {"GRAPH": "CONSTRUCT or DESCRIBE"}.get(kind, kind))
    extra: dict[str, Any] = {}
    if kind == "ASK":
        body = json.dumps({"boolean": payload}).encode() if fmt is HTML else write_ask(fmt, payload)
    elif kind == "GRAPH":
        triples = capped(payload, cap, "triples", max_bytes)
        if fmt is HTML:
            rows = [shortened((t.subject, t.predicate, t.object)) for t in triples[:shown]]
            body, extra["rows"] = select_json(["subject", "predicate", "object"], rows), len(triples)
        else:
            try:  # RDF/XML of a graph that has none: the next format the client takes, else 406
                fmt, body = first_writable(formats, fmt, asked, override, lambda f: write_graph(f, triples))
            except NoXmlForm as error:
                return Answer(406, error=str(error))
    else:
        variables, rows = payload[0], capped(payload[1], cap, "rows", max_bytes)
        if fmt is HTML:
            body, extra["rows"] = select_json(variables, [shortened(r) for r in rows[:shown]]), len(rows)
        else:
            try:  # SPARQL XML of values XML cannot carry: the next format the client takes, else 406
                fmt, body = first_writable(
                    formats, fmt, asked, override, lambda f: write_select(f, variables, rows)
                )
            except NoXmlForm as error:
                return Answer(406, error=str(error))
    if max_bytes is not None and len(body) > max_bytes:
        raise too_large(max_bytes)
    return Answer(200, fmt.content_type, body, kind=kind, extra=extra)


def first_writable(
    formats: tuple[Format, ...],
    chosen: Format,
    accept: str | None,
    override: str | None,
    write: Callable[[Format], bytes],
) -> tuple[Format, bytes]:
    """(format, body): the answer written in `chosen`, or, when that format cannot carry it (NoXmlForm:
    RDF/XML of a predicate that is no XML element name, JSON-LD of a triple term, SPARQL XML of a value
    XML cannot hold) and it was negotiated, in the next format of another syntax that `accept` (what the
    client itself asked: kg.server.context.asked_accept) takes (RFC 9110 12.5.1), as
    kg.server.context.next_choice does for the resource pages. A client that asked for that format alone
    keeps the 406 naming why.

    Why: rdflib's Graph.parse(url, format="xml") and linked-data crawlers send `application/rdf+xml,
    */*;q=0.1`; a CONSTRUCT of such a graph was 406 where another format was welcome."""
    tried = [chosen]
    while True:
        try:
            return chosen, write(chosen)
        except NoXmlForm:
            if override:
                raise
            rest = others_than(formats, tried)
            following = choose(rest, accept, None) if rest else None
            if following is None:
                raise
            tried.append(following)
            chosen = following


def not_acceptable(formats: tuple[Format, ...], form: str) -> Answer:
    offered = ", ".join(f.media_type for f in formats)
    return Answer(406, error=f"no acceptable format for a {form} answer: this endpoint offers {offered}")


NO_SPACE = "no space left on the disk that holds the store"
DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


def disk_full(error: BaseException) -> bool:
    """Whether `error` is the store's disk (or the user's quota) being full: Python's OSError carries
    its errno; RocksDB's, through pyoxigraph, only the system's words in its message."""
    return isinstance(error, OSError) and (
        error.errno in DISK_FULL or any(os.strerror(code) in str(error) for code in DISK_FULL)
    )


def no_space(changed: str, *, made: bool = False) -> Answer:
    """507 Insufficient Storage (RFC 4918 11.5): the server cannot store what the write needs. Not
    the visitor's fault (a 4xx), nor a crash or another writer (what the server said before: attack
    round 17)."""
    then = "" if made else ", then try again"
    return Answer(507, error=f"{NO_SPACE}: {changed}; free space there{then}")


def run_update(store: ox.Store, request: dict[str, Any]) -> Answer:
    """The update, flushed: 204, or 400 (nothing changed: one transaction). The store's disk full as
    the update writes its log is 507 (`no_space`); full as it is flushed, after the update was made,
    the OSError goes on (`update_keeping_union` says what was made)."""
    try:
        store.update(request["update"], prefixes=PREFIXES, base_iri=request.get("base"))
    except SyntaxError as error:
        return Answer(400, error=f"SPARQL Update syntax error: {' '.join(str(error).split())}")
    except OSError as error:
        if disk_full(error):
            return no_space("nothing was changed")
        return Answer(400, error=f"the update failed, nothing was changed: {' '.join(str(error).split())}")
    except (RuntimeError, ValueError) as error:
        return Answer(400, error=f"the update failed, nothing was changed: {' '.join(str(error).split())}")
    try:
        store.flush()
    except OSError as error:
        if disk_full(error):
            raise _Made(error) from error
        return Answer(400, error=f"the update failed: {' '.join(str(error).split())}")
    return Answer(204)


class _Made(OSError):
    """The store's disk filled up after the update was made (it is in the store's log)."""


class _Unchanged(Exception):
    """An update that was refused or failed: it changed nothing (one transaction)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.error)
        self.answer = answer


def update_keeping_union(store: ox.Store, path: str, request: dict[str, Any]) -> Answer:
    """Run a visitor's SPARQL Update, keep what it wrote to the default graph (`keep_default_writes`),
    then bring the default graph level with the named graphs (kg.store.union): the update may write
    anywhere, so it cannot keep it itself."""
    try:  # recorded in the store's history (kg.store.history) when it succeeds
        update, base = request["update"], request.get("base")
        scope = update_scope(update, base, PREFIXES)
        touched, inserts_default = scope.touched, scope.inserts_default
        data = default_data(update, base, PREFIXES) if inserts_default and touched is not None else None
        graphs = None if touched is None else touched | {DEFAULT_WRITES}
        levelled = scope.levelled_graphs(DEFAULT_WRITES, inserts_kept=True)  # keep_default_writes keeps them
        made = False
        with (
            recording(path, store, graphs, "update", SERVER_COMMAND),
            stale_window(path, store, graphs=levelled) as window,
        ):
            before = Before.of(store, touched, inserts_default and data is None)
            try:
                answer = run_update(store, request)
            except _Made:
                made = window.committed = True
                raise
            if answer.status >= 300:
                raise _Unchanged(answer)
            made = window.committed = True
            keep_default_writes(store, before, data)
    except _Unchanged as refused:
        return refused.answer
    except OSError as error:  # kg.store.union's marker, the history or the default graph's writes
        if not disk_full(error):
            raise
        if made:
            return no_space(
                "the update was made, but what the store keeps beside it (its history, its default graph) "
                "may lag until the next write",
                made=True,
            )
        return no_space("nothing was changed")
    return answer


DEFAULT_WRITES = BASE + "id/graph/default"
"""The named graph that holds what clients write to the default graph (SPARQL Update without GRAPH,
the Graph Store's ?default): the default graph is the union of the named graphs, so a triple that
no named graph states would leave it at the next resync."""
_DEFAULT_WRITES = ox.NamedNode(DEFAULT_WRITES)


@dataclass
class Before:
    """What `keep_default_writes` must know of the store before an update: the triples of the
    default-writes graph, and those of the graphs the update may write. None for those when no new
    default-graph triple is to be kept: the update may write any graph (its own cannot be told), or
    it adds nothing to the default graph (no scan needed)."""

    kept: list[ox.Triple]
    touched: set[ox.Triple] | None

    @classmethod
    def of(cls, store: ox.Store, touched: set[str] | None, inserts_default: bool = True) -> Before:
        kept = [quad.triple for quad in store.quads_for_pattern(None, None, None, _DEFAULT_WRITES)]
        if touched is None or not inserts_default:
            return cls(kept, None)
        return cls(kept, {quad.triple for quad in named_quads(store, sorted(touched))})


def keep_default_writes(store: ox.Store, before: Before, data: list[ox.Triple] | None = None) -> None:
    """Make the visitor's writes to the default graph last, as the Graph Store's ?default writes do.

    Why: an update without GRAPH (`INSERT DATA { s p o }`, rdflib's Dataset.add over
    SPARQLUpdateStore) writes Oxigraph's default graph, which the resync then levels with the named
    graphs: the triple was answered 204 and gone. A triple in the default graph and in no named
    graph was put there by the update unless a graph it wrote stated it before (then the update
    took it out of that graph): those go to DEFAULT_WRITES. When the update may write any graph,
    that cannot be told cheaply and nothing is added. Triples DEFAULT_WRITES held before and still
    holds but that left the default graph were deleted from it by the visitor, and leave
    DEFAULT_WRITES (deleting from the default graph does not reach other named graphs: their
    triples stay in the union).
    """
    if data is not None:  # a bare INSERT DATA: its own triples, one look-up each (kg.store.history)
        alone = only_in_default(store, data)
        store.extend([ox.Quad(t.subject, t.predicate, t.object, _DEFAULT_WRITES) for t in alone])
    elif before.touched is not None:  # the scan: seconds at 1e6 triples
        rows = store.query(query_text("only-in-default"))
        assert isinstance(rows, ox.QuerySolutions)
        added = [ox.Triple(row[0], row[1], row[2]) for row in rows]
        new = [t for t in added if t not in before.touched]
        store.extend([ox.Quad(t.subject, t.predicate, t.object, _DEFAULT_WRITES) for t in new])
    for t in before.kept:  # quads one by one, not DELETE DATA: that cannot name blank nodes
        kept = ox.Quad(t.subject, t.predicate, t.object, _DEFAULT_WRITES)
        if kept in store and ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) not in store:
            store.remove(kept)


_writer_gates: list[WriterGate] = []  # a write worker's hold on the store's gate (kg.store.gate)


def open_for(path: str, write: bool) -> tuple[ox.Store, bool]:
    """The store and whether its default graph is the union: a writer makes it so first.

    A writer shuts the store's gate first (kg.store.gate), for as long as this process lives:
    the worker answers one update and exits, and the kernel opens the gate as it goes.
    """
    if write:
        _writer_gates.append(hold_for_writing(path))
        store = ox.Store(path)
        ensure_union(path, store)
        return store, True
    return union_snapshot(path, lambda: open_read_only(Path(path)))


def open_writer(path: str, wait: float) -> ox.Store:
    """The store opened for writing, waiting up to `wait` seconds for another process's writer to finish
    (StoreBusy after): a write of another `kg serve --workers` process holds the gate for a second or
    two, and its visitor's neighbour was a 503 "try again" (attack round 17)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return open_for(path, write=True)[0]
        except StoreBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(GATE_POLL)


def answer_update(held: list[ox.Store], path: str, request: dict[str, Any]) -> Answer:
    """A write worker's one update, on the store `held` holds its only reference to. The store is
    closed and the gate opened before readers are told to follow: a read-only open beside a
    closing writer is undefined behaviour in pyoxigraph."""
    store = held.pop()
    discard_dry_run(path)
    if "update" in request:  # NOW() one value in the dry run and the run (kg.server.term_cap.pin_now)
        request = {**request, "update": pin_now(request["update"])}
    try:
        answer = (
            unmet_precondition(store, path, request.get("preconditions"))
            or long_terms(store, path, request)
            or update_keeping_union(store, path, written(request))
        )
    except UploadRefused as error:
        answer = Answer(400, error=str(error))
    except OSError as error:  # the history, written before the update (kg.store.history.recording)
        if not disk_full(error):
            raise
        answer = no_space("nothing was changed")
    del store  # the last reference: RocksDB flushes and closes here
    while _writer_gates:
        _writer_gates.pop().release()
    if answer.status < 300 or answer.status == 507:  # 507: the update may have been made
        advance(path)  # readers in other processes follow (kg.store.generation)
    return answer


def long_terms(store: ox.Store, path: str, request: dict[str, Any]) -> Answer | None:
    """413 when a visitor's update would write a term longer than the limit every other input is held
    to (kg.server.term_cap); a Graph Store upload passed that limit in its body's guard."""
    if "upload" in request:
        return None
    scope = update_scope(request["update"], request.get("base"), PREFIXES)
    try:
        check_terms(store, path, request["update"], request.get("base"), scope.touched, scope.inserts_default)
    except TermTooLong as error:
        return Answer(413, error=str(error))
    except Unverifiable as error:
        return Answer(400, error=str(error))
    return None


def unmet_precondition(store: ox.Store, path: str, preconditions: dict[str, Any] | None) -> Answer | None:
    """412 when the write's preconditions (kg.server.graph_store.check_preconditions) are false for the
    graph as this worker sees it, holding the store's gate: the server checked them before it started
    the worker, and a write by another request or process may have landed since. The graph's tags are
    read from the store; its last modification is the server's (what its Last-Modified said) or, when
    later, the last write recorded since (kg.store.generation.last_written)."""
    if not preconditions:
        return None
    conditions = Conditions(preconditions["headers"], preconditions["method"])
    graph = preconditions["graph"]
    exists = graph is None or store.contains_named_graph(ox.NamedNode(graph))
    tags = graph_tags(graph_triples(store, graph)) if exists and tags_asked(conditions) else set()
    last_modified = max(preconditions["last_modified"], last_written(path))
    if reason := failed_precondition(conditions, tags, exists, last_modified):
        return Answer(412, error=precondition_refusal(graph, reason))
    return None


def graph_triples(store: ox.Store, graph: str | None) -> list[ox.Triple]:
    """A graph's triples in the order the server's GET /store writes them (kg.server.backend): a named
    graph's by its index; the default graph's, the union of the named graphs, each triple once."""
    if graph is not None:
        return [quad.triple for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    return list(
        dict.fromkeys(quad.triple for quad in store if not isinstance(quad.graph_name, ox.DefaultGraph))
    )


def written(request: dict[str, Any]) -> dict[str, Any]:
    """The update to run: as sent, or made here of a Graph Store upload (kg.server.uploads), whose
    body is read in this worker, under its time and memory limits, never in the server."""
    if "upload" in request:
        return {"update": upload_update(request["upload"]), "base": None}
    return request


def reply(out: BinaryIO, answer: Answer) -> None:
    header = {
        "status": answer.status,
        "media_type": answer.media_type,
        "error": answer.error,
        "kind": answer.kind,
        "length": len(answer.body),
        "rows": answer.extra.get("rows"),
    }
    out.write(json.dumps(header).encode() + b"\n" + answer.body)
    out.flush()


def serve(path: str, write: bool, sandbox: str = UNSANDBOXED, gate_wait: float = 0.0) -> None:
    """Answer requests until stdin closes; a write worker answers one and exits (releasing the lock).

    The first line out says the worker is ready (its modules loaded and its store open): the
    server gives it no query before, so that no visitor waits for a worker to start up.
    """
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the protocol may reach the pipe
    if write:
        try:
            held = [open_writer(path, gate_wait)]  # answer_update drops the only reference, closing it
        except OSError as error:  # RocksDB writes a new log as it opens; a writer then holds nothing
            if not disk_full(error):
                raise
            out.write(json.dumps({"ready": False, "full": f"{NO_SPACE}: {error}"}).encode() + b"\n")
            out.flush()
            return
        say_ready(out, sandbox)
        line = inp.readline()
        if line:
            reply(out, answer_update(held, path, json.loads(line)))
        return
    store, is_union = open_for(path, write=False)
    say_ready(out, sandbox)
    generation = 0  # the server's generation when it started; a worker started later reopens once, harmlessly
    for line in inp:
        request = json.loads(line)
        if request.get("generation", 0) != generation and (followed := follow(path)) is not None:
            (store, is_union), generation = followed, request.get("generation", 0)
        reply(out, run_query(store, request, is_union))


def say_ready(out: BinaryIO, sandbox: str) -> None:
    out.write(json.dumps({"ready": True, "sandbox": sandbox}).encode() + b"\n")
    out.flush()


class _WriterAtWork(Exception):
    """A writer holds the store's gate: keep the view this worker has."""


def follow(path: str) -> tuple[ox.Store, bool] | None:
    """A new view of the store after a write, or None while a writer is still at work (the worker
    answers from its current view meanwhile, and tries again with the next request)."""

    def opener() -> ox.Store:
        store = try_open_read_only(Path(path))
        if store is None:
            raise _WriterAtWork
        return store

    try:
        return union_snapshot(path, opener)
    except _WriterAtWork:
        return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="kg.server.worker")
    parser.add_argument("--store", required=True)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--gate-wait", type=float, default=0.0)
    parser.add_argument("--no-sandbox", action="store_true")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB)
    args = parser.parse_args(argv)
    try:  # first, while this process has one thread (a user namespace requires it)
        sandbox = UNSANDBOXED if args.no_sandbox else isolate()
    except SandboxUnavailable as error:
        sys.stdout.buffer.write(json.dumps({"ready": False, "error": str(error)}).encode() + b"\n")
        sys.stdout.buffer.flush()
        sys.exit(3)
    limit_memory(args.memory_mb)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal stops the server, which stops us
    with contextlib.suppress(OSError):  # a slow query must not take CPU from the pages (benchmarks/soak.py)
        os.nice(WORKER_NICENESS)
    serve(args.store, args.write, sandbox, args.gate_wait)


def limit_memory(megabytes: int) -> None:
    """Cap the address space: past it allocation fails and the worker ends (Rust aborts), alone."""
    limit = megabytes << 20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


# --- In the server ------------------------------------------------------------------------


class QueryTimeout(Exception):
    """The query ran past the wall-clock limit; its worker was killed."""


class WorkersBusy(Exception):
    """Every worker stayed busy for the whole time limit."""


class WorkerOutOfMemory(Exception):
    """The query needed more memory than a worker may use; its worker ended, the server did not."""


class WorkersUnavailable(ConnectionError):
    """Workers cannot be started as configured (no sandbox to be had, no store): the server stops."""


class StoreFull(ConnectionError):
    """A write worker could not open the store: its disk is full (not another writer)."""


@dataclass(frozen=True)
class WorkerOptions:
    """How worker processes are started: sandboxed (no network) and with a memory cap."""

    sandbox: bool = True
    memory_mb: int = DEFAULT_MEMORY_MB

    def arguments(self) -> list[str]:
        return [*([] if self.sandbox else ["--no-sandbox"]), "--memory-mb", str(self.memory_mb)]


class Worker:
    """One worker process and its pipes."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.sandbox = ""

    @classmethod
    async def start(
        cls, store: str, write: bool = False, options: WorkerOptions | None = None, gate_wait: float = 0.0
    ) -> Worker:
        args = [
            sys.executable,
            "-c",
            "from kg.server.worker import main; main()",
            "--store",
            store,
            *(["--write", "--gate-wait", f"{gate_wait:.3f}"] if write else []),
            *(options or WorkerOptions()).arguments(),
        ]
        process = await asyncio.create_subprocess_exec(
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            limit=1 << 24,
        )
        worker = cls(process)
        await worker.ready()
        return worker

    async def ready(self) -> None:
        """Wait for the worker's first line: modules loaded, store open."""
        assert self.process.stdout is not None
        try:
            line = await asyncio.wait_for(self.process.stdout.readline(), STARTUP_SECONDS)
        except TimeoutError:
            self.kill()
            raise ConnectionError(
                f"query worker {self.process.pid} did not start in {STARTUP_SECONDS} s"
            ) from None
        try:
            status = json.loads(line) if line else {}
        except json.JSONDecodeError:
            status = {}
        if status.get("error"):
            raise WorkersUnavailable(f"query worker {self.process.pid}: {status['error']}")
        if status.get("full"):  # the worker holds the store's gate until it has ended: wait for it
            await self.close()
            raise StoreFull(str(status["full"]))
        if not status.get("ready"):
            raise ConnectionError(f"query worker {self.process.pid} could not open the store")
        self.sandbox = str(status.get("sandbox", ""))

    async def end_signal(self) -> int | None:
        """The signal that ended the worker (SIGABRT: Rust aborts when an allocation fails past the
        memory cap; SIGSEGV/SIGBUS: the engine crashed), or None when it did not end by one."""
        try:
            code = await asyncio.wait_for(self.process.wait(), 2)
        except TimeoutError:
            return None
        return -code if code is not None and code < 0 else None

    async def ask(self, request: dict[str, Any]) -> Answer:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        await self.process.stdin.drain()
        line = await self.process.stdout.readline()
        if not line:
            raise ConnectionError(f"query worker {self.process.pid} ended unexpectedly")
        header = json.loads(line)
        body = await self.process.stdout.readexactly(header["length"]) if header["length"] else b""
        extra = {"rows": header["rows"]} if header.get("rows") is not None else {}
        return Answer(header["status"], header["media_type"], body, header["error"], header["kind"], extra)

    def kill(self) -> None:
        """SIGKILL by PID: the only way to stop a query inside Oxigraph."""
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    async def close(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.is_closing():
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 5)
        except TimeoutError:
            self.kill()
            await self.process.wait()


class WorkerPool:
    """A fixed number of read workers; a killed or dead worker is replaced in the background."""

    def __init__(self, store: str, size: int = 2, options: WorkerOptions | None = None) -> None:
        self.store = store
        self.size = max(1, size)
        self.options = options or WorkerOptions()
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.all: set[Worker] = set()
        self.generation = 0
        self._tasks: set[asyncio.Task] = set()
        self._writing = asyncio.Lock()  # this process's writes, one after the other (`write`)

    async def start(self) -> None:
        for worker in await asyncio.gather(
            *(Worker.start(self.store, options=self.options) for _ in range(self.size))
        ):
            self.all.add(worker)
            self.idle.put_nowait(worker)
        sandboxes = sorted({worker.sandbox for worker in self.all})
        log.info("%d query workers ready (network sandbox: %s)", self.size, ", ".join(sandboxes))

    def _replace(self, worker: Worker, reason: str) -> None:
        """Kill `worker` and start another in the background: the pool keeps its size."""
        log.warning("killed query worker %s (%s); starting a replacement", worker.process.pid, reason)
        worker.kill()
        self.all.discard(worker)
        task = asyncio.get_running_loop().create_task(self._spawn(worker))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _spawn(self, old: Worker) -> None:
        """Replace a dead worker; a worker that cannot start (say the store is being replaced) is
        tried again, so that the pool never shrinks for good."""
        await old.process.wait()
        for attempt in range(SPAWN_ATTEMPTS):
            try:
                fresh = await Worker.start(self.store, options=self.options)
            except ConnectionError as error:
                log.warning("a replacement query worker did not start (attempt %d): %s", attempt + 1, error)
                await asyncio.sleep(attempt + 1)
                continue
            self.all.add(fresh)
            self.idle.put_nowait(fresh)
            log.info("query worker %s replaces %s", fresh.process.pid, old.process.pid)
            return
        log.error(
            "no replacement for query worker %s after %d attempts: %d of %d workers left",
            old.process.pid,
            SPAWN_ATTEMPTS,
            len(self.all),
            self.size,
        )

    async def run(self, request: dict[str, Any], timeout: float) -> Answer:
        """Run one query within `timeout` seconds of wall-clock time, waiting for a worker included."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            worker = await asyncio.wait_for(self.idle.get(), timeout)
        except TimeoutError:
            raise WorkersBusy(f"all {self.size} query workers stayed busy for {timeout:g} s") from None
        try:
            answer = await asyncio.wait_for(
                worker.ask({**request, "generation": self.generation}), max(0.0, deadline - loop.time())
            )
        except TimeoutError:
            self._replace(worker, f"its query ran past the time limit of {timeout:g} s")
            raise QueryTimeout(
                f"the query was stopped after {timeout:g} s (this endpoint's time limit)"
            ) from None
        except (ConnectionError, asyncio.IncompleteReadError, json.JSONDecodeError, BrokenPipeError) as error:
            ended_by = await worker.end_signal()
            if ended_by == signal.SIGABRT:
                self._replace(worker, f"its query needed more than {self.options.memory_mb} MB")
                raise WorkerOutOfMemory(
                    "the query needed more memory than a query worker may use "
                    f"({self.options.memory_mb:,} MB): add LIMIT, narrow the patterns, "
                    "or avoid sorting a cross product"
                ) from None
            if ended_by in (signal.SIGSEGV, signal.SIGBUS):
                self._replace(worker, f"its query crashed the engine ({signal.Signals(ended_by).name})")
                raise WorkerOutOfMemory(
                    "the query crashed the query engine in its worker (the server goes on): "
                    "simplify it, or split it into smaller queries"
                ) from None
            self._replace(worker, f"it broke the protocol: {type(error).__name__}: {error}")
            raise
        except BaseException:
            self._replace(worker, "the request was cancelled mid-query")  # the client has gone
            raise
        self.idle.put_nowait(worker)
        return answer

    async def update(self, text: str, timeout: float, base: str | None = None) -> Answer:
        """One SPARQL Update in a short-lived write worker; readers see it from the next request on."""
        return await self.write({"update": text, "base": base}, timeout)

    async def write(self, request: dict[str, Any], timeout: float) -> Answer:
        """One write (an update, or a Graph Store upload: kg.server.uploads) in a short-lived write
        worker, killed at the time limit; a worker that ends (its memory cap) changed nothing.

        Writes of this server process wait for each other, within the time limit: two visitors writing
        at once were 503 "another writer holds it: try again" but for one (5 of 6 PUTs sent together;
        attack round 17), since a write worker holds the store's gate and the next could not open it.
        Another process's writer (another --workers process, `kg ingest`) is still a 503."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            await asyncio.wait_for(self._writing.acquire(), timeout)
        except TimeoutError:
            return Answer(503, error=f"other writes held the store for {timeout:g} s: try again")
        try:
            return await self._write(request, deadline, timeout)
        finally:
            self._writing.release()

    async def _write(self, request: dict[str, Any], deadline: float, timeout: float) -> Answer:
        """The write, by the loop's `deadline`, of the time limit `timeout` (what messages name). Its
        worker waits for another process's writer (another --workers process) until then."""
        loop = asyncio.get_running_loop()
        try:
            wait = max(0.0, deadline - loop.time())
            worker = await Worker.start(self.store, write=True, options=self.options, gate_wait=wait)
        except WorkersUnavailable:
            raise
        except StoreFull:
            return no_space("nothing was changed")
        except ConnectionError:
            return Answer(503, error="the store cannot be written now (another writer holds it): try again")
        try:
            answer = await asyncio.wait_for(worker.ask(request), max(0.0, deadline - loop.time()))
        except TimeoutError:
            log.warning("killed update worker %s: past the time limit of %g s", worker.process.pid, timeout)
            worker.kill()
            await worker.process.wait()
            raise QueryTimeout(f"the update was stopped after {timeout:g} s; nothing was changed") from None
        except (ConnectionError, asyncio.IncompleteReadError, json.JSONDecodeError):
            ended_by = await worker.end_signal()
            log.warning("update worker %s ended mid-write (signal %s)", worker.process.pid, ended_by)
            return Answer(
                503,
                error=f"the write ended its worker (more than {self.options.memory_mb:,} MB, or a crash "
                "of the engine); nothing was changed: send it in smaller parts",
            )
        await worker.close()
        if answer.status < 300 or answer.status == 507:  # 507: the update may have been made
            self.generation += 1
        return answer

    async def close(self) -> None:
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        await asyncio.gather(*(worker.close() for worker in list(self.all)), return_exceptions=True)
        self.all.clear()


if __name__ == "__main__":
    main()
