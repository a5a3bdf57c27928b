"""Linked data: resource IRIs (303 See Other), their documents, the ontology and shapes, the home page.

Why the 303 recipe for /id/ and the hash recipe for the vocabularies (W3C "Cool URIs for
the Semantic Web"): `https://w3id.org/alliance-kg/id/organization/dmtf` names an
organization, not a web page, so a GET on it answers 303 to the document that describes
it (`/doc/organization/dmtf`); the document negotiates its format and names each variant
(`.ttl`, `.jsonld`, `.nt`, `.rdf`, `.html`), which answer 200 directly. Ontology and shapes
terms are hash IRIs (`ontology#Organization`), so their namespace document is served
directly at `/ontology` and `/shapes`, where the HTML has one anchor per term.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import urllib.parse
from collections.abc import Callable

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kg.model.namespaces import AKG, ONTOLOGY_IRI, PREFIXES, SHAPES_IRI
from kg.server.agenda import due_summary
from kg.server.context import (
    State,
    alternates,
    choose_format,
    link_header,
    next_choice,
    problem,
    repeated_parameter,
    representation,
    state_of,
)
from kg.server.describe import (
    PAGE_TEXT_CHARS,
    Versions,
    describe,
    for_page,
    list_class,
    literal_chars,
    versions_of,
)
from kg.server.formats import DOCUMENT_FORMATS, FORMAT_PARAMETERS, HTML, NEGOTIATED_DOCUMENT_FORMATS
from kg.server.results import NoXmlForm, write_graph
from kg.server.sparql import graph_sizes

OWL, RDFS, SH = PREFIXES["owl"], PREFIXES["rdfs"], PREFIXES["sh"]
ONTOLOGY_SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Classes", (OWL + "Class", RDFS + "Class")),
    ("Object properties", (OWL + "ObjectProperty",)),
    ("Datatype properties", (OWL + "DatatypeProperty",)),
    ("Annotation properties", (OWL + "AnnotationProperty",)),
    ("Individuals", (OWL + "NamedIndividual",)),
]
SHAPES_SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Node shapes", (SH + "NodeShape",)),
    ("Property shapes", (SH + "PropertyShape",)),
]
INLINE_WRITE = 1_000
"""Triples, links, labels, records and sources (Description.size) a document may have to be
written on the event loop itself (about a millisecond of HTML); larger ones in a thread."""
INLINE_CHARS = 100_000
"""Characters of literals a document may hold to be written on the event loop itself."""
HOME_LISTED = 1000
"""The most members of a class the home page lists. The store's own organizations grew past 200 (the
gazetteer holds 337), and a listing bounded below them showed an arbitrary part (the query has no order):
the seed registers' parties could be left out."""

HOME_LISTINGS = [
    ("organizations", str(AKG.Organization), "Organizations"),
    ("registers", str(AKG.WorkRegister), "Work registers"),
    ("specifications", str(AKG.Specification), "Specifications"),
]


def split_suffix(path: str) -> tuple[str, str | None]:
    for fmt in DOCUMENT_FORMATS:
        if path.endswith(fmt.suffix):
            return path[: -len(fmt.suffix)], fmt.suffix
    return path, None


def raw_tail(request: Request, prefix: str) -> str:
    """The path after `prefix` exactly as sent (percent-encoding kept, as in the IRI)."""
    raw_path = request.scope.get("raw_path")  # request.url only without it: it builds a whole URL
    if raw_path is None:
        raw_path = request.url.path.encode()
    raw = raw_path.decode("latin-1").split("?")[0]
    return raw[len(prefix) :]


PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
UTF8_LENGTH = {**dict.fromkeys(range(0xC2, 0xE0), 2), **dict.fromkeys(range(0xE0, 0xF0), 3)}
UTF8_LENGTH.update(dict.fromkeys(range(0xF0, 0xF5), 4))


def other_spellings(tail: str) -> list[str]:
    """Other spellings of the path of the same resource, tried when the path as sent names nothing.

    Why: a client dereferences an IRI by its URI, non-ASCII characters written as %XX of their
    UTF-8 (RFC 3987 3.1), so the IRI `.../topic/über` arrives as `/topic/%C3%BCber`; and %XX may
    come in lower case or stand for an unreserved character (RFC 3986 6.2.2: the same URI). The
    first spelling is the URI normalized (%XX in upper case, unreserved characters decoded), the
    second the IRI (RFC 3987 3.2: UTF-8 sequences of allowed characters decoded as well).
    """
    if "%" not in tail:
        return []
    forms = [PERCENT_RUN.sub(lambda run: decoded(run.group(), False), tail)]
    forms.append(PERCENT_RUN.sub(lambda run: decoded(run.group(), True), tail))
    return [form for form in dict.fromkeys(forms) if form != tail]


def decoded(run: str, iri: bool) -> str:
    """A run of %XX: unreserved ASCII decoded, other ASCII as %XX in upper case, and (for an IRI)
    each whole UTF-8 sequence of a character allowed in an IRI decoded; anything else left encoded."""
    octets = bytes.fromhex(run.replace("%", ""))
    out, index = [], 0
    while index < len(octets):
        octet, size = octets[index], UTF8_LENGTH.get(octets[index], 1)
        character = utf8_character(octets[index : index + size]) if iri and size > 1 else ""
        if len(character) == 1 and iri_character(character):
            out.append(character)
            index += size
            continue
        out.append(chr(octet) if octet in UNRESERVED else f"%{octet:02X}")
        index += 1
    return "".join(out)


def utf8_character(octets: bytes) -> str:
    """The character a UTF-8 sequence encodes, "" when it is cut short or malformed: a `%C3` alone
    must stay %C3, not become U+FFFD, which could name whatever stored IRI holds one."""
    try:
        return octets.decode("utf-8")
    except UnicodeDecodeError:
        return ""


def iri_character(character: str) -> bool:
    """RFC 3987 3.2: decode only characters an IRI may hold as they are (no controls, bidi
    formatting, private use or noncharacters; these stay %XX)."""
    return unicodedata.category(character) not in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp")


def as_uri(reference: str) -> str:
    """An IRI reference as a URI (RFC 3987 3.1), for a header, which holds ASCII only."""
    return re.sub(r"[^\x00-\x7f]+", lambda m: urllib.parse.quote(m.group(), safe=""), reference)


async def known_iri(state: State, tail: str) -> str | None:
    """The IRI of the resource the path after /id/ or /doc/ names: as sent, else as one of its
    other spellings (`other_spellings`); None when the store knows none of them (or no spelling
    makes an IRI: Backend.exists binds a term, never the text)."""
    for candidate in [tail, *other_spellings(tail)]:
        iri = state.config.public_base + "id/" + candidate
        if await state.backend.exists(iri):
            return iri
    return None


async def resource(request: Request) -> Response:
    """GET /id/...: 303 See Other to the document about the thing (the thing itself is no document)."""
    state = state_of(request)
    tail = raw_tail(request, "/id/")
    iri = state.config.public_base + "id/" + tail
    if not tail:
        return problem(request, 404, f"no resource {iri}")
    if await known_iri(state, tail) is None:
        if (graph := await held_graph(state, tail)) is not None:
            return graph_redirect(request, graph)
        return problem(request, 404, f"nothing is known about {iri}")
    target = "/doc/" + tail + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})


async def held_graph(state: State, tail: str) -> str | None:
    """The named graph of the store the path after /id/ names, when no triple names it: None otherwise.

    Why: the graphs are named under /id/ (`id/graph/reference`, `id/graph/register/...`) and VoID's
    pages link each subset's `sd:name`; a graph no statement describes was 404 "nothing is known about"
    it, though the server holds it and serves its statements at /store (attack round 22)."""
    for candidate in [tail, *other_spellings(tail)]:
        if await state.backend.has_graph(iri := state.config.public_base + "id/" + candidate):
            return iri
    return None


def graph_redirect(request: Request, graph: str) -> Response:
    """303 See Other to the Graph Store's document of a graph (its statements, negotiated there); a
    `?format=` or `?output=` asked of the IRI goes with it, as /id/'s query goes to /doc/."""
    kept = [(name, value) for name, value in request.query_params.multi_items() if name in FORMAT_PARAMETERS]
    target = "/store?" + urllib.parse.urlencode([("graph", graph), *kept], quote_via=urllib.parse.quote)
    return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})


def page_number(request: Request) -> int | None:
    """The page asked for, or None (a 400). ASCII digits, at most 6 of them: `str.isdigit` is true of
    '²' and of 5,000 digits too, where int() raises (a 500 and a traceback per request; attack round 17)."""
    text = request.query_params.get("page", "1")
    if not (text.isascii() and text.isdigit() and len(text) <= 6):
        return None
    return int(text) if int(text) > 0 else None


async def unserved_suffix(state: State, tail: str) -> str | None:
    """What is wrong with `/doc/dmtf.nq` when `dmtf` is known: a suffix of no document format. It was
    "nothing is known about .../dmtf.nq", as if the resource were unknown (attack round 18)."""
    stem, dot, suffix = tail.rpartition(".")
    if not (dot and stem and suffix.isascii() and suffix.isalpha() and len(suffix) <= 10):
        return None
    if not await state.backend.exists(state.config.public_base + "id/" + stem):
        return None
    served = ", ".join(f.suffix for f in DOCUMENT_FORMATS)
    return (
        f"/doc/{stem} has no .{suffix} document: its formats are {served}, or none (negotiated by "
        "Accept); the whole store in N-Quads or TriG is under /dumps"
    )


async def document(request: Request) -> Response:
    """GET /doc/...[.ttl|.jsonld|.nt|.rdf|.html]: the resource's description, negotiated or fixed."""
    state = state_of(request)
    tail, suffix = split_suffix(raw_tail(request, "/doc/"))
    iri = state.config.public_base + "id/" + tail
    if repeated := repeated_parameter(request, ("page",)):
        return problem(request, 400, repeated)
    page = page_number(request)
    if page is None:
        return problem(request, 400, "page must be a positive whole number")
    fixed = next((f for f in DOCUMENT_FORMATS if f.suffix == suffix), None)
    choice = choose_format(request, NEGOTIATED_DOCUMENT_FORMATS, fixed)
    if choice.format is None:
        return problem(request, 406 if choice.negotiated else 400, choice.error)
    if not tail:
        return problem(request, 404, f"no document for {iri}")
    description = await describe(
        state.backend, iri, page, state.config.page_size, sources=choice.format is HTML
    )
    if not description.exists and other_spellings(tail):
        iri = await known_iri(state, tail) or iri
        description = await describe(
            state.backend, iri, page, state.config.page_size, sources=choice.format is HTML
        )
    if not description.exists:
        if page > 1 and await state.backend.exists(iri):
            return problem(request, 404, f"{iri} has no page {page} of incoming links: see page 1")
        if wrong := await unserved_suffix(state, tail):
            return problem(request, 404, wrong)
        return problem(request, 404, f"nothing is known about {iri}")
    query = "" if page == 1 else f"page={page}"
    path = "/doc/" + tail
    links = alternates(path, DOCUMENT_FORMATS, query)
    extra = [f'<{as_uri(state.pages.href(iri))}>; rel="describes"']
    versions = await versions_of(state.backend, description)
    extra += version_links(state.pages.href, versions)
    if description.has_next:
        extra.append(f'<{path}{suffix or ""}?page={page + 1}>; rel="next"')
    headers = {"Link": link_header(links, extra)}
    if choice.negotiated and choice.format in DOCUMENT_FORMATS:  # a generic name has no suffix URL
        headers["Content-Location"] = path + choice.format.suffix + (f"?{query}" if query else "")
    fmt = choice.format
    chars = literal_chars(description)

    def write() -> str | bytes:
        if fmt is HTML:
            shown = for_page(description) if chars > PAGE_TEXT_CHARS else description
            return state.pages.resource(shown, links, versions)
        return write_graph(fmt, description.rdf())

    # A large description is written in a thread (it would hold the event loop); most are written
    # at once: the hop to a thread and back cost a Turtle document about a sixth of its CPU time.
    # Large counts its literals' text too: one triple of 64 MiB was written inline (attack round 17).
    inline = description.size <= INLINE_WRITE and chars <= INLINE_CHARS
    try:
        body = write() if inline else await anyio.to_thread.run_sync(write)
    except NoXmlForm:  # the client's next format, if it takes one (round 21); else the 406 stands
        if (alternative := next_choice(request, NEGOTIATED_DOCUMENT_FORMATS, choice, pages=True)) is None:
            raise
        fmt = alternative
        if fmt in DOCUMENT_FORMATS:
            headers["Content-Location"] = path + fmt.suffix + (f"?{query}" if query else "")
        body = write() if inline else await anyio.to_thread.run_sync(write)
    return representation(request, body, fmt, negotiated=choice.negotiated, headers=headers)


def version_links(href: Callable[[str], str], versions: Versions | None) -> list[str]:
    """A version's neighbours as Link header entries with the link relations of RFC 5829, so that a
    client finds the latest version of what it holds (and the history) whatever format it asked for."""
    if versions is None:
        return []
    related = [("version-history", versions.work), ("latest-version", versions.latest.iri)]
    if versions.previous is not None:
        related.append(("predecessor-version", versions.previous.iri))
    if versions.next is not None:
        related.append(("successor-version", versions.next.iri))
    return [f'<{as_uri(href(iri))}>; rel="{relation}"' for relation, iri in related]


async def vocabulary(request: Request) -> Response:
    """GET /ontology or /shapes (and their suffix URLs): the whole graph, or its HTML documentation."""
    state = state_of(request)
    name, suffix = split_suffix(request.url.path.lstrip("/"))
    graph_iri = str(ONTOLOGY_IRI) if name == "ontology" else str(SHAPES_IRI)
    public = state.config.public_base + name
    fixed = next((f for f in DOCUMENT_FORMATS if f.suffix == suffix), None)
    choice = choose_format(request, NEGOTIATED_DOCUMENT_FORMATS, fixed)
    if choice.format is None:
        return problem(request, 406 if choice.negotiated else 400, choice.error)
    triples = await state.cached(f"vocabulary-{name}", lambda: state.backend.graph_triples(graph_iri))
    if not triples:
        return problem(request, 404, f"the store holds no graph <{graph_iri}>")
    links = alternates("/" + name, DOCUMENT_FORMATS)
    headers = {"Link": link_header(links)}
    if choice.negotiated and choice.format in DOCUMENT_FORMATS:
        headers["Content-Location"] = f"/{name}{choice.format.suffix}"
    fmt = choice.format

    def write() -> str | bytes:
        if fmt is HTML:
            sections = ONTOLOGY_SECTIONS if name == "ontology" else SHAPES_SECTIONS
            return state.pages.vocabulary(public, triples, sections, links)
        return write_graph(fmt, triples)

    # Written once per data generation and format, in a thread (off the event loop).
    body = await state.cached(f"vocabulary-{name}-{fmt.key}", lambda: anyio.to_thread.run_sync(write))
    return representation(request, body, fmt, negotiated=choice.negotiated, headers=headers)


async def home(request: Request) -> Response:
    state = state_of(request)
    today = dt.date.today()

    async def render() -> str:
        listings = []
        for key, cls, title in HOME_LISTINGS:
            listing = await list_class(state.backend, cls, title, limit=HOME_LISTED)
            listings.append({"key": key, "title": title, "members": listing.items, "total": listing.total})
        sizes = await graph_sizes(state)
        return state.pages.render(
            "home.html",
            title="Alliance knowledge graph",
            listings=listings,
            triples=f"{sum(n for _, n in sizes):,}",
            graphs=len(sizes),
            due=await due_summary(state, today),
            today=today.isoformat(),
        )

    # Once per data generation and day: what is due changes with the date as well as with the data.
    body = await state.cached(f"home-{today.isoformat()}", render)
    return representation(
        request, body, HTML, negotiated=False, headers={"Link": '</.well-known/void>; rel="describedby"'}
    )


# --- The collaboration network picture (drawn by kg.network.draw) ------------------------------

PICTURE_TYPES = {"svg": "image/svg+xml", "png": "image/png"}


def draw(backend, fmt: str) -> bytes:
    from kg.network.draw import network_picture
    from kg.network.graphs import build_network

    with backend.knowledge_graph() as store:
        network = build_network(store, "organizations")
    return network_picture(network, fmt)


async def network_picture(request: Request) -> Response:
    state = state_of(request)
    fmt = request.path_params["fmt"]
    if fmt not in PICTURE_TYPES:
        return problem(request, 404, "the network picture is available as .svg or .png")
    try:
        picture = await state.cached(
            f"network-{fmt}", lambda: anyio.to_thread.run_sync(draw, state.backend, fmt)
        )
    except ImportError as error:
        return problem(request, 503, f"drawing the network needs kg.network.graphs and matplotlib: {error}")
    return Response(picture, media_type=PICTURE_TYPES[fmt], headers={"Cache-Control": "public, max-age=300"})


async def network_page(request: Request) -> Response:
    state = state_of(request)
    try:
        import kg.network.draw  # noqa: F401

        available, reason = True, ""
    except ImportError as error:
        available, reason = False, f"drawing the network needs kg.network.graphs and matplotlib: {error}"
    body = state.pages.render(
        "network.html", title="Collaboration network", available=available, reason=reason
    )
    return Response(body, media_type="text/html")
