"""Session 26 (engineer M): the document's graph shares its facts' subject entries (copy on write), the
mapping asks its own subject index whether a triple is new, and the provenance's offsets are made
without rdflib's constructor. Each must give what it replaces."""

from __future__ import annotations

import pickle

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model.budget import TripleBudget
from kg.model.graphs import SubjectMemory, add_terms, plain_graph, subject_index, union_graph
from kg.model.literals import offset_literal
from kg.model.mapping import Mapper, map_record
from kg.pipeline.ingest import extract, seed_documents

EX = Namespace("http://example.org/")
NODE = BNode("n1")
FACTS = [
    (EX.graph, RDF.type, EX.Graph),
    (EX.a, RDF.type, EX.Thing),
    (EX.a, RDFS.label, Literal("A", lang="en")),
    (EX.a, EX.part, NODE),
    (NODE, RDFS.label, Literal("blank")),
]
PROVENANCE = [
    (EX.graph, EX.generatedBy, EX.activity),  # a subject of the facts: its entry is copied first
    (EX.annotation, EX.hasBody, EX.a),
    (EX.annotation, EX.hasTarget, NODE),
]


def triples(graph: Graph) -> set:  # type: ignore[type-arg]
    return set(graph)


def made() -> tuple[Graph, Graph]:
    facts = add_terms(plain_graph(EX.graph), FACTS)
    return facts, union_graph(EX.graph, facts, PROVENANCE)


def test_the_union_holds_both_and_shares_the_entries_of_the_subjects_it_does_not_change() -> None:
    facts, union = made()
    assert triples(union) == set(FACTS) | set(PROVENANCE)
    assert triples(facts) == set(FACTS)
    mine, theirs = subject_index(union), subject_index(facts)
    assert mine[EX.a] is theirs[EX.a]  # shared, not copied
    assert mine[EX.graph] is not theirs[EX.graph]  # copied before the provenance was added to it


@pytest.mark.parametrize("changed", ["facts", "union"])
def test_changing_either_graph_leaves_the_other_as_it_was(changed: str) -> None:
    facts, union = made()
    graph, other = (facts, union) if changed == "facts" else (union, facts)
    expected = triples(other)
    graph.add((EX.a, RDFS.comment, Literal("more")))
    graph.add((NODE, RDFS.comment, Literal("more")))
    graph.remove((EX.a, RDFS.label, None))
    graph.set((NODE, RDFS.label, Literal("changed")))
    assert triples(other) == expected
    assert (EX.a, RDFS.comment, Literal("more")) in graph
    assert (EX.a, RDFS.label, Literal("A", lang="en")) not in graph
    assert list(other.objects(NODE, RDFS.label)) == [Literal("blank")]  # by predicate: its own indexes


def test_graphs_pickled_together_stay_apart_when_changed() -> None:
    facts, union = pickle.loads(pickle.dumps(made()))
    union.add((EX.a, RDFS.comment, Literal("more")))
    assert triples(facts) == set(FACTS)
    facts.remove((EX.a, None, None))
    assert (EX.a, RDFS.comment, Literal("more")) in union
    assert (EX.a, RDF.type, EX.Thing) in union


def test_a_graph_on_another_store_is_copied_triple_by_triple() -> None:
    facts = add_terms(Graph(store=SimpleMemory(), identifier=EX.graph), FACTS)
    union = union_graph(EX.graph, facts, PROVENANCE)
    assert isinstance(union.store, SubjectMemory)
    assert triples(union) == set(FACTS) | set(PROVENANCE)
    union.remove((EX.a, None, None))
    assert triples(facts) == set(FACTS)


def test_the_mapping_spends_once_per_distinct_triple_and_keeps_the_first() -> None:
    extraction = extract(next(iter(seed_documents().values())))
    budget = TripleBudget(10**6)
    mapper = Mapper(extraction.record, extraction.document, "register.txt", budget)
    mapper.add((EX.a, RDFS.label, Literal("x")), (EX.a, RDFS.label, Literal("x")))
    mapper.add((EX.a, RDFS.label, Literal("x")), (EX.a, RDFS.label, Literal("y")), (EX.b, RDF.type, EX.T))
    assert budget.spent == 3 == len(mapper.graph)
    whole = TripleBudget(10**6)
    facts, _ = map_record(extraction.record, extraction.document, "register.txt", whole)
    assert whole.spent == len(facts) == len(extraction.facts)


@pytest.mark.parametrize("value", [0, 1, 7, 1234, 10**15])
def test_an_offset_is_the_literal_the_constructor_makes(value: int) -> None:
    made, expected = offset_literal(value), Literal(value, datatype=XSD.nonNegativeInteger)
    assert type(made) is Literal and str(made) == str(expected) and made == expected
    assert hash(made) == hash(expected)
    assert {slot: getattr(made, slot) for slot in Literal.__slots__} == {
        slot: getattr(expected, slot) for slot in Literal.__slots__
    }
    assert made.value == value and made.datatype == XSD.nonNegativeInteger and made.language is None


@pytest.mark.parametrize("value", [-1, True])
def test_what_is_not_a_plain_offset_goes_through_the_constructor(value: int) -> None:
    made, expected = offset_literal(value), Literal(value, datatype=XSD.nonNegativeInteger)
    assert str(made) == str(expected) and made.value == expected.value and made == expected


ANNOTATIONS = [
    (EX.annotation1, RDF.type, EX.Annotation),
    (EX.annotation1, EX.motivatedBy, EX.identifying),
    (EX.annotation2, RDF.type, EX.Annotation),
    (EX.annotation2, EX.motivatedBy, EX.identifying),
    (EX.annotation2, EX.motivatedBy, EX.describing),  # a second object: annotation2's own dict
    (EX.annotation3, EX.motivatedBy, EX.identifying),
    (EX.annotation3, RDFS.label, Literal("three")),
]


def test_subjects_of_the_triples_share_one_dict_per_predicate_and_iri_and_change_apart() -> None:
    facts = add_terms(plain_graph(EX.graph), FACTS)
    union = union_graph(EX.graph, facts, ANNOTATIONS)
    index = subject_index(union)
    assert index[EX.annotation1][RDF.type] is index[EX.annotation2][RDF.type]
    assert index[EX.annotation1][EX.motivatedBy] is index[EX.annotation3][EX.motivatedBy]
    assert triples(union) == set(FACTS) | set(ANNOTATIONS)
    assert set(union.objects(EX.annotation1, EX.motivatedBy)) == {EX.identifying}
    union.add((EX.annotation1, RDF.type, EX.Other))
    union.remove((EX.annotation3, EX.motivatedBy, EX.identifying))
    union.set((EX.annotation2, EX.motivatedBy, EX.linking))
    assert set(union.objects(EX.annotation1, RDF.type)) == {EX.Annotation, EX.Other}
    assert set(union.objects(EX.annotation2, RDF.type)) == {EX.Annotation}
    assert set(union.objects(EX.annotation1, EX.motivatedBy)) == {EX.identifying}
    assert set(union.objects(EX.annotation2, EX.motivatedBy)) == {EX.linking}
    assert set(union.objects(EX.annotation3, None)) == {Literal("three")}
    assert set(union.subjects(RDF.type, EX.Annotation)) == {EX.annotation1, EX.annotation2}
    assert triples(facts) == set(FACTS)
