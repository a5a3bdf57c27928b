"""Versions as linked resources: at ingest, a document is linked to the other versions of its work.

Each version of an alliance document is its own resource and named graph (kg.extract.identity gives
it its own IRI). The versions of one document are versions of one *work*, `.../id/work/SLUG`, the
slug being the title without version or date (`kg.extract.identity.work_slug`). Each version's graph
says which work it is a version of (`dcterms:isVersionOf`), which version it revises and replaces
(`prov:wasRevisionOf`, `dcterms:replaces`) and which one replaces it (`dcterms:isReplacedBy`); the
work's own graph, `.../id/graph/work/SLUG`, lists its versions (`dcterms:hasVersion`) and marks the
latest (`akg:latestVersion`). A register addendum is linked to the work it amends (`akg:amends`),
found by the title it names.

Why the order comes from the documents and not from the ingest: versions are often ingested out of
order (an archive found later, a folder read in name order). The order is by version number
(1.9 < 1.10 < 1.10a), then by the document's own date, then by IRI, so ingesting in any order
gives the same links. Every graph whose links change is rewritten in the same transaction as the
new document (kg.store.embedded.EmbeddedStore.replace_graphs), so the store never holds a chain
with two latest versions or a dangling link.

The links are not facts a document states: they are left out when the ingest compares a stored
graph with a new extraction, and by `kg diff` (kg.model.changes.LINK_PREDICATES), so a re-read
document is still "unchanged".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from kg.extract.identity import VERSION_NUMBER, words_slug, work_slug
from kg.model.changes import VERSION_LINKS
from kg.model.namespaces import AKG, GRAPH, ID, bind_prefixes, local_name

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.store.embedded import EmbeddedStore

WORK = Namespace(ID + "work/")
WORK_GRAPH = Namespace(GRAPH + "work/")
DATE_PREDICATES = (
    AKG.effectiveDate,
    AKG.dateSigned,
    AKG.dateInitiated,
    AKG.initiatedIn,
    AKG.dateApproved,
    AKG.datePublished,
    AKG.meetingDate,
)
"""A document's own date, in the order kg.extract.identity.own_date prefers them."""
VERSIONED_KINDS = frozenset(
    {AKG.WorkRegister, AKG.MemorandumOfUnderstanding, AKG.RegisterAddendum, AKG.AlliancePage}
)
"""The kinds of document that are revised and reissued. A liaison statement or a meeting record is
one communication: two of them with one title ("Joint meeting minutes") are two documents, never two
versions of one, and must not hide each other from the queries' latest-version default."""
VERSION_PART = re.compile(r"(\d+)([a-z]*)", re.IGNORECASE)


# --- One version, as its graph describes it -------------------------------------------------------


@dataclass(frozen=True)
class Version:
    """One document of a work: its IRI, graph and what orders it among the work's versions."""

    document: URIRef
    graph: URIRef
    version: str | None
    date: str | None
    title: str

    def order(self) -> tuple[tuple[tuple[int, str], ...], str, str]:
        """Version number first (parts compared as numbers: 1.9 < 1.10), then own date, then IRI."""
        return version_key(self.version), self.date or "", str(self.document)

    @property
    def label(self) -> str:
        """How a page or message names it: `version 1.1`, else its date, else its IRI's last segment."""
        if self.version:
            return f"version {self.version}"
        return self.date or str(self.document).rsplit("/", 1)[-1]


def version_key(version: str | None) -> tuple[tuple[int, str], ...]:
    """ "1.3d" -> ((1, ""), (3, "d")); no version number -> () (before every numbered version)."""
    if not version:
        return ()
    match = VERSION_NUMBER.search(version)
    if match is None:
        return ()
    return tuple((int(n), letters.lower()) for n, letters in VERSION_PART.findall(match.group("number")))


def topic_of(graph: Graph) -> URIRef | None:
    """The document a document graph is about (its graph node's foaf:primaryTopic)."""
    topic = graph.value(graph.identifier, FOAF.primaryTopic)
    if isinstance(topic, URIRef):
        return topic
    nodes = graph.subjects(RDF.type, AKG.RegisterGraph)
    topics = {t for g in nodes for t in graph.objects(g, FOAF.primaryTopic) if isinstance(t, URIRef)}
    return topics.pop() if len(topics) == 1 else None


def version_of(graph: Graph) -> Version | None:
    """The version a document graph holds (None for a graph that is not about one document)."""
    document = topic_of(graph)
    if document is None or not isinstance(graph.identifier, URIRef):
        return None
    version = graph.value(document, AKG.version)
    date = next((d for p in DATE_PREDICATES for d in sorted(map(str, graph.objects(document, p)))), None)
    title = graph.value(document, DCTERMS.title)
    return Version(
        document,
        graph.identifier,
        None if version is None else str(version),
        date,
        "" if title is None else str(title),
    )


def party_names(graph: Graph, document: URIRef) -> list[str]:
    """The local names of the document's parties' IRIs (dmtf, ogf), as the alliance's IRI uses them."""
    return [local_name(str(p)) for p in graph.objects(document, AKG.party)]


def work_of(graph: Graph, document: URIRef) -> URIRef:
    """The work a document is a version of, from its title and parties (kg.extract.identity.work_slug)."""
    title = graph.value(document, DCTERMS.title)
    return WORK[work_slug("" if title is None else str(title), party_names(graph, document))]


def amended_work(graph: Graph, document: URIRef) -> URIRef | None:
    """The work an addendum names as the one it amends (by the title it gives), None for other documents."""
    title = graph.value(document, AKG.amendsTitle)
    if title is None:
        return None
    return WORK[work_slug(str(title), party_names(graph, document))]


def kinds_of(graph: Graph, document: URIRef) -> set[URIRef]:
    """The document's kinds that have versions (VERSIONED_KINDS)."""
    return {k for k in graph.objects(document, RDF.type) if isinstance(k, URIRef) and k in VERSIONED_KINDS}


def work_graph_iri(work: URIRef) -> URIRef:
    return WORK_GRAPH[str(work).removeprefix(str(WORK))]


# --- What the store holds -------------------------------------------------------------------------


def graph_of(quad: ox.Quad) -> URIRef:
    """The quad's graph name (Holdings.quads yields only quads of named graphs)."""
    return URIRef(str(getattr(quad.graph_name, "value", "")))


def value_of(term: object) -> str:
    """An Oxigraph term's IRI or lexical form (quad subjects and objects here are IRIs or literals)."""
    return str(getattr(term, "value", ""))


class Holdings:
    """The store's document graphs as far as versions are concerned, read by quad patterns (no query
    text): which documents are versions of a work, which addenda name one, and each graph."""

    def __init__(self, store: EmbeddedStore | None, replacing: URIRef) -> None:
        self.store = store
        self.replacing = replacing

    def quads(self, predicate: URIRef, obj: URIRef | None = None) -> Iterator[ox.Quad]:
        if self.store is None:
            return iter(())
        import pyoxigraph as ox

        target = None if obj is None else ox.NamedNode(str(obj))
        pattern = self.store.oxigraph.quads_for_pattern(None, ox.NamedNode(str(predicate)), target, None)
        return (
            q
            for q in pattern
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != str(self.replacing)
        )

    def graph(self, iri: URIRef) -> Graph:
        assert self.store is not None
        return self.store.graph(iri)

    def has(self, subject: str, predicate: URIRef, obj: str | None, graph: URIRef) -> bool:
        """Whether `graph` states (subject, predicate, obj) (any object when None): one index lookup."""
        assert self.store is not None
        import pyoxigraph as ox

        target = None if obj is None else ox.NamedNode(obj)
        found = self.store.oxigraph.quads_for_pattern(
            ox.NamedNode(subject), ox.NamedNode(str(predicate)), target, ox.NamedNode(str(graph))
        )
        return next(iter(found), None) is not None

    def titled(self, title: str) -> Iterator[ox.Quad]:
        """The dcterms:title quads whose title is exactly `title` (English, as the mapping writes it,
        or without a language): index lookups, however large the store."""
        if self.store is None:
            return
        import pyoxigraph as ox

        predicate = ox.NamedNode(str(DCTERMS.title))
        for literal in (ox.Literal(title, language="en"), ox.Literal(title)):
            for quad in self.store.oxigraph.quads_for_pattern(None, predicate, literal, None):
                if isinstance(quad.graph_name, ox.NamedNode) and graph_of(quad) != self.replacing:
                    yield quad

    def versions_of(self, work: URIRef, titles: Iterable[str], kinds: set[URIRef]) -> dict[URIRef, Graph]:
        """The graphs of the stored versions of `work`: those linked to it, and those stored unlinked
        (a lone document, or one `kg build` stored) whose title is one of `titles`, whose kind is one
        of `kinds`, and whose title and parties make them versions of it. Index lookups only: a store
        may hold many thousands of documents, and an ingest must not read them all."""
        found = {graph_of(q) for q in self.quads(DCTERMS.isVersionOf, work)}
        graphs = {iri: self.graph(iri) for iri in found}
        for title in dict.fromkeys(titles):
            for quad in self.titled(title):
                graph_iri, document = graph_of(quad), value_of(quad.subject)
                if graph_iri in graphs or not self.has(
                    str(graph_iri), FOAF.primaryTopic, document, graph_iri
                ):
                    continue
                if self.has(document, DCTERMS.isVersionOf, None, graph_iri):
                    continue  # a version of another work
                graph = self.graph(graph_iri)
                if kinds_of(graph, URIRef(document)) & kinds and work_of(graph, URIRef(document)) == work:
                    graphs[graph_iri] = graph
        return graphs

    def addenda_naming(self, work: URIRef) -> dict[URIRef, Graph]:
        """The graphs of stored addenda whose named register is `work` (only those whose named title
        could be the work's are read)."""
        slug = str(work).removeprefix(str(WORK))
        graphs = {}
        for quad in self.quads(AKG.amendsTitle):
            graph_iri = graph_of(quad)
            if graph_iri in graphs or not slug.endswith(words_slug(value_of(quad.object)) or "document"):
                continue
            graph = self.graph(graph_iri)
            document = topic_of(graph)
            if document is not None and amended_work(graph, document) == work:
                graphs[graph_iri] = graph
        return graphs


# --- The links ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Linked:
    """What an ingest writes: the new document's graph with its links, every other graph whose links
    change, and the work's graph; and the versions in order, for messages."""

    graphs: dict[URIRef, Graph]
    work: URIRef
    versions: tuple[Version, ...]

    @property
    def latest(self) -> Version:
        return self.versions[-1]


def with_links(graph: Graph, document: URIRef, links: Iterable[tuple[URIRef, URIRef]]) -> Graph:
    """A copy of `graph` whose version links from `document` are exactly `links` (predicate, object)."""
    result = bind_prefixes(Graph(identifier=graph.identifier))
    for triple in graph:
        if not (triple[0] == document and triple[1] in VERSION_LINKS):
            result.add(triple)
    for predicate, obj in links:
        result.add((document, predicate, obj))
    return result


def unlinked(graph: Graph, document: URIRef) -> Graph:
    """`graph` without version links from `document`: the graph itself when it has none (a new
    document's extraction never has: copying it cost as much as building it, on every ingest),
    else a copy without them. Never changed in place by the callers (`link` copies before it adds)."""
    if not any(predicate in VERSION_LINKS for predicate in graph.predicates(document)):
        return graph
    return with_links(graph, document, [])


def chain_links(versions: list[Version], work: URIRef) -> dict[URIRef, list[tuple[URIRef, URIRef]]]:
    """Each version's links: to the work, to the one before it and to the one after it."""
    links: dict[URIRef, list[tuple[URIRef, URIRef]]] = {}
    for index, version in enumerate(versions):
        own = [(DCTERMS.isVersionOf, work)]
        if index > 0:
            earlier = versions[index - 1].document
            own += [(PROV.wasRevisionOf, earlier), (DCTERMS.replaces, earlier)]
        if index < len(versions) - 1:
            own.append((DCTERMS.isReplacedBy, versions[index + 1].document))
        links[version.document] = own
    return links


def current_links(graph: Graph, document: URIRef) -> set[tuple[URIRef, URIRef]]:
    pairs = graph.predicate_objects(document)
    return {
        (p, o) for p, o in pairs if p in VERSION_LINKS and isinstance(p, URIRef) and isinstance(o, URIRef)
    }


def work_graph(work: URIRef, versions: list[Version]) -> Graph:
    """The work's own graph: what it is, its title and label (its latest version's), its versions
    and the latest of them."""
    latest = versions[-1]
    graph = bind_prefixes(Graph(identifier=work_graph_iri(work)))
    title = latest.title or str(work).rsplit("/", 1)[-1]
    graph.add((work, RDF.type, AKG.DocumentWork))
    graph.add((work, RDFS.label, Literal(title, lang="en")))
    if latest.title:
        graph.add((work, DCTERMS.title, Literal(latest.title, lang="en")))
    for version in versions:
        graph.add((work, DCTERMS.hasVersion, version.document))
    graph.add((work, AKG.latestVersion, latest.document))
    return graph


def link(new: Graph, store: EmbeddedStore | None) -> Linked | None:
    """The graphs to write for the document graph `new` (which replaces any stored graph of its IRI),
    its own among them: None when `new` is not about one document.

    A document becomes a version of a work when the work has a second version or an addendum names
    it: until then it is linked to nothing (a lone document is its own latest version), so ingesting
    one document writes one graph, as before versions were linked.
    """
    new_version = version_of(new)
    if new_version is None:
        return None
    holdings = Holdings(store, new_version.graph)
    document = new_version.document
    work = work_of(new, document)
    kinds = kinds_of(new, document)
    pool = {new_version.graph: unlinked(new, document)}
    changed: dict[URIRef, Graph] = dict(pool)
    versions = [new_version]
    if new_version.title and kinds:  # an untitled document, or a one-off communication, has no versions
        pool.update(holdings.versions_of(work, [new_version.title], kinds))
        addenda = holdings.addenda_naming(work)
        versions = ordered(pool)
        if len(versions) > 1 or addenda:
            changed.update(chained(work, versions, pool))
            changed.update(amending(addenda, work))
    amended = amended_work(new, document)
    if amended is not None and amended != work:
        named = str(new.value(document, AKG.amendsTitle))
        targets = holdings.versions_of(amended, [named], set(VERSIONED_KINDS - {AKG.RegisterAddendum}))
        if targets:
            changed.update(chained(amended, ordered(targets), targets))
            own = changed[new_version.graph]
            if own is new:  # the document's own graph is changed: a copy, never the caller's graph
                own = changed[new_version.graph] = with_links(new, document, [])
            own.set((document, AKG.amends, amended))
    return Linked(changed, work, tuple(versions))


def ordered(graphs: Mapping[URIRef, Graph]) -> list[Version]:
    """The versions the graphs hold, oldest first (Version.order)."""
    return sorted((v for v in map(version_of, graphs.values()) if v is not None), key=Version.order)


def chained(work: URIRef, versions: list[Version], graphs: Mapping[URIRef, Graph]) -> dict[URIRef, Graph]:
    """The version graphs whose links to `work` and to each other change (rewritten with the right
    ones), and the work's own graph."""
    links = chain_links(versions, work)
    changed = {}
    for version in versions:
        graph = graphs[version.graph]
        if current_links(graph, version.document) != set(links[version.document]):
            changed[version.graph] = with_links(graph, version.document, links[version.document])
    changed[work_graph_iri(work)] = work_graph(work, versions)
    return changed


def amending(addenda: Mapping[URIRef, Graph], work: URIRef) -> dict[URIRef, Graph]:
    """The stored addenda that name `work`, linked to it (those not linked yet)."""
    changed = {}
    for iri, addendum in addenda.items():
        topic = topic_of(addendum)
        if topic is not None and (topic, AKG.amends, work) not in addendum:
            addendum.set((topic, AKG.amends, work))
            changed[iri] = addendum
    return changed
