"""What `kg ingest` no longer does per triple of a large document (issue 12 point 8, session 20), each
judged by counts of the work done, not by time (docs/reliability.md section 17):

- a document judged without documents accepted before (every ingest but a dry run's later documents)
  never reads its facts for a context that is empty (kg.pipeline.ingest.DryRunContext.around);
- the compiled checks add the ontology to the store the checker made for one document rather than
  copying the document and the reference data into a second store (kg.validate.at_scale.validate_data,
  `owned`), and the report is the same either way."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.pipeline.ingest import DryRunContext
from kg.store.terms import default_graph_quads
from kg.validate import at_scale
from kg.validate.shacl import load_ontology, load_shapes

EX = "https://example.org/"
AKG = "https://w3id.org/alliance-kg/ontology#"


class CountingGraph(Graph):
    """A graph that counts how often its triples are read."""

    reads = 0

    def triples(self, *args: Any, **kwargs: Any) -> Iterator[Any]:  # type: ignore[override]
        CountingGraph.reads += 1
        return super().triples(*args, **kwargs)

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        CountingGraph.reads += 1
        return super().__iter__()


def facts(graph: Graph, count: int) -> Graph:
    for n in range(count):
        graph.add((URIRef(f"{EX}m{n}"), RDFS.label, Literal(f"milestone {n}")))
    return graph


def test_an_empty_context_never_reads_the_facts() -> None:
    CountingGraph.reads = 0
    document = facts(CountingGraph(), 50)
    assert DryRunContext().around(URIRef(f"{EX}g"), document) == []
    assert CountingGraph.reads == 0


def test_a_context_with_documents_is_still_read() -> None:
    context = DryRunContext()
    other = Graph()
    other.add((URIRef(f"{EX}m1"), RDF.type, URIRef(f"{AKG}Milestone")))
    context.add(URIRef(f"{EX}other"), other)
    CountingGraph.reads = 0
    around = context.around(URIRef(f"{EX}g"), facts(CountingGraph(), 5))
    assert CountingGraph.reads >= 1
    assert [q.subject.value for q in around] == [f"{EX}m1"]


def data_store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.extend(default_graph_quads(graph))
    return store


@pytest.fixture(scope="module")
def shapes_ontology() -> tuple[Graph, Graph]:
    return load_shapes(), load_ontology()


def invalid_register() -> Graph:
    """A register with no title and a milestone without a label: Violations to compare."""
    graph = Graph()
    register = URIRef(f"{EX}register")
    graph.add((register, RDF.type, URIRef(f"{AKG}WorkRegister")))
    milestone = URIRef(f"{EX}register/m1")
    graph.add((milestone, RDF.type, URIRef(f"{AKG}Milestone")))
    graph.add((register, URIRef(f"{AKG}hasMilestone"), milestone))
    return graph


def test_an_owned_store_is_not_copied_and_gives_the_same_report(
    shapes_ontology: tuple[Graph, Graph], monkeypatch: pytest.MonkeyPatch
) -> None:
    shapes, ontology = shapes_ontology
    graph = invalid_register()
    copied = at_scale.validate_data(data_store(graph), shapes, ontology, "sparql")
    copies: list[object] = []
    real = at_scale._with_ontology

    def counted(data: Any, onto: Graph) -> ox.Store:
        copies.append(data)
        return real(data, onto)

    monkeypatch.setattr(at_scale, "_with_ontology", counted)
    owned = at_scale.validate_data(data_store(graph), shapes, ontology, "sparql", owned=True)
    assert copies == []
    assert owned.results == copied.results
    assert owned.violations  # the comparison is of something


def test_an_owned_store_with_named_graphs_is_copied_as_before(
    shapes_ontology: tuple[Graph, Graph], monkeypatch: pytest.MonkeyPatch
) -> None:
    shapes, ontology = shapes_ontology
    store = ox.Store()
    name = ox.NamedNode(f"{EX}g")
    quads = default_graph_quads(invalid_register())
    store.extend(ox.Quad(q.subject, q.predicate, q.object, name) for q in quads)
    copies: list[object] = []
    real = at_scale._with_ontology

    def counted(data: Any, onto: Graph) -> ox.Store:
        copies.append(data)
        return real(data, onto)

    monkeypatch.setattr(at_scale, "_with_ontology", counted)
    report = at_scale.validate_data(store, shapes, ontology, "sparql", owned=True)
    assert len(copies) == 1
    assert report.violations
