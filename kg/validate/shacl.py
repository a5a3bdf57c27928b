"""SHACL validation of alliance graphs, with reports people can act on.

pyshacl returns a results graph; users need, per focus node, the shape's name, the
path, the message and the offending value. Two verdicts, kept apart:
- `conforms`, as SHACL defines sh:conforms: no result at all, of any severity;
- `acceptable`: no Violation. Only Violations fail a build, an ingest or `kg validate`'s
  exit code: Warnings and Infos are reported but accepted.

`validate` runs the shapes' SHACL-SPARQL constraints as one whole-data SELECT each on
Oxigraph (kg.validate.sparql_rules) and the rest in pyshacl: the same results as pyshacl
alone (`validate_with_pyshacl`, compared in tests/validate/test_engines.py), in time linear
in the data, where pyshacl alone parses each query again for every focus node.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.model.namespaces import bind_prefixes
from kg.model.rdfio import load_graph
from kg.model.sources import Sources, default_sources
from kg.store.terms import to_oxigraph
from kg.validate.report import ValidationReport, ValidationResult
from kg.validate.sparql_rules import merge, run_sparql_rules, split_shapes

SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}


def load_shapes(sources: Sources | None = None) -> Graph:
    return load_graph([(sources or default_sources()).shapes_file])


def load_ontology(sources: Sources | None = None) -> Graph:
    return load_graph((sources or default_sources()).ontology_files)


def validate(
    data: Graph,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
) -> ValidationReport:
    """Validate `data` against the shapes; the ontology supplies subclass axioms for targets.

    The SHACL-SPARQL constraints run as one SELECT each over `data` and the ontology on an
    in-memory Oxigraph store, the SHACL Core rest in pyshacl, one after the other (both in
    time linear in the data); the report is the one pyshacl alone gives.
    """
    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    rules, core = split_shapes(shapes)
    try:
        store = _oxigraph(data, ontology)
    except ValueError:  # a term rdflib read but Oxigraph refuses (an IRI with a space...): pyshacl alone
        return validate_with_pyshacl(data, shapes, ontology)
    results_graph = pyshacl_results(data, core, ontology)
    merge(results_graph, run_sparql_rules(store, rules), shapes)
    return report_from(results_graph, shapes)


def validate_with_pyshacl(
    data: Graph, shapes: Graph | None = None, ontology: Graph | None = None
) -> ValidationReport:
    """pyshacl alone, every constraint included: the reference `validate` must agree with (and one of
    the engines whose verdicts tests/validate/test_engines.py compares)."""
    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    return report_from(pyshacl_results(data, shapes, ontology), shapes)


def pyshacl_results(data: Graph, shapes: Graph, ontology: Graph) -> Graph:
    """pyshacl's results graph, sh:conforms as SHACL says (no allow_warnings).

    Inference stays off: pyshacl only needs rdfs:subClassOf to match targets, and
    RDFS/OWL inference is 10-15x slower (measured in docs/benchmarks.md).
    pyshacl adds triples to the shapes and ontology graphs it is given: it gets copies,
    so that what we validate with is also what we publish.
    """
    from pyshacl import validate as pyshacl_validate  # 0.4 s to import: only where pyshacl runs

    _conforms, results_graph, _text = pyshacl_validate(
        data,
        shacl_graph=_copy(shapes),
        ont_graph=_copy(ontology),
        inference="none",
        advanced=True,
    )
    return results_graph


def _oxigraph(*graphs: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding the union of `graphs` in its default graph."""
    store = ox.Store()
    store.extend(
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for graph in graphs for s, p, o in graph
    )
    return store


def report_from(results_graph: Graph, shapes: Graph) -> ValidationReport:
    """A report from any engine's SHACL results graph (pyshacl, pyshacl-turbo or merged ones)."""
    results = tuple(sorted(_read_results(results_graph, shapes), key=_sort_key))
    return ValidationReport(results=results, results_graph=results_graph)


def validate_files(paths: list[Path], sources: Sources | None = None) -> ValidationReport:
    """Validate the union of the given RDF files (parse errors raise InputError). They are read as every
    RDF file of the project is (kg.model.rdfio): lines ending in CR alone as their grammar says, RDF 1.2
    refused naming it (attack round 19)."""
    return validate(load_graph(paths), load_shapes(sources), load_ontology(sources))


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def _sort_key(result: ValidationResult) -> tuple:
    severity_rank = {"Violation": 0, "Warning": 1, "Info": 2}.get(result.severity, 3)
    return (result.focus_node, severity_rank, result.shape_name, result.path or "")


def _read_results(results_graph: Graph, shapes: Graph) -> list[ValidationResult]:
    bind_prefixes(results_graph)
    results = []
    for node in results_graph.subjects(RDF.type, SH.ValidationResult):
        shape = results_graph.value(node, SH.sourceShape)
        severity = results_graph.value(node, SH.resultSeverity)
        path = results_graph.value(node, SH.resultPath)
        value = results_graph.value(node, SH.value)
        message = results_graph.value(node, SH.resultMessage)
        results.append(
            ValidationResult(
                severity=_local_name(severity) if severity else "Violation",
                focus_node=_render(results_graph.value(node, SH.focusNode), results_graph),
                shape=str(shape),
                shape_name=_shape_name(shape, shapes),
                path=_render(path, shapes) if path is not None else None,
                message=str(message) if message else "constraint not met",
                value=_render(value, results_graph) if value is not None else None,
                constraint=_local_name(results_graph.value(node, SH.sourceConstraintComponent)),
                node=node,
            )
        )
    return results


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    if shape is None:
        return "(unknown shape)"
    name = shapes.value(shape, SH.name) or shapes.value(shape, RDFS.label)
    return str(name) if name else _render(shape, shapes)


def _render(term: Node | None, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return term.n3(graph.namespace_manager)
    if isinstance(term, BNode):
        return _render_path(term, graph)
    return str(term)


def _render_path(node: BNode, graph: Graph) -> str:
    """Render a blank-node SHACL path (inverse, sequence, alternatives) in SPARQL syntax."""
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _render(inverse, graph)
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_render(p, graph) for p in graph.items(alternatives)) + ")"
    members = list(graph.items(node))
    if members:
        return "/".join(_render(p, graph) for p in members)
    return "_:" + str(node)


def _local_name(term: Node | None) -> str:
    if term is None:
        return ""
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
