"""The graphs one document's extraction is built in: rdflib graphs on rdflib's SimpleMemory store.

Why not rdflib's default store (Memory): it keeps, for every triple, the contexts the triple is in
(a dict per triple, and the triple again in a set per context) and fires an event for every triple
added, so that a ConjunctiveGraph or Dataset over it can answer by graph. An extraction's graphs (the
facts, the provenance and the two together) are plain graphs: nothing asks them for contexts.
SimpleMemory keeps the three indexes alone: adding a triple cost about a third, reading all the
triples a quarter (a list-heavy document is 50,000 triples a 100 KB, every stage after the rules reads
them). What it does not do: `len` counts the triples (as the pipeline asks it a few times per document,
not per triple), and a triple added twice is held once, as in any rdflib graph.

Why the predicate and object indexes wait (SubjectMemory, session 22): what reads an extraction's
graphs reads them by subject (the write, validation, the versions' links), and a new store's ingest never
asks them by predicate or object; keeping three indexes of a 1 MB list-heavy document's 515,741 triples
was two thirds of the graph stage's time and of its graphs' memory. They are made the first time a
pattern needs them, from the subject index, and kept up to date from then on.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import Any

from rdflib import BNode, Graph, IdentifiedNode, Node, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model.namespaces import bind_prefixes

Index = dict[Node, dict[Node, dict[Node, Any]]]


class SubjectMemory(SimpleMemory):
    """rdflib's SimpleMemory whose predicate and object indexes (pos, osp) are made when a pattern first
    needs them (a subject unbound, a predicate or an object given: SimpleMemory.triples reads them then,
    as does `remove`), from the subject index, and kept up to date by `add` from then on. Until then a
    triple added costs one index of three. The answers are SimpleMemory's; only the order in which a
    pattern by predicate or object yields its triples may differ (the subject index's order).

    A subject's entry (its predicate dict and their object dicts) may be shared with another store's
    subject index (`union_graph`: the document's graph and its facts): those subjects are `_shared`, and
    the first add or removal about one copies its entry first (copy on write), so that changing one
    graph never changes the other."""

    _SimpleMemory__spo: Index  # SimpleMemory's own subject index (name-mangled), made by its __init__
    _shared: Set[Node] = frozenset()  # subjects whose entry another store holds too (copied on write)

    def __init__(self, configuration: str | None = None, identifier: IdentifiedNode | None = None) -> None:
        self._pos: Index | None = None
        self._osp: Index | None = None
        super().__init__(configuration, identifier)  # sets the two indexes empty (the properties below)
        self._pos = self._osp = None  # an empty graph: nothing to index yet

    @property
    def _SimpleMemory__pos(self) -> Index:
        if self._pos is None:
            self._index()
        return self._pos  # type: ignore[return-value]

    @_SimpleMemory__pos.setter
    def _SimpleMemory__pos(self, index: Index) -> None:
        self._pos = index

    @property
    def _SimpleMemory__osp(self) -> Index:
        if self._osp is None:
            self._index()
        return self._osp  # type: ignore[return-value]

    @_SimpleMemory__osp.setter
    def _SimpleMemory__osp(self, index: Index) -> None:
        self._osp = index

    @property
    def indexed(self) -> bool:
        """Whether the predicate and object indexes are made (for the tests: when they are not)."""
        return self._pos is not None

    def _index(self) -> None:
        pos: Index = {}
        osp: Index = {}
        for s, by_predicate in self._SimpleMemory__spo.items():
            for p, objects in by_predicate.items():
                by_object = pos.setdefault(p, {})
                for o in objects:
                    by_object.setdefault(o, {})[s] = 1
                    osp.setdefault(o, {}).setdefault(s, {})[p] = 1
        self._pos, self._osp = pos, osp

    def add(self, triple: tuple[Node, Node, Node], context: Any, quoted: bool = False) -> None:
        s, p, o = triple
        if s in self._shared:
            self._unshare(s)
        by_predicate = self._SimpleMemory__spo.setdefault(s, {})
        by_predicate.setdefault(p, {})[o] = 1
        if self._pos is not None:
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = 1
            self._osp.setdefault(o, {}).setdefault(s, {})[p] = 1  # type: ignore[union-attr]

    def remove(
        self, triple_pattern: tuple[Node | None, Node | None, Node | None], context: Any = None
    ) -> None:
        """SimpleMemory's removal, from the indexes that are made (the pattern may make them)."""
        found = [triple for triple, _ in self.triples(triple_pattern)]
        for s in {s for s, _, _ in found} & self._shared:
            self._unshare(s)
        spo, pos, osp = self._SimpleMemory__spo, self._pos, self._osp
        for s, p, o in found:
            del spo[s][p][o]
            if pos is not None and osp is not None:
                del pos[p][o][s]
                del osp[o][s][p]

    def _unshare(self, subject: Node) -> None:
        """The subject's entry copied (each object dict too), this store's own from now on."""
        spo = self._SimpleMemory__spo
        spo[subject] = {p: dict(objects) for p, objects in spo[subject].items()}
        self._shared.discard(subject)  # type: ignore[attr-defined]  # a set once anything is shared

    def share_with(self, other: SubjectMemory) -> None:
        """`other`'s subject index made this store's entries, shared (copy on write in both stores):
        for a new store that holds what `other` holds, and then more."""
        spo = dict(other._SimpleMemory__spo)
        self._SimpleMemory__spo = spo
        self._shared = set(spo)
        other._shared = set(spo)
        self._pos = self._osp = None


def plain_graph(identifier: IdentifiedNode | str | None = None) -> Graph:
    """A new graph on a SubjectMemory store (SimpleMemory, its predicate and object indexes made when
    first needed), with the project's prefixes bound."""
    return bind_prefixes(Graph(store=SubjectMemory(), identifier=identifier))


def add_terms(graph: Graph, triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    """Add `triples` (rdflib terms, as a graph yields them or a builder made them) to the graph's store
    directly: Graph.add and `+=` check every term of every triple again, a tenth of the cost of an add."""
    add = graph.store.add
    for triple in triples:
        add(triple, graph)
    return graph


def blank_nodes_reached(graph: Graph, roots: Iterable[Node], avoided: Set[Node] = frozenset()) -> set[Node]:
    """The blank nodes `roots` reach through the graph's statements (values of values, ...), not going
    through those in `avoided`: what a node owns, when blank nodes are only ever some node's parts (the
    targets and selectors of an annotation, the period of a milestone)."""
    reached: set[Node] = set()
    frontier = list(roots)
    while frontier:
        node = frontier.pop()
        for child in graph.objects(node, None):
            if isinstance(child, BNode) and child not in reached and child not in avoided:
                reached.add(child)
                frontier.append(child)
    return reached


def union_graph(
    identifier: IdentifiedNode | str | None, graph: Graph, triples: Iterable[tuple[Node, Node, Node]]
) -> Graph:
    """A new graph (`plain_graph`) holding the triples of `graph` and `triples`; `graph` is left as it is.

    Why not add_terms twice: the document's graph is its facts (a graph) and its provenance (triples),
    and adding 515,741 triples one by one cost 2.3 CPU-s of a 1 MB list-heavy document. Here the
    facts' subject entries are shared by the two graphs' stores, each copied by whichever graph first
    changes that subject (SubjectMemory.share_with: adding to one never changes the other; copying
    them all was 42 MB and 0.2 CPU-s of a 1 MB list-heavy document, whose graphs are never changed once
    made), and the triples go into it directly (SubjectMemory.add's own steps, without its method
    call); the predicate and object indexes wait until a pattern needs them (SubjectMemory). The
    triples of a subject of the facts (the graph's own prov:wasGeneratedBy) copy its entry first.

    The subjects of `triples` share one object dict per predicate and IRI (every annotation's
    {oa:Annotation: 1} under rdf:type, {oa:identifying: 1}, the activity, every target's source
    document: 155,000 one-entry dicts of a 1 MB list-heavy document's provenance, about 28 MB), and are
    `_shared` too: the first change of one copies its entry. A graph on another store is added triple
    by triple."""
    union = plain_graph(identifier)
    store = union.store
    if not isinstance(graph.store, SubjectMemory) or not isinstance(store, SubjectMemory):
        add_terms(union, graph)
        return add_terms(union, triples)
    store.share_with(graph.store)
    spo: Index = store._SimpleMemory__spo
    shared = store._shared
    common: dict[tuple[Node, Node], dict[Node, Any]] = {}  # the one {o: 1} of each (p, IRI o)
    holders: set[Node] = set()  # the subjects holding one of them
    for s, p, o in triples:
        by_predicate = spo.get(s)
        if by_predicate is None:
            by_predicate = spo[s] = {}
        elif s in shared:
            store._unshare(s)
            by_predicate = spo[s]
        objects = by_predicate.get(p)
        if objects is None:
            if type(o) is URIRef:
                objects = common.get((p, o))
                if objects is None:
                    objects = common[(p, o)] = {o: 1}
                holders.add(s)
            else:
                objects = {o: 1}
            by_predicate[p] = objects
        elif o not in objects:
            if len(objects) == 1 and common.get((p, next(iter(objects)))) is objects:
                objects = by_predicate[p] = dict(objects)  # another object: this subject's own dict
            objects[o] = 1
    store._shared = shared | holders
    return union


def _subject_index(store: object) -> Index | None:
    """SimpleMemory's subject index (subject -> predicate -> {object: 1}), None for another store (or a
    SimpleMemory of another rdflib that keeps it otherwise)."""
    if not isinstance(store, SimpleMemory):
        return None
    found = getattr(store, "_SimpleMemory__spo", None)
    return found if isinstance(found, dict) else None


def subject_index(graph: Graph) -> Index:
    """The subject index of a graph made by `plain_graph` (subject -> predicate -> {object: 1}), the
    dicts themselves: to ask whether it holds a triple without rdflib's pattern machinery. Read only:
    a triple is added through the store (SubjectMemory.add keeps the other indexes)."""
    index = _subject_index(graph.store)
    if index is None:
        raise TypeError(f"not a graph of plain_graph: a store {type(graph.store).__name__}")
    return index


SubjectIndex = Iterable[tuple[Node, dict[Node, dict[Node, Any]]]]


def by_subject(graph: Graph) -> SubjectIndex:
    """The graph's triples grouped: (subject, {predicate: {object: ...}}) pairs, each subject once.

    Why: a writer converting a graph to the store's terms converts each subject and each predicate of
    a subject once, not once per triple; and SimpleMemory's own subject index is read as it is, without
    the generator, the context tuple and the pattern check rdflib's `triples` costs per triple (a third
    of converting a 1 MB list-heavy document's 515,741 triples). Another store is grouped here."""
    index = _subject_index(graph.store)
    if index is not None:
        return index.items()
    grouped: dict[Node, dict[Node, dict[Node, Any]]] = {}
    for s, p, o in graph:
        grouped.setdefault(s, {}).setdefault(p, {})[o] = 1
    return grouped.items()
