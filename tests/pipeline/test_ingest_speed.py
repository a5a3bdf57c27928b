"""What `kg ingest` does to stay fast without changing what it stores (issue 12 points 7-8, issue 16
point 1): the reference data parsed by Oxigraph gives the graphs rdflib's parser gave, the document's
graph is not copied when nothing about its versions changes, and the cycle collector's setting is
restored after a batch. The figures are benchmarks/bench_cli.py's and bench_ingest.py's."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.errors import InputError
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources
from kg.pipeline.ingest import fewer_collections, parsed_fast
from kg.pipeline.versions import unlinked

EX = "https://example.org/"


def test_reference_data_and_ontology_parse_to_the_same_graphs_as_rdflib_gives() -> None:
    sources = default_sources()
    for files in (sources.reference_files, sources.ontology_files):
        fast, slow = parsed_fast(files), load_graph(files)
        assert len(fast) == len(slow) > 100
        assert isomorphic(fast, slow)  # the same triples, blank nodes matched by structure


def test_blank_node_labels_belong_to_their_file(tmp_path: Path) -> None:
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    one.write_text(
        '<https://example.org/a> <https://example.org/p> _:b1 .\n_:b1 <https://example.org/q> "1" .\n'
    )
    two.write_text(
        '<https://example.org/b> <https://example.org/p> _:b1 .\n_:b1 <https://example.org/q> "2" .\n'
    )
    graph = parsed_fast([one, two])
    nodes = set(graph.objects(None, URIRef(f"{EX}p")))
    assert len(nodes) == 2 and all(isinstance(node, BNode) for node in nodes)
    assert {graph.value(node, URIRef(f"{EX}q")) for node in nodes} == {Literal("1"), Literal("2")}


def test_a_broken_file_is_named_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <https://example.org/> .\n\nex:a ex:p ex:b .\nex:a ex:p .\n")
    with pytest.raises(InputError, match=r"broken\.ttl:4"):
        parsed_fast([broken])


def test_a_graph_without_version_links_is_not_copied() -> None:
    document = URIRef(f"{EX}document")
    graph = Graph()
    graph.add((document, DCTERMS.title, Literal("A register")))
    assert unlinked(graph, document) is graph
    graph.add((document, DCTERMS.isVersionOf, URIRef(f"{EX}work")))
    copy = unlinked(graph, document)
    assert copy is not graph and len(copy) == 1 and (document, DCTERMS.title, Literal("A register")) in copy
    assert len(graph) == 2  # the caller's graph keeps its link


def test_the_collector_setting_is_restored_after_a_batch() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= 100_000
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a store error stops the batch")
    assert gc.get_threshold() == before


def test_an_extraction_worker_keeps_the_higher_threshold() -> None:
    """warm_worker runs once per worker process: its setting must outlive the call."""
    from kg.pipeline.ingest import warm_worker

    before = gc.get_threshold()
    try:
        warm_worker(default_sources().root)
        assert gc.get_threshold()[0] >= 100_000
    finally:
        gc.set_threshold(*before)
