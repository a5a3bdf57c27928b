"""The server's configuration and state, and the HTTP helpers every route shares.

Why shared helpers: `Vary: Accept`, `Content-Location`, `Link rel=alternate`, error bodies
and conditional GET (ETag, Last-Modified, 304) are easy to get right once and easy to get
wrong in ten places; each route calls these instead of setting headers itself.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from kg.errors import printable
from kg.model.namespaces import BASE
from kg.server.backend import Backend
from kg.server.conneg import names_any, negotiate, parse_accept, quality
from kg.server.formats import (
    ANSWER_FORMATS,
    FORMAT_PARAMETERS,
    HTML,
    Format,
    answer_media_types,
    by_keys,
    by_media_type,
    others_than,
)
from kg.server.html import Alternate, Pages
from kg.server.preconditions import conditional_status, etag_of

ERROR_FORMATS = ("text/plain", "text/html")
EXCERPT_CHARS = 160  # of a query in a log line: enough to recognise it, not a copy of a 1 MB body

log = logging.getLogger(__name__)


@dataclass
class ServerConfig:
    """How `kg serve` runs; every limit has a command-line option (see kg/serve.py)."""

    store: Path | None = None
    endpoint: str | None = None
    public_base: str = BASE
    timeout: float = 10.0
    max_rows: int = 10_000
    max_answer_bytes: int = 64 << 20  # a query's answer, written; more is refused like more rows
    max_html_rows: int = 1_000  # rows, or triples, an HTML page shows; the rest in machine formats
    max_request_bytes: int = 1 << 20
    max_url_bytes: int = 16 << 10
    update_token: str | None = None
    workers: int = 2
    page_size: int = 100
    endpoint_timeout: float = 30.0
    sandbox: bool = True  # query workers without network (kg.server.sandbox); False: --no-sandbox
    worker_memory_mb: int = 4096  # address space of each query worker (RLIMIT_AS)
    slow_query_seconds: float = 1.0  # a visitor's query that takes longer is logged with its duration
    process_header: bool = False  # name the answering process (Server-Process: PID): --process-header
    allowed_hosts: list[str] | None = None  # Host header values answered (None: any); kg.cli.serve says which


@dataclass
class State:
    """What routes need: configuration, the backend, the page renderer and per-generation caches."""

    config: ServerConfig
    backend: Backend
    pages: Pages
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict)
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    # One picture drawn for a visitor at a time (kg.server.agenda.timeline): each dated or narrowed
    # timeline is drawn anew, about 1.5 CPU-s, and 24 at once had every other request wait on them.
    drawing: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def cached(self, name: str, factory: Callable[[], Awaitable[Any]]) -> Any:
        """A value computed once per data generation (dumps, VoID, home page listings)."""
        key = (name, self.backend.generation())
        if key in self._cache:
            return self._cache[key]
        lock = self._locks.setdefault(name, asyncio.Lock())
        async with lock:
            if key not in self._cache:
                for old in [k for k in self._cache if k[0] == name]:
                    del self._cache[old]
                self._cache[key] = await factory()
        return self._cache[key]


def state_of(request: Request) -> State:
    return request.app.state.kg


def wants_html(request: Request) -> bool:
    """Whether an error is the HTML page: the client takes HTML over plain text, and over every
    format it could have had (`prefers_html`: Comunica's Accept, HTML at 0.2, got error pages)."""
    accept = request.headers.get("accept")
    return negotiate(accept, list(ERROR_FORMATS)) == "text/html" and prefers_html(accept)


def prefers_html(accept: str | None) -> bool:
    """Whether a SPARQL answer should be the HTML page: the client names text/html and gives no
    answer format a higher weight (a browser; a tie, `text/html, application/sparql-results+json`,
    is the page too). Why not HTML whenever it outweighs plain text (as errors did): Comunica's
    Accept (N-Quads 1, ..., HTML 0.2, no text/plain) got the page of every answer."""
    ranges = parse_accept(accept)
    named = any(r.type == "text" and r.subtype == "html" and r.q > 0 for r in ranges)
    html = quality(ranges, HTML.media_type)
    return named and all(quality(ranges, f.media_type) <= html for f in ANSWER_FORMATS if f is not HTML)


def problem(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """An error the client can read: plain text, or a page for browsers (Vary: Accept either way)."""
    headers = {"Vary": "Accept", **(headers or {})}
    if wants_html(request):
        body = state_of(request).pages.render(
            "error.html", title=f"{status} {REASONS.get(status, 'Error')}", message=message
        )
        return Response(body, status, headers=headers, media_type="text/html")
    return Response(message + "\n", status, headers=headers, media_type="text/plain")


def refused(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """`problem` for a request this server will not serve (a guard, the token, a size cap), logged.

    Why logged: an operator must see who is being turned away and why (a misconfigured client,
    a probe for SERVICE or LOAD, bodies over the limit), which the access log's status alone hides.
    """
    path, reason = loggable(request.url.path), loggable(message)
    log.info("refused %s %s with %d: %s", request.method, path, status, reason)
    return problem(request, status, message, headers)


def loggable(text: str) -> str:
    """Text from a visitor (a decoded path, a query, an engine's message quoting it) as it may be
    written to the operator's log: controls, line breaks and bidirectional overrides as escapes.

    Why: the log is read on a terminal; ESC sequences recolour, clear or retitle it, and a line
    break or CR lets a visitor forge or hide lines (`%1b]0;pwned%07` in a path did both).
    """
    return LOG_BREAKS.sub(lambda match: LOG_ESCAPES[match.group()], printable(text))


LOG_ESCAPES = {"\n": "\\n", "\t": "\\t", "\u2028": "\\u2028", "\u2029": "\\u2029"}
LOG_BREAKS = re.compile("[\n\t\u2028\u2029]")
"""What `printable` leaves (it is for messages of many lines) but one log line must not hold."""


def excerpt(text: str) -> str:
    """A query as one short line for the log, escaped (`loggable`)."""
    line = " ".join(text[: EXCERPT_CHARS * 4].split())
    line = line if len(line) <= EXCERPT_CHARS else line[: EXCERPT_CHARS - 1] + "…"
    return loggable(line)


REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    413: "Content Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Choice:
    """The format of a response and whether content negotiation chose it (then it varies by Accept)."""

    format: Format | None
    negotiated: bool
    error: str = ""


def repeated_parameter(request: Request, names: tuple[str, ...]) -> str | None:
    """What is wrong when one of `names` is given more than once (`?register=A&register=B`): the pages
    read one value of each, and took the last without a word, answering for B alone (attack round 18)."""
    for name in names:
        values = request.query_params.getlist(name)
        if len(values) > 1:
            return f"{name} is given {len(values)} times: give it once (one value a request)"
    return None


def format_values(params: list[tuple[str, str]]) -> list[str]:
    """What `?format=` and `?output=` say (Fuseki's two names), every value, in order."""
    return [value for key, value in params if key in FORMAT_PARAMETERS and value.strip()]


def choose_format(request: Request, formats: tuple[Format, ...], fixed: Format | None = None) -> Choice:
    """`?format=` (or `?output=`) first, then a suffix URL's fixed format, then the Accept header.

    `?format=` may repeat or list names and media types (`format=ttl`, `format=text/n3`,
    `format=json-ld,application/ld+json`): the first served here counts; when none is, the
    request names a format this document does not have, 400 with the ones it has. (The SPARQL
    endpoint instead lets the Accept header decide: see `answer_accept`.)
    """
    names = format_values(request.query_params.multi_items())
    if names:
        chosen = by_keys(formats, names)
        known = ", ".join(f.key for f in formats)
        return Choice(chosen, False, "" if chosen else f"unknown format {names[0]!r}: use one of {known}")
    if fixed is not None:
        return Choice(fixed, False)
    media_type = negotiated(request.headers.get("accept"), tuple(f.media_type for f in formats))
    if media_type is None:
        offered = ", ".join(f.media_type for f in formats)
        return Choice(None, True, f"none of the formats you accept is available here: {offered}")
    return Choice(by_media_type(formats, media_type), True)


def next_choice(
    request: Request, formats: tuple[Format, ...], choice: Choice, pages: bool = False
) -> Format | None:
    """The format the client takes next when the chosen one cannot carry the graph (RDF/XML of a
    predicate that is no XML element name, JSON-LD of a triple term): negotiated again among the
    formats of another syntax. None when the format was not negotiated (a suffix URL, `?format=`) or
    the client takes nothing else: then the 406 stands.

    Why: `Accept: application/rdf+xml, */*;q=0.1` (rdflib's Graph.parse(url, format="xml"), linked-data
    crawlers) was 406 for such a graph, where RFC 9110 12.5.1 serves the next acceptable format."""
    failed = choice.format
    if not choice.negotiated or failed is None or failed.rdf is None:
        return None
    rest = others_than(formats, [failed], pages)  # HTML only for a resource page (`pages`)
    media_type = negotiated(request.headers.get("accept"), tuple(f.media_type for f in rest))
    return None if media_type is None else by_media_type(rest, media_type)


@functools.lru_cache(maxsize=1024)
def negotiated(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """`negotiate`, once per Accept header: crawlers and browsers send the same few, and parsing
    one took a twentieth of a Turtle document's time."""
    return negotiate(accept, list(offered))


# A weight below any a client states: the server's default format when the client's Accept
# names only formats of another query form (roqet asks for SPARQL XML results for a CONSTRUCT).
FALLBACK_RANGE = "*/*;q=0.001"


def answer_accept(format_names: list[str], accept: str | None) -> str | None:
    """The Accept header a SPARQL answer is negotiated by, whatever its query form.

    `?format=` names known here come first (a name may mean one format for results and another
    for graphs: `xml`, `json`); unknown ones are ignored and the client's Accept decides. When
    what the client accepts is a SPARQL answer format of another query form only (results media
    types for a CONSTRUCT, RDF for a SELECT), the form's default format is served, as Fuseki and
    Virtuoso do, rather than 406; an Accept naming nothing this endpoint speaks stays refused.
    """
    header = asked_accept(format_names, accept)
    if not names_any(header, [f.media_type for f in ANSWER_FORMATS]):
        return header
    return f"{header}, {FALLBACK_RANGE}" if header and header.strip() else header


def asked_accept(format_names: list[str], accept: str | None) -> str | None:
    """What the client itself asked for: the media types its `?format=` names (known here), else its Accept
    header, without the fallback `answer_accept` adds. The worker's second choice, when the chosen format
    cannot carry the answer, is made from this alone (kg.server.worker.first_writable): a client that asked
    for RDF/XML alone gets the 406 naming why, one that also takes `*/*` the next format."""
    named = answer_media_types(format_names)
    return ", ".join(named) if named else accept


def alternates(path: str, formats: tuple[Format, ...], query: str = "") -> list[Alternate]:
    suffix_query = f"?{query}" if query else ""
    return [Alternate(f.media_type, f"{path}{f.suffix}{suffix_query}", f.label) for f in formats]


def link_header(links: list[Alternate], extra: list[str] | None = None) -> str:
    parts = [f'<{a.href}>; rel="alternate"; type="{a.media_type}"' for a in links]
    return ", ".join([*parts, *(extra or [])])


LINK_ENTRY = re.compile(r"<[^>]*>[^,<]*")
"""One entry of a Link header written by `link_header` (a target holds no '>', a parameter no ',')."""


def without_alternates(link: str) -> str:
    """A Link header without its rel="alternate" entries, for a JSON answer.

    Why: a JSON-LD processor follows an alternate only from an answer that is not JSON (JSON-LD 1.1
    API, LoadDocumentCallback), so in JSON-LD they tell it nothing; and pyld reads rel="alternate"
    as one link: with one per format it failed to load every document ("Could not retrieve a
    JSON-LD document"). Other formats, and the HTML page's <link> elements, keep them.
    """
    kept = [entry.strip() for entry in LINK_ENTRY.findall(link) if 'rel="alternate"' not in entry]
    return ", ".join(entry.rstrip(", ") for entry in kept)


def http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


def representation(
    request: Request,
    body: bytes | str,
    fmt: Format,
    *,
    negotiated: bool,
    headers: dict[str, str] | None = None,
    last_modified: float | None = None,
) -> Response:
    """A 200 (or 304) with ETag, Last-Modified and, when Accept chose it, Vary: Accept."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    media_type = fmt.content_type if fmt is not HTML else "text/html"
    tag = etag_of(data, media_type)
    all_headers = {"ETag": tag, **(headers or {})}
    if "Link" in all_headers and fmt.media_type.endswith("json"):
        all_headers["Link"] = without_alternates(all_headers["Link"])
    if negotiated:
        all_headers["Vary"] = "Accept"
    if last_modified is not None:
        all_headers["Last-Modified"] = http_date(last_modified)
    if status := conditional_status(request, tag, last_modified):
        return Response(status_code=status, headers=all_headers)
    return Response(data, 200, headers=all_headers, media_type=media_type)
