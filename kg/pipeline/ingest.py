"""`kg ingest`: document -> record -> triples -> validated graph -> store.

Nothing is written unless the extracted graph validates: a document that is missing,
empty, binary or not a register, or whose graph has SHACL Violations, is refused with a
message naming the file and the failing facts, and the store keeps the graphs it had.
Each register is one named graph (<.../id/graph/register/SLUG>); ingesting a document
again replaces that graph in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from kg.errors import ValidationFailed
from kg.extract.documents import read_document
from kg.extract.names import Resolver
from kg.extract.registers import extract_register
from kg.model.mapping import map_record
from kg.model.namespaces import AKG, REG, SHAPES_IRI, bind_prefixes, register_graph_iri
from kg.model.provenance import OA, provenance_graph
from kg.model.rdfio import load_graph
from kg.model.records import RegisterRecord
from kg.model.source_text import SourceText
from kg.model.sources import Sources, default_sources
from kg.validate.shacl import ValidationReport, load_ontology, load_shapes, validate

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Extraction:
    """One document's register: its records, fact triples and provenance triples."""

    document: SourceText
    record: RegisterRecord
    facts: Graph
    provenance: Graph

    @property
    def slug(self) -> str:
        return self.record.slug

    @property
    def graph_iri(self) -> URIRef:
        return register_graph_iri(self.record.slug)

    @property
    def graph(self) -> Graph:
        """Facts and provenance together: what is stored as the register's named graph."""
        graph = bind_prefixes(Graph(identifier=self.graph_iri))
        graph.bind("oa", OA)
        graph += self.facts
        graph += self.provenance
        return graph


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@lru_cache(maxsize=4)
def reference_graphs(root: Path) -> tuple[Graph, Graph]:
    """Reference data and ontology of a checkout, parsed once per process."""
    sources = Sources(root)
    return load_graph(sources.reference_files), load_graph(sources.ontology_files)


def new_resolver(sources: Sources) -> Resolver:
    """A fresh resolver for each document: new entities of one register must not leak into the next."""
    reference, ontology = reference_graphs(sources.root)
    return Resolver(reference, ontology)


def document_path(path: Path, root: Path) -> str:
    """The path the graph records: relative to the project root when inside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def extract(
    path: Path, *, slug: str | None = None, sources: Sources | None = None, clock: Clock = utc_now
) -> Extraction:
    """Read and extract a document (InputError when it cannot be read or is not a register)."""
    sources = sources or default_sources()
    started = clock()
    document = read_document(Path(path))
    record = extract_register(document, new_resolver(sources), slug=slug)
    facts, evidence = map_record(record, document, document_path(Path(path), sources.root))
    document_iri = facts.value(facts.identifier, PROV.wasDerivedFrom)
    provenance = provenance_graph(
        document,
        document_iri,
        facts.identifier,
        f"{REG}{record.slug}/",
        record.slug,
        evidence,
        started,
        clock(),
    )
    return Extraction(document, record, facts, provenance)


def check(extraction: Extraction, sources: Sources | None = None) -> ValidationReport:
    """Validate the register's facts together with the reference data they point to."""
    sources = sources or default_sources()
    reference, _ = reference_graphs(sources.root)
    data = bind_prefixes(Graph())
    data += reference
    data += extraction.facts
    report = validate(data, shapes=load_shapes(sources), ontology=load_ontology(sources))
    return about_register(report, extraction.facts)


def about_register(report: ValidationReport, facts: Graph) -> ValidationReport:
    """Only the results on nodes the register states something about (not on the reference data
    as such: its warnings are the curators' business, not this document's)."""
    subjects = {str(s) for s in facts.subjects()}
    results = tuple(r for r in report.results if r.focus_node in subjects)
    return ValidationReport(results=results, results_graph=report.results_graph)


def refusal(extraction: Extraction, report: ValidationReport) -> ValidationFailed:
    """A message that names the file and, per failing node, the rule it breaks."""
    path = extraction.document.path
    return ValidationFailed(
        f"{path}: refused: the extracted register {extraction.slug} has {len(report.violations)} SHACL "
        f"violation(s); nothing was written.\n{report.as_text()}"
    )


def write_register_graph(knowledge_graph: EmbeddedStore, extraction: Extraction) -> None:
    """The one place that writes: replace the register's named graph, in one transaction.
    (kg.testing.faults times its kill trials from this function's start to write_committed.)"""
    from kg.store import embedded

    knowledge_graph.replace_graph(extraction.graph_iri, extraction.graph)
    embedded.write_committed()


@contextmanager
def store_session(store: Path | None, *, readonly: bool) -> Iterator[EmbeddedStore]:
    """The store, opened for one ingest; a failure to write (e.g. a full disk) is one clear line."""
    from kg.store import StoreError
    from kg.store.embedded import EmbeddedStore, store_location

    try:
        with EmbeddedStore(store_location(store), readonly=readonly) as knowledge_graph:
            yield knowledge_graph
    except OSError as error:  # e.g. a full disk when the store is flushed on closing
        raise StoreError(
            f"cannot write the store: {' '.join(str(error).split())}; the write is one transaction, "
            "so the store holds its previous graph or the new one, never a mix: ingest again when fixed"
        ) from None


def accepted(extraction: Extraction, report: ValidationReport) -> ValidationReport:
    """The report, or the refusal that names the file and the failing facts when it has a Violation."""
    if not report.conforms:
        raise refusal(extraction, report)
    return report


def check_in_store(
    extraction: Extraction, knowledge_graph: EmbeddedStore, sources: Sources | None
) -> ValidationReport:
    """In the context of what the store holds when kg build made it (its shapes and ontology, and what its
    other graphs say about every IRI the register mentions: kg.validate.at_scale.validate_in_context), else
    against the checkout (check)."""
    from kg.validate.at_scale import validate_in_context

    if SHAPES_IRI not in knowledge_graph.graphs():
        return check(extraction, sources)
    return validate_in_context(knowledge_graph, extraction.graph, replacing=extraction.graph_iri)


def ingest(
    path: Path,
    *,
    store: Path | None = None,
    dry_run: bool = False,
    slug: str | None = None,
    sources: Sources | None = None,
    clock: Clock = utc_now,
) -> tuple[Extraction, ValidationReport]:
    """Extract, validate, and (unless dry_run) replace the register's graph in the store.

    An existing store is opened once: the register is validated in its context (what the benchmark
    times as "add one register") and written under its writer lock. With no store yet, the register
    is checked against the checkout before the write makes the store, so a refusal makes nothing.
    """
    from kg.store.embedded import store_location

    extraction = extract(path, slug=slug, sources=sources, clock=clock)
    if not (store_location(store) / "CURRENT").is_file():
        report = accepted(extraction, check(extraction, sources))
        if not dry_run:
            with store_session(store, readonly=False) as knowledge_graph:
                write_register_graph(knowledge_graph, extraction)
        return extraction, report
    with store_session(store, readonly=dry_run) as knowledge_graph:
        report = accepted(extraction, check_in_store(extraction, knowledge_graph, sources))
        if not dry_run:
            write_register_graph(knowledge_graph, extraction)
    return extraction, report


def seed_documents(sources: Sources | None = None) -> dict[str, Path]:
    """The source document of each curated register, by slug (from the curated graph's akg:path)."""
    sources = sources or default_sources()
    documents = {}
    for slug, curated in sources.curated_registers.items():
        graph = load_graph([curated])
        paths = [str(o) for o in graph.objects(None, AKG.path)]
        if paths:
            documents[slug] = sources.root / paths[0]
    return documents


def register_graphs_from_documents(
    sources: Sources | None = None, clock: Clock = utc_now
) -> dict[URIRef, Graph]:
    """For `kg build`: each seed register's named graph, extracted from its document."""
    sources = sources or default_sources()
    graphs = {}
    for slug, path in seed_documents(sources).items():
        extraction = extract(path, slug=slug, sources=sources, clock=clock)
        graphs[extraction.graph_iri] = extraction.graph
    return graphs
