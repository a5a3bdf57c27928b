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

from collections.abc import Iterable
from typing import Any

from rdflib import Graph, IdentifiedNode, Node
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
