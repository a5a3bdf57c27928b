"""Measured quality: extraction of each seed register against its curated gold graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.cli.main import main
from kg.model.namespaces import AKG, REG
from kg.pipeline.evaluate import THRESHOLD, Comparison, compare, evaluate_seeds


@pytest.fixture(scope="module")
def comparisons() -> dict[str, Comparison]:
    return {c.name.split()[0]: c for c in evaluate_seeds()}


@pytest.mark.parametrize("slug", ["ogf-dmtf", "dmtf-snia-ofa"])
def test_precision_and_recall_reach_the_threshold(comparisons: dict[str, Comparison], slug: str) -> None:
    total = comparisons[slug].total
    assert total.precision >= THRESHOLD, comparisons[slug].as_text(details=True)
    assert total.recall >= THRESHOLD, comparisons[slug].as_text(details=True)


def test_every_kind_of_fact_of_the_gold_is_counted(comparisons: dict[str, Comparison]) -> None:
    kinds = {s.kind for s in comparisons["dmtf-snia-ofa"].scores}
    assert {"akg:milestone", "akg:policy", "akg:approval", "akg:mission", "type akg:Milestone"} <= kinds
    curated = Path(__file__).parents[2] / "data" / "curated" / "ogf-dmtf.ttl"
    assert comparisons["ogf-dmtf"].total.gold == len(Graph().parse(curated))


def test_blank_nodes_are_compared_by_structure() -> None:
    def graph(label: str) -> Graph:
        g, node = Graph(), BNode()
        g.add((REG.x, AKG.milestone, node))
        g.add((node, AKG.targetText, Literal(label)))
        return g

    assert compare(graph("2Q2011"), graph("2Q2011")).total.recall == 1.0
    different = compare(graph("2Q2011"), graph("3Q2011")).total
    assert different.matched == 0 and different.recall == 0.0


def test_string_literals_compare_as_rdf_terms() -> None:
    typed, plain = Graph(), Graph()
    typed.add((REG.x, AKG.version, Literal("1.3d", datatype=XSD.string)))
    plain.add((REG.x, AKG.version, Literal("1.3d")))
    assert compare(typed, plain).total.recall == 1.0
    tagged = Graph()
    tagged.add((REG.x, AKG.version, Literal("1.3d", lang="en")))
    assert compare(tagged, plain).total.recall == 0.0


def test_a_wrong_fact_costs_precision_and_recall() -> None:
    gold = Graph()
    gold.add((REG.x, RDF.type, AKG.WorkRegister))
    gold.add((REG.x, AKG.party, URIRef("https://w3id.org/alliance-kg/id/organization/dmtf")))
    wrong = Graph()
    wrong.add((REG.x, RDF.type, AKG.WorkRegister))
    wrong.add((REG.x, AKG.party, URIRef("https://w3id.org/alliance-kg/id/organization/ogf")))
    total = compare(wrong, gold).total
    assert (total.precision, total.recall) == (0.5, 0.5)


def test_kg_evaluate_prints_scores_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "dmtf-snia-ofa"]) == 0
    out = capsys.readouterr().out
    assert "akg:milestone" in out and "all facts" in out
    assert main(["evaluate", "ogf-dmtf", "--min", "0.99"]) == 1
