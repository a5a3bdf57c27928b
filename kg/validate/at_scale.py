"""SHACL validation at store scale: a faster engine, the whole store, and one new graph in context.

Why: pyshacl needs minutes on a million triples (measured in docs/benchmarks.md) and
about 2 s even for the two seed registers, mostly per-call overhead. pyshacl-turbo (PyPI,
Rust engine, optional: `pip install 'alliance-kg[fast]'`) takes the same arguments,
reads a pyoxigraph Store directly and gives the same results (compared by
test_turbo_reports_what_pyshacl_reports in tests/validate/test_store_validation.py); it is used
when installed, unless $ALLIANCE_KG_SHACL=pyshacl.

- `validate_store(store)`: the whole store (every graph but ontology and shapes),
  against the shapes and ontology graphs the store holds. With pyshacl-turbo it is split
  in two, run side by side (both release the GIL): the SHACL-SPARQL constraints run on
  Oxigraph as one whole-store SELECT each ($this bound by the host shapes' targets, see
  `SparqlRule`), and pyshacl-turbo checks the rest (the shapes without those sh:sparql)
  on an N-Triples dump of the data and the ontology. The merged report equals pyshacl's
  (tests/validate/test_store_validation.py).
- `validate_in_context(store, graph)`: a new or changed graph with only what its shapes
  need: the graph itself plus, from the store, every triple whose subject the graph
  mentions (types, labels, units of organizations, dates of periods). Results are kept
  for the graph's own subjects. Constraints that look further than one step from a
  node the graph mentions are not re-checked here; `kg build` checks everything.
- `add_graph(store, iri, graph)`: validate in context, then replace the graph atomically;
  ValidationFailed (and nothing written) on any Violation. For `kg ingest`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.errors import ValidationFailed
from kg.model.namespaces import ONTOLOGY_IRI, SHAPES_IRI, bind_prefixes
from kg.store.embedded import EmbeddedStore
from kg.store.terms import from_oxigraph, term_converter, to_oxigraph
from kg.validate.shacl import ValidationReport, ValidationResult, report_from
from kg.validate.shacl import validate as pyshacl_report

ENGINE_VARIABLE = "ALLIANCE_KG_SHACL"
CONTEXT_BATCH = 500


def engine() -> str:
    """'pyshacl-turbo' when installed (and not turned off by $ALLIANCE_KG_SHACL=pyshacl), else 'pyshacl'."""
    if os.environ.get(ENGINE_VARIABLE, "").lower() == "pyshacl":
        return "pyshacl"
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return "pyshacl"
    return "pyshacl-turbo"


def validate_data(
    data: Graph | ox.Store | Any, shapes: Graph, ontology: Graph, use: str | None = None
) -> ValidationReport:
    """The same report as kg.validate.validate, from whichever engine is chosen."""
    use = use or engine()
    if use == "pyshacl":
        return pyshacl_report(data if isinstance(data, Graph) else _to_rdflib(data), shapes, ontology)
    # pyshacl-turbo takes an rdflib Graph, a pyoxigraph Store or its own Input (N-Triples text)
    import pyshacl_turbo

    _conforms, results_graph, _text = pyshacl_turbo.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    return report_from(results_graph, shapes)


def _to_rdflib(store: ox.Store) -> Graph:
    graph, convert = bind_prefixes(Graph()), term_converter()
    for quad in store:
        graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    return graph


def shapes_and_ontology(store: EmbeddedStore) -> tuple[Graph, Graph]:
    return store.graph(SHAPES_IRI), store.graph(ONTOLOGY_IRI)


def instance_ntriples(store: EmbeddedStore) -> str:
    """Every graph but ontology and shapes, as one N-Triples document (their union), written by Oxigraph."""
    excluded = ", ".join(f"<{iri}>" for iri in (ONTOLOGY_IRI, SHAPES_IRI))
    triples = store.oxigraph.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({excluded})) }}"
    )
    return triples.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def validate_store(store: EmbeddedStore, use: str | None = None) -> ValidationReport:
    """The whole store's instance data against its shapes (the union of the register and reference graphs).

    pyshacl gets the union as an rdflib graph and the ontology as `ont_graph`; pyshacl-turbo
    goes through `validate_dataset` (SHACL-SPARQL on Oxigraph, the rest in pyshacl-turbo).
    """
    shapes, ontology = shapes_and_ontology(store)
    if (use or engine()) == "pyshacl":
        text = instance_ntriples(store)
        return validate_data(Graph().parse(data=text, format="nt"), shapes, ontology, "pyshacl")
    return validate_dataset(store.oxigraph, shapes)


# --- Whole-store validation: SHACL-SPARQL on Oxigraph, core constraints in pyshacl-turbo --------

FOCUS_CLASS = "akgFocusClass_"
SHAPE_REFERENCES = (SH.node, SH["and"], SH["or"], SH["not"], SH.xone, SH.qualifiedValueShape, SH.property)
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


@dataclass(frozen=True)
class SparqlRule:
    """A SHACL-SPARQL constraint (sh:select) of a property shape, as one SELECT over the whole store.

    `$this` becomes `?this`, bound by a sub-SELECT of the instances of the target classes
    (with their subclasses) of the node shapes that hold the property shape: on these
    constraints, which start from $this, that gives the rows pyshacl gets per focus node.
    """

    shape: Node  # the property shape: sh:sourceShape of the results
    constraint: Node
    path: Node
    severity: Node
    messages: tuple[Literal, ...]  # the shape's sh:message, then the constraint's other ones
    select: str  # with `?this` for `$this` and the prologue; the focus nodes are added per store
    target_classes: tuple[URIRef, ...]


def split_shapes(shapes: Graph) -> tuple[list[SparqlRule], Graph]:
    """The SHACL-SPARQL constraints that can run as whole-store SELECTs, and a copy of the shapes
    without them (what pyshacl-turbo is left to check). Anything this does not handle (other
    targets, a shape used inside another, sh:deactivated, $PATH and the like, LIMIT) stays in the copy."""
    rules = []
    core = Graph()
    core += shapes
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        rule = _sparql_rule(shapes, shape, constraint)
        if rule is not None:
            rules.append(rule)
            core.remove((shape, SH.sparql, constraint))
    return rules, core


def _sparql_rule(shapes: Graph, shape: Node, constraint: Node) -> SparqlRule | None:
    path = shapes.value(shape, SH.path)
    selects = list(shapes.objects(constraint, SH.select))
    hosts = list(shapes.subjects(SH.property, shape))
    if path is None or len(selects) != 1 or not hosts or any(shapes.value(shape, t) for t in TARGETS):
        return None
    if any(p != SH.property for _, p in shapes.subject_predicates(shape)):
        return None
    classes: list[URIRef] = []
    for host in hosts:
        if any(True for _ in shapes.subject_predicates(host)):  # nested in another shape
            return None
        if any(shapes.value(host, t) for t in TARGETS if t != SH.targetClass):
            return None
        classes += [c for c in shapes.objects(host, SH.targetClass) if isinstance(c, URIRef)]
        if {RDFS.Class, OWL.Class} & set(shapes.objects(host, RDF.type)) and isinstance(host, URIRef):
            classes.append(host)
    if any(_deactivated(shapes, node) for node in (shape, constraint, *hosts)):
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
    messages = list(shapes.objects(shape, SH.message))
    messages += [m for m in shapes.objects(constraint, SH.message) if m not in messages]
    return SparqlRule(
        shape=shape,
        constraint=constraint,
        path=path,
        severity=shapes.value(shape, SH.severity) or SH.Violation,
        messages=tuple(messages),
        select=prologue + text,
        target_classes=tuple(sorted(set(classes))),
    )


def _deactivated(shapes: Graph, node: Node) -> bool:
    value = shapes.value(node, SH.deactivated)
    return isinstance(value, Literal) and value.toPython() is True


def whole_store_query(rule: SparqlRule, classes: Iterable[str]) -> str:
    """The rule's SELECT for every focus node at once: DISTINCT rows (pyshacl drops repeated ones)."""
    match = re.search(r"\bSELECT\s+(DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\s*\{", rule.select, re.S | re.I)
    assert match is not None  # checked by _sparql_rule
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
    found: set[str] = set()
    for cls in classes:
        answer = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{cls}> }}", **dataset)
        found |= {row["c"].value for row in answer if isinstance(row["c"], ox.NamedNode)}
    return found


def run_sparql_rules(store: ox.Store, rules: Sequence[SparqlRule], **dataset: Any) -> Graph:
    """Each rule's whole-store SELECT on Oxigraph, as SHACL results (pyshacl's triples, in a graph).

    `dataset`: how the data is the query's default graph (`use_default_graph_as_union=True`, or
    nothing for a store holding the data in its default graph).
    """
    results = Graph()
    for rule in rules:
        classes = subclasses(store, rule.target_classes, **dataset)
        if not classes:
            continue
        answer = store.query(whole_store_query(rule, classes), **dataset)
        names = [v.value for v in answer.variables]
        for solution in answer:
            row = {n: from_oxigraph(t) for n, t in zip(names, solution, strict=True) if t is not None}
            _add_result(results, rule, row)
    return results


def inert(store: ox.Store, rules: Sequence[SparqlRule], excluded: Iterable[Any]) -> bool:
    """True when no triple of the `excluded` graphs can take part in a rule's answer on the union of all
    graphs: none has a predicate the rules name (or rdfs:subClassOf), none types a node with a target class.

    (On Oxigraph the union default graph is fast; a default graph listing thousands of graphs is not.)
    """
    named = {f"<{iri}>" for rule in rules for iri in _iris(rule.select)} | {f"<{RDFS.subClassOf}>"}
    targets = {f"<{c}>" for rule in rules for c in rule.target_classes}
    for graph in excluded:
        predicates = {
            str(row["p"]) for row in store.query(f"SELECT DISTINCT ?p {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        }
        types = {
            str(row["o"]) for row in store.query(f"SELECT DISTINCT ?o {{ GRAPH {graph} {{ ?s a ?o }} }}")
        }
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


def _add_result(results: Graph, rule: SparqlRule, row: dict[str, Node]) -> None:
    """One result as pyshacl makes it for a property shape (sh:value only when ?value is bound)."""
    focus, path, value = row.pop("this"), row.pop("path", None), row.pop("value", None)
    node = BNode()
    results.add((node, RDF.type, SH.ValidationResult))
    results.add((node, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
    results.add((node, SH.sourceShape, rule.shape))
    results.add((node, SH.resultSeverity, rule.severity))
    results.add((node, SH.focusNode, focus))
    if value is not None:
        results.add((node, SH.value, value))
    results.add((node, SH.resultPath, path if path is not None else rule.path))
    results.add((node, SH.sourceConstraint, rule.constraint))
    bound = {**row, "this": focus, **({"path": path} if path is not None else {})}
    if value is not None:
        bound["value"] = value
    for message in rule.messages:
        text = str(message)
        for name, term in bound.items():  # as pyshacl's _format_sparql_based_result_message
            text = re.sub(f"{{[?$]{name}}}", str(term), text)
        results.add((node, SH.resultMessage, Literal(text)))


def data_ntriples(store: ox.Store, graphs: Sequence[Any], threads: int = 2) -> str:
    """The union of `graphs` as one N-Triples document, dumped by Oxigraph in `threads` threads."""

    def dump(part: Sequence[Any]) -> bytes:
        return b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in part)

    with ThreadPoolExecutor(threads) as pool:
        parts = list(pool.map(dump, [graphs[k::threads] for k in range(threads)]))
    return b"".join(parts).decode("utf-8")


def validate_dataset(
    store: ox.Store, shapes: Graph, excluded: Iterable[URIRef] = (SHAPES_IRI,)
) -> ValidationReport:
    """Validate the union of a pyoxigraph Store's named graphs but `excluded` (pyshacl-turbo and Oxigraph).

    The ontology graph is part of the data, as pyshacl's `ont_graph` would make it. The
    N-Triples dump runs on two threads; then pyshacl-turbo (the shapes without their
    SHACL-SPARQL constraints; one core) and the whole-store SELECTs of those constraints
    (another thread) run at once.
    The SELECTs run on the union of all the store's graphs when the excluded ones (the
    shapes) cannot change their answers (`inert`), else on an in-memory copy of the data.
    """
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input

    skip = {str(iri) for iri in excluded}
    graphs, left_out = [], []
    for g in store.named_graphs():
        (left_out if isinstance(g, ox.NamedNode) and g.value in skip else graphs).append(g)
    rules, core = split_shapes(shapes)
    union_ok = inert(store, rules, left_out) and not any(
        True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )
    text = data_ntriples(store, graphs)  # on both cores; pyshacl-turbo then keeps one busy
    with ThreadPoolExecutor(1) as pool:
        if union_ok:
            sparql = pool.submit(run_sparql_rules, store, rules, use_default_graph_as_union=True)
        else:
            copy = ox.Store()
            copy.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            sparql = pool.submit(run_sparql_rules, copy, rules)
        _conforms, results_graph, _text = pyshacl_turbo.validate(
            Input(text, "nt", None, {}, preserve_ids=True),
            shacl_graph=core,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
        del text
        extra = sparql.result()
    _merge(results_graph, extra, shapes)
    return report_from(results_graph, shapes)


def _merge(report: Graph, extra: Graph, shapes: Graph) -> None:
    """Add the SHACL-SPARQL results to pyshacl-turbo's report graph (sh:result links, sh:conforms)."""
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
    violated = any(report.triples((None, SH.resultSeverity, SH.Violation)))
    report.set((report_node, SH.conforms, Literal(not violated)))


def _copy_blank_node(source: Graph, node: BNode, target: Graph) -> None:
    for predicate, value in source.predicate_objects(node):
        target.add((node, predicate, value))
        if isinstance(value, BNode):
            _copy_blank_node(source, value, target)


def context(store: EmbeddedStore, graph: Graph, replacing: URIRef | None = None) -> Iterable[ox.Quad]:
    """What the other graphs say about every IRI the graph mentions (one step out), as default-graph quads.

    The graph being replaced (`replacing`) is left out: its old statements must not vouch for the new ones.
    """
    skipped = [ONTOLOGY_IRI, SHAPES_IRI, *([replacing] if replacing is not None else [])]
    mentioned = sorted({t for triple in graph for t in (triple[0], triple[2]) if isinstance(t, URIRef)})
    for start in range(0, len(mentioned), CONTEXT_BATCH):
        values = " ".join(f"<{iri}>" for iri in mentioned[start : start + CONTEXT_BATCH])
        excluded = ", ".join(f"<{iri}>" for iri in skipped)
        yield from (
            ox.Quad(t.subject, t.predicate, t.object)
            for t in store.oxigraph.query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} "
                f"GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({excluded})) }}"
            )
        )


def validate_in_context(
    store: EmbeddedStore,
    graph: Graph,
    shapes_ontology: tuple[Graph, Graph] | None = None,
    use: str | None = None,
    replacing: URIRef | None = None,
) -> ValidationReport:
    """Validate `graph` with the store's facts about what it mentions; results for its own subjects only.

    `replacing`: the named graph `graph` is to replace (default: the graph's identifier, when an IRI).
    """
    if replacing is None and isinstance(graph.identifier, URIRef):
        replacing = graph.identifier
    shapes, ontology = shapes_ontology or shapes_and_ontology(store)
    data = ox.Store()
    data.extend(context(store, graph, replacing))
    data.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    report = validate_data(
        data if (use or engine()) != "pyshacl" else _to_rdflib(data), shapes, ontology, use
    )
    own = {str(s) for s in graph.subjects()}
    kept: tuple[ValidationResult, ...] = tuple(r for r in report.results if r.focus_node in own)
    return ValidationReport(results=kept, results_graph=report.results_graph)


def add_graph(store: EmbeddedStore, iri: URIRef, graph: Graph) -> ValidationReport:
    """Validate `graph` in context and, when it has no Violation, make it the store's graph `iri`."""
    report = validate_in_context(store, graph, replacing=URIRef(iri))
    if not report.conforms:
        raise ValidationFailed(report.as_text())
    store.replace_graph(iri, graph)
    return report
