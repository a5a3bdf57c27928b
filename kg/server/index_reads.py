"""A resource page's records and source sentences read straight from the embedded store's indexes.

Why not SPARQL: the records of the nodes a page links to (node-details.rq) and its source
sentences (provenance.rq, in queries/server/) were two queries with long VALUES lists and unions; Oxigraph
parsed, planned and joined them on every page (about 10 ms of a 1e5 store's register page, an
order of magnitude more than the page's own description). The same answers are a few index
lookups per node (`quads_for_pattern`), and what does not change within one snapshot of the
store (a node's classes, its owners, a class's superclasses) is kept in the snapshot's View.

Every function here gives the rows its query gives (the query files say what they
mean), within the same bounds; tests/server/test_index_reads.py compares both on stores with
provenance. Each lookup and each quad read is counted against a Budget, so that a page that
needs many runs in a thread rather than on the event loop (kg.server.backend).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.model.namespaces import AKG, PREFIXES, RDF_TYPE
from kg.model.provenance import OA
from kg.server.page_queries import MAX_DETAIL_ROWS, MAX_SOURCE_ROWS, OWNING, PART_CLASSES, RDFS_SUBCLASS

Row = tuple[Any, ...]
Pairs = list[tuple[ox.NamedNode, Any]]
CACHE_SIZE = 200_000
"""Nodes whose classes (or owners) a View keeps; cleared when full, like its labels."""
PAIRS_HELD = 300_000
"""Triples of nodes a View keeps (about 100 MB at most); cleared when full."""
MAX_CLASSES = 256
"""Classes read for one node, and above one class (the ontology has 45, with 47 subclass links and
23 more in its alignments). Why a bound: the closure was read class by class and kept per class,
so a node with 8,000 types on a chain of 20,000 subclasses (a store written with the token, or
someone's) cost about 8,000 x 12,000 index reads and as many strings kept: its HTML page ran past
120 s, the server grew by 2 MB a second and other pages waited 4-19 s (attack round 16). Past the
bound a node's page may miss its layout (kg.server.html.LAYOUTS): a plain table of its statements."""

TYPE = ox.NamedNode(RDF_TYPE)
ORDINAL = ox.NamedNode(f"{AKG}ordinal")
SUBCLASS = ox.NamedNode(RDFS_SUBCLASS)
OWNING_NODES = tuple(ox.NamedNode(p) for p in OWNING)
RDF = PREFIXES["rdf"]
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (ox.NamedNode(RDF + n) for n in ("subject", "predicate", "object"))
HAS_BODY, HAS_TARGET, HAS_SELECTOR, HAS_SOURCE, EXACT, START, END = (
    ox.NamedNode(f"{OA}{n}")
    for n in ("hasBody", "hasTarget", "hasSelector", "hasSource", "exact", "start", "end")
)
ANNOTATION, QUOTE, POSITION = (
    ox.NamedNode(f"{OA}{n}") for n in ("Annotation", "TextQuoteSelector", "TextPositionSelector")
)
XSD = PREFIXES["xsd"]
NUMERIC = frozenset(
    XSD + n
    for n in (
        *("integer", "decimal", "float", "double", "long", "int", "short", "byte"),
        *("nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger"),
        *("unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"),
    )
)


class OverBudget(Exception):
    """A read on the event loop needs more than its steps: read it in a thread."""


class Budget:
    """Steps left to a read on the event loop (None: unbounded, in a thread)."""

    def __init__(self, steps: int | None) -> None:
        self.steps = steps

    def spend(self, steps: int = 1) -> None:
        if self.steps is not None:
            self.steps -= steps
            if self.steps < 0:
                raise OverBudget


@dataclass
class Caches:
    """What one snapshot of the store lets a process keep between pages (kept in its View): the
    same organizations, units and specifications are records or links on page after page, and
    reading a quad back from the indexes costs microseconds per term (its IRIs are looked up)."""

    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    superclasses: dict[Any, frozenset[str]] = field(default_factory=dict)
    owners: dict[str, tuple[tuple[ox.NamedNode, ox.NamedNode], ...]] = field(default_factory=dict)
    triples: dict[str, tuple[tuple[ox.NamedNode, Any], ...]] = field(default_factory=dict)
    annotations: dict[Any, tuple[Any, ...]] = field(default_factory=dict)
    ordinals: dict[str, tuple[tuple[ox.NamedNode, Any], ...]] = field(default_factory=dict)
    label_predicates: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    annotated: bool | None = None  # whether the snapshot holds any oa:hasBody (None: not looked yet)
    held: int = 0  # (predicate, object) pairs in `triples`

    def room(self, cache: dict) -> dict:
        if len(cache) >= CACHE_SIZE:
            cache.clear()
        return cache

    def keep_triples(self, iri: str, pairs: tuple[tuple[ox.NamedNode, Any], ...]) -> None:
        """Keep a node's triples, within PAIRS_HELD pairs in all (all dropped when full)."""
        if self.held + len(pairs) > PAIRS_HELD:
            self.triples.clear()
            self.held = 0
        self.triples[iri] = pairs
        self.held += len(pairs)


@dataclass
class Details:
    """The records of a page's nodes: their classes (superclasses included), their owners (the
    register that holds a milestone) and their triples, by IRI.

    From the indexes, the triples are those a page shows: every triple of a part (a record, a
    row of a table) and only the akg:ordinal of other nodes (their place among a section's
    values). Reading back a quad costs microseconds per IRI in it, and the triples of an
    organization's hundred units would cost its page more than the rest together.
    """

    classes: dict[str, set[str]] = field(default_factory=dict)
    owners: dict[str, Pairs] = field(default_factory=dict)
    details: dict[str, Pairs] = field(default_factory=dict)


class Reader:
    """Index lookups in one snapshot: the union of the named graphs (`graph`), each counted."""

    def __init__(self, store: ox.Store, graph: ox.DefaultGraph | None, budget: Budget) -> None:
        self.store, self.graph, self.budget = store, graph, budget

    def quads(self, subject: Any, predicate: Any, obj: Any, cap: int = MAX_DETAIL_ROWS) -> list[ox.Quad]:
        """At most `cap` quads of the pattern (one lookup, and one step per quad)."""
        found = list(itertools.islice(self.store.quads_for_pattern(subject, predicate, obj, self.graph), cap))
        self.budget.spend(1 + len(found))
        return found

    def objects(self, subject: Any, predicate: ox.NamedNode) -> list[Any]:
        return list(dict.fromkeys(q.object for q in self.quads(subject, predicate, None)))

    def subjects(self, predicate: ox.NamedNode, obj: Any) -> list[Any]:
        return list(dict.fromkeys(q.subject for q in self.quads(None, predicate, obj)))

    def has(self, subject: Any, predicate: ox.NamedNode, obj: Any) -> bool:
        return bool(self.quads(subject, predicate, obj, 1))


# --- Records: node-details.rq ---------------------------------------------------------------------


def node_details(reader: Reader, caches: Caches, nodes: list[str], typed: list[str]) -> Details:
    """What node-details.rq answers: the classes of `typed`, the owners of `nodes` that are parts,
    the triples of `nodes`; at most MAX_DETAIL_ROWS rows in all, classes first."""
    found = Details()
    rows = 0
    for iri in typed:
        classes = classes_of(reader, caches, iri)
        if classes:
            found.classes[iri] = set(classes)
            rows += len(classes)
    for iri in nodes:
        if rows >= MAX_DETAIL_ROWS:
            return found
        if PART_CLASSES.isdisjoint(found.classes.get(iri, ())):
            continue
        owners = owners_of(reader, caches, iri)
        if owners:
            found.owners[iri] = list(owners[: MAX_DETAIL_ROWS - rows])
            rows += len(owners)
    for iri in nodes:
        if rows >= MAX_DETAIL_ROWS:
            break
        part = not PART_CLASSES.isdisjoint(found.classes.get(iri, ()))
        pairs = triples_of(reader, caches, iri) if part else ordinals_of(reader, caches, iri)
        if pairs:
            found.details[iri] = list(pairs[: MAX_DETAIL_ROWS - rows])
            rows += len(pairs)
    return found


def triples_of(reader: Reader, caches: Caches, iri: str) -> tuple[tuple[ox.NamedNode, Any], ...]:
    """(predicate, object) of every triple of `iri` (at most MAX_DETAIL_ROWS), per snapshot."""
    known = caches.triples.get(iri)
    if known is None:
        quads = reader.quads(ox.NamedNode(iri), None, None)
        known = tuple(dict.fromkeys((q.predicate, q.object) for q in quads))
        caches.keep_triples(iri, known)
    return known


def ordinals_of(reader: Reader, caches: Caches, iri: str) -> tuple[tuple[ox.NamedNode, Any], ...]:
    """The akg:ordinal of a node that is no part, as (predicate, object) pairs, per snapshot."""
    known = caches.ordinals.get(iri)
    if known is None:
        known = tuple((ORDINAL, o) for o in reader.objects(ox.NamedNode(iri), ORDINAL))
        caches.room(caches.ordinals)[iri] = known
    return known


def classes_of(reader: Reader, caches: Caches, iri: str) -> frozenset[str]:
    """`iri`'s classes and their superclasses (`a/rdfs:subClassOf*`), kept per snapshot."""
    known = caches.classes.get(iri)
    if known is None:
        found: set[str] = set()
        for cls in reader.objects(ox.NamedNode(iri), TYPE):
            found |= superclasses(reader, caches, cls)
            if len(found) >= MAX_CLASSES:  # see MAX_CLASSES
                break
        known = frozenset(found)
        caches.room(caches.classes)[iri] = known
    return known


def superclasses(reader: Reader, caches: Caches, cls: Any) -> frozenset[str]:
    """`cls` and every class above it by rdfs:subClassOf (cycles included once), at most MAX_CLASSES."""
    known = caches.superclasses.get(cls)
    if known is not None:
        return known
    seen, frontier = {cls}, [cls]
    while frontier and len(seen) < MAX_CLASSES:
        node = frontier.pop()
        if isinstance(node, ox.Literal):
            continue  # a literal is the subject of nothing
        for parent in reader.objects(node, SUBCLASS):
            if parent not in seen:
                seen.add(parent)
                frontier.append(parent)
                if len(seen) >= MAX_CLASSES:
                    break
    known = frozenset(term.value for term in seen)
    caches.room(caches.superclasses)[cls] = known
    return known


def owners_of(reader: Reader, caches: Caches, iri: str) -> tuple[tuple[ox.NamedNode, ox.NamedNode], ...]:
    """(owning link, owner) pairs of a part: the registers that hold it (IRIs only), per snapshot."""
    known = caches.owners.get(iri)
    if known is None:
        node = ox.NamedNode(iri)
        known = tuple(
            (link, owner)
            for link in OWNING_NODES
            for owner in reader.subjects(link, node)
            if isinstance(owner, ox.NamedNode)
        )
        caches.room(caches.owners)[iri] = known
    return known


def present(reader: Reader, caches: Caches, predicates: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `predicates` that the snapshot uses at all (asked once per snapshot): a label
    looked up by a predicate no triple has is an empty lookup per IRI, and most stores use two
    or three of the six label predicates."""
    known = caches.label_predicates.get(predicates)
    if known is None:
        known = tuple(p for p in predicates if reader.has(None, ox.NamedNode(p), None))
        caches.label_predicates[predicates] = known
    return known


# --- Source sentences: provenance.rq -------------------------------------------------------------

Body = tuple[Any, Any, Any, Any, Any]  # annotation, body, subject, predicate, object


def provenance_rows(reader: Reader, caches: Caches, iri: str, triples: Iterable[ox.Triple]) -> list[Row]:
    """What provenance.rq answers for `iri`, whose own triples are `triples`: one row per quoted
    passage (annotation, body, subject, predicate, object, exact, start, end, source), distinct,
    ordered by start then annotation, at most MAX_SOURCE_ROWS + 1 of them. A snapshot without any
    annotation body (a store built without provenance) answers none at once."""
    if caches.annotated is None:
        caches.annotated = reader.has(None, HAS_BODY, None)
    if not caches.annotated:
        return []
    rows: dict[Row, None] = {}
    for body in bodies(reader, caches, ox.NamedNode(iri), triples):
        for passage in passages(reader, body[0]):
            rows[body + passage] = None
    return sorted(rows, key=row_order)[: MAX_SOURCE_ROWS + 1]


def bodies(reader: Reader, caches: Caches, node: ox.NamedNode, triples: Iterable[ox.Triple]) -> list[Body]:
    """The annotations about the resource, a node it links to, or a statement it is part of, with
    what they state: the subquery of provenance.rq, in the order of its union, bounded alike."""
    found: dict[Body, None] = {}
    for annotation in annotations_of(reader, caches, node):
        found[(annotation, node, None, None, None)] = None
    linked = dict.fromkeys(
        t.object
        for t in triples
        if t.subject == node and isinstance(t.object, ox.NamedNode) and t.object != node
    )
    for body in linked:
        for annotation in annotations_of(reader, caches, body):
            found[(annotation, body, None, None, None)] = None
    for body in reader.subjects(RDF_SUBJECT, node):
        predicates, annotations = reader.objects(body, RDF_PREDICATE), reader.subjects(HAS_BODY, body)
        if predicates and annotations:
            objects = reader.objects(body, RDF_OBJECT) or [None]
            for annotation, predicate, obj in itertools.product(annotations, predicates, objects):
                found[(annotation, body, node, predicate, obj)] = None
    for body in reader.subjects(RDF_OBJECT, node):
        subjects, predicates = reader.objects(body, RDF_SUBJECT), reader.objects(body, RDF_PREDICATE)
        if subjects and predicates:
            annotations = reader.subjects(HAS_BODY, body)
            for annotation, subject, predicate in itertools.product(annotations, subjects, predicates):
                found[(annotation, body, subject, predicate, node)] = None
    return list(found)[: MAX_SOURCE_ROWS + 1]


def annotations_of(reader: Reader, caches: Caches, body: Any) -> tuple[Any, ...]:
    """The annotations with `body` as their body, per snapshot (a register's parties and topics are
    linked from many pages)."""
    known = caches.annotations.get(body)
    if known is None:
        known = caches.room(caches.annotations)[body] = tuple(reader.subjects(HAS_BODY, body))
    return known


def passages(reader: Reader, annotation: Any) -> list[tuple[Any, Any, Any, Any]]:
    """(exact, start, end, source) of each passage an annotation quotes: fragment quoted-passages.rq."""
    if isinstance(annotation, ox.Literal) or not reader.has(annotation, TYPE, ANNOTATION):
        return []
    found: list[tuple[Any, Any, Any, Any]] = []
    for target in reader.objects(annotation, HAS_TARGET):
        if isinstance(target, ox.Literal):
            continue
        selectors = reader.objects(target, HAS_SELECTOR)
        exacts = [
            exact
            for quote in selectors
            if not isinstance(quote, ox.Literal) and reader.has(quote, TYPE, QUOTE)
            for exact in reader.objects(quote, EXACT)
        ]
        if not exacts:
            continue
        sources = reader.objects(target, HAS_SOURCE) or [None]
        positions = [
            (start, end)
            for position in selectors
            if not isinstance(position, ox.Literal) and reader.has(position, TYPE, POSITION)
            for start in reader.objects(position, START)
            for end in reader.objects(position, END)
        ] or [(None, None)]
        for exact, (start, end), source in itertools.product(exacts, positions, sources):
            found.append((exact, start, end, source))
    return found


def row_order(row: Row) -> tuple:
    """ORDER BY ?start ?annotation, as SPARQL orders terms: unbound first, then blank nodes, IRIs,
    literals (numbers by value)."""
    return term_order(row[6]), term_order(row[0])


def term_order(term: Any) -> tuple:
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if term.datatype.value in NUMERIC:
        try:
            return (3, 0, float(term.value), "")
        except ValueError:
            pass
    return (3, 1, 0.0, term.value)
