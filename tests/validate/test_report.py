"""`kg validate`'s two verdicts: `conforms` as SHACL defines sh:conforms (no result of any severity),
`acceptable` when no Violation remains; the exit code follows `acceptable` (0), 1 on Violations.
And validation of a document costs time linear in it: no SHACL-SPARQL query is parsed per focus node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from big_register import grown, seed_register
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.plugins.sparql import processor as sparql_processor
from test_shapes import FIXTURES, drop, mutated

from kg.cli.main import main
from kg.model.rdfio import load_graph
from kg.validate import shacl
from kg.validate.shacl import load_ontology, load_shapes, validate

BAD_REGISTER = Path(__file__).parents[1] / "fixtures" / "validate" / "bad-register.ttl"


@pytest.fixture(scope="module")
def warning_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The valid fixture without its register's version: one Warning (version recommended), no Violation."""
    graph = mutated(load_graph([FIXTURES / "valid.ttl"]), drop("register", "akg:version"))
    path = tmp_path_factory.mktemp("report") / "warning-only.ttl"
    graph.serialize(path, format="turtle")
    return path


def run_json(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["validate", "--format", "json", str(path)])
    return code, json.loads(capsys.readouterr().out)


def test_a_warning_means_not_conforming_but_acceptable(
    warning_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, payload = run_json(warning_only, capsys)
    assert code == 0
    assert payload["conforms"] is False  # SHACL: any result makes sh:conforms false
    assert payload["acceptable"] is True
    assert (payload["violations"], payload["warnings"], payload["infos"]) == (0, 1, 0)


def test_the_turtle_report_says_what_shacl_says(
    warning_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--format", "turtle", str(warning_only)]) == 0
    report = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert [c.toPython() for c in report.objects(None, SH.conforms)] == [False]


def test_the_text_report_names_both_verdicts(warning_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(warning_only)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert (
        first == "0 violation(s), 1 warning(s) on 1 focus node(s): does not conform; acceptable: no violation"
    )


def test_no_result_conforms(capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(FIXTURES / "valid.ttl", capsys)
    assert (code, payload["conforms"], payload["acceptable"], payload["warnings"]) == (0, True, True, 0)


def test_a_violation_is_neither(capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(BAD_REGISTER, capsys)
    assert (code, payload["conforms"], payload["acceptable"]) == (1, False, False)
    assert payload["violations"] >= 3


def test_no_sparql_query_is_parsed_per_focus_node(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyshacl alone parses each SHACL-SPARQL query again for every focus node (hundreds of parses, most
    of the time of a document's validation); `validate` runs each as one SELECT on Oxigraph instead."""
    parses = []
    original = sparql_processor.parseQuery  # what rdflib's Graph.query parses with
    monkeypatch.setattr(sparql_processor, "parseQuery", lambda q: parses.append(q) or original(q))
    shapes, ontology = load_shapes(), load_ontology()
    validate(grown(40), shapes, ontology)
    assert parses == []
    # the same graph through pyshacl alone does parse them, once per focus node: what this test guards
    shacl.validate_with_pyshacl(grown(40), shapes, ontology)
    assert len(parses) >= 40


def test_a_big_document_gets_the_small_ones_verdicts() -> None:
    """Grown to hundreds of contacts and milestones, the seed register keeps its verdicts (no new result)."""
    shapes, ontology = load_shapes(), load_ontology()
    small = {(r.shape, r.severity) for r in validate(seed_register(), shapes, ontology).results}
    big = {(r.shape, r.severity) for r in validate(grown(300), shapes, ontology).results}
    assert big == small
