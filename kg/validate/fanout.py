"""Keep pyshacl-turbo linear on documents where one node has thousands of values of a property.

Why (measured, tests/validate/big_register.py): pyshacl-turbo's cost for every property shape
evaluated on a focus node grows faster than linearly with that node's number of statements, whatever
the shape's path: the seed register with 8,000 more points of contact and milestones (16,000 more
statements on the register node) took 73 s for the 26 property shapes of akgsh:WorkRegisterShape
whose paths have one value each, 4 s once those 16,000 statements were left out.

So the statements of a *heavy* predicate (one that some node has at least FANOUT values of) are
left out of the data pyshacl-turbo sees, and so are the shapes that could see them: every shape that
names a heavy predicate anywhere (a path, sh:equals, a target, a nested shape...) or is sh:closed.
pyshacl (linear) checks those few shapes on the whole data. Results are the same as one engine on
everything (tests/validate/test_store_validation.py): a SHACL Core shape that names none of the
heavy predicates and is not closed cannot observe their statements (rdf:type and rdfs:subClassOf,
which targets and sh:class read, are never heavy).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.validate.queries import bound
from kg.validate.sparql_rules import TARGETS, select

FANOUT = 500
NEVER_HEAVY = {str(RDF.type), str(RDFS.subClassOf)}


def heavy_predicates(store: ox.Store, fanout: int = FANOUT) -> set[URIRef]:
    """The predicates some node has at least `fanout` values of (never rdf:type, rdfs:subClassOf)."""
    answer = select(store, bound("heavy-predicates", fanout=int(fanout)))
    return {URIRef(row["p"].value) for row in answer if row["p"].value not in NEVER_HEAVY}


def partition(shapes: Graph, heavy: set[URIRef]) -> tuple[Graph, Graph, set[Node]]:
    """(light, heavy_shapes, owned): `light` without the shapes that could see a heavy predicate,
    `heavy_shapes` with only those, and the shapes whose results are to be taken from `heavy_shapes`."""
    top_level = {s for t in TARGETS for s in shapes.subjects(t, None)}
    owned: set[Node] = set()  # top-level shapes checked whole on the whole data
    heavy_properties: set[Node] = set()
    for shape in top_level:
        direct = _reachable(shapes, [o for p, o in shapes.predicate_objects(shape) if p != SH.property])
        if direct & heavy or _closed(shapes, shape):
            owned.add(shape)
        for prop in shapes.objects(shape, SH.property):
            if _reachable(shapes, [prop]) & heavy:
                heavy_properties.add(prop)
    light, only_heavy = _copy(shapes), _copy(shapes)
    for shape in top_level:
        if shape in owned:
            for target in TARGETS:
                light.remove((shape, target, None))
            continue
        for prop in list(shapes.objects(shape, SH.property)):
            (only_heavy if prop not in heavy_properties else light).remove((shape, SH.property, prop))
        if not any(prop in heavy_properties for prop in shapes.objects(shape, SH.property)):
            for target in TARGETS:
                only_heavy.remove((shape, target, None))
    return light, only_heavy, owned | heavy_properties


def _reachable(shapes: Graph, starts: Iterable[Node]) -> set[Node]:
    """Every term reachable from `starts` through the shapes graph (blank nodes, lists, named shapes)."""
    seen: set[Node] = set()
    todo = list(starts)
    while todo:
        node = todo.pop()
        if node in seen or isinstance(node, Literal):
            continue
        seen.add(node)
        if isinstance(node, BNode) or (node, None, None) in shapes:
            todo.extend(shapes.objects(node, None))
    return seen


def _closed(shapes: Graph, shape: Node) -> bool:
    value = shapes.value(shape, SH.closed)
    return isinstance(value, Literal) and value.toPython() is True


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    return copy


def without(store: ox.Store, predicates: set[URIRef]) -> str:
    """The store's default graph as N-Triples, less the statements of `predicates`."""
    left_out = {str(p) for p in predicates}
    return "".join(
        f"{q.subject} {q.predicate} {q.object} .\n" for q in store if q.predicate.value not in left_out
    )


def results_of(report: Graph, shapes: set[Node]) -> Graph:
    """The results of `report` whose source shape is one of `shapes`, each with what hangs from it
    (details, blank-node paths and values), as a graph of results without a report node."""
    kept = Graph()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.sourceShape) in shapes and (None, SH.result, result) in report:
            copy_tree(report, result, kept)
    return kept


def copy_tree(source: Graph, node: Node, target: Graph) -> None:
    for predicate, value in source.predicate_objects(node):
        target.add((node, predicate, value))
        if isinstance(value, BNode):
            copy_tree(source, value, target)
