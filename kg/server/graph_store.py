"""The Graph Store HTTP Protocol, write side: PUT, POST and DELETE of one graph at /store.

Why through SPARQL Update: a write is one update in the short-lived write worker, as every
other write of the server (`kg.server.worker`): the same token, the same time limit, one
transaction (PUT replaces a graph all at once or not at all), and the store's generation raised
so that every reader, in this process or another, sees it. The body is parsed here first, so a
client learns which line of its Turtle is wrong (400) before any worker starts, and what goes
into the update is Oxigraph's own N-Triples of the parsed triples, never the client's text.

`?default` is the endpoint's default graph, the union of the named graphs (kept by kg.store.union),
so it is not written itself: what a client PUTs or POSTs to `?default` goes to one named graph of
its own, DEFAULT_WRITES, and so into the union; DELETE `?default` drops that graph. The named
graphs of the data are written by naming them.
"""

from __future__ import annotations

import codecs
import json
import re
import uuid
from typing import Any

import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from kg.model.namespaces import BASE
from kg.server.conneg import canonical_media_type
from kg.server.context import State, problem, refused, state_of
from kg.server.describe import is_iri
from kg.server.preconditions import (
    PRECONDITIONS,
    Conditions,
    failed_precondition,
    graph_tags,
    precondition_refusal,
    tags_asked,
)
from kg.server.queries import iri_ref
from kg.server.sparql import UTF8_CHARSETS, ProtocolError, check_token, codec_of, media_type_of, read_body
from kg.server.uploads import upload_request
from kg.server.worker import DEFAULT_WRITES, QueryTimeout

READ_ALLOWED = "GET, HEAD, OPTIONS"
WRITE_ALLOWED = "GET, HEAD, PUT, POST, DELETE, OPTIONS"
# The syntaxes of one graph a client may send; a dataset syntax holds graphs of its own.
GRAPH_SYNTAXES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
GENERIC_SYNTAXES = {"application/json": ox.RdfFormat.JSON_LD, "application/xml": ox.RdfFormat.RDF_XML}
"""The generic types GET /store answers a graph in (kg.server.formats: JSON-LD, RDF/XML), taken back as the
same syntaxes: a client that PUT what it had read, with the Content-Type it was given, got 415 (attack
round 21). Not text/plain, which GET answers as N-Triples too: a body of any text says nothing of its
syntax (tests/server/test_serve_graph_store_writes.py keeps it 415)."""
DATASET_SYNTAXES = ("application/n-quads", "application/trig")
POSTED_GRAPHS = BASE + "id/graph/posted-"
"""The graphs POSTed to the store itself are named here, each by a random part (`new_graph`)."""


def writable(state: State) -> bool:
    """Writes are taken only with an update token, and only into the embedded store."""
    return bool(state.config.update_token) and not state.backend.remote


def allowed_methods(state: State) -> str:
    """The Allow header of /store: what this server takes (RFC 9110 15.5.6)."""
    return WRITE_ALLOWED if writable(state) else READ_ALLOWED


async def write(request: Request) -> Response:
    """PUT (replace), POST (merge into) or DELETE one graph: ?graph=IRI or ?default."""
    state = state_of(request)
    if not writable(state):
        return problem(request, 405, "this graph store is read-only", {"Allow": READ_ALLOWED})
    try:
        check_token(request, state)
        graph = new_graph() if request.method == "POST" and not request.url.query else target(request)
        conditions = await check_preconditions(request, state, graph)
        if request.method == "DELETE":
            return await delete(request, state, graph, conditions)
        job = await upload(request, state, graph)
        return await store(
            request, state, graph, job if conditions is None else {**job, "preconditions": conditions}
        )
    except ProtocolError as error:
        answer = refused if error.status in (401, 413) else problem
        return answer(request, error.status, str(error), error.headers)


def new_graph() -> str:
    """The IRI of the graph a POST to the store itself makes (Graph Store Protocol 5.5: the server
    creates a graph of the payload's statements and names it in Location, 201): one never used before.
    It was 400 "name exactly one graph"; Oxigraph server and the protocol's clients make one so."""
    return f"{POSTED_GRAPHS}{uuid.uuid4().hex}"


def target(request: Request) -> str | None:
    """The graph named: an IRI, or None for the default graph; 400 unless exactly one is named."""
    keys = [k for k, _ in request.query_params.multi_items()]
    graphs = request.query_params.getlist("graph")
    if ("default" in keys) == bool(graphs) or len(graphs) > 1:
        raise ProtocolError(400, "name exactly one graph: ?graph=IRI or ?default")
    if graphs and not is_iri(graphs[0]):
        raise ProtocolError(400, f"the graph must be an absolute IRI, got {graphs[0]!r}")
    return graphs[0] if graphs else None


async def check_preconditions(request: Request, state: State, graph: str | None) -> dict[str, Any] | None:
    """412 when If-Match, If-None-Match or If-Unmodified-Since is false for the graph as it is now
    (kg.server.preconditions: a client's guard against overwriting a write it has not seen). Its
    current ETags are those GET /store gives it in each machine format (an ETag is a representation's);
    the HTML page's is not among them. The graph is read only when a tag is asked.

    This check answers at once, before a write worker starts; what it returns goes with the write, whose
    worker checks the same again once it holds the store's gate (kg.server.worker.unmet_precondition):
    a write that lands between the two, from another request or another process, is not overwritten."""
    if not any(name in request.headers for name in PRECONDITIONS):
        return None
    exists = graph is None or graph in await state.backend.graphs()
    tags = await current_tags(state, graph) if exists and tags_asked(request) else set()
    last_modified = state.backend.last_modified()
    if reason := failed_precondition(request, tags, exists, last_modified):
        raise ProtocolError(412, precondition_refusal(graph, reason))
    return {**Conditions.of(request).as_json(), "graph": graph, "last_modified": last_modified}


async def current_tags(state: State, graph: str | None) -> set[str]:
    """The ETags of the graph as GET /store serves it (kg.server.preconditions.graph_tags)."""
    if graph is None:  # the default graph: the union of the named graphs (kg.server.dataset.union_triples)
        triples = list(dict.fromkeys(quad.triple for quad in await state.backend.quads()))
    else:
        triples = await state.backend.graph_triples(graph)
    return await anyio.to_thread.run_sync(graph_tags, triples)


def syntax_of(request: Request) -> ox.RdfFormat:
    """The RDF syntax of the body, by its Content-Type (415 for a dataset syntax or another type)."""
    kind, charset = media_type_of(request)
    kind = canonical_media_type(kind)
    if codec_of(charset) not in UTF8_CHARSETS:  # US-ASCII is UTF-8 too
        raise ProtocolError(415, f"charset {charset} is not supported: send UTF-8")
    if kind in DATASET_SYNTAXES:
        raise ProtocolError(
            415, f"{kind} holds a dataset, not one graph: send the graph as {', '.join(GRAPH_SYNTAXES)}"
        )
    syntax = GRAPH_SYNTAXES.get(kind) or GENERIC_SYNTAXES.get(kind)
    if syntax is None:
        raise ProtocolError(
            415, f"send the graph as one of {', '.join(GRAPH_SYNTAXES)}; got {kind or 'no Content-Type'}"
        )
    return syntax


async def upload(request: Request, state: State, graph: str | None) -> dict[str, Any]:
    """The write worker's request for the body (413 past the request limit, 415 for a syntax not
    taken, 400 for what would be fetched); the worker reads it (kg.server.uploads)."""
    syntax = syntax_of(request)
    limit = state.config.max_request_bytes
    body = await read_body(request, limit)
    if syntax in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):  # their parser reads no byte order mark:
        body = body.removeprefix(codecs.BOM_UTF8)  # Turtle Notepad saved was "not a valid subject" (round 21)
    refuse_what_would_be_fetched(syntax, body)
    base = graph or str(request.url.replace(query="", fragment=""))
    return upload_request(request.method, graph or DEFAULT_WRITES, syntax, body, base, limit)


EXTERNAL_ENTITY = re.compile(
    rb"""<!ENTITY\s+(?:%\s*)?[^\s>]+\s+(?:SYSTEM|PUBLIC)((?:\s+(?:"[^"]*"|'[^']*'))+)""", re.IGNORECASE
)
REFUSAL = "this server never fetches documents for a visitor; put what it holds in the body itself"


def refuse_what_would_be_fetched(syntax: ox.RdfFormat, body: bytes) -> None:
    """400 for a body that names a document to fetch: a remote JSON-LD context (`@context` or
    `@import` holding an IRI), an external entity of RDF/XML (SYSTEM or PUBLIC).

    Why here, before the parser: the parser refuses them too (no document loader, no external
    entities), but in its own words ("No LoadDocumentCallback has been set", "ENTITY values should
    be enclosed in double quotes"), which do not tell the client what is wrong or what to do.
    """
    if syntax == ox.RdfFormat.JSON_LD:
        try:
            remote = remote_contexts(json.loads(body))
        except ValueError:
            return  # not JSON: the parser says where
        except RecursionError:  # arrays or objects nested thousands deep: no graph is written so
            raise ProtocolError(
                400, "the JSON-LD nests arrays or objects too deep to read (thousands of levels); flatten it"
            ) from None
        if remote:
            where = remote[0][:200]
            raise ProtocolError(400, f"the JSON-LD names a remote context, {where}: {REFUSAL}")
    elif syntax == ox.RdfFormat.RDF_XML and (entity := EXTERNAL_ENTITY.search(body)):
        names = re.findall(rb"""["']([^"']*)["']""", entity.group(1))
        target = names[-1].decode("utf-8", "replace")[:200] if names else "?"
        raise ProtocolError(400, f"the RDF/XML declares an external entity, {target}: {REFUSAL}")


def remote_contexts(value: Any) -> list[str]:
    """The IRIs a JSON-LD document would load as contexts: strings under @context (alone or in a
    list, at any depth, scoped contexts included) and under @import."""
    found: list[str] = []
    if isinstance(value, list):
        for item in value:
            found += remote_contexts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("@context", "@import"):
                found += [x for x in (item if isinstance(item, list) else [item]) if isinstance(x, str)]
            found += remote_contexts(item)
    return found


async def store(request: Request, state: State, graph: str | None, job: dict[str, Any]) -> Response:
    """PUT or POST: 201 Created when the graph is new, 204 when it was there (the default always is)."""
    existed = graph is None or graph in await state.backend.graphs()
    await run(request, state, job)
    if existed:
        return Response(status_code=204)
    location = str(request.url.include_query_params(graph=graph))  # the store itself has no ?graph
    return Response(status_code=201, headers={"Location": location})


async def delete(
    request: Request, state: State, graph: str | None, conditions: dict[str, Any] | None = None
) -> Response:
    """DELETE: the graph is dropped (404 when there is none); ?default drops what was written to it."""
    if graph is not None and graph not in await state.backend.graphs():
        raise ProtocolError(404, f"no graph <{graph}> in this store")
    drop = f"DROP SILENT GRAPH {iri_ref(DEFAULT_WRITES)}" if graph is None else f"DROP GRAPH {iri_ref(graph)}"
    job: dict[str, Any] = {"update": drop, "base": None}
    await run(request, state, job if conditions is None else {**job, "preconditions": conditions})
    return Response(status_code=204)


async def run(request: Request, state: State, job: dict[str, Any]) -> None:
    """One write in the write worker (an update, or an upload it reads), within the time limit."""
    try:
        answer = await state.backend.user_upload(job, state.config.timeout)
    except QueryTimeout as error:
        raise ProtocolError(503, str(error)) from None
    if answer.status >= 300:
        raise ProtocolError(answer.status, answer.error)
