"""kg.validate.at_scale: the fast engine gives pyshacl's report; a new register is validated with
only what its shapes need, and one with a Violation never reaches the store. The whole-store
mode (SHACL-SPARQL constraints as whole-store SELECTs on Oxigraph, the rest in pyshacl-turbo)
gives pyshacl's report on the seed store and on a small synthetic corpus, and each SPARQL
rule fires in it exactly where tests/validate/test_shapes.py says it must."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH
from test_shapes import SPARQL_CASES, SPARQL_RULES, Case, mutated, pairs

from kg.cli.main import main
from kg.errors import ValidationFailed
from kg.model.namespaces import AKG, AKGSH, ONTOLOGY_IRI, SHAPES_IRI, register_graph_iri
from kg.model.rdfio import load_graph
from kg.pipeline.build import assemble, data_graph
from kg.store import open_store
from kg.store.embedded import EmbeddedStore
from kg.store.terms import ntriples, to_oxigraph
from kg.testing.corpus import Corpus, write
from kg.validate.at_scale import (
    add_graph,
    engine,
    split_shapes,
    validate_data,
    validate_dataset,
    validate_in_context,
    validate_store,
)

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
    assert not validate_data(broken_register(data), shapes, ontology, "pyshacl-turbo").acceptable


def test_engine_can_be_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLIANCE_KG_SHACL", raising=False)
    assert engine() == "sparql"
    monkeypatch.setenv("ALLIANCE_KG_SHACL", "pyshacl-turbo")
    assert engine() == "pyshacl-turbo"
    monkeypatch.setenv("ALLIANCE_KG_SHACL", "pyshacl")
    assert engine() == "pyshacl"


def same(report) -> set[tuple]:
    """What must be equal between engines: (focus, shape, path, value, severity), and the message."""
    return {(r.focus_node, r.shape, r.path, r.value, r.severity, r.message) for r in report.results}


def test_the_whole_store_validates_like_the_build(seed_store: Path, sources) -> None:
    data, shapes, ontology = sources
    with open_store(seed_store) as store:
        whole_store = validate_store(store)
        assert same(whole_store) == same(validate_data(data, shapes, ontology, "pyshacl"))
        assert same(whole_store) == same(validate_store(store, use="pyshacl"))
    # the seed data's Warnings include the SPARQL rule on variant e-mail domains
    assert str(AKGSH["ContactPointShape-emailDomain"]) in {r.shape for r in whole_store.results}


def test_every_sparql_rule_runs_as_a_whole_store_select(sources) -> None:
    _data, shapes, _ontology = sources
    rules, core = split_shapes(shapes)
    assert {r.shape for r in rules} == {AKGSH[host] for host in SPARQL_RULES.values()}
    assert not any(core.triples((None, SH.sparql, None)))


def test_a_small_corpus_validates_like_pyshacl(tmp_path: Path) -> None:
    corpus_file = tmp_path / "corpus.nq"
    write(Corpus(3000), corpus_file)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.bulk_load(corpus_file)
        whole_store = validate_store(store)
        assert same(whole_store) == same(validate_store(store, use="pyshacl"))
    assert whole_store.acceptable and whole_store.results and not whole_store.conforms


@pytest.fixture(scope="module")
def fixture_parts() -> tuple[Graph, Graph, Graph]:
    from test_shapes import FIXTURES

    from kg.model.sources import default_sources

    sources = default_sources()
    return (
        load_graph([FIXTURES / "valid.ttl"]),
        load_graph([sources.shapes_file]),
        load_graph(sources.ontology_files),
    )


def as_dataset(data: Graph, shapes: Graph, ontology: Graph) -> ox.Store:
    """The data in a named graph of an in-memory Oxigraph store, with ontology and shapes in theirs."""
    store = ox.Store()
    for iri, graph in ((URIRef("http://example.org/akg-test/data"), data), (ONTOLOGY_IRI, ontology)):
        store.load(ntriples(graph).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(iri)))
    store.load(
        ntriples(shapes).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(SHAPES_IRI))
    )
    return store


def test_whole_store_mode_is_quiet_on_the_valid_fixture(fixture_parts) -> None:
    baseline, shapes, ontology = fixture_parts
    assert validate_dataset(as_dataset(baseline, shapes, ontology), shapes).results == ()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in SPARQL_CASES])
def test_each_sparql_rule_fires_in_whole_store_mode(case: Case, fixture_parts) -> None:
    baseline, shapes, ontology = fixture_parts
    data = mutated(baseline, case.update)
    report = validate_dataset(as_dataset(data, shapes, ontology), shapes)
    assert report.fired() == pairs(case), report.as_text()
    assert {r.severity for r in report.results} <= {case.severity}
    if report.results:  # the same results, messages included, as pyshacl on the graph itself
        assert same(report) == same(validate_data(data, shapes, ontology, "pyshacl"))


def test_a_register_is_validated_in_context_and_added(store_copy: Path) -> None:
    iri = register_graph_iri("ogf-dmtf")
    with open_store(store_copy, readonly=False) as store:
        register = store.graph(iri)
        store.update(f"DROP GRAPH <{iri}>")
        # its parties' types live in the reference graph: found in context, no false Violation
        report = add_graph(store, iri, register)
        assert report.acceptable
        assert len(store.graph(iri)) == len(register)


def test_a_register_with_thousands_of_values_validates_like_pyshacl(store_copy: Path) -> None:
    """Past FANOUT values of one property on one node, those statements and the shapes that could see
    them go to pyshacl (pyshacl-turbo's cost grows faster than linear there: kg.validate.fanout); the
    report stays pyshacl's, on a shape of the heavy path and on one of another path."""
    from big_register import grown

    from kg.validate.fanout import FANOUT, heavy_predicates

    graph = grown(FANOUT + 100)
    register = next(graph.subjects(RDF.type, AKG.WorkRegister))
    graph.add((register, AKG.contactPoint, next(graph.subjects(RDF.type, AKG.Milestone))))  # not a contact
    graph.add((register, AKG.nonExclusive, Literal("yes")))  # not a boolean
    data = ox.Store()
    data.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    assert {AKG.contactPoint, AKG.milestone} <= heavy_predicates(data)
    with open_store(store_copy) as store:
        turbo = validate_in_context(store, graph, use="pyshacl-turbo")
        reference = validate_in_context(store, graph, use="pyshacl")
    assert same(turbo) == same(reference)
    assert {(r.shape, r.focus_node) for r in turbo.violations} == {
        (str(AKGSH["WorkRegisterShape-contactPoint"]), str(register)),
        (str(AKGSH["WorkRegisterShape-nonExclusive"]), str(register)),
    }


def test_a_register_with_a_violation_is_not_written(store_copy: Path) -> None:
    iri = register_graph_iri("ogf-dmtf")
    with open_store(store_copy, readonly=False) as store:
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


def test_kg_validate_store_checks_the_whole_store(
    seed_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--store", str(seed_store)]) == 0
    out = capsys.readouterr().out
    assert "Warning" in out and "Violation" not in out


def test_kg_validate_store_fails_on_a_broken_register(
    store_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = "https://w3id.org/alliance-kg/id/register/ogf-dmtf"
    with open_store(store_copy, readonly=False) as store:
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{register}> <{AKG.party}> ?party }} }}")
    assert main(["validate", "--store", str(store_copy), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    failing = {
        focus
        for focus, results in report["focusNodes"].items()
        if any(r["severity"] == "Violation" for r in results)
    }
    assert failing == {register} and report["violations"] >= 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["validate"], "give the RDF files to validate, or --store"),
        (["validate", "x.ttl", "--store"], "not both"),
        (["validate", "--store", "/nonexistent/store"], "/nonexistent/store"),
    ],
)
def test_kg_validate_store_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1


def test_kg_validate_store_needs_the_shapes_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_path = tmp_path / "store"
    with open_store(store_path, readonly=False) as store:
        store.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }")
    assert main(["validate", "--store", str(store_path)]) == 2
    assert "holds no shapes graph" in capsys.readouterr().err
