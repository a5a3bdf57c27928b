"""A new graph is validated with what the store's other graphs say about what it mentions, and with the
types of the IRIs those statements point to (kg.validate.at_scale.context_of).

Why: a second document naming a specification the first one said a body develops was refused because
the shape that checks the developer's class saw the first document's akg:developedBy statement but not
the developer's type (two steps from the new graph)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.model.namespaces import ONTOLOGY_IRI, SHAPES_IRI
from kg.store.embedded import EmbeddedStore, new_graph_quads
from kg.validate.at_scale import context_of, shapes_and_ontology, validate_in_context

EX = "http://example.org/context/"
SPEC, DEVELOPER = URIRef(f"{EX}spec"), URIRef(f"{EX}developer")
DEVELOPED_BY, BODY = URIRef(f"{EX}developedBy"), URIRef(f"{EX}Body")


def shapes() -> Graph:
    """ex:spec's ex:developedBy must be an ex:Body."""
    graph = Graph(identifier=SHAPES_IRI)
    shape, constraint = URIRef(f"{EX}SpecShape"), URIRef(f"{EX}SpecShape-developedBy")
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, SH.targetNode, SPEC))
    graph.add((shape, SH.property, constraint))
    graph.add((constraint, SH.path, DEVELOPED_BY))
    graph.add((constraint, getattr(SH, "class"), BODY))
    return graph


def first_document(developer_type: URIRef = BODY) -> Graph:
    """The first document: the specification, who develops it, and what that developer is."""
    graph = Graph(identifier=URIRef(f"{EX}graph/first"))
    graph.add((SPEC, DEVELOPED_BY, DEVELOPER))
    graph.add((DEVELOPER, RDF.type, developer_type))
    return graph


def second_document() -> Graph:
    """The second document names the specification only."""
    graph = Graph(identifier=URIRef(f"{EX}graph/second"))
    graph.add((SPEC, URIRef(f"{EX}label"), Literal("The specification")))
    return graph


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as knowledge_graph:
        knowledge_graph.replace_graphs({SHAPES_IRI: shapes(), ONTOLOGY_IRI: Graph(identifier=ONTOLOGY_IRI)})
    return path


def violations(knowledge_graph: EmbeddedStore, meanwhile=None) -> list[str]:  # type: ignore[no-untyped-def]
    report = validate_in_context(
        knowledge_graph, second_document(), shapes_and_ontology(knowledge_graph), meanwhile=meanwhile
    )
    return [str(result.focus_node) for result in report.violations]


def test_the_type_of_a_value_another_graph_gives_is_context(store: Path) -> None:
    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        knowledge_graph.replace_graphs({URIRef(f"{EX}graph/first"): first_document()})
        assert violations(knowledge_graph) == []


def test_a_value_of_the_wrong_type_in_another_graph_is_still_a_violation(store: Path) -> None:
    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        knowledge_graph.replace_graphs({URIRef(f"{EX}graph/first"): first_document(URIRef(f"{EX}Other"))})
        assert violations(knowledge_graph) == [str(SPEC)]


def test_a_graph_being_written_gives_the_types_of_values_too(store: Path) -> None:
    """What a write running meanwhile says (kg.pipeline.ingest.Writing.about) counts at both steps."""
    first = first_document()
    quads = [ox.Quad(q.subject, q.predicate, q.object) for q in new_graph_quads({first.identifier: first})]

    def meanwhile(iris: Iterable[str]) -> list[ox.Quad]:
        wanted = set(iris)
        return [q for q in quads if isinstance(q.subject, ox.NamedNode) and q.subject.value in wanted]

    def first_step_only(iris: Iterable[str]) -> list[ox.Quad]:
        return [q for q in meanwhile(iris) if q.subject.value == str(SPEC)]

    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        assert violations(knowledge_graph, first_step_only) == [str(SPEC)]  # the test can fail
        assert violations(knowledge_graph, meanwhile) == []


def test_the_context_leaves_out_the_graph_replaced_and_the_shapes(store: Path) -> None:
    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        knowledge_graph.replace_graphs({URIRef(f"{EX}graph/first"): first_document()})
        kept = list(context_of(knowledge_graph, [str(SPEC)], URIRef(f"{EX}graph/second")))
        replaced = list(context_of(knowledge_graph, [str(SPEC)], URIRef(f"{EX}graph/first")))
    assert {(q.subject.value, q.predicate.value) for q in kept} == {
        (str(SPEC), str(DEVELOPED_BY)),
        (str(DEVELOPER), str(RDF.type)),
    }
    assert all(q.graph_name == ox.DefaultGraph() for q in kept)
    assert replaced == []
