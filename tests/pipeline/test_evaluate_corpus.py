"""Measured on documents of every kind: `kg evaluate --corpus` against the gold of docs/corpus.md.

The rules are tuned on tests/fixtures/corpus/dev only; held-out is scored and reported, never
asserted on beyond its being scored (its figures are in docs/corpus.md). The comparison rules of
docs/corpus.md are tested on their own, on a corpus made here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.corpus_known import STILL_ACCEPTED

from kg.cli.main import main
from kg.pipeline.evaluate import (
    DocumentScore,
    corpus_report,
    evaluate_corpus,
    f1,
    gold_facts,
    matches,
    norm,
    subset_scores,
    summed,
)

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


CORPUS = Path(__file__).parents[1] / "fixtures" / "corpus"
# The floor dev must keep: 0.761 when written, 0.841 after the tuning of 2026-12-03, 0.867 after the
# second round that evening (docs/corpus.md). Session 6 renewed dev (39, then 51 documents: the old
# held-out part and twelve new documents in new layouts): 0.792 before its rules, 0.805 after; on the
# 39 documents the rules were first tuned on, 0.79 -> 0.89. Session 7 added eight documents in new
# layouts (59): 0.745 before its rules, 0.834 after (the 51 earlier ones 0.806 -> 0.841). Session 8
# added ten (69): 0.818 before its rules, 0.857 after (the ten new ones 0.725 -> 0.92). Session 9 added
# eight (77): 0.818 before its rules, 0.862 after (the eight new ones 0.504 -> 0.83; the 69 did not fall).
# Session 18 renewed dev again (247: the 72 held-out documents, last scored 0.614, moved in): 0.796 before
# its rules, 0.820 after; session 19's rules 0.834. Session 20 moved the 36 held-out documents of session
# 16 in (283): 0.800 before its rules, 0.821 after; session 21's rules 0.833. Session 22 added fifteen in
# new layouts (298): 0.831 before its rules, 0.844 after (the fifteen new ones 0.746 -> 0.805).
DEV_MICRO_F1 = 0.83
ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def scores() -> list[DocumentScore]:
    return evaluate_corpus(CORPUS)


def test_dev_reaches_its_micro_f1_and_held_out_is_reported(
    scores: list[DocumentScore], capsys: pytest.CaptureFixture[str]
) -> None:
    dev, held_out = subset_scores(scores, "dev"), subset_scores(scores, "held-out")
    assert len(dev) >= 20 and held_out, "the corpus has its two subsets"
    with capsys.disabled():
        print(f"\ncorpus micro-F1: dev {f1(summed(dev)):.3f}, held-out {f1(summed(held_out)):.3f}")
    assert f1(summed(dev)) >= DEV_MICRO_F1, corpus_report(dev, details=True)


def test_every_document_kind_of_the_corpus_is_scored(scores: list[DocumentScore]) -> None:
    kinds = {s.kind for s in scores}
    assert {"WorkRegister", "MemorandumOfUnderstanding", "LiaisonStatement", "NotAlliance"} <= kinds
    assert all(sum(s.counts["kind"]) > 0 for s in scores)


def test_documents_about_no_alliance_are_refused(scores: list[DocumentScore]) -> None:
    for score in (s for s in scores if s.kind == "NotAlliance" and s.subset == "dev"):
        if score.name in STILL_ACCEPTED:
            continue
        assert score.refusal is not None, score.name
        assert score.counts["kind"] == [1, 1, 1]


def test_normalisation_is_the_one_of_the_gold_format() -> None:
    assert norm("  “Open  Grid\tForum”. ") == "open grid forum"
    assert norm("\uff24\uff2d\uff34\uff26") == "dmtf"  # NFKC
    assert norm("Straße") == norm("STRASSE")  # case folded


def test_matching_rules() -> None:
    gold = gold_facts(
        {
            "kind": "LiaisonStatement",
            "parties": [["Open Grid Forum", "OGF"]],
            "units": [{"name": "GLUE WG", "organization": ["OGF"]}],
            "milestones": [{"text": "Publish a profile", "target": "2Q2019"}],
            "contacts": [{"name": "Jane Example", "organization": []}],
            "dates": [{"role": "deadline", "value": "2024-03-31"}],
            "liaison": {"from": ["OGF"], "to": ["DMTF"], "purpose": "action", "deadline": None},
            "warnings": ["contacts"],
        }
    )
    assert matches("parties", gold["parties"][0], (frozenset({"ogf", "global grid forum"}),))
    assert not matches("parties", gold["parties"][0], (frozenset({"dmtf"}),))
    assert matches("units", gold["units"][0], (frozenset({"glue wg"}), frozenset({"ogf"})))
    assert not matches("units", gold["units"][0], (frozenset({"glue wg"}), frozenset({"dmtf"})))
    assert matches("milestones", gold["milestones"][0], (frozenset({"publish a profile"}), "2q2019"))
    assert not matches("milestones", gold["milestones"][0], (frozenset({"publish a profile"}), "q2 2019"))
    assert matches("contacts", gold["contacts"][0], ("jane example", frozenset({"anything"})))
    assert [f[0] for f in gold["liaison"]] == ["from", "to", "purpose"]  # no deadline: nothing to count
    assert gold["dates"] == [("deadline", "2024-03-31")]


def test_a_unit_named_with_its_organization_is_that_unit() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from kg.model.namespaces import AKG
    from kg.pipeline.evaluate import GraphFacts

    graph, unit, etsi = Graph(), URIRef("urn:x:unit"), URIRef("urn:x:etsi")
    graph.add((unit, SKOS.prefLabel, Literal("ETSI MEC ISG")))
    graph.add((unit, AKG.unitOf, etsi))
    graph.add((etsi, AKG.acronym, Literal("ETSI")))
    facts = GraphFacts(graph, Graph())
    assert facts.unit_labels(unit) == {"etsi mec isg", "mec isg"}
    assert matches(
        "units", (frozenset({"mec isg"}), frozenset({"etsi"})), (facts.unit_labels(unit), frozenset({"etsi"}))
    )


def test_a_gold_unit_written_with_its_organization_is_the_unit_without_it() -> None:
    """The rule above, on the gold's side: "ETSI TC ATTM" of ETSI in the gold is the extracted "TC ATTM" of
    ETSI, and an extracted "ETSI TC ATTM" matches it as before; another organization's prefix is kept."""
    gold = gold_facts(
        {"kind": "LiaisonStatement", "units": [{"name": "ETSI TC ATTM", "organization": ["ETSI"]}]}
    )
    assert gold["units"] == [(frozenset({"etsi tc attm", "tc attm"}), frozenset({"etsi"}))]
    assert matches("units", gold["units"][0], (frozenset({"tc attm"}), frozenset({"etsi"})))
    assert not matches("units", gold["units"][0], (frozenset({"tc attm"}), frozenset({"itu-t"})))
    other = gold_facts(
        {"kind": "LiaisonStatement", "units": [{"name": "IEEE 802.3 WG", "organization": ["ETSI"]}]}
    )
    assert other["units"] == [(frozenset({"ieee 802.3 wg"}), frozenset({"etsi"}))]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A corpus of two documents: the OGF-DMTF seed in dev with a gold naming a third party, and a lunch in
    held-out. Small, so that the command's behaviour is tested without reading the whole corpus again."""
    for subset in ("dev", "held-out"):
        (tmp_path / subset).mkdir()
    register = (ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt").read_text(encoding="utf-8")
    (tmp_path / "dev" / "register.txt").write_text(register, encoding="utf-8")
    gold = {
        "document": "register.txt",
        "kind": "WorkRegister",
        "parties": [["OGF"], ["DMTF"], ["SNIA"]],
        "units": [],
        "topics": [],
        "milestones": [],
        "contacts": [],
        "dates": [],
        "liaison": None,
        "warnings": [],
    }
    (tmp_path / "dev" / "register.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "held-out" / "lunch.txt").write_text("We had lunch at noon. It was good.\n", encoding="utf-8")
    (tmp_path / "held-out" / "lunch.gold.json").write_text(
        json.dumps({"document": "lunch.txt", "kind": "NotAlliance", "reason": "a lunch"}), encoding="utf-8"
    )
    return tmp_path


def test_a_corpus_made_here_is_scored_by_those_rules(small_corpus: Path) -> None:
    scores = {s.name: s for s in evaluate_corpus(small_corpus)}
    register_score, lunch = scores["register.txt"], scores["lunch.txt"]
    assert register_score.counts["kind"] == [1, 1, 1]
    assert register_score.counts["parties"] == [3, 2, 2]  # SNIA is not a party: one missed
    assert register_score.counts["units"][0] == 0 and register_score.counts["units"][1] > 0  # all extra
    assert lunch.refusal is not None and lunch.counts["kind"] == [1, 1, 1]


def test_the_command_prints_every_subset(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole corpus is scored by the `scores` fixture; the command is shown on a small one."""
    assert main(["evaluate", "--corpus", str(small_corpus)]) == 0
    out = capsys.readouterr().out
    for heading in ("dev: 1 documents", "held-out: 1 documents", "all: 2 documents", "by kind of fact"):
        assert heading in out
    assert "by document kind" in out and "micro-F1" in out
    assert main(["evaluate", "--corpus", str(small_corpus), "--min-f1", "0.1"]) == 0  # dev 0.16
    assert main(["evaluate", "--corpus", str(small_corpus), "--min-f1", "0.99"]) == 1
    capsys.readouterr()
    with pytest.raises(SystemExit) as refused:  # no micro-F1 is over 1: a usage error, not a low score
        main(["evaluate", "--corpus", str(small_corpus), "--min-f1", "1.01"])
    assert refused.value.code == 2 and "--min-f1" in capsys.readouterr().err


def test_a_missing_corpus_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--corpus", str(tmp_path / "nowhere")]) == 2
    assert "no such corpus folder" in capsys.readouterr().err
    assert main(["evaluate", "--corpus", str(tmp_path)]) == 2
    assert "no <name>.gold.json" in capsys.readouterr().err
