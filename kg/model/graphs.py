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
