"""The SPARQL 1.1 Protocol at /sparql: query by GET, form POST and direct POST; service description.

Why by hand rather than a store's endpoint: the protocol's status codes (400, 405, 406, 413,
415), refusing updates without a token, refusing SERVICE and LOAD, the dataset parameters
confined to our own graphs, and a time limit that really stops the query are all decided
here, before a query reaches an engine.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hmac
import json
import logging
import re
import time
import urllib.parse
from typing import Any

import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from kg.model.namespaces import BASE, RDF_TYPE, SD, VOID, XSD_INTEGER
from kg.server.backend import BackendError
from kg.server.context import (
    State,
    answer_accept,
    asked_accept,
    choose_format,
    excerpt,
    format_values,
    loggable,
    prefers_html,
    problem,
    refused,
    representation,
    state_of,
    wants_html,
)
from kg.server.describe import Labels, is_iri
from kg.server.formats import HTML, NEGOTIATED_DESCRIPTION_FORMATS, SELECT_FORMATS, answer_media_types
from kg.server.guard import Refused, check_no_fetch, is_update, query_form, scan
from kg.server.queries import bound, iri_nodes, iri_ref, query_body, query_text, server_query
from kg.server.results import write_graph
from kg.server.worker import QueryTimeout, WorkerOutOfMemory, WorkersBusy
from kg.sparql.lexer import Lexed
from kg.sparql.named import catalogue

log = logging.getLogger(__name__)

ALLOWED = "GET, HEAD, POST, OPTIONS"
FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY = "application/sparql-query"
DIRECT_UPDATE = "application/sparql-update"
EMPTY_GRAPH = BASE + "id/graph/empty"
LEX_IN_THREAD = 16 << 10  # characters: longer texts are read by the lexer off the event loop
LONG_LEXES = anyio.CapacityLimiter(1)  # long texts are lexed, long forms parsed, one at a time
REFUSALS = (401, 403, 413)  # protocol errors that turn a request away rather than fault its syntax
W3C_FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "JSON-LD",
    "N-Triples",
    "RDF_XML",
    "TriG",
    "N-Quads",
)
"""The service description's sd:resultFormat, by their names at W3C_FORMATS ("Unique URIs for File
Formats"). Why not pyoxigraph's `RdfFormat.iri`: its JSON-LD is https://www.w3.org/ns/formats/data/JSON-LD,
which that list does not hold, so a client looking for formats:JSON-LD did not find it (round 21)."""
BUILT_IN_EXAMPLES = ("organizations", "registers", "specifications")
"""The first queries the SPARQL page offers: queries/server/example-NAME.rq."""


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


UTF8_CHARSETS = ("utf-8", "ascii")
"""Python's names of the charsets a UTF-8 body may declare: UTF-8, and US-ASCII, a part of it."""
FORM_CODECS = re.compile(r"iso8859-(?:[1-9]|1[0-6])|cp125[0-8]")
"""The other ASCII-based charsets a form body may declare (`codec_of`'s names)."""

MAX_PARAMETERS = 30_000
"""Parameters of one request (a form body may hold 25,000 named-graph-uri: section 25 of reliability.md)."""


def parse_pairs(text: str, charset: str = "utf-8") -> list[tuple[str, str]]:
    """application/x-www-form-urlencoded pairs, their escapes strictly in `charset` (UTF-8 unless a form
    body declares another, `form_charset`), at most MAX_PARAMETERS (counted before any is parsed)."""
    try:
        return urllib.parse.parse_qsl(
            text,
            keep_blank_values=True,
            strict_parsing=False,
            encoding=charset,
            errors="strict",
            max_num_fields=MAX_PARAMETERS,
        )
    except UnicodeDecodeError:
        name = "UTF-8" if charset == "utf-8" else charset
        raise ProtocolError(400, f"parameters must be {name} (percent-encoded)") from None
    except ValueError:  # "Max number of fields exceeded"
        raise ProtocolError(400, f"a request holds at most {MAX_PARAMETERS:,} parameters") from None


async def parsed_form(text: str, charset: str = "utf-8") -> list[tuple[str, str]]:
    """A form body's pairs; a long one in a thread, one at a time with the lexer's (`lexed`).

    Why: parse_qsl costs about 10 microseconds a pair or escape, and ran on the event loop: one 1 MiB
    body of `a=%41&...` (170,000 pairs) held every other request 2.2 s, eight of them 14.8 s
    (attack round 16)."""
    parse = parse_pairs if charset == "utf-8" else functools.partial(parse_pairs, charset=charset)
    if len(text) < LEX_IN_THREAD:
        return parse(text)
    return await anyio.to_thread.run_sync(parse, text, limiter=LONG_LEXES)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past `limit` bytes even when no Content-Length was sent."""
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ProtocolError(
                    413, f"the request body is larger than this endpoint's limit of {limit:,} bytes"
                )
            chunks.append(chunk)
    except ClientDisconnect:  # gone, or cut by the body timeout (kg.server.protocol): nobody reads this
        raise ProtocolError(400, "the connection ended before the request body was complete") from None
    return b"".join(chunks)


def media_type_of(request: Request) -> tuple[str, str | None]:
    """(type/subtype, charset) of the request body."""
    header = request.headers.get("content-type")
    if header is None:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return kind.strip().lower(), charset


def codec_of(charset: str | None) -> str | None:
    """Python's name of a declared charset (None when it names none): `US-ASCII` is 'ascii',
    `ISO-8859-1` and `latin1` 'iso8859-1', `windows-1252` 'cp1252'."""
    if charset is None:
        return "utf-8"
    try:
        return codecs.lookup(charset).name
    except (LookupError, ValueError):
        return None


def utf8(body: bytes, charset: str | None) -> str:
    """The text of a body that must be UTF-8 (a direct query or update, an RDF upload): its media types
    are UTF-8 by their registrations, and US-ASCII, which clients declare too, is a part of it."""
    codec = codec_of(charset)
    if codec not in UTF8_CHARSETS:
        raise ProtocolError(415, f"charset {charset} is not supported: send UTF-8")
    return decoded(body, codec, charset)


def form_charset(charset: str | None) -> str:
    """The charset of a form body's escapes: UTF-8 unless the body declares an ASCII-based one
    (US-ASCII, ISO-8859-n, windows-125n), which is read as declared.

    Why: the protocol's forms are UTF-8, but clients declare what they encoded: Apache HttpClient 4's
    UrlEncodedFormEntity (Java SPARQL clients) sends `charset=ISO-8859-1` by default, and `é` as %E9.
    Read as UTF-8 that is no text (400); refused by its charset, a form nothing was wrong with (415).
    A charset that is not ASCII-based (UTF-16) cannot hold a form's ASCII syntax: 415."""
    codec = codec_of(charset)
    if codec is None or not (codec in UTF8_CHARSETS or FORM_CODECS.fullmatch(codec)):
        raise ProtocolError(
            415, f"charset {charset} is not supported for a form: send UTF-8 (or ISO-8859-1, windows-1252)"
        )
    return codec


def decoded(body: bytes, codec: str, charset: str | None) -> str:
    """The body in `codec`, the charset `charset` named (400 naming the first byte that is not)."""
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        name, byte = ("UTF-8" if codec == "utf-8" else charset), body[error.start]
        raise ProtocolError(
            400, f"the request body is not valid {name}: byte 0x{byte:02x} at offset {error.start}"
        ) from None


async def protocol_parameters(
    request: Request, limit: int
) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """(parameters, direct query, direct update) of one request, by the three operations of the protocol."""
    params = parse_pairs(request.url.query)
    if request.method != "POST":
        return params, None, None
    kind, charset = media_type_of(request)
    if kind not in (FORM, DIRECT_QUERY, DIRECT_UPDATE):
        raise ProtocolError(
            415,
            f"POST a query as {FORM} (query=...) or {DIRECT_QUERY}, an update as {FORM} (update=...) or "
            f"{DIRECT_UPDATE}; got {kind or 'no Content-Type'}",
        )
    if kind == FORM:
        codec = form_charset(charset)
        text = decoded(await read_body(request, limit), codec, charset)
        return params + await parsed_form(text, codec), None, None
    text = utf8(await read_body(request, limit), charset)
    return params, (text if kind == DIRECT_QUERY else None), (text if kind == DIRECT_UPDATE else None)


async def lexed(text: str) -> Lexed:
    """Both readings of a visitor's text (kg.sparql.lexer), the long ones in a thread, one at a time;
    the lexer stops at the first limit the text passes (`lex(until_refused=True)`), which refuses it.

    Why a thread: hostile text up to the request limit costs the lexer seconds of CPU (linear
    time, about a microsecond a token); on the event loop that would stall every other page. Why one
    at a time: a thread still holds the interpreter's lock while it lexes, and each thread gets its
    turn: 16 visitors' 1 MiB bodies lexed at once kept a cheap page waiting 4.3 s (attack round 16).
    Queued, they wait for each other, and the event loop shares the CPU with one of them only.
    """

    def read() -> Lexed:
        scanned = scan(text, until_refused=True)
        if not scanned.too_deep:  # a refused text needs no other reading
            scanned.readings  # noqa: B018 - the other reading is computed here, not on the event loop
        return scanned

    if len(text) < LEX_IN_THREAD:
        return read()
    return await anyio.to_thread.run_sync(read, limiter=LONG_LEXES)


def refused_unread(scanned: Lexed) -> str | None:
    """Why a visitor's text is refused before the guard reads it: past a limit in either reading.

    Why both: the other reading replaces escapes first, so it may hold far more tokens than the first
    (`"\\u0022((((...\\u0022"` is one string in one and a run of brackets in the other), and a pass
    that stopped at a limit has not seen the rest of the text: a SERVICE there would pass the guard."""
    if scanned.too_deep:
        return scanned.too_deep
    return scanned.other_reading.too_deep


def unmarked(text: str | None) -> str | None:
    """A query or update without the byte order mark that opens a file Notepad saved (and what
    `curl --data-binary @q.rq` or `--data-urlencode query@q.rq` sends of it): SPARQL's grammar has no
    such character, and Oxigraph answered "syntax error at 1:8: expected one of VERSION" to a sound
    query (attack round 21; `kg sparql` leaves it out since round 16, as RFC 3629 6 reads it)."""
    return text[1:] if text is not None and text.startswith("\ufeff") else text


def single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"one {name} per request, got {len(values)}")
    return values[0] if values else None


def graph_list(params: list[tuple[str, str]], name: str) -> list[str] | None:
    values = [v for k, v in params if k == name]
    for iri in values:
        if not is_iri(iri):
            raise ProtocolError(400, f"{name} must be an absolute IRI, got {iri!r}")
    return values or None


QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")


def misplaced(params: list[tuple[str, str]], is_update: bool) -> None:
    """400 for the other operation's dataset parameters: an update with default-graph-uri ran on the
    whole default graph, a query with using-graph-uri on the whole store, each as if the visitor had
    not named a graph (attack round 18). SPARQL 1.1 Protocol 2.1 and 2.2 give each operation its own."""
    wrong, right = (QUERY_DATASET, UPDATE_DATASET) if is_update else (UPDATE_DATASET, QUERY_DATASET)
    sent = sorted({k for k, _ in params if k in wrong})
    if sent:
        operation, other = ("an update", "a query") if is_update else ("a query", "an update")
        raise ProtocolError(
            400,
            f"{' and '.join(sent)} {'is a parameter' if len(sent) == 1 else 'are parameters'} of {other}, "
            f"not of {operation} (SPARQL 1.1 Protocol 2.1, 2.2): name the dataset of {operation} with "
            f"{' or '.join(right)}",
        )


async def sparql(request: Request) -> Response:
    state = state_of(request)
    try:
        if request.method not in ("GET", "HEAD", "POST"):
            raise ProtocolError(
                405, f"{request.method} is not a SPARQL protocol operation", {"Allow": ALLOWED}
            )
        params, direct_query, direct_update = await protocol_parameters(
            request, state.config.max_request_bytes
        )
        queries = [v for k, v in params if k == "query"] + (
            [direct_query] if direct_query is not None else []
        )
        updates = [v for k, v in params if k == "update"] + (
            [direct_update] if direct_update is not None else []
        )
        query, update = unmarked(single(queries, "query")), unmarked(single(updates, "update"))
        if query is not None and update is not None:
            raise ProtocolError(400, "a request carries a query or an update, not both")
        misplaced(params, update is not None)
        if update is not None:
            return await run_update(request, state, update, params)
        if query is None:
            if request.method == "POST":
                raise ProtocolError(400, "no query: send query=... or a SPARQL query body")
            return await describe_service(request, state, params)
        return await run_query(request, state, query, params)
    except ProtocolError as error:
        answer = refused if error.status in REFUSALS else problem
        return answer(request, error.status, str(error), error.headers)
    except Refused as error:
        return refused(request, 403, str(error))


NO_QUERY_FORM = (
    "not a SPARQL query: the text holds no SELECT, ASK, CONSTRUCT or DESCRIBE outside its comments and "
    "strings (it is empty, or a prologue alone)"
)


async def run_query(request: Request, state: State, query: str, params: list[tuple[str, str]]) -> Response:
    scanned = await lexed(query)
    if why := refused_unread(scanned):
        raise ProtocolError(400, why)
    check_no_fetch(scanned)
    if is_update(scanned):
        raise ProtocolError(400, "this is a SPARQL Update, not a query: POST it as update=... (with a token)")
    if query_form(scanned) is None:  # Oxigraph's "error at 1:1: expected [_]" named nothing (round 22)
        raise ProtocolError(400, NO_QUERY_FORM)
    default_graphs, named_graphs = (
        graph_list(params, "default-graph-uri"),
        graph_list(params, "named-graph-uri"),
    )
    if state.backend.remote:
        default_graphs, named_graphs = await confine(state, scanned, default_graphs, named_graphs)
    names = format_values(params)
    html = prefers_html(request.headers.get("accept")) and not answer_media_types(names)
    job: dict[str, Any] = {
        "query": query,
        "form": query_form(scanned),
        "accept": answer_accept(names, request.headers.get("accept")),
        "asked": asked_accept(names, request.headers.get("accept")),
        "format": "html" if html else None,
        "default_graphs": default_graphs,
        "named_graphs": named_graphs,
        "has_from": bool(scanned.from_graphs or scanned.from_named_graphs),
        "cap": state.config.max_rows,
        "max_bytes": state.config.max_answer_bytes,
        "html_rows": state.config.max_html_rows,
        "base": str(request.url.replace(query="", fragment="")),
    }
    started = time.perf_counter()
    try:
        answer = await state.backend.user_query(job, state.config.timeout)
    except QueryTimeout as error:
        return query_failure(request, state, query, 503, str(error))
    except WorkersBusy as error:
        return query_failure(request, state, query, 503, str(error), {"Retry-After": "5"})
    except WorkerOutOfMemory as error:
        return query_failure(request, state, query, 503, str(error))
    except BackendError as error:
        return query_failure(request, state, query, 502, str(error))
    finally:
        note_duration(state, query, time.perf_counter() - started)
    if answer.status != 200:
        return query_failure(request, state, query, answer.status, answer.error)
    headers = {"Vary": "Accept"}
    if answer.media_type.startswith("text/html"):
        full = whole_answer_links(request, state, query, params, answer.kind)
        page = await anyio.to_thread.run_sync(results_page, state, request, query, answer, full)
        return Response(page, headers=headers, media_type="text/html")
    return Response(answer.body, headers=headers, media_type=answer.media_type)


def results_page(state: State, request: Request, query: str, answer: Any, full: list[tuple[str, str]]) -> str:
    """The query page with the answer's first rows as a table (run in a thread: a page of a
    thousand rows takes tens of milliseconds, which the event loop owes to other requests)."""
    table = state.pages.results_table(json.loads(answer.body), Labels(), answer.extra.get("rows"), full)
    return query_page(state, request, query, results=table)


def whole_answer_links(
    request: Request, state: State, query: str, params: list[tuple[str, str]], kind: str
) -> list[tuple[str, str]]:
    """(label, href) of the same query in machine formats, when it fits in a URL."""
    formats = (
        [("ttl", "Turtle"), ("nt", "N-Triples")] if kind == "GRAPH" else [("json", "JSON"), ("csv", "CSV")]
    )
    dataset = [(k, v) for k, v in params if k in ("default-graph-uri", "named-graph-uri")]
    links = []
    for key, label in formats:
        href = "/sparql?" + urllib.parse.urlencode([("query", query), *dataset, ("format", key)])
        if len(href) <= state.config.max_url_bytes:
            links.append((label, href))
    return links


def query_failure(
    request: Request,
    state: State,
    query: str,
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
) -> Response:
    """Errors from running a query: a page with the query for browsers, plain text for programs.

    Logged: the operator sees refused answers (the row cap, 406) and failures (time limit,
    busy workers, an unreachable store) with the query they came from.
    """
    level = logging.WARNING if status >= 500 else logging.INFO
    log.log(level, "query answered %d: %s [query: %s]", status, loggable(message), excerpt(query))
    if wants_html(request) and status != 406:
        page = query_page(state, request, query, error=message)
        return Response(page, status, headers={"Vary": "Accept", **(headers or {})}, media_type="text/html")
    return problem(request, status, message, headers)


def note_duration(state: State, query: str, seconds: float) -> None:
    """Log a visitor's query that took longer than the server's threshold, with its duration."""
    if seconds > state.config.slow_query_seconds:
        log.warning("slow query: %.2f s [query: %s]", seconds, excerpt(query))


async def confine(
    state: State, scanned: Lexed, default: list[str] | None, named: list[str] | None
) -> tuple[list[str] | None, list[str] | None]:
    """Remote stores may fetch unknown graphs (Virtuoso's sponger): only our graphs are ever named to them.

    The list of our graphs is asked within the visitor's time limit, not the endpoint's own (30 s):
    a store that trickles its answers held every query that long (section 13)."""
    try:
        with anyio.fail_after(state.config.timeout):
            ours = set(await state.backend.graphs())
    except TimeoutError:
        raise QueryTimeout(
            f"the query was stopped after {state.config.timeout:g} s (this endpoint's time limit)"
        ) from None
    dataset = [
        iri for reading in scanned.readings for iri in (*reading.from_graphs, *reading.from_named_graphs)
    ]
    for iri in dataset:  # FROM graphs as any engine reads them
        if iri not in ours:
            raise ProtocolError(
                400, f"FROM {iri}: not a graph of this dataset (FROM takes a full IRI of one of ours)"
            )

    def kept(graphs: list[str] | None) -> list[str] | None:
        if graphs is None:
            return None
        return [g for g in graphs if g in ours] or [EMPTY_GRAPH]

    return kept(default), kept(named)


async def run_update(request: Request, state: State, update: str, params: list[tuple[str, str]]) -> Response:
    if request.method != "POST":
        raise ProtocolError(400, "an update must be sent by POST (SPARQL 1.1 Protocol, 2.2)")
    if not state.config.update_token or state.backend.remote:
        raise Refused("this endpoint is read-only: updates are not accepted")
    check_token(request, state)
    scanned = await lexed(update)
    if why := refused_unread(scanned):
        raise ProtocolError(400, why)
    check_no_fetch(scanned)
    using, using_named = graph_list(params, "using-graph-uri"), graph_list(params, "using-named-graph-uri")
    if using is not None or using_named is not None:
        update = with_protocol_dataset(
            scanned, using or [], using_named or [], state.config.max_request_bytes
        )
    try:
        base = str(request.url.replace(query="", fragment=""))
        answer = await state.backend.user_update(update, state.config.timeout, base)
    except QueryTimeout as error:
        return problem(request, 503, str(error))
    if answer.status >= 300:
        return problem(request, answer.status, answer.error)
    return Response(status_code=204)


def check_token(request: Request, state: State) -> None:
    """401 unless the request carries the update token (updates and Graph Store writes alike).

    The field's bytes as sent are compared with the token's UTF-8 (the bytes `kg push`, httpx and curl
    send for it): Starlette gives a field as Latin-1 text, and encoding that text as UTF-8 made any
    token holding a character past ASCII ('pässwort') impossible to send (attack round 17)."""
    expected = f"Bearer {state.config.update_token}".encode()
    sent = request.headers.get("authorization", "").encode("latin-1", "replace")
    if not hmac.compare_digest(sent, expected):
        raise ProtocolError(
            401,
            "writes need the update token: Authorization: Bearer TOKEN",
            {"WWW-Authenticate": 'Bearer realm="alliance-kg"'},
        )


def with_protocol_dataset(scanned: Lexed, default: list[str], named: list[str], limit: int) -> str:
    """The update with the protocol's dataset (SPARQL 1.1 Protocol 2.2.3) as USING clauses.

    using-graph-uri and using-named-graph-uri give the dataset of the WHERE clause of every
    operation in the request: the same as USING and USING NAMED clauses before each top-level
    WHERE (Oxigraph's own server sets the same dataset; pyoxigraph exposes no other way). The
    IRIs were checked to be absolute IRIs (`graph_list`), so each is one IRI token. An update
    that names its own dataset (USING, USING NAMED, WITH) as well is refused, as 2.2.3 requires.
    `DELETE WHERE { ... }` has no dataset clause in the grammar and is left as it is.
    """
    words = scanned.top_words
    own = sorted({word for _, word in words if word in ("USING", "WITH")})
    if own:
        raise ProtocolError(
            400,
            f"using-graph-uri and using-named-graph-uri cannot be combined with {' and '.join(own)} in the "
            "update (SPARQL 1.1 Protocol 2.2.3): use one or the other",
        )
    text = scanned.source
    clauses = " ".join(
        [*(f"USING {iri_ref(iri)}" for iri in default), *(f"USING NAMED {iri_ref(iri)}" for iri in named)]
    )
    wheres = [
        position
        for index, (position, word) in enumerate(words)
        if word == "WHERE" and not (index and delete_where(text, words[index - 1], position))
    ]
    # Attack round 16: 990 operations and 25,000 using-graph-uri (a 750 KB request with the token) made
    # an update of 990 copies of the clauses, rebuilt once per WHERE: the server grew to 1 GB. What is
    # sent on is held to the request limit, as the visitor's own text is; and built once.
    size = len(text) + len(wheres) * (len(clauses) + 1)
    if size > limit:
        raise ProtocolError(
            400,
            f"using-graph-uri and using-named-graph-uri are written before each of the update's "
            f"{len(wheres):,} WHERE clauses: {size:,} characters, more than this endpoint's request limit "
            f"of {limit:,} bytes (send fewer graphs, or USING clauses in the operations that need them)",
        )
    pieces, last = [], 0
    for position in wheres:
        pieces += [text[last:position], clauses, "\n"]
        last = position
    return "".join([*pieces, text[last:]])


def delete_where(text: str, previous: tuple[int, str], where: int) -> bool:
    """Whether WHERE directly follows DELETE (only space and comments between): `DELETE WHERE`."""
    start, word = previous
    between = re.sub(r"#[^\r\n]*", "", text[start + len(word) : where])
    return word == "DELETE" and not between.strip()


# --- GET without a query: service description or the query page -------------------------------


def service_description(
    state: State, endpoint: str, graphs: list[tuple[str, int]], default_size: int, union: bool
) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description: what this endpoint is, speaks and holds.

    `default_size` is the size of the default graph a query without a dataset sees (the union of
    the named graphs, a set: `default_graph_size`), not the sum of the named graphs' sizes, which
    counts a triple once per graph stating it. sd:UnionDefaultGraph is declared when `union`
    (`default_is_union`).
    """
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    a = ox.NamedNode(RDF_TYPE)
    service, dataset, default = (
        ox.NamedNode(endpoint + "#service"),
        ox.BlankNode("dataset"),
        ox.BlankNode("default"),
    )
    triples = [
        ox.Triple(service, a, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, a, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, a, sd("Graph")),
        ox.Triple(
            default,
            ox.NamedNode(VOID + "triples"),
            ox.Literal(str(default_size), datatype=ox.NamedNode(XSD_INTEGER)),
        ),
    ]
    if union:
        triples.append(ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")))
    if state.config.update_token and not state.backend.remote:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    formats_iris = [W3C_FORMATS + name for name in RESULT_FORMATS]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(iri)) for iri in formats_iris]
    for index, (graph, size) in enumerate(graphs):
        named, described = ox.BlankNode(f"named{index}"), ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, a, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(graph)),
            ox.Triple(named, sd("graph"), described),
            ox.Triple(described, a, sd("Graph")),
            ox.Triple(
                described,
                ox.NamedNode(VOID + "triples"),
                ox.Literal(str(size), datatype=ox.NamedNode(XSD_INTEGER)),
            ),
        ]
    return triples


async def graph_sizes(state: State) -> list[tuple[str, int]]:
    async def compute() -> list[tuple[str, int]]:
        ours = await state.backend.graphs()
        _, rows = await state.backend.select(query_text("graph-sizes"))
        sizes = {row[0].value: int(row[1].value) for row in rows if isinstance(row[0], ox.NamedNode)}
        return [(g, sizes.get(g, 0)) for g in ours]

    return await state.cached("graph-sizes", compute)


async def default_is_union(state: State) -> bool:
    """Whether the default graph holds every triple of the named graphs (sd:UnionDefaultGraph).

    The embedded store keeps it so (kg.store.union). A remote store may not (Fuseki's default, or
    Oxigraph server without --union-default-graph: the default graph is a graph of its own), so
    there the default graph's size is compared with the distinct triples of our named graphs.
    """
    if not state.backend.remote:
        return True

    async def compute() -> int:
        served = iri_nodes(await state.backend.graphs())
        _, rows = await state.backend.select(bound("dataset-triples", graph=served))
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    return await default_graph_size(state) >= await state.cached("named-distinct-size", compute)


async def default_graph_size(state: State) -> int:
    """The triples of the default graph, counted by the query a client would send (a set: each once)."""

    async def compute() -> int:
        _, rows = await state.backend.select(query_text("default-graph-size"))
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    return await state.cached("default-graph-size", compute)


async def describe_service(request: Request, state: State, params: list[tuple[str, str]]) -> Response:
    choice = choose_format(request, NEGOTIATED_DESCRIPTION_FORMATS)
    example = request.query_params.get("example")
    if choice.format is HTML or example:
        text = example_query(example) if example else example_query("organizations")
        return Response(query_page(state, request, text), headers={"Vary": "Accept"}, media_type="text/html")
    if choice.format is None:
        return problem(request, 406 if choice.negotiated else 400, choice.error)
    endpoint = str(request.url.replace(query="", fragment=""))
    sizes, default_size = await graph_sizes(state), await default_graph_size(state)
    triples = service_description(state, endpoint, sizes, default_size, await default_is_union(state))
    return representation(
        request, write_graph(choice.format, triples), choice.format, negotiated=choice.negotiated
    )


def example_query(name: str) -> str:
    if name in BUILT_IN_EXAMPLES:
        return query_body(f"example-{name}")
    try:
        named = catalogue().get(name)
    except Exception:
        named = None
    return named.text if named is not None else query_body("example-organizations")


def examples() -> list[tuple[str, str]]:
    found = [(key, server_query(f"example-{key}").title) for key in BUILT_IN_EXAMPLES]
    with contextlib.suppress(Exception):  # a broken catalogue must not break the query page
        found += [(name, query.title or name) for name, query in sorted(catalogue().items())]
    return found


def query_page(state: State, request: Request, query: str, results: Any = None, error: str = "") -> str:
    formats = [("html", "Table (HTML)")] + [(f.key, f.label) for f in SELECT_FORMATS[:4]]
    return state.pages.render(
        "query.html",
        title="SPARQL query",
        endpoint=str(request.url.replace(query="", fragment="")),
        query=query,
        results=results,
        error=error,
        format=request.query_params.get("format", "html"),
        result_formats=formats,
        examples=examples(),
        timeout=f"{state.config.timeout:g}",
        max_rows=f"{state.config.max_rows:,}",
    )
