"""The dataset as a whole: VoID at /.well-known/void, dumps, and the Graph Store Protocol read side.

Why: crawlers and catalogues find a dataset through `/.well-known/void` (VoID, section 7),
which says how big it is, what it uses, where its SPARQL endpoint and dumps are; dumps
carry ETag and Last-Modified so that mirrors download them again only when they changed
(conditional GET answers 304).
"""

from __future__ import annotations

import gzip
import urllib.parse
from dataclasses import dataclass

import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from kg.model.namespaces import AKG, ONTOLOGY_IRI, PREFIXES, RDF_TYPE, SD, VOID, XSD_INTEGER
from kg.server.context import (
    State,
    alternates,
    choose_format,
    http_date,
    link_header,
    next_choice,
    problem,
    representation,
    state_of,
)
from kg.server.describe import fetch_labels, is_iri
from kg.server.formats import (
    DESCRIPTION_FORMATS,
    GRAPH_FORMATS,
    HTML,
    N_QUADS,
    NEGOTIATED_DESCRIPTION_FORMATS,
    RDF_PLAIN_TEXT,
    TRIG,
    TURTLE,
    Format,
)
from kg.server.html import Alternate
from kg.server.preconditions import conditional_status, etag_of
from kg.server.queries import bound, iri_nodes, query_text
from kg.server.results import NoXmlForm, write_dataset, write_graph

DCTERMS = PREFIXES["dcterms"]
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
DUMP_NAME = "alliance-kg"
DUMP_FORMATS: dict[str, Format] = {".trig": TRIG, ".nq": N_QUADS, ".ttl": TURTLE}


def number(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD_INTEGER))


@dataclass
class Statistics:
    triples: int
    subjects: int
    objects: int
    classes: list[tuple[str, int]]
    properties: list[tuple[str, int]]
    examples: list[str]
    license: str


async def count(state: State, query: str) -> int:
    _, rows = await state.backend.select(query)
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


async def statistics(state: State) -> Statistics:
    """Counts over our named graphs (a remote Virtuoso also holds system graphs, left out).

    Triples are counted once however many graphs state them: the dataset is the union of its
    graphs, an RDF graph (a set); each graph's own size is in its subset (graph_sizes).
    """

    async def compute() -> Statistics:
        served = iri_nodes(await state.backend.graphs())
        _, classes = await state.backend.select(bound("dataset-classes", graph=served))
        _, properties = await state.backend.select(bound("dataset-properties", graph=served))
        _, examples = await state.backend.select(query_text("dataset-examples"))
        ontology = ox.NamedNode(ONTOLOGY_IRI)
        _, licenses = await state.backend.select(bound("ontology-license", ontology=ontology))
        return Statistics(
            triples=await count(state, bound("dataset-triples", graph=served)),
            subjects=await count(state, bound("dataset-subjects", graph=served)),
            objects=await count(state, bound("dataset-objects", graph=served)),
            classes=[(r[0].value, int(r[1].value)) for r in classes if isinstance(r[0], ox.NamedNode)],
            properties=[(r[0].value, int(r[1].value)) for r in properties],
            examples=[r[0].value for r in examples],
            license=licenses[0][0].value if licenses else DEFAULT_LICENSE,
        )

    return await state.cached("statistics", compute)


def void_triples(
    state: State, stats: Statistics, root: str, graphs: list[tuple[str, int]]
) -> list[ox.Triple]:
    void = lambda name: ox.NamedNode(VOID + name)  # noqa: E731
    a = ox.NamedNode(RDF_TYPE)
    base = state.config.public_base
    dataset = ox.NamedNode(base + ".well-known/void#dataset")
    triples = [
        ox.Triple(dataset, a, void("Dataset")),
        ox.Triple(
            dataset, ox.NamedNode(DCTERMS + "title"), ox.Literal("Alliance knowledge graph", language="en")
        ),
        ox.Triple(
            dataset,
            ox.NamedNode(DCTERMS + "description"),
            ox.Literal(
                "Standards organizations, their units, specifications and the work registers in which they "
                "collaborate.",
                language="en",
            ),
        ),
        ox.Triple(dataset, ox.NamedNode(DCTERMS + "license"), ox.NamedNode(stats.license)),
        ox.Triple(dataset, void("uriSpace"), ox.Literal(base + "id/")),
        ox.Triple(dataset, void("sparqlEndpoint"), ox.NamedNode(root + "sparql")),
        ox.Triple(dataset, void("vocabulary"), ox.NamedNode(str(AKG))),
        ox.Triple(dataset, void("triples"), number(stats.triples)),
        ox.Triple(dataset, void("distinctSubjects"), number(stats.subjects)),
        ox.Triple(dataset, void("distinctObjects"), number(stats.objects)),
        ox.Triple(dataset, void("classes"), number(len(stats.classes))),
        ox.Triple(dataset, void("properties"), number(len(stats.properties))),
        ox.Triple(dataset, void("rootResource"), ox.NamedNode(base + "ontology")),
    ]
    triples += [ox.Triple(dataset, void("exampleResource"), ox.NamedNode(x)) for x in stats.examples]
    for suffix, fmt in DUMP_FORMATS.items():
        for extension in (suffix, suffix + ".gz"):
            triples.append(
                ox.Triple(dataset, void("dataDump"), ox.NamedNode(f"{root}dumps/{DUMP_NAME}{extension}"))
            )
        triples.append(ox.Triple(dataset, void("feature"), ox.NamedNode(fmt.syntax.iri)))
    for index, (cls, entities) in enumerate(stats.classes):
        part = ox.BlankNode(f"class{index}")
        triples += [
            ox.Triple(dataset, void("classPartition"), part),
            ox.Triple(part, void("class"), ox.NamedNode(cls)),
            ox.Triple(part, void("entities"), number(entities)),
        ]
    for index, (prop, size) in enumerate(stats.properties):
        part = ox.BlankNode(f"property{index}")
        triples += [
            ox.Triple(dataset, void("propertyPartition"), part),
            ox.Triple(part, void("property"), ox.NamedNode(prop)),
            ox.Triple(part, void("triples"), number(size)),
        ]
    for graph, size in graphs:
        subset = ox.BlankNode("subset" + str(abs(hash(graph))))
        triples += [
            ox.Triple(dataset, void("subset"), subset),
            ox.Triple(subset, a, void("Dataset")),
            ox.Triple(
                subset,
                ox.NamedNode(SD + "name"),
                ox.NamedNode(graph),
            ),
            ox.Triple(subset, void("triples"), number(size)),
        ]
    return triples


async def void_document(request: Request) -> Response:
    from kg.server.sparql import graph_sizes

    state = state_of(request)
    path = request.url.path
    base_path, suffix = (
        (path[: -len(f.suffix)], f)
        if (f := next((f for f in DESCRIPTION_FORMATS if path.endswith(f.suffix)), None))
        else (path, None)
    )
    choice = choose_format(request, NEGOTIATED_DESCRIPTION_FORMATS, suffix)
    if choice.format is None:
        return problem(request, 406 if choice.negotiated else 400, choice.error)
    root = str(request.base_url)
    triples = void_triples(state, await statistics(state), root, await graph_sizes(state))
    links = alternates(base_path, DESCRIPTION_FORMATS)
    headers = {"Link": link_header(links)}
    if choice.negotiated and choice.format in DESCRIPTION_FORMATS:  # a generic name has no suffix URL
        headers["Content-Location"] = base_path + choice.format.suffix
    body: str | bytes
    if choice.format is HTML:
        iris = {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}
        body = state.pages.graph(
            "Dataset description (VoID)", triples, await fetch_labels(state.backend, iris), links
        )
    else:
        body = write_graph(choice.format, triples)
    return representation(
        request,
        body,
        choice.format,
        negotiated=choice.negotiated,
        headers=headers,
        last_modified=state.backend.last_modified(),
    )


# --- Dumps ------------------------------------------------------------------------------------


async def union_triples(state: State) -> list[ox.Triple]:
    """The default graph of the endpoint (the union of the named graphs), once per generation."""

    async def make() -> list[ox.Triple]:
        quads = await state.cached("quads", state.backend.quads)
        return await anyio.to_thread.run_sync(lambda: list(dict.fromkeys(q.triple for q in quads)))

    return await state.cached("union", make)


async def dump_bytes(state: State, suffix: str, compressed: bool) -> tuple[bytes, str]:
    async def make() -> tuple[bytes, str]:
        quads = await state.cached("quads", state.backend.quads)
        fmt = DUMP_FORMATS[suffix]
        union = await union_triples(state) if fmt is TURTLE else []

        def write() -> tuple[bytes, str]:  # in a thread: the whole dataset, written and compressed
            data = write_graph(TURTLE, union) if fmt is TURTLE else write_dataset(fmt, quads)
            if compressed:
                data = gzip.compress(data, mtime=0)
            return data, etag_of(data)

        return await anyio.to_thread.run_sync(write)

    return await state.cached(f"dump{suffix}{'.gz' if compressed else ''}", make)


async def dump(request: Request) -> Response:
    state = state_of(request)
    name = request.path_params["name"]
    compressed = name.endswith(".gz")
    stem = name.removesuffix(".gz")
    suffix = next((s for s in DUMP_FORMATS if stem == DUMP_NAME + s), None)
    if suffix is None:
        return problem(request, 404, f"no dump {name}: see /dumps")
    data, tag = await dump_bytes(state, suffix, compressed)
    modified = state.backend.last_modified()
    headers = {
        "ETag": tag,
        "Last-Modified": http_date(modified),
        "Cache-Control": "public, max-age=0, must-revalidate",
    }
    if status := conditional_status(request, tag, modified):
        return Response(status_code=status, headers=headers)
    media_type = "application/gzip" if compressed else DUMP_FORMATS[suffix].content_type
    headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return Response(data, media_type=media_type, headers=headers)


async def dumps_page(request: Request) -> Response:
    state = state_of(request)
    items = "".join(
        f'<li><a href="/dumps/{DUMP_NAME}{s}{z}">{DUMP_NAME}{s}{z}</a> '
        f"({f.label}{', gzip' if z else ''})</li>"
        for s, f in DUMP_FORMATS.items()
        for z in ("", ".gz")
    )
    from markupsafe import Markup

    body = state.pages.render(
        "graph.html",
        title="Dumps",
        subjects=[("Files", Markup(f"<ul id='dumps'>{items}</ul>"))],
        intro="The whole dataset: TriG and N-Quads keep the named graphs; Turtle is their union.",
    )
    return Response(body, media_type="text/html")


# --- Graph Store HTTP Protocol, read side -------------------------------------------------------


async def graph_store(request: Request) -> Response:
    """GET ?graph=IRI or ?default (the union, as the SPARQL endpoint's default graph); writes are 405.

    The whole graph in an RDF format (the default graph's written once per generation); as HTML
    its first `max_html_rows` triples, with links to the rest: written off the event loop, since
    a page of the whole store took 3 s and 22 MB and held up every other request meanwhile.
    """
    state = state_of(request)
    if request.method in ("PUT", "POST", "DELETE"):
        from kg.server.graph_store import write  # the write side (with the update token)

        return await write(request)
    if request.method not in ("GET", "HEAD"):
        from kg.server.graph_store import allowed_methods

        message = f"{request.method} is not a Graph Store operation"
        return problem(request, 405, message, {"Allow": allowed_methods(state)})
    keys = [k for k, _ in request.query_params.multi_items()]
    graphs = request.query_params.getlist("graph")
    if ("default" in keys) == bool(graphs) or len(graphs) > 1:
        return problem(request, 400, "name exactly one graph: ?graph=IRI or ?default")
    choice = choose_format(request, GRAPH_FORMATS)
    if choice.format is None:
        return problem(request, 406 if choice.negotiated else 400, choice.error)
    fmt = choice.format
    if graphs:
        if not is_iri(graphs[0]):
            return problem(request, 400, f"not an absolute IRI: {graphs[0]!r}")
        if graphs[0] not in await state.backend.graphs():
            return problem(request, 404, f"no graph <{graphs[0]}> in this store")
        triples = await state.backend.graph_triples(graphs[0])
    else:
        triples = await union_triples(state)
    if fmt is HTML:
        title, labels = (
            graphs[0] if graphs else "Default graph (union)",
            await fetch_labels(state.backend, set()),
        )
        links = machine_formats(graphs[0] if graphs else None)
        limit = state.config.max_html_rows
        body: str | bytes = await anyio.to_thread.run_sync(
            lambda: state.pages.graph(title, triples, labels, links, limit=limit)
        )
    else:
        try:
            body = await written_graph(state, fmt, triples, bool(graphs))
        except NoXmlForm:  # the client's next format, if it takes one (round 21); else the 406 stands
            if (alternative := next_choice(request, GRAPH_FORMATS, choice)) is None:
                raise
            fmt = alternative
            body = await written_graph(state, fmt, triples, bool(graphs))
    return representation(
        request,
        body,
        fmt,
        negotiated=choice.negotiated,
        last_modified=state.backend.last_modified(),
    )


async def written_graph(state: State, fmt: Format, triples: list[ox.Triple], named: bool) -> bytes:
    """A graph in `fmt`, written in a thread; the default graph (the union) once per generation and format."""
    if named:
        return await anyio.to_thread.run_sync(write_graph, fmt, triples)
    return await state.cached(f"union-{fmt.key}", lambda: anyio.to_thread.run_sync(write_graph, fmt, triples))


def machine_formats(graph: str | None) -> list[Alternate]:
    """The same graph of the graph store in each RDF format (links of its HTML page)."""
    name = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    return [
        Alternate(f.media_type, f"/store?{name}&format={f.key}", f.label)
        for f in GRAPH_FORMATS
        if f not in (HTML, RDF_PLAIN_TEXT)  # N-Triples is linked once, by its own type
    ]
