"""The ASGI application of `kg serve`: routes, CORS, request-size limits, start and stop.

Why a plain ASGI middleware for CORS and limits: it sees every response, errors included,
so `Access-Control-Allow-Origin` and the 413/414 refusals cannot be forgotten by a route.
"""

from __future__ import annotations

import contextlib
import logging
import os
import urllib.parse
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from kg.server import agenda
from kg.server.backend import Backend, BackendError, EmbeddedBackend, RemoteBackend
from kg.server.context import ServerConfig, State, problem, refused
from kg.server.dataset import dump, dumps_page, graph_store, void_document
from kg.server.graph_store import WRITE_ALLOWED
from kg.server.html import Pages
from kg.server.linked import document, home, network_page, network_picture, resource, vocabulary
from kg.server.results import NoXmlForm
from kg.server.sparql import sparql
from kg.server.versions import versioned_vocabulary
from kg.server.worker import QueryTimeout, WorkerOptions

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
READ_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_HEADERS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"Content-Location, Link, ETag, Last-Modified, Vary, Retry-After"),
]
MISSHAPEN = (AttributeError, TypeError, ValueError, IndexError, KeyError)
PROCESS_HEADER = b"server-process"
"""With --process-header: the id of the server process that answered (how --workers share the load)."""


class Limits:
    """413 for bodies over the limit (by Content-Length), 414 for URLs over theirs; CORS on every answer.

    CORS is open for reads: any origin, no credentials, and `Authorization` is not an allowed
    request header, so no web page can send the update token across origins.
    """

    def __init__(self, app: Any, config: ServerConfig) -> None:
        self.app = app
        self.config = config
        self.headers = CORS_HEADERS + (
            [(PROCESS_HEADER, str(os.getpid()).encode())] if config.process_header else []
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["method"] == "OPTIONS":
            await self.preflight(scope, headers, send)
            return
        refusal = self.refusal(scope, headers)

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        if refusal is not None:
            scope = {**scope, "app": self.app}  # problem() renders with the app's pages
            codings = {"Accept-Encoding": "identity"} if refusal[0] == 415 else None  # RFC 9110 12.5.3
            await refused(Request(scope, receive), *refusal, codings)(scope, receive, send_with_cors)
            return
        await self.app(scope, receive, send_with_cors)

    def refusal(self, scope: Scope, headers: Headers) -> tuple[int, str] | None:
        url_size = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b""))
        if url_size > self.config.max_url_bytes:
            return (
                414,
                f"the URL is longer than the limit of {self.config.max_url_bytes:,} bytes: POST the query",
            )
        if not utf8_query(scope.get("query_string", b"")):
            # (Starlette reads such bytes as U+FFFD: `/calendar.ics?register=%FF` answered "no entity is
            # called '\ufffd'", `/store?graph=%FF` "not an absolute IRI"; /sparql alone said why; round 19)
            return 400, "parameters must be UTF-8 (percent-encoded)"
        codings = [c.strip().lower() for c in ",".join(headers.getlist("transfer-encoding")).split(",")]
        if [c for c in codings if c] not in ([], ["chunked"]):
            # (`gzip, chunked` was read as chunked, the gzip left for the query's text: RFC 9112 6.1 asks for
            # a 501 of a transfer coding the server does not understand; round 19)
            return 501, "transfer codings other than chunked are not implemented: send the body as it is"
        encodings = [c.strip().lower() for c in ",".join(headers.getlist("content-encoding")).split(",")]
        if [c for c in encodings if c not in ("", "identity")]:
            # (a gzip body was read as the text itself: 400 "not valid UTF-8" of a sound query, a parse error
            # of sound N-Triples, and a body said to be `br` was stored as it came; RFC 9110 8.4.1 and
            # 15.5.16: 415, naming the codings taken in Accept-Encoding; round 21)
            coding = ", ".join(c for c in encodings if c)[:100]
            return 415, f"the content coding {coding} is not supported: send the body as it is (identity)"
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.config.max_request_bytes:
            return (
                413,
                f"the request body is larger than the limit of {self.config.max_request_bytes:,} bytes",
            )
        return None

    async def preflight(self, scope: Scope, headers: Headers, send: Send) -> None:
        """OPTIONS: `Allow` tells what the resource takes (RFC 9110 9.3.7: the Graph Store's writes
        too, with a token), `Access-Control-Allow-Methods` what a web page may send: reads, and
        POST to /sparql (a query; an update needs the token, which no page can send)."""
        allowed, takes = cors_methods(scope["path"]), allowed_methods(scope["path"], self.config)
        response_headers = [
            (b"allow", takes.encode()),
            (b"access-control-allow-methods", allowed.encode()),
            (b"access-control-allow-headers", b"Accept, Content-Type, If-None-Match, If-Modified-Since"),
            (b"access-control-max-age", b"86400"),
            (b"content-length", b"0"),
            *self.headers,
        ]
        await send({"type": "http.response.start", "status": 204, "headers": response_headers})
        await send({"type": "http.response.body", "body": b""})


class UntaggedPreconditions:
    """RFC 9110 13.1 for the reads whose answers carry no ETag (a query's answer, the SPARQL, dumps,
    due and network pages): `If-Match` naming tags is false (none can match an answer without one),
    so 412; `If-None-Match: *` is false when there is a current representation, so 304 (13.1.2).

    Why here: the routes with ETags evaluate every precondition themselves (`representation`,
    `conditional_status`); these answered 200 whatever the conditions said, where 13.1.1 and 13.1.2
    say the origin MUST NOT perform the method (a client that sent `If-Match` to read the version it
    had seen got another). Only a 2xx is changed: a request that would fail without its conditions
    fails the same (13.2.1). The answer is made and dropped: such a request costs what it would."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if_match = [t.strip() for t in ",".join(headers.getlist("if-match")).split(",") if t.strip()]
        if_none_match = [t.strip() for t in ",".join(headers.getlist("if-none-match")).split(",")]
        status = 412 if if_match and "*" not in if_match else 304 if "*" in if_none_match else None
        if status is None:
            await self.app(scope, receive, send)
            return
        replaced = False

        async def checked(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                if 200 <= message["status"] < 300 and b"etag" not in names:
                    replaced = True
                    await self.answer(status, message, send)
                    return
            if not replaced:
                await send(message)

        await self.app(scope, receive, checked)

    @staticmethod
    async def answer(status: int, start: Message, send: Send) -> None:
        kept = (b"vary", b"content-location", b"cache-control", b"expires")  # 304's (RFC 9110 15.4.5)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() in kept]
        body = b""
        if status == 412:
            body = b"a precondition is false: this answer has no ETag, so If-Match names none of it\n"
            headers += [(b"content-type", b"text/plain; charset=utf-8")]
        headers += [(b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class Revalidated:
    """`Cache-Control: no-cache` on every answer to GET and HEAD that does not say how long it keeps.

    Why: every page, document, graph and query answer is made from the store, which a write, `kg ingest`
    or `kg build` changes while the server runs. Without Cache-Control, RFC 9111 4.2.2 lets a cache
    (a browser's, a proxy's) reuse a 200 or 404 for a heuristic time, commonly a tenth of the time since
    its Last-Modified (VoID, the Graph Store): a crawler behind such a cache read the graph as it stood
    before a write, and a 404 for a resource added since (attack round 22; round 21 left it). `no-cache`
    lets a cache store an answer but never reuse it before asking the server again: answers with an ETag
    or Last-Modified are then revalidated cheaply (304). Routes that chose a freshness keep it (the
    calendar and network pictures' five minutes, the dumps' `max-age=0, must-revalidate`)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return

        async def marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    message = {**message, "headers": [*headers, (b"cache-control", b"no-cache")]}
            await send(message)

        await self.app(scope, receive, marked)


def utf8_query(query: bytes) -> bool:
    """Whether a URL's query string is UTF-8 once its percent escapes are read (within the URL limit)."""
    try:
        urllib.parse.unquote_to_bytes(query).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def cors_methods(path: str) -> str:
    """What a web page may send to `path`: reads, and POST to /sparql (a query)."""
    return "GET, HEAD, POST, OPTIONS" if path.rstrip("/") == "/sparql" else "GET, HEAD, OPTIONS"


def allowed_methods(path: str, config: ServerConfig) -> str:
    """The `Allow` of `path` (RFC 9110 9.3.7, 15.5.6): the Graph Store's writes too, with a token."""
    writable = bool(config.update_token) and not config.endpoint  # graph_store.writable
    return WRITE_ALLOWED if path.rstrip("/") == "/store" and writable else cors_methods(path)


def configure_logging() -> None:
    """Show what kg.server logs (worker kills, slow queries, refusals) beside uvicorn's own lines.

    Only when nothing is configured yet (an application or a test harness that set up logging
    keeps its setup), at the level uvicorn was given (`kg serve --log-level`), INFO by default.
    """
    logger = logging.getLogger("kg.server")
    if logger.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    logger.addHandler(handler)
    uvicorn_level = logging.getLogger("uvicorn.error").level
    logger.setLevel(uvicorn_level or logging.INFO)


def make_backend(config: ServerConfig) -> Backend:
    if config.endpoint:
        return RemoteBackend(
            config.endpoint, timeout=config.endpoint_timeout, max_answer_bytes=config.max_answer_bytes
        )
    if config.store is None:
        from kg.store.embedded import default_store_path

        config.store = default_store_path()
    options = WorkerOptions(sandbox=config.sandbox, memory_mb=config.worker_memory_mb)
    return EmbeddedBackend(config.store, workers=config.workers, options=options)


def routes() -> list[Route]:
    return [
        Route("/", home, methods=READ_METHODS),
        Route("/sparql", sparql, methods=ALL_METHODS, name="sparql"),
        Route("/sparql/", sparql, methods=ALL_METHODS),
        Route("/id/{rest:path}", resource, methods=READ_METHODS),
        Route("/doc/{rest:path}", document, methods=READ_METHODS),
        *[
            Route(f"/{name}{suffix}", vocabulary, methods=READ_METHODS)
            for name in ("ontology", "shapes")
            for suffix in ("", ".ttl", ".jsonld", ".nt", ".rdf", ".html")
        ],
        *[
            Route(f"/{name}/{{version}}", versioned_vocabulary, methods=READ_METHODS)
            for name in ("ontology", "shapes")
        ],
        *[
            Route(f"/.well-known/void{suffix}", void_document, methods=READ_METHODS)
            for suffix in ("", ".ttl", ".jsonld", ".nt", ".rdf", ".html")
        ],
        Route("/dumps", dumps_page, methods=READ_METHODS),
        Route("/dumps/{name}", dump, methods=READ_METHODS),
        Route("/store", graph_store, methods=ALL_METHODS),
        Route("/calendar.ics", agenda.calendar, methods=READ_METHODS),
        Route("/timeline.{fmt}", agenda.timeline, methods=READ_METHODS),
        Route("/due", agenda.due, methods=READ_METHODS),
        Route("/network", network_page, methods=READ_METHODS),
        Route("/network.{fmt}", network_picture, methods=READ_METHODS),
    ]


def create_app(config: ServerConfig, backend: Backend | None = None) -> Any:
    """The whole server as an ASGI app (uvicorn runs it; tests may too)."""
    backend = backend or make_backend(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        configure_logging()  # here, after uvicorn has set up its own loggers and level
        await backend.start()
        try:
            yield
        finally:
            await backend.close()

    async def not_found(request: Request, exc: Exception) -> Response:
        return problem(request, 404, f"nothing here: {request.url.path}")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        """A method no route takes (PROPFIND, TRACE...): the Allow of the path, which for /sparql
        and /store named POST and the writes (it said GET, HEAD, OPTIONS everywhere before)."""
        allow = allowed_methods(request.url.path, config)
        return problem(request, 405, f"{request.method} is not allowed here: {allow}", {"Allow": allow})

    async def bad_gateway(request: Request, exc: Exception) -> Response:
        """A remote store that cannot answer, or answers what we cannot read: its fault, not a bug of
        ours (a 500 with a traceback on every page before session 13), and not the visitor's."""
        return problem(request, 502, str(exc))

    async def stopped(request: Request, exc: Exception) -> Response:
        return problem(request, 503, str(exc), {"Retry-After": "5"})

    async def no_such_form(request: Request, exc: Exception) -> Response:
        return problem(request, 406, str(exc))  # RDF/XML asked for a graph that has none

    async def server_error(request: Request, exc: Exception) -> Response:
        """Over a remote store, an answer of the wrong shape (a value unbound or of another kind
        where our own query binds one) surfaces as one of these in the code that reads it: the
        store's fault, 502 (uvicorn still logs the traceback). Anything else stays a 500."""
        if isinstance(backend, RemoteBackend) and isinstance(exc, MISSHAPEN):
            return problem(request, 502, f"the store at {backend.url} sent an answer this server cannot use")
        return PlainTextResponse("Internal Server Error", status_code=500)

    handlers = {
        Exception: server_error,
        404: not_found,
        405: not_allowed,
        BackendError: bad_gateway,
        QueryTimeout: stopped,
        NoXmlForm: no_such_form,
    }
    app = Starlette(routes=routes(), lifespan=lifespan, exception_handlers=handlers)
    app.state.kg = State(config, backend, Pages(config.public_base))
    limited = Limits(Revalidated(UntaggedPreconditions(app)), config)
    if config.allowed_hosts is None:
        return limited
    # A request naming another host is refused (400) before anything reads it: a web page whose
    # name an attacker rebinds to 127.0.0.1 (DNS rebinding) would otherwise read this server as
    # its own origin, and the URLs the server builds from the request (the service description's
    # endpoint, a Graph Store write's Location) would name the attacker's host.
    return TrustedHostMiddleware(limited, allowed_hosts=config.allowed_hosts, www_redirect=False)
