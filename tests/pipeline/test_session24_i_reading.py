"""The Resolver's reading of the reference data, kept between runs (session 24, engineer I; issue 16 point 1).

kg.pipeline.ingest.put_reading puts in place, from kg.validate.cache, what the first Resolver of a process
read from the reference data (its entities and name patterns: 0.05-0.09 CPU-s on the critical path of
`kg ingest FILE`). These tests check the mechanism, not its time: a process that finds the entry never
reads an entity from the graphs, and what it resolves with is what a fresh reading gives.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.extract import names
from kg.model.namespaces import AKG
from kg.model.sources import default_sources
from kg.pipeline import ingest
from kg.pipeline.ingest import extract_quietly, put_reading, reference_graphs, warm_worker

SEED = default_sources().root / "data" / "registers"


def a_register() -> Path:
    found = sorted(SEED.glob("*.txt"))
    assert found, f"no seed register in {SEED}"
    return found[0]


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ALLIANCE_KG_CACHE", str(folder))
    monkeypatch.setattr(names, "READINGS", {})
    return folder


def no_entity_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("an entity was read from the graphs")

    monkeypatch.setattr(names.Resolver, "entity", refuse)


def fresh_reading(reference: Graph, ontology: Graph, known: Graph | None) -> names.Resolver:
    names.READINGS.clear()
    return names.Resolver(reference, ontology, known)


def test_a_second_process_finds_the_reading_and_reads_no_entity(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = default_sources().root
    reference, ontology = reference_graphs(root)
    put_reading(root, reference, ontology, None)  # the first run: read, and kept
    assert list(own_cache.glob("reading-*.pickle"))
    expected = fresh_reading(reference, ontology, None)
    names.READINGS.clear()  # as a new process starts
    with monkeypatch.context() as patch:
        no_entity_read(patch)
        put_reading(root, reference, ontology, None)
        resolver = names.Resolver(reference, ontology, None)
    assert resolver.entities == expected.entities and len(resolver.entities) > 100
    assert resolver.patterns == expected.patterns
    assert all("pattern" not in vars(pattern) for pattern in resolver.patterns)  # compiled on first use


def test_the_known_bodies_are_part_of_the_key(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = default_sources().root
    reference, ontology = reference_graphs(root)
    put_reading(root, reference, ontology, None)
    known = Graph()
    body = URIRef("https://w3id.org/alliance-kg/id/organization/acme-telemetry-forum")
    known.add((body, RDF.type, URIRef(str(AKG.Organization))))
    known.add((body, SKOS.prefLabel, Literal("Acme Telemetry Forum", lang="en")))
    known.add((body, AKG.acronym, Literal("ATF")))
    known.add((body, AKG.needsReview, Literal(True)))
    names.READINGS.clear()
    put_reading(root, reference, ontology, known)  # not the entry without known bodies: read again
    resolver = names.Resolver(reference, ontology, known)
    assert body in resolver.entities and resolver.entities[body].acronym == "ATF"
    assert len(list(own_cache.glob("reading-*.pickle"))) == 2
    names.READINGS.clear()
    with monkeypatch.context() as patch:
        no_entity_read(patch)
        put_reading(root, reference, ontology, known)
        again = names.Resolver(reference, ontology, known)
    assert again.entities == resolver.entities
    assert (body, AKG.acronym, Literal("ATF")) in again.reference  # the reference read with the known bodies


def test_no_known_body_is_no_graph_so_the_warm_up_reading_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kg.pipeline.early's process reads the reference data before the store's names come (warm_worker); an
    empty answer of known-organizations is read as no graph, so its reading is the one the document uses."""
    monkeypatch.setenv("ALLIANCE_KG_CACHE", "off")  # nothing from disk: only the reading made in this process
    monkeypatch.setattr(names, "READINGS", {})
    monkeypatch.setattr(ingest, "WORKER_KNOWN", [None])
    root = default_sources().root
    thresholds = gc.get_threshold()
    try:
        warm_worker(root)  # also sets the collector for a worker's life: put back below
    finally:
        gc.set_threshold(*thresholds)
    no_entity_read(monkeypatch)
    extracted = extract_quietly(a_register(), root, None, rows=[])
    assert extracted.error is None and extracted.extraction is not None
