"""`kg ingest`, `kg explain`: safe writes to the store, refusals that leave it unchanged,
provenance from every extracted resource to the characters it came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from kg.cli.main import main
from kg.model.namespaces import AKG, REG, register_graph_iri
from kg.model.provenance import EXTRACTOR_VERSION, OA, split_provenance
from kg.pipeline.ingest import extract
from kg.store import open_store

ROOT = Path(__file__).parents[2]
OGF = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
OFA = ROOT / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"


def fixed_clock() -> dt.datetime:
    return dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def ogf_graph() -> Graph:
    return extract(OGF, clock=fixed_clock).graph


def sizes(store: Path) -> dict[URIRef, int]:
    with open_store(store) as kg:
        return kg.graph_sizes()


# --- Provenance ---------------------------------------------------------------------------------------


def selectors(graph: Graph, annotation) -> list[tuple[int, int, str]]:
    found = []
    for target in graph.objects(annotation, OA.hasTarget):
        assert graph.value(target, OA.hasSource) == URIRef(
            "https://w3id.org/alliance-kg/id/document/ogf-dmtf-work-register"
        )
        chosen = {}
        for selector in graph.objects(target, OA.hasSelector):
            chosen[graph.value(selector, RDF.type)] = selector
        position, quote = chosen[OA.TextPositionSelector], chosen[OA.TextQuoteSelector]
        found.append(
            (
                int(graph.value(position, OA.start)),
                int(graph.value(position, OA.end)),
                str(graph.value(quote, OA.exact)),
            )
        )
    return found


def test_every_selector_quotes_exactly_the_characters_it_points_to(ogf_graph: Graph) -> None:
    source = OGF.read_text(encoding="utf-8")
    annotations = list(ogf_graph.subjects(RDF.type, OA.Annotation))
    assert len(annotations) > 50
    for annotation in annotations:
        for start, end, exact in selectors(ogf_graph, annotation):
            assert source[start:end] == exact


def test_every_extracted_resource_is_traced_to_the_text(ogf_graph: Graph) -> None:
    facts, _ = split_provenance(ogf_graph)
    owned = {s for s in facts.subjects() if str(s).startswith(str(REG) + "ogf-dmtf/")}
    bodies = set(ogf_graph.objects(None, OA.hasBody))
    statement_subjects = set(ogf_graph.objects(None, RDF.subject))
    assert owned and owned <= bodies
    for predicate in (AKG.mission, AKG.charter, AKG.developedBy, AKG.party, AKG.scope, AKG.concerns):
        subjects = {s for s, _ in facts.subject_objects(predicate)} - owned  # owned nodes are annotated whole
        assert subjects and subjects <= statement_subjects, predicate


def test_the_graph_records_the_extraction_activity_and_extractor_version(ogf_graph: Graph) -> None:
    activity = ogf_graph.value(register_graph_iri("ogf-dmtf"), PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in ogf_graph
    assert str(ogf_graph.value(activity, PROV.startedAtTime)) == "2026-11-21T12:00:00+00:00"
    assert ogf_graph.value(activity, PROV.used) == URIRef(
        "https://w3id.org/alliance-kg/id/document/ogf-dmtf-work-register"
    )
    agent = ogf_graph.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in ogf_graph and str(agent).endswith(EXTRACTOR_VERSION)


def test_provenance_is_separable_from_the_facts(ogf_graph: Graph) -> None:
    facts, provenance = split_provenance(ogf_graph)
    assert len(facts) + len(provenance) == len(ogf_graph)
    assert not set(facts.subjects(RDF.type, OA.Annotation))
    assert all(p != PROV.wasGeneratedBy for _, p, _ in facts)


def test_explain_prints_the_source_sentences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "reg:ogf-dmtf/milestone-1", "--document", str(OGF)]) == 0
    out = capsys.readouterr().out
    assert "data/registers/ogf-dmtf-work-register.txt:49" in out
    assert "Establish a work relationship between the OGF OCCI-WG and the DMTF CMWG." in out
    assert main(["explain", "wg:dmtf-cmwg", "--document", str(OGF)]) == 0
    assert "akg:charter" in capsys.readouterr().out


# --- Ingest into the store ------------------------------------------------------------------------------


def test_dry_run_prints_turtle_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OFA), "--dry-run", "--store", str(store)]) == 0
    turtle = capsys.readouterr().out
    graph = Graph().parse(data=turtle, format="turtle")
    assert (REG["dmtf-snia-ofa"], RDF.type, AKG.WorkRegister) in graph
    assert not store.exists()


def test_ingest_writes_the_named_graph_and_twice_replaces_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    first = sizes(store)
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    assert sizes(store) == first == {register_graph_iri("ogf-dmtf"): first[register_graph_iri("ogf-dmtf")]}
    assert main(["ingest", str(FIXTURES / "ogf-ofa-register.html"), "--store", str(store)]) == 0
    assert set(sizes(store)) == {register_graph_iri("ogf-dmtf"), register_graph_iri("ogf-ofa")}
    assert main(["explain", "reg:ogf-ofa/collaboration-1", "--store", str(store)]) == 0


@pytest.mark.parametrize(
    ("name", "content", "message", "code"),
    [
        ("empty.txt", b"", "is empty", 2),
        ("photo.txt", bytes(range(256)) * 4, "binary file", 2),
        ("minutes.txt", (FIXTURES / "not-a-register.txt").read_bytes(), "not a work register", 2),
        (
            "bad.txt",
            (FIXTURES / "invalid" / "milestone-without-target.txt").read_bytes(),
            "SHACL violation",
            1,
        ),
    ],
    ids=["empty", "binary", "not-a-register", "violations"],
)
def test_refused_documents_leave_the_store_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str, code: int
) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    before = sizes(store)
    capsys.readouterr()
    document = tmp_path / name
    document.write_bytes(content)
    assert main(["ingest", str(document), "--store", str(store)]) == code
    error = capsys.readouterr().err
    assert message in error and str(document) in error
    assert sizes(store) == before


def test_a_refusal_names_the_failing_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = FIXTURES / "invalid" / "milestone-without-target.txt"
    assert main(["ingest", str(bad), "--dry-run"]) == 1
    error = capsys.readouterr().err
    assert (
        "register/ogf-snia/milestone-1" in error and "targetText" in error and "nothing was written" in error
    )


def test_new_entities_are_reported_for_review(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(FIXTURES / "dmtf-etc-numbered.txt"), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "needs review: https://w3id.org/alliance-kg/id/organization/etc" in err


# --- Ingest into a store made by kg build: validated in the store's context -------------------------

STRICT_TITLE_SHAPE = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX akg: <https://w3id.org/alliance-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT DATA { GRAPH <https://w3id.org/alliance-kg/shapes> {
  <https://w3id.org/alliance-kg/shapes#TestShortTitle> a sh:NodeShape ;
    sh:targetClass akg:WorkRegister ;
    sh:property [ sh:path dcterms:title ; sh:maxLength 5 ; sh:message "test: the store's own shape" ] .
} }
"""


def test_ingest_into_a_built_store_validates_against_what_the_store_holds(
    store_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(store_copy, readonly=False) as knowledge_graph:
        knowledge_graph.update(STRICT_TITLE_SHAPE)  # a shape only the store has, not the checkout
    before = sizes(store_copy)
    for dry_run in (["--dry-run"], []):
        assert main(["ingest", str(OGF), "--store", str(store_copy), *dry_run]) == 1
        error = capsys.readouterr().err
        assert "test: the store's own shape" in error and "nothing was written" in error
    assert sizes(store_copy) == before


def test_ingest_into_a_built_store_replaces_the_graph_and_the_store_stays_valid(store_copy: Path) -> None:
    assert main(["ingest", str(FIXTURES / "ogf-ofa-register.html"), "--store", str(store_copy)]) == 0
    assert main(["ingest", str(OGF), "--store", str(store_copy)]) == 0
    graphs = sizes(store_copy)
    assert register_graph_iri("ogf-ofa") in graphs and register_graph_iri("ogf-dmtf") in graphs
    assert main(["validate", "--store", str(store_copy)]) == 0
