"""SHACL-SPARQL constraints run as one SELECT over all focus nodes, on Oxigraph.

Why: a SHACL engine evaluates a SPARQL constraint once per focus node. pyshacl also parses the
query text again each time (tens of milliseconds a parse), so a document with thousands of points
of contact spent most of its validation parsing one query (and pyshacl-turbo grows faster than
linear on such documents). Here each constraint becomes one SELECT whose `$this` is bound by a
sub-SELECT of the instances of the shape's target classes: one parse, one pass, the rows an engine
would get per focus node. `split_shapes` takes the constraints it can run so out of the shapes and
leaves the rest (SHACL Core) to the engine; `merge` puts the results back into the engine's report,
triple for triple as pyshacl makes them (tests/validate/test_engines.py compares the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.errors import KgError
from kg.sparql.lexer import lex
from kg.store.terms import from_oxigraph
from kg.validate.queries import bound

FOCUS_CLASS = "akgFocusClass_"
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
QUERY_TEXTS = (SH.select, SH.ask, SH.construct, SH.update)
FETCHING = re.compile(r"service|load", re.IGNORECASE)  # no word boundaries, as kg.server.guard reads them


class FetchingShapes(KgError):
    """A shapes graph holds a SPARQL query that would fetch from another host (SERVICE, LOAD), or one
    that does not parse: shapes kg cannot check data against."""


def check_no_fetch(shapes: Graph, where: str) -> None:
    """FetchingShapes when any query of `shapes` (sh:select, sh:ask, sh:construct, sh:update, wherever
    they stand) says SERVICE or LOAD where a SPARQL engine could read it as a keyword.

    Why: `kg validate --store` and `kg ingest` check data against the shapes a store holds, and a store
    may come from someone else. Oxigraph's engine calls any SERVICE IRI over HTTP (rdflib's, which
    pyshacl uses, too), so such a store made kg POST to a host its author chose, with what the query
    bound. Both of the lexer's readings are searched, as the server's guard searches a visitor's query
    (a `\\u0053ERVICE` escape is SERVICE to a longest-match engine)."""
    for predicate in QUERY_TEXTS:
        for node, text in shapes.subject_objects(predicate):
            for reading in lex(str(text)).readings:
                if found := FETCHING.search(reading.visible):
                    owner = next(iter(shapes.subjects(SH.sparql, node)), node)
                    raise FetchingShapes(
                        f"{where}: the shape {owner.n3()} holds a SPARQL query that calls "
                        f"{found.group().upper()}: validation never fetches from other hosts; replace the "
                        "store's shapes (kg build --keep-documents) or remove that shape"
                    )


@dataclass(frozen=True)
class SparqlRule:
    """A SHACL-SPARQL constraint (sh:select) of a shape, as one SELECT over every focus node.

    `$this` becomes `?this`, bound by a sub-SELECT of the instances of the target classes (with
    their subclasses): on these constraints, which start from $this, that gives the rows an engine
    gets per focus node. `path` is the property shape's sh:path, None for a node shape.
    """

    shape: Node  # sh:sourceShape of the results
    constraint: Node
    path: Node | None
    severity: Node
    messages: tuple[Literal, ...]  # the shape's sh:message, then the constraint's other ones
    select: str  # with `?this` for `$this` and the prologue; the focus nodes are added per run
    target_classes: tuple[URIRef, ...]


MAX_PATH_DEPTH = 64
"""How deep a SHACL path may nest (sequences, alternatives, inverses, repetitions within each other); the
project's shapes nest 2 deep."""
PATH_WRAPPERS = (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath, SH.alternativePath)


def check_paths(shapes: Graph, where: str) -> None:
    """FetchingShapes (shapes kg cannot check data against) when a sh:path nests past MAX_PATH_DEPTH or
    holds an RDF list that loops back on itself.

    Why: a store's shapes may come from anyone, and the SHACL engines read such a path into a
    traceback (pyshacl-turbo: "Cyclic RDF list", "Path nesting limit exceeded"), which `kg validate
    --store` and `kg ingest` printed, exit 1. Walked without recursion, each list with the nodes seen."""
    for owner, path in shapes.subject_objects(SH.path):
        pending, seen = [(path, 1)], set()
        while pending:
            node, depth = pending.pop()
            if depth > MAX_PATH_DEPTH:
                nested = f"nests more than {MAX_PATH_DEPTH} deep"
                raise FetchingShapes(f"{where}: the path of {owner.n3()} {nested}")
            if not isinstance(node, BNode) or node in seen:
                continue
            seen.add(node)
            pending += [(inner, depth + 1) for p in PATH_WRAPPERS for inner in shapes.objects(node, p)]
            pending += [(member, depth + 1) for member in _list_members(shapes, node, owner, where)]


def _list_members(shapes: Graph, head: Node | None, owner: Node, where: str) -> list[Node]:
    """The members of the RDF list at `head` (none when it is no list); FetchingShapes when it loops."""
    members, cells = [], set()
    while head not in (None, RDF.nil) and (first := shapes.value(head, RDF.first)) is not None:
        if head in cells:
            raise FetchingShapes(f"{where}: the path of {owner.n3()} is a list that loops back on itself")
        cells.add(head)
        members.append(first)
        head = shapes.value(head, RDF.rest)
    return members


def split_shapes(shapes: Graph) -> tuple[list[SparqlRule], Graph]:
    """The SHACL-SPARQL constraints that can run as whole-data SELECTs, and a copy of the shapes
    without them (what the engine is left to check). Anything this does not handle (targets other
    than classes, a shape used inside another, sh:deactivated, $PATH and the like, LIMIT) stays in
    the copy."""
    rules = []
    core = Graph()
    core += shapes
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        rule = sparql_rule(shapes, shape, constraint)
        if rule is not None:
            rules.append(rule)
            core.remove((shape, SH.sparql, constraint))
    return rules, core


def sparql_rule(shapes: Graph, shape: Node, constraint: Node) -> SparqlRule | None:
    """The rule of one sh:sparql, or None when it cannot run as one whole-data SELECT."""
    path = shapes.value(shape, SH.path)
    classes = _target_classes(shapes, shape) if path is None else _host_classes(shapes, shape)
    selects = list(shapes.objects(constraint, SH.select))
    if not classes or len(selects) != 1:
        return None
    if any(_deactivated(shapes, node) for node in (shape, constraint, *shapes.subjects(SH.property, shape))):
        return None
    text = re.sub(r"\$this\b", "?this", str(selects[0]))
    if re.search(r"\$[A-Za-z_]", text) or re.search(r"\b(LIMIT|OFFSET|GROUP\s+BY|HAVING)\b", text, re.I):
        return None
    if not re.match(r"\s*SELECT\s+(DISTINCT\s+|REDUCED\s+)?.*?\bWHERE\s*\{", text, re.S | re.I):
        return None
    prologue = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for source in shapes.objects(constraint, SH.prefixes)
        for d in shapes.objects(source, SH.declare)
    )
    messages = [m for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)]
    messages += [
        m for m in shapes.objects(constraint, SH.message) if isinstance(m, Literal) and m not in messages
    ]
    return SparqlRule(
        shape=shape,
        constraint=constraint,
        path=path,
        severity=shapes.value(shape, SH.severity) or SH.Violation,
        messages=tuple(messages),
        select=prologue + text,
        target_classes=tuple(sorted(set(classes))),
    )


def _target_classes(shapes: Graph, shape: Node) -> list[URIRef]:
    """The classes a top-level node shape targets (empty when it has other targets or is used inside
    another shape, whose focus nodes a SELECT of instances would not give)."""
    if any(True for _ in shapes.subject_predicates(shape)):
        return []
    if any(shapes.value(shape, t) for t in TARGETS if t != SH.targetClass):
        return []
    classes = [c for c in shapes.objects(shape, SH.targetClass) if isinstance(c, URIRef)]
    if {RDFS.Class, OWL.Class} & set(shapes.objects(shape, RDF.type)) and isinstance(shape, URIRef):
        classes.append(shape)  # an implicit class target
    return classes


def _host_classes(shapes: Graph, shape: Node) -> list[URIRef]:
    """The classes of the node shapes that hold a property shape (empty when it is used otherwise)."""
    hosts = list(shapes.subjects(SH.property, shape))
    if not hosts or any(shapes.value(shape, t) for t in TARGETS):
        return []
    if any(p != SH.property for _, p in shapes.subject_predicates(shape)):
        return []
    classes: list[URIRef] = []
    for host in hosts:
        found = _target_classes(shapes, host)
        if not found:
            return []
        classes += found
    return classes


def _deactivated(shapes: Graph, node: Node) -> bool:
    value = shapes.value(node, SH.deactivated)
    return isinstance(value, Literal) and value.toPython() is True


def whole_store_query(rule: SparqlRule, classes: Iterable[str]) -> str:
    """The rule's SELECT for every focus node at once: DISTINCT rows (engines drop repeated ones)."""
    match = re.search(r"\bSELECT\s+(DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\s*\{", rule.select, re.S | re.I)
    assert match is not None  # checked by sparql_rule
    values = " ".join(f"<{c}>" for c in sorted(classes))
    focus = (
        f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?{FOCUS_CLASS} {{ {values} }} ?this a ?{FOCUS_CLASS} }} }}"
    )
    return (
        f"{rule.select[: match.start()]}SELECT DISTINCT {match.group(2)}WHERE {{\n{focus}\n"
        f"{rule.select[match.end() :]}"
    )


def subclasses(store: ox.Store, classes: Iterable[URIRef], **dataset: Any) -> set[str]:
    """The classes and their subclasses (rdfs:subClassOf*) in the data and the ontology."""
    query = bound("subclasses", **{"class": [ox.NamedNode(str(cls)) for cls in classes]})
    return {row["c"].value for row in select(store, query, **dataset) if isinstance(row["c"], ox.NamedNode)}


def select(store: ox.Store, query: str, **options: Any) -> ox.QuerySolutions:
    """The solutions of a SELECT (every query of this module is one)."""
    answer = store.query(query, **options)
    assert isinstance(answer, ox.QuerySolutions), query
    return answer


def run_sparql_rules(store: ox.Store, rules: Sequence[SparqlRule], **dataset: Any) -> Graph:
    """Each rule's whole-data SELECT on Oxigraph, as SHACL results (pyshacl's triples, in a graph).

    `dataset`: how the data is the query's default graph (`use_default_graph_as_union=True`, or
    nothing for a store holding the data in its default graph).
    """
    results = Graph()
    for rule in rules:
        classes = subclasses(store, rule.target_classes, **dataset)
        if not classes:
            continue
        try:
            answer = select(store, whole_store_query(rule, classes), **dataset)
        except SyntaxError as error:
            # A store's own shapes may come from anywhere: their query is text nobody here checked.
            raise FetchingShapes(
                f"the shape {rule.shape.n3()} holds a SPARQL query that does not parse ({error}): "
                "replace the store's shapes (kg build --keep-documents) or fix that shape"
            ) from None
        names = [v.value for v in answer.variables]
        for solution in answer:
            row: dict[str, Node] = {}
            for name, term in zip(names, solution, strict=True):
                value = from_oxigraph(term)
                if value is not None:
                    row[name] = value
            add_result(results, rule, row)
    return results


def inert(store: ox.Store, rules: Sequence[SparqlRule], excluded: Iterable[Any]) -> bool:
    """True when no triple of the `excluded` graphs can take part in a rule's answer on the union of all
    graphs: none has a predicate the rules name (or rdfs:subClassOf), none types a node with a target class.

    (On Oxigraph the union default graph is fast; a default graph listing thousands of graphs is not.)
    """
    named = {f"<{iri}>" for rule in rules for iri in _iris(rule.select)} | {f"<{RDFS.subClassOf}>"}
    targets = {f"<{c}>" for rule in rules for c in rule.target_classes}
    for graph in excluded:
        predicates = {str(row["p"]) for row in select(store, bound("graph-predicates", graph=graph))}
        types = {str(row["o"]) for row in select(store, bound("graph-types", graph=graph))}
        if predicates & named or types & targets:
            return False
    return True


def _iris(select: str) -> set[str]:
    """The IRIs a query names, written <...> or as a prefixed name of its PREFIX declarations."""
    prefixes = dict(re.findall(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", select, re.I))
    body = re.sub(r"PREFIX\s+[\w.-]*:\s*<[^>]*>", "", select, flags=re.I)
    body = re.sub(r'"(?:[^"\\]|\\.)*"', '""', body)  # string literals say nothing of the data
    iris = set(re.findall(r"<([^>\s]*)>", body))
    for prefix, local in re.findall(r"(?<![\w?$<])([A-Za-z][\w.-]*)?:([A-Za-z_][\w-]*)", body):
        if prefix in prefixes:
            iris.add(prefixes[prefix] + local)
    return iris


def add_result(results: Graph, rule: SparqlRule, row: dict[str, Node]) -> None:
    """One result as pyshacl makes it: sh:value is ?value, or the focus node for a node shape;
    sh:resultPath is ?path, or the property shape's path."""
    focus, path, value = row.pop("this"), row.pop("path", None), row.pop("value", None)
    if value is None and rule.path is None:
        value = focus
    path = path if path is not None else rule.path
    node = BNode()
    results.add((node, RDF.type, SH.ValidationResult))
    results.add((node, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
    results.add((node, SH.sourceShape, rule.shape))
    results.add((node, SH.resultSeverity, rule.severity))
    results.add((node, SH.focusNode, focus))
    if value is not None:
        results.add((node, SH.value, value))
    if path is not None:
        results.add((node, SH.resultPath, path))
    results.add((node, SH.sourceConstraint, rule.constraint))
    bound = {**row, "this": focus, **({"path": path} if path is not None else {})}
    if value is not None:
        bound["value"] = value
    for message in rule.messages:
        text = str(message)
        for name, term in bound.items():  # as pyshacl's _format_sparql_based_result_message
            text = re.sub(f"{{[?$]{name}}}", str(term), text)
        results.add((node, SH.resultMessage, Literal(text)))


def merge(report: Graph, extra: Graph, shapes: Graph) -> None:
    """Add the SHACL-SPARQL results to an engine's report graph (sh:result links, sh:conforms).

    sh:conforms is what SHACL says: true only when there is no result at all, whatever its severity.
    """
    report_node = report.value(predicate=RDF.type, object=SH.ValidationReport)
    if report_node is None:
        report_node = BNode()
        report.add((report_node, RDF.type, SH.ValidationReport))
    for triple in extra:
        report.add(triple)
    for result in extra.subjects(RDF.type, SH.ValidationResult):
        report.add((report_node, SH.result, result))
        path = extra.value(result, SH.resultPath)
        if isinstance(path, BNode):  # a path written with blank nodes: copied, as pyshacl does
            _copy_blank_node(shapes, path, report)
    any_result = any(True for _ in report.subjects(RDF.type, SH.ValidationResult))
    report.set((report_node, SH.conforms, Literal(not any_result)))


def _copy_blank_node(source: Graph, node: BNode, target: Graph) -> None:
    for predicate, value in source.predicate_objects(node):
        target.add((node, predicate, value))
        if isinstance(value, BNode):
            _copy_blank_node(source, value, target)
