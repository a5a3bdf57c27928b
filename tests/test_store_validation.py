"""kg.fastvalidate: the fast engine gives pyshacl's report; a new register is validated with
only what its shapes need, and one with a Violation never reaches the store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.build import assemble, data_graph
from kg.errors import ValidationFailed
from kg.fastvalidate import add_graph, engine, validate_data, validate_in_context, validate_store
from kg.namespaces import AKG, ONTOLOGY_IRI, SHAPES_IRI, register_graph_iri
from kg.store import open_store

pytest.importorskip("pyshacl_turbo")


def fired(report) -> set[tuple[str, str, str]]:
    return {(r.focus_node, r.shape, r.severity) for r in report.results}


@pytest.fixture(scope="module")
def sources() -> tuple[Graph, Graph, Graph]:
    dataset = assemble()
    return data_graph(dataset), dataset.graph(SHAPES_IRI), dataset.graph(ONTOLOGY_IRI)


def broken_register(data: Graph) -> Graph:
    """The seed data with one register stripped of a party and a milestone's target."""
    graph = Graph()
    for triple in data:
        graph.add(triple)
    graph.remove((URIRef("https://w3id.org/alliance-kg/id/register/ogf-dmtf"), AKG.party, None))
    milestone = URIRef("https://w3id.org/alliance-kg/id/register/ogf-dmtf/milestone-1")
    graph.remove((milestone, AKG.targetPeriod, None))
    return graph


def test_turbo_reports_what_pyshacl_reports(sources) -> None:
    data, shapes, ontology = sources
    for graph in (data, broken_register(data)):
        assert fired(validate_data(graph, shapes, ontology, "pyshacl-turbo")) == fired(
            validate_data(graph, shapes, ontology, "pyshacl")
        )
    assert not validate_data(broken_register(data), shapes, ontology, "pyshacl-turbo").conforms


def test_engine_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert engine() == "pyshacl-turbo"
    monkeypatch.setenv("ALLIANCE_KG_SHACL", "pyshacl")
    assert engine() == "pyshacl"


def test_the_whole_store_validates_like_the_build(seed_store: Path, sources) -> None:
    data, shapes, ontology = sources
    with open_store(seed_store) as store:
        assert fired(validate_store(store)) == fired(validate_data(data, shapes, ontology, "pyshacl"))


def test_a_register_is_validated_in_context_and_added(seed_store: Path, tmp_path: Path) -> None:
    store_path = tmp_path / "store"
    shutil.copytree(seed_store, store_path)
    iri = register_graph_iri("ogf-dmtf")
    with open_store(store_path, readonly=False) as store:
        register = store.graph(iri)
        store.update(f"DROP GRAPH <{iri}>")
        # its parties' types live in the reference graph: found in context, no false Violation
        report = add_graph(store, iri, register)
        assert report.conforms
        assert len(store.graph(iri)) == len(register)


def test_a_register_with_a_violation_is_not_written(seed_store: Path, tmp_path: Path) -> None:
    store_path = tmp_path / "store"
    shutil.copytree(seed_store, store_path)
    iri = register_graph_iri("ogf-dmtf")
    with open_store(store_path, readonly=False) as store:
        before = store.graph(iri)
        bad = Graph()
        for triple in before:
            bad.add(triple)
        bad.remove((URIRef("https://w3id.org/alliance-kg/id/register/ogf-dmtf"), AKG.party, None))
        report = validate_in_context(store, bad, replacing=iri)
        assert {r.focus_node for r in report.violations} == {
            "https://w3id.org/alliance-kg/id/register/ogf-dmtf"
        }
        with pytest.raises(ValidationFailed, match="two distinct parties"):
            add_graph(store, iri, bad)
        assert set(store.graph(iri)) == set(before)
