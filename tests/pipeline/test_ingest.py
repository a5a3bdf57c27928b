"""`kg ingest`, `kg explain`: safe writes to the store, refusals that leave it unchanged,
provenance from every extracted resource to the characters it came from, identity that never
loses data (unchanged is a no-op, changed is refused unless --replace), the size cap.

No test assumes how graph and document IRIs are minted (kg.model.mapping decides): each takes
them from an extraction of the same document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import FOAF, PROV
from support.ingest_stores import refusing_store

from kg.cli.main import main
from kg.model.namespaces import AKG, ONTOLOGY_IRI, REFERENCE_GRAPH, REG, SHAPES_IRI
from kg.model.provenance import EXTRACTOR_VERSION, OA, split_provenance
from kg.pipeline.ingest import Extraction, extract
from kg.store import generation, open_store
from kg.validate.at_scale import validate_store

ROOT = Path(__file__).parents[2]
OGF = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
OFA = ROOT / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
BASE_GRAPHS = {ONTOLOGY_IRI, SHAPES_IRI, REFERENCE_GRAPH}  # what a store kg ingest makes starts with


def fixed_clock() -> dt.datetime:
    return dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def ogf() -> Extraction:
    return extract(OGF, clock=fixed_clock)


@pytest.fixture(scope="module")
def ogf_graph(ogf: Extraction) -> Graph:
    return ogf.graph


def graph_of(path: Path, **options: object) -> URIRef:
    """The named graph the mapping gives the document (however it is minted)."""
    return extract(path, **options).graph_iri  # type: ignore[arg-type]


def sizes(store: Path) -> dict[URIRef, int]:
    with open_store(store) as kg:
        return kg.graph_sizes()


# --- Provenance ---------------------------------------------------------------------------------------


def selectors(graph: Graph, annotation) -> list[tuple[int, int, str]]:
    found = []
    document = graph.value(graph.identifier, PROV.wasDerivedFrom)
    for target in graph.objects(annotation, OA.hasTarget):
        assert graph.value(target, OA.hasSource) == document
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


def test_every_extracted_resource_is_traced_to_the_text(ogf: Extraction, ogf_graph: Graph) -> None:
    facts, _ = split_provenance(ogf_graph)
    owned = {s for s in facts.subjects() if str(s).startswith(f"{REG}{ogf.slug}/")}
    bodies = set(ogf_graph.objects(None, OA.hasBody))
    statement_subjects = set(ogf_graph.objects(None, RDF.subject))
    assert owned and owned <= bodies
    for predicate in (AKG.mission, AKG.charter, AKG.developedBy, AKG.party, AKG.scope, AKG.concerns):
        subjects = {s for s, _ in facts.subject_objects(predicate)} - owned  # owned nodes are annotated whole
        assert subjects and subjects <= statement_subjects, predicate


def test_the_graph_records_the_extraction_activity_and_extractor_version(ogf_graph: Graph) -> None:
    activity = ogf_graph.value(ogf_graph.identifier, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in ogf_graph
    assert str(ogf_graph.value(activity, PROV.startedAtTime)) == "2026-11-21T12:00:00+00:00"
    document = ogf_graph.value(ogf_graph.identifier, PROV.wasDerivedFrom)
    assert ogf_graph.value(activity, PROV.used) == document and (document, AKG.sha256, None) in ogf_graph
    agent = ogf_graph.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in ogf_graph and str(agent).endswith(EXTRACTOR_VERSION)


def test_provenance_is_separable_from_the_facts(ogf_graph: Graph) -> None:
    facts, provenance = split_provenance(ogf_graph)
    assert len(facts) + len(provenance) == len(ogf_graph)
    assert not set(facts.subjects(RDF.type, OA.Annotation))
    assert all(p != PROV.wasGeneratedBy for _, p, _ in facts)


def test_explain_prints_the_source_sentences(ogf: Extraction, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", f"reg:{ogf.slug}/milestone-1", "--document", str(OGF)]) == 0
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
    expected = extract(OFA)
    assert (REG[expected.slug], RDF.type, AKG.WorkRegister) in graph
    assert len(graph) == len(expected.graph)
    assert not store.exists()


def test_a_store_ingest_makes_knows_the_bodies_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new store starts with the ontology, shapes and reference data: a query can name a body by its
    acronym (it answered "no entity is called 'OGF'" when the store held the document alone)."""
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    capsys.readouterr()
    asked = ["query", "collaborators", "--param", "org=OGF", "--store", str(store), "--format", "csv"]
    assert main(asked) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("org,partner,partnerLabel")
    assert {row.split(",")[2] for row in rows[1:]} == {"DMTF"}
    with open_store(store) as knowledge_graph:
        assert knowledge_graph.holds_graph(SHAPES_IRI) and knowledge_graph.holds_graph(REFERENCE_GRAPH)


def test_an_empty_store_gets_the_base_graphs_at_its_first_ingest(tmp_path: Path) -> None:
    """A store that exists but holds no graph (a run stopped before its first write committed) is made
    whole like a new one; a store that holds graphs is left as it is."""
    from kg.store.embedded import EmbeddedStore

    store = tmp_path / "store"
    EmbeddedStore(store, readonly=False).close()
    assert (store / "CURRENT").is_file() and not sizes(store)
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    assert set(sizes(store)) == {graph_of(OGF), *BASE_GRAPHS}


def test_ingest_writes_the_named_graph_and_a_second_document_beside_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    first = sizes(store)
    assert set(first) == {graph_of(OGF), *BASE_GRAPHS}
    html = FIXTURES / "ogf-ofa-register.html"
    assert main(["ingest", str(html), "--store", str(store)]) == 0
    assert set(sizes(store)) == {graph_of(OGF), graph_of(html), *BASE_GRAPHS}
    assert main(["explain", f"reg:{extract(html).slug}/collaboration-1", "--store", str(store)]) == 0
    # the IRI is bound as an RDF term (queries/explained-graphs.rq), never pasted into the query
    before = sizes(store)
    assert main(["explain", "<http://x> } } ; DROP ALL ; SELECT * { {", "--store", str(store)]) == 2
    assert sizes(store) == before


NOT_ALLIANCE = (2, 3)  # "not a work register" (2) before the document kinds, "not an alliance document" (3)


@pytest.mark.parametrize(
    ("name", "content", "messages", "codes"),
    [
        ("empty.txt", b"", ("is empty",), (2,)),
        ("photo.txt", bytes(range(256)) * 4, ("binary file",), (2,)),
        (
            "minutes.txt",
            (FIXTURES / "not-a-register.txt").read_bytes(),
            ("not a work register", "not an alliance document"),
            NOT_ALLIANCE,
        ),
    ],
    ids=["empty", "binary", "not-a-register"],
)
def test_refused_documents_leave_the_store_unchanged(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    messages: tuple[str, ...],
    codes: tuple[int, ...],
) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    before, written = sizes(store), generation.current(store)
    capsys.readouterr()
    document = tmp_path / name
    document.write_bytes(content)
    assert main(["ingest", str(document), "--store", str(store)]) in codes
    error = capsys.readouterr().err
    assert any(message in error for message in messages) and str(document) in error
    assert sizes(store) == before and generation.current(store) == written


def test_a_violation_names_the_failing_facts_and_leaves_the_store_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = refusing_store(tmp_path / "store", [OFA])
    before, written = sizes(store), generation.current(store)
    register = str(extract(OFA).facts.value(graph_of(OFA), FOAF.primaryTopic))
    for dry_run in ([], ["--dry-run"]):
        assert main(["ingest", str(OFA), "--store", str(store), *dry_run]) == 1
        error = capsys.readouterr().err
        assert str(OFA) in error and "SHACL violation" in error and "nothing was written" in error
        assert register in error and "test: refused by the store's own shape" in error
    assert sizes(store) == before and generation.current(store) == written


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
    for dry_run in (["--dry-run"], []):  # --replace: the built store may hold this register already
        assert main(["ingest", str(OGF), "--store", str(store_copy), "--replace", *dry_run]) == 1
        error = capsys.readouterr().err
        assert "test: the store's own shape" in error and "nothing was written" in error
    assert sizes(store_copy) == before


def test_ingest_into_a_built_store_adds_the_graph_and_the_store_stays_valid(store_copy: Path) -> None:
    html = FIXTURES / "ogf-ofa-register.html"
    assert main(["ingest", str(html), "--store", str(store_copy)]) == 0
    assert main(["ingest", str(OGF), "--store", str(store_copy), "--replace"]) == 0
    graphs = sizes(store_copy)
    assert graph_of(html) in graphs and graph_of(OGF) in graphs
    with open_store(store_copy) as knowledge_graph:
        assert not validate_store(knowledge_graph).violations


# --- Identity: unchanged is a no-op, changed is refused unless --replace ----------------------------------


def changed_copy(tmp_path: Path, old: str = "Target: 2Q2011", new: str = "Target: 4Q2012") -> Path:
    """The OGF register with one milestone's target moved (same title, version, parties)."""
    text = OGF.read_text(encoding="utf-8")
    assert text.count(old) == 1
    changed = tmp_path / "changed" / OGF.name
    changed.parent.mkdir()
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return changed


def test_reingesting_an_unchanged_document_is_a_no_op_that_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(OGF), "--store", str(store)]) == 0
    before, written = sizes(store), generation.current(store)
    with open_store(store) as knowledge_graph:
        stored = knowledge_graph.graph(graph_of(OGF))
    capsys.readouterr()
    for replace in ([], ["--replace"]):  # --replace has nothing to replace either
        assert main(["ingest", str(OGF), "--store", str(store), *replace]) == 0
        out = capsys.readouterr().out
        assert f"{OGF}: unchanged" in out and "nothing was written" in out and "wrote graph" not in out
    assert generation.current(store) == written and sizes(store) == before
    with open_store(store) as knowledge_graph:  # the first run's provenance (its times) is still there
        assert set(knowledge_graph.graph(graph_of(OGF))) == set(stored)


def test_a_changed_document_is_refused_with_the_difference_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, changed = tmp_path / "store", changed_copy(tmp_path)
    pinned = ["--slug", "ogf-dmtf-pinned"]  # the same identity, however the mapping mints it
    assert graph_of(OGF, slug="ogf-dmtf-pinned") == graph_of(changed, slug="ogf-dmtf-pinned")
    assert main(["ingest", str(OGF), "--store", str(store), *pinned]) == 0
    before, written = sizes(store), generation.current(store)
    capsys.readouterr()
    assert main(["ingest", str(changed), "--store", str(store), *pinned]) == 4
    error = capsys.readouterr().err
    assert str(changed) in error and "--replace" in error and "nothing was written" in error
    assert "6 facts added, 6 removed: " in error  # the target's text and period, and the periods' own facts
    assert 'reg:ogf-dmtf-pinned/milestone-1 akg:targetText "2Q2011" -> "4Q2012"' in error
    assert sizes(store) == before and generation.current(store) == written


def test_replace_replaces_a_changed_document_and_says_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, changed = tmp_path / "store", changed_copy(tmp_path)
    pinned = ["--slug", "ogf-dmtf-pinned"]
    assert main(["ingest", str(OGF), "--store", str(store), *pinned]) == 0
    written = generation.current(store)
    capsys.readouterr()
    assert main(["ingest", str(changed), "--store", str(store), *pinned, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "replaces the stored version: 6 facts added, 6 removed" in out
    assert generation.current(store) != written
    with open_store(store) as knowledge_graph:
        graph = knowledge_graph.graph(graph_of(changed, slug="ogf-dmtf-pinned"))
    targets = {str(o) for o in graph.objects(None, AKG.targetText)}
    assert "4Q2012" in targets and "2Q2011" not in targets
    assert len(set(sizes(store)) - BASE_GRAPHS) == 1


def test_a_dry_run_tells_unchanged_and_changed_apart_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, changed = tmp_path / "store", changed_copy(tmp_path)
    pinned = ["--slug", "ogf-dmtf-pinned"]
    assert main(["ingest", str(OGF), "--store", str(store), *pinned]) == 0
    written = generation.current(store)
    capsys.readouterr()
    assert main(["ingest", str(OGF), "--store", str(store), *pinned, "--dry-run"]) == 0
    assert "unchanged" in capsys.readouterr().err
    assert main(["ingest", str(changed), "--store", str(store), *pinned, "--dry-run"]) == 4
    assert main(["ingest", str(changed), "--store", str(store), *pinned, "--dry-run", "--replace"]) == 0
    assert generation.current(store) == written


def test_a_change_of_the_text_alone_is_named_as_that(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    spaced = changed_copy(tmp_path, "Target: 2Q2011", "Target:  2Q2011")  # same facts, other bytes
    pinned = ["--slug", "ogf-dmtf-pinned"]
    assert main(["ingest", str(OGF), "--store", str(store), *pinned]) == 0
    capsys.readouterr()
    assert main(["ingest", str(spaced), "--store", str(store), *pinned]) == 4
    assert "0 facts added, 0 removed; the document's text changed (SHA-256" in capsys.readouterr().err


# --- The size cap ----------------------------------------------------------------------------------------


def test_a_document_over_the_size_cap_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(bytes(range(256)) * 8)  # binary: had it been read, it would be refused as binary
    assert main(["ingest", str(big), "--dry-run", "--max-bytes", "2000"]) == 2
    error = capsys.readouterr().err
    assert str(big) in error and "2,048 bytes" in error and "size cap of 2,000 bytes" in error
    assert "binary" not in error
    monkeypatch.setenv("ALLIANCE_KG_MAX_BYTES", "1000")
    assert main(["ingest", str(OGF), "--dry-run"]) == 2
    assert "size cap of 1,000 bytes" in capsys.readouterr().err
    assert main(["ingest", str(OGF), "--dry-run", "--max-bytes", str(OGF.stat().st_size)]) == 0


# --- Linear cost: what was fixed stays fixed -----------------------------------------------------------


def test_the_graph_is_built_once_not_on_every_access(ogf: Extraction) -> None:
    assert ogf.graph is ogf.graph
    assert len(ogf.graph) == len(ogf.facts) + len(ogf.provenance)


def test_offsets_take_four_bytes_a_character(ogf: Extraction) -> None:
    offsets = ogf.document.offsets
    assert len(offsets) == len(ogf.document.text)
    assert getattr(offsets, "itemsize", None) == 4  # an array, not a tuple of Python integers


def test_the_dry_run_turtle_is_the_graph(ogf: Extraction, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(OGF), "--dry-run"]) == 0
    turtle = capsys.readouterr().out
    assert turtle.startswith("@prefix ") and "akg:WorkRegister" in turtle  # prefixed, not N-Triples
    parsed = Graph().parse(data=turtle, format="turtle")
    assert len(parsed) == len(ogf.graph)
    assert set(split_provenance(parsed)[0]) == set(ogf.facts)  # provenance differs: when it ran
