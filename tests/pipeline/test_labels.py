"""Two documents that name one new resource differently are both stored, with one preferred label
(kg.pipeline.labels): the first document's name stays preferred, the second's is an alternative label.

Why: the union default graph held two skos:prefLabel in one language and the second document was
refused ("A specification must have a skos:prefLabel literal, at most one per language"), in a batch
and one document after the other alike (found ingesting the development corpus in one batch: five
documents refused). The documents here are invented: a joint work plan with a work-item table and an
alliance page in prose, naming the specification FTI "Fabric Telemetry Interface" and "Fabric Telemetry
Interconnect" (the letters of FTI spell both: "Open Fabric Telemetry Interface (FTI)" is read as
"Fabric Telemetry Interface" since session 14, kg.extract.names.name_before_acronym)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.cli.main import main
from kg.pipeline.labels import settled_labels
from kg.store import open_store

FTI = URIRef("https://w3id.org/alliance-kg/id/specification/fti")
PLAN = """# DMTF and SNIA Joint Work Plan

## Parties
- DMTF
- SNIA

## Work items
| Item | Specification | Target |
|---|---|---|
| 1 | Fabric Telemetry Interface (FTI) 1.0 | 3Q2027 |
"""
PAGE = """# DMTF alliance with SNIA

DMTF and SNIA have an alliance partnership to align their storage management work.

The two organizations collaborate on the Fabric Telemetry Interconnect (FTI), which SNIA publishes.
"""
LABELS = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?property ?label WHERE {
  GRAPH ?g { <https://w3id.org/alliance-kg/id/specification/fti> ?property ?label }
  FILTER (?property IN (skos:prefLabel, skos:altLabel))
}"""
FIRST_NAME, SECOND_NAME = "Fabric Telemetry Interface", "Fabric Telemetry Interconnect"


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "a-plan.md").write_text(PLAN, encoding="utf-8")
    (folder / "b-page.md").write_text(PAGE, encoding="utf-8")
    return folder


def labels(store: Path) -> set[tuple[str, str]]:
    with open_store(store) as kg:
        return {(str(row["property"]).split("#")[-1], str(row["label"])) for row in kg.select(LABELS)}


def test_each_document_names_the_specification_its_own_way(
    documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Alone, each document prefers its own name (so the tests below can fail)."""
    for name, expected in (("a-plan.md", FIRST_NAME), ("b-page.md", SECOND_NAME)):
        assert main(["ingest", str(documents / name), "--dry-run"]) == 0
        assert f'skos:prefLabel "{expected}"@en' in capsys.readouterr().out


@pytest.mark.parametrize("batch", [True, False], ids=["one batch", "one after the other"])
def test_the_second_name_is_kept_as_an_alternative_label(
    documents: Path, tmp_path: Path, batch: bool
) -> None:
    store = tmp_path / "store"
    runs = [[str(documents)]] if batch else [[str(documents / "a-plan.md")], [str(documents / "b-page.md")]]
    for paths in runs:
        assert main(["ingest", *paths, "--store", str(store)]) == 0
    assert labels(store) == {("prefLabel", FIRST_NAME), ("altLabel", SECOND_NAME)}


def test_ingesting_both_again_changes_nothing(
    documents: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(documents), "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["ingest", str(documents), "--store", str(store)]) == 0
    assert "0 added, 0 replaced, 2 unchanged, 0 refused" in capsys.readouterr().out


def test_a_label_another_graph_prefers_too_or_in_another_language_is_kept() -> None:
    facts = Graph(identifier=URIRef("http://example.org/graph"))
    facts.add((FTI, SKOS.prefLabel, Literal(FIRST_NAME, lang="en")))
    same = settled_labels(facts, lambda _: [Literal(FIRST_NAME, lang="en"), Literal("Interface", lang="fr")])
    clashing = settled_labels(facts, lambda _: [Literal(SECOND_NAME, lang="en")])
    assert same is facts
    assert set(clashing) == {(FTI, SKOS.altLabel, Literal(FIRST_NAME, lang="en"))}
