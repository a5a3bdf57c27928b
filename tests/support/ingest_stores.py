"""Stores for the ingest tests: one that refuses chosen documents by a shape of its own.

Shared by tests/pipeline/test_ingest.py and test_ingest_batch.py (one definition).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib import Node, URIRef

from kg.model.namespaces import ONTOLOGY_IRI, REFERENCE_GRAPH, SHAPES_IRI
from kg.pipeline.ingest import extract


def refusing_store(path: Path, refused: Sequence[Path]) -> Path:
    """A store as kg build makes it but without registers (ontology, shapes, reference data), whose
    shapes refuse the register of each document in `refused` (its title may have 1 character): a
    Violation that does not depend on how the extraction rules read the document."""
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, FOAF, SH

    shapes = []
    for document in refused:
        extraction = extract(document)
        register = extraction.facts.value(extraction.graph_iri, FOAF.primaryTopic)
        assert register is not None, document
        shapes.append((register, DCTERMS.title, SH.maxLength, Literal(1)))
    return store_with_shapes(path, shapes)


ShapeOnNode = tuple[URIRef, URIRef, URIRef, Node]
"""A shape of a test store: (node, path, constraint parameter, value), a Violation with the message
"test: refused by the store's own shape"."""


def store_with_shapes(path: Path, shapes: Sequence[ShapeOnNode]) -> Path:
    """A store as kg build makes it but without registers (ontology, shapes, reference data), whose
    shapes also hold `shapes`: Violations on chosen nodes that do not depend on how the extraction
    rules read a document."""
    from kg.model.namespaces import GRAPH
    from kg.pipeline.build import assemble, named_graphs
    from kg.store.embedded import write_store

    graphs = {
        iri: g for iri, g in named_graphs(assemble()).items() if not str(iri).startswith(f"{GRAPH}register/")
    }
    for index, shape in enumerate(shapes):
        for triple in shape_triples(index, *shape):
            graphs[SHAPES_IRI].add(triple)
    write_store(graphs, path)
    return path


def shape_triples(index: int, node: URIRef, path: URIRef, parameter: URIRef, value: Node) -> list[tuple]:
    """The triples of a test shape (ShapeOnNode) named by its index among the test's shapes."""
    from rdflib import BNode, Literal
    from rdflib.namespace import RDF, SH

    shape, constraint = URIRef(f"{SHAPES_IRI}#TestRefuse{index}"), BNode()
    return [
        (shape, RDF.type, SH.NodeShape),
        (shape, SH.targetNode, node),
        (shape, SH.property, constraint),
        (constraint, SH.path, path),
        (constraint, parameter, value),
        (constraint, SH.message, Literal("test: refused by the store's own shape")),
    ]


def stored_graph_names(store: Path) -> set[str]:
    """The names of the graphs a store holds."""
    from kg.store import open_store

    with open_store(store) as knowledge_graph:
        return {str(iri) for iri in knowledge_graph.graph_sizes()}


BASE_GRAPH_NAMES = frozenset(map(str, (ONTOLOGY_IRI, SHAPES_IRI, REFERENCE_GRAPH)))
"""The graphs every store starts with, whether `kg build` or `kg ingest` made it."""


def document_graph_names(store: Path) -> set[str]:
    """The graphs of the documents a store holds: all but BASE_GRAPH_NAMES."""
    return stored_graph_names(store) - BASE_GRAPH_NAMES


def table_heavy_document(folder: Path) -> Path:
    """A 300 KB register of milestone rows and contact lines (kg.testing.corpus.scaled_document): 184,000
    triples, 1.3-2 CPU-s of extraction by session 29 (about 8 when written: no CPU limit test may count
    on it), 130-150 MiB in an extraction process (275 before session 13)
    and more at the peak of a dry run (measured): over the caps and limits the tests of kg ingest set
    small."""
    from kg.testing.corpus import scaled_document

    path = folder / "milestones.md"
    path.write_text(scaled_document("list", 300_000), encoding="utf-8")
    return path
