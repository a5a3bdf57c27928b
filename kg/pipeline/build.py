"""`kg build`: assemble ontology, shapes, reference data and registers; validate; publish.

Nothing is written unless the whole graph validates: the distribution is written to
a temporary directory and swapped into place in one rename. Where it goes: `--out DIR`, else
$ALLIANCE_KG_DIST, else dist/ in the current folder (default_out_dir), never the source tree.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import InputError, ValidationFailed
from kg.model.namespaces import AKG, ONTOLOGY_IRI, PREFIXES, SHAPES_IRI, bind_prefixes, register_graph_iri
from kg.model.rdfio import atomic_directory, canonical_literals, load_graph, load_into
from kg.model.sources import Sources, default_sources
from kg.validate.shacl import ValidationReport, validate

DIST_NAME = "alliance-kg"
DIST_VARIABLE = "ALLIANCE_KG_DIST"
DISTRIBUTION_FORMATS = {
    "trig": "trig",
    "ttl": "turtle",
    "nq": "nquads",
    "jsonld": "json-ld",
}


def default_out_dir() -> Path:
    """$ALLIANCE_KG_DIST, else dist/ in the current folder (with the store, kg.store.embedded)."""
    configured = os.environ.get(DIST_VARIABLE)
    return Path(configured) if configured else Path.cwd() / "dist"


@dataclass(frozen=True)
class BuildResult:
    dataset: Dataset
    report: ValidationReport
    files: tuple[Path, ...]
    store: Path | None = None


REGISTER_ORIGINS = ("documents", "curated")


def assemble(sources: Sources | None = None, registers: str = "curated") -> Dataset:
    """Parse every source file into its named graph (see kg.model.sources for the convention).

    `registers` says where the register graphs come from: "curated" loads the
    hand-curated gold graphs of data/curated/; "documents" extracts each seed register
    from its source document through the same path as `kg ingest` (kg.pipeline.ingest), which is
    what `kg build` publishes, so that the product is made the way new registers are.
    """
    if registers not in REGISTER_ORIGINS:
        raise InputError(f"registers must come from one of {', '.join(REGISTER_ORIGINS)}, not {registers!r}")
    sources = sources or default_sources()
    dataset = bind_prefixes(Dataset(default_union=True))
    curated = {register_graph_iri(slug) for slug in sources.curated_registers}
    for graph_iri, paths in sources.graph_files().items():
        if registers == "documents" and graph_iri in curated:
            continue
        for path in paths:
            load_into(dataset, path, graph=graph_iri)
    if registers == "documents":
        from kg.pipeline.ingest import register_graphs_from_documents

        for graph_iri, graph in register_graphs_from_documents(sources).items():
            target = dataset.graph(graph_iri)
            for triple in graph:
                target.add(triple)
    return dataset


def recorded_checksums(sources: Sources) -> Graph:
    """What the curated graphs record about the seed documents (path and SHA-256)."""
    records = Graph()
    curated = load_graph(sources.curated_registers.values())
    for predicate in (AKG.path, AKG.sha256):
        for triple in curated.triples((None, predicate, None)):
            records.add(triple)
    return records


def data_graph(dataset: Dataset) -> Graph:
    """The union of the instance graphs (everything but ontology and shapes): what is validated."""
    union = bind_prefixes(Graph())
    for graph in dataset.graphs():
        if graph.identifier not in (ONTOLOGY_IRI, SHAPES_IRI):
            union += graph
    return union


def check_source_documents(dataset: Graph, root: Path) -> None:
    """Every source document a graph cites must exist unchanged (its SHA-256 must match)."""
    for document, path in dataset.subject_objects(AKG.path):
        expected = dataset.value(document, AKG.sha256)
        file = root / str(path)
        if not file.is_file():
            raise InputError(f"{document}: source document {path} is missing")
        actual = hashlib.sha256(file.read_bytes()).hexdigest()
        if expected is not None and str(expected).lower() != actual:
            raise InputError(
                f"{document}: source document {path} has changed "
                f"(sha256 {actual}, graph records {expected}); source documents must stay unchanged"
            )


def build(
    out_dir: Path,
    sources: Sources | None = None,
    store: Path | None = None,
    registers: str = "documents",
    hide_emails: bool = False,
    keep_documents: bool = False,
) -> BuildResult:
    """Assemble, validate and write the distribution (and the store at `store`, when given).

    The register graphs are extracted from the seed documents by default (see assemble);
    the seed documents must still be the ones the curated gold graphs describe.

    Raise ValidationFailed on any Violation. The store is written first, in one
    transaction (kg.store.embedded.write_store), so that a store held by another writer stops
    the build before anything is published. With `hide_emails`, what is validated is the
    data as curated, what is published has hashes for addresses (kg.model.privacy). With
    `keep_documents`, the store keeps the graphs the build does not make (the documents `kg ingest`
    added): how a store is brought up to this version's ontology, shapes and reference data.
    """
    sources = sources or default_sources()
    check_source_documents(recorded_checksums(sources), sources.root)
    dataset = assemble(sources, registers)
    check_source_documents(dataset, sources.root)
    canonical_literals(dataset)  # what is validated and published is what the store will answer
    report = validate(
        data_graph(dataset),
        shapes=dataset.graph(SHAPES_IRI),
        ontology=dataset.graph(ONTOLOGY_IRI),
    )
    if not report.acceptable:  # Warnings are reported, only Violations stop a build
        raise ValidationFailed(report.as_text())
    if hide_emails:
        from kg.model.privacy import hide_emails_in_dataset

        dataset = hide_emails_in_dataset(dataset)
        canonical_literals(dataset)
    if store is not None:
        from kg.store.embedded import write_store

        write_store(named_graphs(dataset), store, keep_others=keep_documents)
    files = write_distribution(dataset, out_dir)
    return BuildResult(dataset=dataset, report=report, files=files, store=store)


def iri_graphs(dataset: Dataset) -> Iterator[tuple[URIRef, Graph]]:
    """The dataset's graphs named by an IRI, with their names typed as such: a build names every graph
    it makes by an IRI (a store's named graph can have no other name), and rdflib types a graph's
    identifier only as an IRI or a blank node."""
    for graph in dataset.graphs():
        if isinstance(graph.identifier, URIRef):
            yield graph.identifier, graph


def named_graphs(dataset: Dataset) -> dict[URIRef, Graph]:
    """The non-empty named graphs of the dataset (its default graph stays empty in a build)."""
    return {
        iri: graph for iri, graph in iri_graphs(dataset) if iri != DATASET_DEFAULT_GRAPH_ID and len(graph)
    }


def union_graph(dataset: Dataset) -> Graph:
    union = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    return union


def write_distribution(dataset: Dataset, out_dir: Path) -> tuple[Path, ...]:
    """Write TriG, N-Quads, JSON-LD (all named graphs) and Turtle (their union), atomically."""
    with atomic_directory(out_dir) as staging:
        for suffix, rdf_format in DISTRIBUTION_FORMATS.items():
            target = staging / f"{DIST_NAME}.{suffix}"
            if suffix == "ttl":
                union_graph(dataset).serialize(target, format=rdf_format)
            elif rdf_format == "json-ld":
                dataset.serialize(target, format=rdf_format, context=dict(PREFIXES), indent=1)
            else:
                dataset.serialize(target, format=rdf_format)
    return tuple(out_dir / f"{DIST_NAME}.{suffix}" for suffix in DISTRIBUTION_FORMATS)


def graph_sizes(dataset: Dataset) -> dict[URIRef, int]:
    return {iri: len(graph) for iri, graph in iri_graphs(dataset) if len(graph)}
