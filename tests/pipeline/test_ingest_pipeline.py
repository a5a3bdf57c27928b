"""The batch's writing process writes one document while it judges the next (kg.pipeline.ingest
Session.outcomes): the same verdicts, warnings and stored graphs as one document after the other,
whatever depends on the write before (the same graph again, a body a document discovered, versions of
one work), and a failed write stops the batch before anything after it is reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH
from support.ingest_stores import refusing_store

from kg.model.namespaces import SHAPES_IRI
from kg.model.sources import resources_root
from kg.pipeline import ingest as pipeline
from kg.pipeline.ingest import Extracted, Session, extract_quietly
from kg.store import StoreError, open_store
from kg.store.embedded import EmbeddedStore, new_graph_quads
from kg.store.lines import GraphLines
from kg.testing.corpus import RegisterDocuments
from kg.testing.faults import fingerprint
from kg.validate.at_scale import shapes_and_ontology, validate_in_context

ROOT = Path(__file__).parents[2]
REGISTERS = ROOT / "data" / "registers"
REFUSED = REGISTERS / "dmtf-snia-ofa-work-register.txt"  # by the shape refusing_store adds
EX = "http://example.org/pipeline/"


def extracted(paths: list[Path], store: Path) -> list[Extracted]:
    """Each document as an extraction worker sends it (ready_to_send), with the store's names."""
    with Session(store, dry_run=True) as session:
        known = session.known
    return [extract_quietly(path, resources_root(), None, known=known) for path in paths]


def sent(items: list[Extracted]) -> list[Extracted]:
    return [Extracted(i.path, i.extraction.ready_to_send(), None) if i.extraction else i for i in items]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """A store as kg build makes it (refusing one seed register), and a batch with what depends on the
    write before: the same document twice (unchanged), two versions of one register (linked), a
    refused document between accepted ones, generated registers."""
    base = tmp_path_factory.mktemp("pipeline")
    store = refusing_store(base / "store", [REFUSED])
    documents = RegisterDocuments().write(base / "docs", 3)
    seed = REGISTERS / "ogf-dmtf-work-register.txt"
    again = base / "again" / seed.name
    again.parent.mkdir()
    shutil.copy(seed, again)
    newer = base / "newer.txt"
    newer.write_text(
        seed.read_text(encoding="utf-8").replace("Version: 1.3d", "Version: 1.4", 1), encoding="utf-8"
    )
    return store, [documents[0], seed, again, REFUSED, newer, documents[1], documents[2]]


def test_the_pipelined_batch_writes_what_one_after_the_other_writes(
    stores: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    store, paths = stores
    one_by_one, pipelined = tmp_path / "one-by-one", tmp_path / "pipelined"
    shutil.copytree(store, one_by_one)
    shutil.copytree(store, pipelined)
    items = extracted(paths, store)
    with Session(one_by_one) as session:
        session.prepare()
        before = [session.judge_extracted(item) for item in sent(items)]
    with Session(pipelined) as session:
        session.prepare()
        after = list(session.outcomes(sent(items)))

    def summary(outcomes: list[pipeline.Outcome]) -> list[tuple[object, ...]]:
        return [(o.path, o.verdict, o.exit_code, o.warnings, o.facts) for o in outcomes]

    assert summary(after) == summary(before)
    verdicts = [o.verdict for o in after]
    assert verdicts[:4] == ["added", "added", "unchanged", "refused"]  # the copy: unchanged, not added
    assert verdicts[4:] == ["added"] * 3
    assert fingerprint(pipelined) == fingerprint(one_by_one)


def test_a_failed_write_stops_the_batch_before_the_next_outcome(
    stores: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, paths = stores
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    items = extracted([paths[0], paths[5], paths[6]], store)
    real = pipeline.write_register_graph
    calls: list[Path] = []

    def failing(knowledge_graph, extraction, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(extraction.document.path)
        if len(calls) == 2:
            raise StoreError("the disk is full (a test)")
        return real(knowledge_graph, extraction, *args, **kwargs)

    monkeypatch.setattr(pipeline, "write_register_graph", failing)
    seen = []
    with Session(copy) as session, pytest.raises(StoreError, match="a test"):
        for outcome in session.outcomes(sent(items)):
            seen.append(outcome.verdict)
    assert seen == ["added"]
    assert calls == [paths[0], paths[5]]  # the third was never written
    with open_store(copy) as knowledge_graph:
        held = set(knowledge_graph.graph_sizes())
    iris = [item.extraction.graph_iri for item in items if item.extraction]
    assert iris[0] in held and iris[1] not in held and iris[2] not in held


def test_a_judgement_that_fails_while_a_write_runs_reports_that_write_first(
    stores: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, paths = stores
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    items = extracted([paths[0], paths[5]], store)
    real = Session.decide

    def failing(self, extraction, writing=None):  # type: ignore[no-untyped-def]
        if writing is not None:
            raise StoreError("the store cannot be read (a test)")
        return real(self, extraction, writing)

    monkeypatch.setattr(Session, "decide", failing)
    seen = []
    with Session(copy) as session, pytest.raises(StoreError, match="a test"):
        for outcome in session.outcomes(sent(items)):
            seen.append((outcome.path, outcome.verdict))
    assert seen == [(paths[0], "added")]  # written, and said so before the error


def context_store(path: Path, tmp_path: Path) -> Path:
    """The refusing store with one more shape: ex:b's ex:p must be an ex:C (a class the other graphs
    say, as a discovered body's type is said by the document that discovered it)."""
    store = tmp_path / "context"
    shutil.copytree(path, store)
    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        shapes = knowledge_graph.graph(SHAPES_IRI)
        shape, constraint = URIRef(f"{EX}shape"), URIRef(f"{EX}shape-p")
        shapes.add((shape, RDF.type, SH.NodeShape))
        shapes.add((shape, SH.targetNode, URIRef(f"{EX}b")))
        shapes.add((shape, SH.property, constraint))
        shapes.add((constraint, SH.path, URIRef(f"{EX}p")))
        shapes.add((constraint, getattr(SH, "class"), URIRef(f"{EX}C")))
        knowledge_graph.replace_graphs({SHAPES_IRI: shapes})
    return store


def test_what_the_running_write_says_is_the_context_the_store_gives_once_it_is_written(
    stores: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    store = context_store(stores[0], tmp_path)
    first = Graph(identifier=URIRef(f"{EX}graph/a"))
    first.add((URIRef(f"{EX}o"), RDF.type, URIRef(f"{EX}C")))
    first.add((URIRef(f"{EX}o"), URIRef(f"{EX}label"), Literal("o")))
    second = Graph(identifier=URIRef(f"{EX}graph/b"))
    second.add((URIRef(f"{EX}b"), URIRef(f"{EX}p"), URIRef(f"{EX}o")))
    lines = GraphLines.of({first.identifier: first})
    quads = lines.named_quads()
    writing = pipeline.Writing(None, None, frozenset({str(first.identifier)}), lines)  # type: ignore[arg-type]
    about = writing.about([f"{EX}o", f"{EX}b"])
    assert sorted(map(str, about)) == sorted(str(ox.Quad(q.subject, q.predicate, q.object)) for q in quads)
    with EmbeddedStore(store, readonly=False) as knowledge_graph:
        shapes = shapes_and_ontology(knowledge_graph)
        alone = validate_in_context(knowledge_graph, second, shapes)
        meanwhile = validate_in_context(knowledge_graph, second, shapes, meanwhile=writing.about)
        knowledge_graph.replace_graphs({first.identifier: first}, lines=lines)
        written = validate_in_context(knowledge_graph, second, shapes)
        both = validate_in_context(
            knowledge_graph, second, shapes, meanwhile=writing.about
        )  # the snapshot has it too
    assert [r.focus_node for r in alone.violations] == [f"{EX}b"]  # the test can fail
    assert not meanwhile.violations and not written.violations and not both.violations


def test_the_next_document_waits_for_a_write_that_could_change_its_verdict() -> None:
    graphs = frozenset({f"{EX}graph/a"})
    adding = pipeline.Writing(None, None, graphs, GraphLines({}))  # type: ignore[arg-type]
    replacing = pipeline.Writing(None, None, graphs, None)  # type: ignore[arg-type]

    class Fake:
        def __init__(self, iri: str) -> None:
            self.graph_iri = URIRef(iri)

    assert adding.allows(Fake(f"{EX}graph/b"))  # type: ignore[arg-type]
    assert not adding.allows(Fake(f"{EX}graph/a"))  # type: ignore[arg-type]  # its own graph: unchanged?
    assert not replacing.allows(Fake(f"{EX}graph/b"))  # type: ignore[arg-type]  # a replacement
    assert not adding.allows(None)  # a refusal is reported after the write before it


def test_the_quads_a_worker_sends_are_the_graph_as_the_store_adds_it(stores: tuple[Path, list[Path]]) -> None:
    extraction = extracted([stores[1][0]], stores[0])[0].extraction
    assert extraction is not None
    assert extraction.lines_for({extraction.graph_iri: extraction.graph}) is None  # not made: not sent
    extraction.ready_to_send()
    sent = extraction.lines_for({extraction.graph_iri: extraction.graph})
    assert sent is not None
    parsed = sent.named_quads()
    converted = new_graph_quads({extraction.graph_iri: extraction.graph})

    def shape(quads: list[ox.Quad]) -> list[str]:
        return sorted(
            " ".join(
                "_:b" if isinstance(t, ox.BlankNode) else str(t)
                for t in (q.subject, q.predicate, q.object, q.graph_name)
            )
            for q in quads
        )

    assert shape(parsed) == shape(converted) and len(parsed) == len(extraction.graph)
    blank = {t for q in parsed for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}
    assert blank and not blank & {t for q in converted for t in (q.subject, q.object)}  # fresh nodes
    linked = Graph(identifier=extraction.graph_iri)
    assert extraction.lines_for({extraction.graph_iri: linked}) is None  # another graph: converted
