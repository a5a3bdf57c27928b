"""The digests of a store's shapes and ontology, kept beside it for the next writer (session 24, engineer I).

`kg ingest` finds its compiled shapes (kg.validate.cache) by the SHA-256 of the store's shapes and ontology
graphs; dumping both to hash them was 0.025-0.04 CPU-s of every run. A writer now keeps the digests, for
the state of RocksDB's files as it leaves them (kg.store.digests), and the next writer trusts them only
while the files are exactly so and for the graphs nobody wrote since. These tests check that mechanism.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.model.namespaces import ONTOLOGY_IRI, SHAPES_IRI
from kg.store.digests import DIGESTS
from kg.store.embedded import EmbeddedStore
from kg.validate.at_scale import shapes_and_ontology


def exported_digest(store: EmbeddedStore, iri: URIRef) -> bytes:
    return hashlib.sha256(store.export(iri)).digest()


def no_export(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("a graph was dumped to find its digest")

    monkeypatch.setattr(EmbeddedStore, "export", refuse)


def first_writer(path: Path) -> tuple[bytes, bytes]:
    """A writer that reads the shapes as kg ingest does (computing the digests), and closes."""
    with EmbeddedStore(path, readonly=False) as store:
        assert store.graph_digest(SHAPES_IRI) is None  # nobody kept one yet
        shapes_and_ontology(store)
        return exported_digest(store, SHAPES_IRI), exported_digest(store, ONTOLOGY_IRI)


def test_the_next_writer_finds_the_shapes_without_dumping_them(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shapes_digest, ontology_digest = first_writer(store_copy)
    assert (store_copy / DIGESTS).is_file()
    with EmbeddedStore(store_copy, readonly=False) as store:
        assert store.graph_digest(SHAPES_IRI) == shapes_digest
        assert store.graph_digest(ONTOLOGY_IRI) == ontology_digest
        with monkeypatch.context() as patch:
            no_export(patch)
            shapes, ontology = shapes_and_ontology(store)
        assert len(shapes) > 100 and len(ontology) > 100
        store.replace_graphs({URIRef("https://example.org/graph/other"): a_graph("other")})
    with EmbeddedStore(store_copy, readonly=False) as store:  # a write of another graph keeps both
        assert store.graph_digest(SHAPES_IRI) == shapes_digest == exported_digest(store, SHAPES_IRI)


def a_graph(label: str) -> Graph:
    graph = Graph()
    graph.add((URIRef(f"https://example.org/{label}"), RDFS.label, Literal(label)))
    return graph


def test_a_write_of_the_shapes_forgets_their_digest_and_keeps_the_others(store_copy: Path) -> None:
    _, ontology_digest = first_writer(store_copy)
    with EmbeddedStore(store_copy, readonly=False) as store:
        shapes = store.graph(SHAPES_IRI)
        shapes.add((URIRef("https://example.org/shape"), RDFS.comment, Literal("changed")))
        store.replace_graphs({SHAPES_IRI: shapes})
        assert store.graph_digest(SHAPES_IRI) is None
    with EmbeddedStore(store_copy, readonly=False) as store:
        assert store.graph_digest(SHAPES_IRI) is None
        assert store.graph_digest(ONTOLOGY_IRI) == ontology_digest


def test_an_update_forgets_every_digest(store_copy: Path) -> None:
    first_writer(store_copy)
    with EmbeddedStore(store_copy, readonly=False) as store:
        store.update(
            f"INSERT DATA {{ GRAPH <{SHAPES_IRI}> {{ <https://example.org/s> <https://example.org/p> 1 }} }}"
        )
    with EmbeddedStore(store_copy, readonly=False) as store:
        assert store.graph_digest(SHAPES_IRI) is None and store.graph_digest(ONTOLOGY_IRI) is None


def test_files_another_program_changed_are_not_trusted(store_copy: Path) -> None:
    """A write that is not kg's (pyoxigraph itself) changes RocksDB's files: the digests kept are not
    theirs."""
    first_writer(store_copy)
    raw = ox.Store(str(store_copy))
    raw.add(
        ox.Quad(
            ox.NamedNode("https://example.org/s"), RDFS_LABEL, ox.Literal("x"), ox.NamedNode(str(SHAPES_IRI))
        )
    )
    raw.flush()
    del raw
    with EmbeddedStore(store_copy, readonly=False) as store:
        assert store.graph_digest(SHAPES_IRI) is None
        assert store.graph_digest(ONTOLOGY_IRI) is None


RDFS_LABEL = ox.NamedNode(str(RDFS.label))


def test_a_reader_trusts_no_digest(store_copy: Path) -> None:
    first_writer(store_copy)
    with EmbeddedStore(store_copy, readonly=True) as store:
        assert store.graph_digest(SHAPES_IRI) is None
