"""What a resource page says: the concise bounded description, labels, incoming links, provenance.

Why these parts (Linked Data practice, and what front ends such as Pubby show): the concise
bounded description (CBD) is every triple with the resource as subject, plus, recursively,
those of the blank nodes it reaches, so a client gets everything we say about the resource
and nothing it cannot dereference elsewhere; labels of what it links to let a client show
names without one request per link; incoming links are bounded and paged, because a popular
resource (an organization party to thousands of registers) would otherwise make every page
huge and slow.

The parts come from `Backend.describe_parts`: straight from the indexes of the embedded
store (exact CBD, one thread hop, about a millisecond), or by three SPARQL queries to a
remote store (blank nodes followed four levels deep in one CONSTRUCT, since blank-node
labels are not stable across requests there).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError
from kg.model.namespaces import LABEL_PREDICATES, MAX_LABELLED, RDF_TYPE
from kg.model.provenance import OA
from kg.server.backend import Backend, Row
from kg.server.page_queries import MAX_DETAILED, MAX_SOURCE_ROWS, OA_HAS_SOURCE
from kg.server.queries import bound, iri_node


def is_iri(iri: str) -> bool:
    """Whether `iri` is an absolute IRI (RFC 3987, as the store parses it: kg.server.queries.iri_node).

    Why it matters: only a term is ever bound into a query (kg.sparql.named), so what is no IRI
    names nothing (404, or 400 where a client had to send an IRI); no character of it is refused
    for the sake of query syntax."""
    return iri_node(iri) is not None


@dataclass
class Labels:
    """Labels by IRI, best first (skos:prefLabel, rdfs:label, ...; English or untagged first)."""

    by_iri: dict[str, list[tuple[str, ox.Literal]]] = field(default_factory=dict)
    shown: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """What a page made of these labels (the best one, a link's HTML), kept while no label is
    added: a page names the same predicates and organizations dozens of times."""

    def add(self, iri: str, predicate: str, label: ox.Literal) -> None:
        self.by_iri.setdefault(iri, []).append((predicate, label))
        if self.shown:
            self.shown.clear()

    def best(self, iri: str) -> str | None:
        key = ("best", iri)
        if key in self.shown:
            return self.shown[key]
        found = self.by_iri.get(iri)
        best = min(found, key=label_rank)[1].value if found else None
        self.shown[key] = best
        return best

    def triples(self) -> list[ox.Triple]:
        return [
            ox.Triple(named_node(iri), named_node(p), label)
            for iri, found in self.by_iri.items()
            for p, label in found
        ]


@lru_cache(maxsize=100_000)
def named_node(iri: str) -> ox.NamedNode:
    """An IRI as a term, made once: ox.NamedNode parses and checks the IRI each time, which was an
    eighth of a Turtle document's time (the same predicates and linked resources recur)."""
    return ox.NamedNode(iri)


def label_rank(item: tuple[str, ox.Literal]) -> tuple[int, int]:
    """Labels by predicate (LABEL_PREDICATES' order), then English or untagged first."""
    predicate, label = item
    language = label.language or ""
    english = language in ("", "en") or language.startswith("en-")
    return LABEL_PREDICATES.index(predicate), 0 if english else 1


async def fetch_labels(backend: Backend, iris: set[str]) -> Labels:
    labels = Labels()
    for x, p, label in await backend.label_rows(sorted(i for i in iris if is_iri(i))[:MAX_LABELLED]):
        labels.add(x, p, label)
    return labels


Term = ox.NamedNode | ox.BlankNode | ox.Literal
Pairs = list[tuple[ox.NamedNode, Term]]


@dataclass(frozen=True)
class Source:
    """One quoted passage of a source document and the fact it stands for.

    `body` is what the annotation is about: the resource, a part of it (a milestone), or a
    statement; for a statement, `subject`, `predicate` and `object` name the fact it reifies.
    `start` and `end` are character offsets into the source document's text.
    """

    annotation: str
    body: Term
    subject: Term | None
    predicate: str | None
    object: Term | None
    quote: str
    start: int | None
    end: int | None
    document: str | None


@dataclass
class Description:
    """Everything a resource document shows."""

    iri: str
    triples: list[ox.Triple]
    incoming: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode]]
    labels: Labels
    page: int
    page_size: int
    has_next: bool
    sources: list[Source] = field(default_factory=list)
    sources_truncated: bool = False
    details: dict[str, Pairs] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    owners: dict[str, Pairs] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """About how much a page of it is to write: its triples, links, labels, records and sources."""
        return (
            len(self.triples)
            + len(self.incoming)
            + len(self.labels.by_iri)
            + sum(len(pairs) for pairs in self.details.values())
            + len(self.owners)
            + len(self.sources)
        )

    @property
    def exists(self) -> bool:
        """Something is said about the resource on this page: pages after the first exist only to
        page incoming links, so one past the last (or of an unknown resource) is no page."""
        return bool(self.incoming) if self.page > 1 else bool(self.triples or self.incoming)

    def rdf(self) -> list[ox.Triple]:
        """CBD, labels of linked resources, and this page of incoming links, without duplicates."""
        subject = ox.NamedNode(self.iri)
        seen: dict[ox.Triple, None] = dict.fromkeys(self.triples)
        seen.update(dict.fromkeys(self.labels.triples()))
        seen.update(dict.fromkeys(ox.Triple(s, p, subject) for s, p in self.incoming))
        return list(seen)


PAGE_TEXT_CHARS = 10_000
"""Characters of one literal an HTML resource page shows; the machine formats carry it whole."""


def literal_chars(description: Description) -> int:
    """The characters of the literals a description holds (its triples, labels, records, owners'
    records and quoted passages): what writing it costs beside its count of parts (`size`)."""
    terms = [t.object for t in description.triples]
    terms += [label for found in description.labels.by_iri.values() for _, label in found]
    terms += [v for pairs in (*description.details.values(), *description.owners.values()) for _, v in pairs]
    chars = sum(len(term.value) for term in terms if isinstance(term, ox.Literal))
    return chars + sum(len(source.quote) for source in description.sources)


def for_page(description: Description) -> Description:
    """The description with each literal longer than PAGE_TEXT_CHARS cut there, for its HTML page.

    Why (attack round 17): a label of 64 MiB (one SPARQL Update with the token, CONCAT doubling; a
    store made elsewhere would do) made its HTML page 201 MB, written three times over (title, heading,
    statements) in 5.7 s on the event loop; eight visitors at once took 54 s each, held every other
    request as long (VoID: 53 s) and grew the server to 2.8 GB. A cut literal becomes a plain string
    saying how long the whole is (its datatype or language may not fit what is left)."""

    def cut(term: Any) -> Any:
        if not isinstance(term, ox.Literal) or len(value := term.value) <= PAGE_TEXT_CHARS:
            return term
        return ox.Literal(
            f"{value[:PAGE_TEXT_CHARS]}… ({len(value):,} characters; the whole in the Turtle or JSON-LD "
            "document)"
        )

    def cut_pairs(pairs: Pairs) -> Pairs:
        return [(p, cut(v)) for p, v in pairs]

    labels = Labels()
    for iri, found in description.labels.by_iri.items():
        for predicate, label in found:
            labels.add(iri, predicate, cut(label))
    return dataclasses.replace(
        description,
        triples=[ox.Triple(t.subject, t.predicate, cut(t.object)) for t in description.triples],
        labels=labels,
        details={iri: cut_pairs(pairs) for iri, pairs in description.details.items()},
        owners={iri: cut_pairs(pairs) for iri, pairs in description.owners.items()},
        sources=[
            dataclasses.replace(source, quote=cut(ox.Literal(source.quote)).value)
            if len(source.quote) > PAGE_TEXT_CHARS
            else source
            for source in description.sources
        ],
    )


async def describe(
    backend: Backend, iri: str, page: int = 1, page_size: int = 100, sources: bool = False
) -> Description:
    """The description of `iri`: CBD, labels of what it links to, one page of incoming links.

    With `sources` (the HTML page) also its source sentences, the records of its parts and of
    what links here, and the classes the page is laid out by: two more bounded queries.
    """
    # The source sentences come in the same trip to the store as the description.
    offset = (page - 1) * page_size
    parts = await backend.describe_parts(iri, page_size + 1, offset, LABEL_PREDICATES, sources)
    incoming = parts.incoming[:page_size]
    labels = Labels()
    for x, p, label in parts.labels:
        labels.add(x, p, label)
    description = Description(
        iri, parts.triples, incoming, labels, page, page_size, len(parts.incoming) > page_size
    )
    if sources:
        rows = parts.extra + await passages(backend, iri, parts.triples, incoming)
        description.sources = [source_of(row) for row in rows[:MAX_SOURCE_ROWS]]
        description.sources_truncated = len(rows) > MAX_SOURCE_ROWS
        await add_details(backend, description)
    return description


async def passages(backend: Backend, iri: str, triples: list[ox.Triple], incoming: list) -> list[Row]:
    """The passages a source document or an annotation holds (provenance_query finds those about a
    resource): one more query, on their pages only."""
    node = iri_node(iri)
    if node is None:
        return []
    if any(p.value == OA_HAS_SOURCE for _, p in incoming):
        return (await backend.select(bound("document-passages", document=node)))[1]
    annotation = ox.Triple(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(f"{OA}Annotation"))
    if annotation in triples:
        return (await backend.select(bound("annotation-passages", annotation=node)))[1]
    return []


def detailed_nodes(description: Description) -> list[str]:
    """The nodes a page shows as records: IRIs the resource links to, and IRIs that link to it."""
    subject = ox.NamedNode(description.iri)
    linked = [t.object for t in description.triples if t.subject == subject and t.predicate.value != RDF_TYPE]
    linking = [s for s, _ in description.incoming]
    nodes = dict.fromkeys(
        n.value for n in (*linked, *linking) if isinstance(n, ox.NamedNode) and n.value != description.iri
    )
    return list(nodes)[:MAX_DETAILED]


async def add_details(backend: Backend, description: Description) -> None:
    """The triples and classes of the detailed nodes, and labels of what those triples name."""
    nodes = detailed_nodes(description)
    typed = [description.iri, *nodes] if is_iri(description.iri) else nodes
    if not typed:
        return
    found = await backend.node_details(nodes, typed)
    description.classes, description.owners, description.details = found.classes, found.owners, found.details
    named = {
        o.value
        for pairs in (*description.details.values(), *description.owners.values())
        for _, o in pairs
        if isinstance(o, ox.NamedNode)
    }
    for source in description.sources:  # what the facts of the source sentences name
        named.update(
            t.value for t in (source.subject, source.object, source.body) if isinstance(t, ox.NamedNode)
        )
        named.update([source.predicate] if source.predicate else [])
        named.update([source.document] if source.document else [])  # each passage cites its document
    named -= set(description.labels.by_iri)
    more = await fetch_labels(backend, named)
    for iri, labelled in more.by_iri.items():
        for p, label in labelled:
            description.labels.add(iri, p, label)


def source_of(row: tuple) -> Source:
    """A provenance row (annotation, body, subject, predicate, object, quote, start, end, document)."""
    annotation, body, subject, predicate, obj, exact, start, end, document = row
    return Source(
        annotation.value,
        body,
        subject,
        predicate.value if predicate is not None else None,
        obj,
        exact.value,
        offset(start),
        offset(end),
        document.value if document is not None else None,
    )


def offset(term: Term | None) -> int | None:
    """A character offset, or None when missing or not a whole number (a page shows what it can)."""
    try:
        return int(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:
        return None


# --- Listings for the home page and the vocabulary documentation -----------------------------


@dataclass
class Listing:
    """Members of a class, labelled and sorted by label (bounded: the home page is not a dump)."""

    cls: str
    title: str
    items: list[tuple[str, str]]
    total: int


async def list_class(backend: Backend, cls: str, title: str, limit: int = 200) -> Listing:
    """Members of `cls` and its subclasses, latest versions only (queries/server/class-members.rq)."""
    node = ox.NamedNode(cls)  # the server's own classes, never a visitor's text
    _, rows = await backend.select(bound("class-members", **{"class": node, "limit": limit}))
    members = {row[0].value for row in rows}
    _, count = await backend.select(bound("class-count", **{"class": node}))
    total = int(count[0][0].value) if count and count[0][0] is not None else len(members)
    labels = await fetch_labels(backend, members)
    items = sorted(
        ((iri, labels.best(iri) or local_name(iri)) for iri in members), key=lambda i: i[1].lower()
    )
    return Listing(cls, title, items, total)


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


# --- Versions: a version's neighbours and its changes from the previous one -------------------------

IS_VERSION_OF = "http://purl.org/dc/terms/isVersionOf"


@dataclass(frozen=True)
class VersionRow:
    """One version of a work, as the named query register-versions lists it."""

    iri: str
    graph: str
    position: int
    version: str | None
    date: str | None
    latest: bool

    @property
    def name(self) -> str:
        """`version 1.1`, else its date, else the last segment of its IRI."""
        if self.version:
            return f"version {self.version}"
        return self.date or self.iri.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Versions:
    """Where a version stands among its work's versions, and what changed from the previous one
    (kg.model.changes, the comparison `kg diff` makes), for the version's page."""

    iri: str
    work: str
    work_title: str | None
    all: list[VersionRow]
    changes: list[str] = field(default_factory=list)
    unchanged: bool = False
    problem: str | None = None
    """Why the changes could not be computed (a graph that is not one alliance document)."""

    @property
    def this(self) -> VersionRow:
        return next(row for row in self.all if row.iri == self.iri)

    def _at(self, offset: int) -> VersionRow | None:
        index = self.all.index(self.this) + offset
        return self.all[index] if 0 <= index < len(self.all) else None

    @property
    def previous(self) -> VersionRow | None:
        return self._at(-1)

    @property
    def next(self) -> VersionRow | None:
        return self._at(1)

    @property
    def latest(self) -> VersionRow:
        return next((row for row in self.all if row.latest), self.all[-1])


def is_version(description: Description) -> bool:
    """Whether the page's resource is a version of a work (so worth asking for its versions)."""
    subject = ox.NamedNode(description.iri)
    return any(t.subject == subject and t.predicate.value == IS_VERSION_OF for t in description.triples)


async def versions_of(backend: Backend, description: Description) -> Versions | None:
    """The versions of the page's resource's work and its changes from the previous version; None for
    a resource that is no version of a work (most pages: they ask nothing more)."""
    import anyio.to_thread

    if not is_version(description):
        return None
    return await anyio.to_thread.run_sync(read_versions, backend, description.iri)


def read_versions(backend: Backend, iri: str) -> Versions | None:
    """register-versions (a named query, `document` bound as a parameter), then the two graphs compared."""
    from rdflib import URIRef

    with backend.knowledge_graph() as store:
        rows = store.select("register-versions", {"document": URIRef(iri)})
        found = [version_row(row) for row in rows if row.get("work") is not None]
        if not any(row.iri == iri for row in found):
            return None
        first = next(row for row in rows if row.get("work") is not None)
        title = first.get("workTitle")
        versions = Versions(iri, str(first["work"]), None if title is None else str(title), found)
        previous = versions.previous
        if previous is not None:
            compare_graphs(
                versions, store.graph(URIRef(previous.graph)), store.graph(URIRef(versions.this.graph))
            )
    return versions


def version_row(row: dict) -> VersionRow:
    def text(name: str) -> str | None:
        value = row.get(name)
        return None if value is None else str(value)

    return VersionRow(
        iri=str(row["register"]),
        graph=str(row["graph"]),
        position=int(str(row["position"])),
        version=text("version"),
        date=text("date"),
        latest=str(row.get("latest")).lower() == "true",
    )


def compare_graphs(versions: Versions, old: Any, new: Any) -> None:
    """The changes from the previous version, in the domain's terms, as `kg diff` words them."""
    from kg.model.changes import Side, compare_sides, stated

    previous = versions.previous
    assert previous is not None
    try:
        result = compare_sides(
            Side(previous.name, stated(old)), Side(versions.this.name, stated(new)), reference_graph()
        )
    except KgError as error:
        versions.problem = str(error)
        return
    versions.changes = [change.line() for change in result.changes]
    others = len(result.other_removed) + len(result.other_added)
    if others:
        removed, added = len(result.other_removed), len(result.other_added)
        versions.changes.append(f"other changed statements: {others} ({removed} removed, {added} added)")
    versions.unchanged = result.equal


@lru_cache(maxsize=1)
def reference_graph() -> Any:
    """The reference data (organizations' acronyms and labels the changes name), read once."""
    from kg.model.rdfio import load_graph
    from kg.model.sources import default_sources

    return load_graph(default_sources().reference_files)
