"""The graphs one document's extraction is built in: rdflib graphs on rdflib's SimpleMemory store.

Why not rdflib's default store (Memory): it keeps, for every triple, the contexts the triple is in
(a dict per triple, and the triple again in a set per context) and fires an event for every triple
added, so that a ConjunctiveGraph or Dataset over it can answer by graph. An extraction's graphs (the
facts, the provenance and the two together) are plain graphs: nothing asks them for contexts.
SimpleMemory keeps the three indexes alone: adding a triple cost about a third, reading all the
triples a quarter (a list-heavy document is 50,000 triples a 100 KB, every stage after the rules reads
them). What it does not do: `len` counts the triples (as the pipeline asks it a few times per document,
not per triple), and a triple added twice is held once, as in any rdflib graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import Any

from rdflib import BNode, Graph, IdentifiedNode, Node
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model.namespaces import bind_prefixes


def plain_graph(identifier: IdentifiedNode | str | None = None) -> Graph:
    """A new graph on a SimpleMemory store, with the project's prefixes bound."""
    return bind_prefixes(Graph(store=SimpleMemory(), identifier=identifier))


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
    facts' three SimpleMemory indexes are copied as dicts (each innermost dict copied, so that the two
    graphs share no dict: adding to one never changes the other), and the triples go into the three
    indexes directly (SimpleMemory.add's own steps, without its method call and try/except per index):
    1.1 CPU-s. A graph on another store is added triple by triple."""
    union = plain_graph(identifier)
    target, source = _indexes(union.store), _indexes(graph.store)
    if target is None or source is None:
        add_terms(union, graph)
        return add_terms(union, triples)
    for name, index in zip(INDEXES, source, strict=True):
        setattr(union.store, name, {a: {b: dict(c) for b, c in inner.items()} for a, inner in index.items()})
    spo, pos, osp = _indexes(union.store)  # type: ignore[misc]
    for s, p, o in triples:
        spo.setdefault(s, {}).setdefault(p, {})[o] = 1
        pos.setdefault(p, {}).setdefault(o, {})[s] = 1
        osp.setdefault(o, {}).setdefault(s, {})[p] = 1
    return union


INDEXES = ("_SimpleMemory__spo", "_SimpleMemory__pos", "_SimpleMemory__osp")
Index = dict[Node, dict[Node, dict[Node, Any]]]


def _indexes(store: object) -> tuple[Index, Index, Index] | None:
    """SimpleMemory's three indexes (spo, pos, osp: first -> second -> {third: 1}), None for another
    store (or a SimpleMemory of another rdflib that keeps them otherwise)."""
    if not isinstance(store, SimpleMemory):
        return None
    found = [getattr(store, name, None) for name in INDEXES]
    if not all(isinstance(index, dict) for index in found):
        return None
    return found[0], found[1], found[2]  # type: ignore[return-value]


SubjectIndex = Iterable[tuple[Node, dict[Node, dict[Node, Any]]]]


def by_subject(graph: Graph) -> SubjectIndex:
    """The graph's triples grouped: (subject, {predicate: {object: ...}}) pairs, each subject once.

    Why: a writer converting a graph to the store's terms converts each subject and each predicate of
    a subject once, not once per triple; and SimpleMemory's own subject index is read as it is, without
    the generator, the context tuple and the pattern check rdflib's `triples` costs per triple (a third
    of converting a 1 MB list-heavy document's 515,741 triples). Another store is grouped here."""
    store = graph.store
    index = getattr(store, "_SimpleMemory__spo", None) if isinstance(store, SimpleMemory) else None
    if index is not None:
        return index.items()
    grouped: dict[Node, dict[Node, dict[Node, Any]]] = {}
    for s, p, o in graph:
        grouped.setdefault(s, {}).setdefault(p, {})[o] = 1
    return grouped.items()
