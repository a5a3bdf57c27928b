"""A document some of whose facts break a shape keeps the rest (kg.pipeline.salvage): the facts a Violation
names go, each named in a warning, the rest is validated again and written; `--strict` refuses as before.

The Violations come from shapes a test store adds on chosen nodes of the OFA seed register
(support.ingest_stores.store_with_shapes), so that they do not depend on how the rules read it.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, SH
from support.ingest_stores import shape_triples, store_with_shapes

from kg.cli.main import main
from kg.errors import ValidationFailed
from kg.model.graphs import add_terms, plain_graph
from kg.model.namespaces import AKG
from kg.model.provenance import OA, split_provenance
from kg.pipeline.evaluate import as_written
from kg.pipeline.ingest import Checker, extract
from kg.pipeline.salvage import Went, owned_by, unreachable_blank_facts
from kg.store import generation, open_store

ROOT = Path(__file__).resolve().parents[2]
OFA = ROOT / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
NOTHING = URIRef("urn:x-test:nothing")  # a property no fact has: minCount 1 on it fires on the node


@pytest.fixture(scope="module")
def seed() -> tuple[URIRef, Graph]:
    """The OFA register's graph IRI and facts, as the rules read them."""
    extraction = extract(OFA)
    return extraction.graph_iri, extraction.facts


def milestone(facts: Graph, ordinal: int) -> URIRef:
    """The milestone with that ordinal (contacts have ordinals too)."""
    found = next(
        s
        for s, o in facts.subject_objects(AKG.ordinal)
        if o.toPython() == ordinal and (s, RDF.type, AKG.Milestone) in facts
    )
    assert isinstance(found, URIRef)
    return found


def stored(store: Path, graph_iri: URIRef) -> Graph:
    with open_store(store) as knowledge_graph:
        return knowledge_graph.graph(graph_iri)


def bodies(graph: Graph) -> set:
    """The annotations' bodies, statements as (subject, predicate, object) tuples."""
    found = set()
    for body in graph.objects(None, OA.hasBody):
        if isinstance(body, BNode):
            found.add(tuple(graph.value(body, p) for p in (RDF.subject, RDF.predicate, RDF.object)))
        else:
            found.add(body)
    return found


def test_a_statement_a_violation_names_goes_and_the_rest_is_written(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    graph_iri, facts = seed
    first = milestone(facts, 1)
    target = facts.value(first, AKG.targetText)
    assert target is not None
    store = store_with_shapes(tmp_path / "store", [(first, AKG.targetText, SH.maxLength, Literal(1))])
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert f"dropped: {AKG.targetText} {target.n3()} of {first} (1 triple(s)): test: refused" in out
    kept, _ = split_provenance(stored(store, graph_iri))
    assert (first, AKG.targetText, target) not in kept
    assert (first, AKG.text, None) in kept  # the milestone stays, with everything else it had
    assert len(kept) == len(facts) - 1


def test_a_node_a_violation_names_goes_with_its_links_and_its_evidence(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    graph_iri, facts = seed
    second = milestone(facts, 2)
    about = len(set(facts.triples((second, None, None))) | set(facts.triples((None, None, second))))
    store = store_with_shapes(tmp_path / "store", [(second, NOTHING, SH.minCount, Literal(1))])
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    assert f"dropped: every fact about {second} ({about} triple(s))" in capsys.readouterr().out
    kept, provenance = split_provenance(stored(store, graph_iri))
    assert (second, None, None) not in kept and (None, None, second) not in kept
    assert milestone(kept, 1) and milestone(kept, 3)
    assert second not in bodies(provenance) and milestone(kept, 1) in bodies(provenance)


def test_two_values_one_shape_refuses_on_one_node_are_each_named_with_its_own_value(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    graph_iri, facts = seed
    kept_whole = {graph_iri, facts.value(graph_iri, FOAF.primaryTopic)}
    node, path, values = next(
        (s, p, sorted(facts.objects(s, p)))
        for s, p in sorted(set(facts.subject_predicates()))
        if isinstance(s, URIRef)
        and s not in kept_whole
        and len(set(facts.objects(s, p))) >= 2
        and all(isinstance(o, Literal) for o in facts.objects(s, p))
    )
    store = store_with_shapes(tmp_path / "store", [(node, path, SH.maxLength, Literal(1))])
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    for value in values:  # one line each, citing its own value (both once cited the same one)
        assert out.count(f"dropped: {path} {value.n3()} of {node} (1 triple(s))") == 1, (value, out)
    kept, _ = split_provenance(stored(store, graph_iri))
    assert not set(kept.objects(node, path))


def test_what_a_removal_breaks_goes_in_the_next_round(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    """The milestone's text goes (a statement), then the milestone, which may not be without a text."""
    graph_iri, facts = seed
    third = milestone(facts, 3)
    shapes = [(third, AKG.text, SH.maxLength, Literal(1)), (third, AKG.text, SH.minCount, Literal(1))]
    store = store_with_shapes(tmp_path / "store", shapes)
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert f"of {third} (1 triple(s))" in out and f"dropped: every fact about {third}" in out
    kept, _ = split_provenance(stored(store, graph_iri))
    assert (third, None, None) not in kept and milestone(kept, 2)


def test_strict_refuses_at_the_first_violation_and_writes_nothing(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    _, facts = seed
    store = store_with_shapes(tmp_path / "store", [(milestone(facts, 2), NOTHING, SH.minCount, Literal(1))])
    written = generation.current(store)
    for dry_run in ([], ["--dry-run"]):
        assert main(["ingest", str(OFA), "--store", str(store), "--strict", *dry_run]) == 1
        error = capsys.readouterr().err
        assert "SHACL violation" in error and "test: refused by the store's own shape" in error
    assert generation.current(store) == written


def test_a_salvaged_document_ingested_again_is_unchanged(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    """The stored graph lacks what was dropped: the same document again is the same graph, not a change."""
    _, facts = seed
    store = store_with_shapes(tmp_path / "store", [(milestone(facts, 2), NOTHING, SH.minCount, Literal(1))])
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    written = generation.current(store)
    capsys.readouterr()
    assert main(["ingest", str(OFA), "--store", str(store)]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert generation.current(store) == written


def test_a_dry_run_reports_what_it_would_drop(
    tmp_path: Path, seed: tuple[URIRef, Graph], capsys: pytest.CaptureFixture[str]
) -> None:
    _, facts = seed
    second = milestone(facts, 2)
    store = store_with_shapes(tmp_path / "store", [(second, NOTHING, SH.minCount, Literal(1))])
    written = generation.current(store)
    assert main(["ingest", str(OFA), "--store", str(store), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert f"dropped: every fact about {second}" in captured.err  # stdout carries the Turtle
    assert str(second) not in captured.out
    assert generation.current(store) == written


# --- The parts, on graphs made here ----------------------------------------------------------------------

EX = "urn:x-test:"


def graph_of(*triples: tuple) -> Graph:
    return add_terms(plain_graph(), triples)


def test_blank_nodes_only_what_went_pointed_to_go_with_it() -> None:
    owner, other, period, shared, inner = (URIRef(EX + "a"), URIRef(EX + "b"), BNode(), BNode(), BNode())
    p = URIRef(EX + "p")
    facts = graph_of(
        (owner, p, period),
        (period, p, inner),
        (inner, p, Literal("x")),
        (owner, p, shared),
        (other, p, shared),
        (shared, p, Literal("y")),
    )
    gone = {(owner, p, period), (owner, p, shared)}
    assert unreachable_blank_facts(facts, gone) == {(period, p, inner), (inner, p, Literal("x"))}


def test_only_annotations_of_what_went_go_and_targets_they_share_stay() -> None:
    a, b = URIRef(EX + "ann-a"), URIRef(EX + "ann-b")
    node, target = URIRef(EX + "node"), BNode()
    own_target, selector = BNode(), BNode()
    provenance = graph_of(
        (a, RDF.type, OA.Annotation),
        (b, RDF.type, OA.Annotation),
        (a, OA.hasBody, node),
        (b, OA.hasBody, URIRef(EX + "kept")),
        (a, OA.hasTarget, target),
        (b, OA.hasTarget, target),
        (a, OA.hasTarget, own_target),
        (own_target, OA.hasSelector, selector),
    )
    went = Went(plain_graph(), set(), {node})
    annotations = {s for s, body in provenance.subject_objects(OA.hasBody) if went.body(provenance, body)}
    assert annotations == {a}
    assert owned_by(provenance, annotations) == {a, own_target, selector}


def test_a_statement_body_goes_when_its_statement_went() -> None:
    s, p, o = URIRef(EX + "s"), URIRef(EX + "p"), Literal("v")
    statement, open_statement = BNode(), BNode()
    provenance = graph_of(
        (statement, RDF.subject, s),
        (statement, RDF.predicate, p),
        (statement, RDF.object, o),
        (open_statement, RDF.subject, s),
        (open_statement, RDF.predicate, p),
    )
    gone = {(s, p, o)}
    assert Went(plain_graph(), gone, set()).body(provenance, statement)
    assert Went(plain_graph(), gone, set()).body(provenance, open_statement)  # no value of p stays
    still = graph_of((s, p, Literal("w")))
    assert not Went(still, gone, set()).body(provenance, open_statement)


# --- kg evaluate --validated: what ingest would write -----------------------------------------------------


class ShapesAdded(Checker):
    """The checkout's shapes and reference data, and test shapes on chosen nodes (support.ingest_stores)."""

    def __init__(self, shapes: list) -> None:
        super().__init__()
        self.added = shapes

    @cached_property
    def shapes_ontology(self) -> tuple[Graph, Graph]:
        shapes, ontology = Checker.shapes_ontology.func(self)  # type: ignore[attr-defined]
        for index, shape in enumerate(self.added):
            for triple in shape_triples(index, *shape):
                shapes.add(triple)
        return shapes, ontology


def test_evaluate_validated_scores_the_graph_without_what_a_violation_names(
    seed: tuple[URIRef, Graph],
) -> None:
    _, facts = seed
    second = milestone(facts, 2)
    written = as_written(extract(OFA), ShapesAdded([(second, NOTHING, SH.minCount, Literal(1))]))
    assert (second, None, None) not in written.facts and milestone(written.facts, 1)


def test_evaluate_validated_scores_a_document_ingest_refuses_as_refused(seed: tuple[URIRef, Graph]) -> None:
    graph_iri, facts = seed
    register = facts.value(graph_iri, FOAF.primaryTopic)
    with pytest.raises(ValidationFailed, match="SHACL violation"):
        as_written(extract(OFA), ShapesAdded([(register, NOTHING, SH.minCount, Literal(1))]))
