"""SHACL validation at store scale: a faster engine, the whole store, and one new graph in context.

Why: pyshacl needs minutes on a million triples (shared/notes/rdf-performance.md) and
about 2 s even for the two seed registers, mostly per-call overhead. pyshacl-turbo (PyPI,
Rust engine, optional: `pip install 'alliance-kg[fast]'`) takes the same arguments,
reads a pyoxigraph Store directly and gives the same results (tests/test_fastvalidate.py
compares the reports); it is used when installed, unless $ALLIANCE_KG_SHACL=pyshacl.

- `validate_store(store)`: the whole store (every graph but ontology and shapes),
  against the shapes and ontology graphs the store holds.
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
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import ValidationFailed
from kg.namespaces import ONTOLOGY_IRI, SHAPES_IRI, bind_prefixes
from kg.store import EmbeddedStore, to_oxigraph
from kg.validate import ValidationReport, ValidationResult, _read_results, _sort_key
from kg.validate import validate as pyshacl_report

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
    data: Graph | ox.Store, shapes: Graph, ontology: Graph, use: str | None = None
) -> ValidationReport:
    """The same report as kg.validate.validate, from whichever engine is chosen."""
    use = use or engine()
    if use == "pyshacl":
        return pyshacl_report(data if isinstance(data, Graph) else _to_rdflib(data), shapes, ontology)
    import pyshacl_turbo

    _conforms, results_graph, _text = pyshacl_turbo.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    results = tuple(sorted(_read_results(results_graph, shapes), key=_sort_key))
    return ValidationReport(results=results, results_graph=results_graph)


def _to_rdflib(store: ox.Store) -> Graph:
    from kg.store import from_oxigraph

    graph = bind_prefixes(Graph())
    for quad in store:
        graph.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
    return graph


def shapes_and_ontology(store: EmbeddedStore) -> tuple[Graph, Graph]:
    return store.graph(SHAPES_IRI), store.graph(ONTOLOGY_IRI)


def instance_data(store: EmbeddedStore) -> ox.Store:
    """Every graph but ontology and shapes, merged into the default graph of an in-memory store."""
    excluded = ", ".join(f"<{iri}>" for iri in (ONTOLOGY_IRI, SHAPES_IRI))
    triples = store.oxigraph.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({excluded})) }}"
    )
    data = ox.Store()
    data.bulk_load(triples.serialize(format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    return data


def validate_store(store: EmbeddedStore, use: str | None = None) -> ValidationReport:
    shapes, ontology = shapes_and_ontology(store)
    return validate_data(instance_data(store), shapes, ontology, use)


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
