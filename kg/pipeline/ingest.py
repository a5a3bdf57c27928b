"""`kg ingest`: documents -> records -> triples -> validated graphs -> store.

Nothing is written unless the extracted graph validates: a document that is missing,
empty, binary, too large or not an alliance document, or whose graph has SHACL Violations,
is refused with a message naming the file and the failing facts, and the store keeps the
graphs it had. Each document is one named graph: the graph IRI the mapping gives
(kg.model.mapping; how it is minted is the mapping's business, not this module's).

Identity that never loses data: a document whose graph is already in the store with the same
facts is a no-op that says so (nothing written, the store's generation unchanged); one whose
facts differ replaces the stored graph only when asked (`replace=True`, `kg ingest --replace`),
otherwise it is refused with the difference named (`ChangedDocument`).

Batches (`ingest_batch`): documents are extracted in a process pool (extraction is pure and
takes most of the time), while this process, holding the store open once with its shapes and
ontology loaded once, validates each in the store's context and writes it as its own
transaction, in the order given. A refused document is reported and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import PROV, RDF, SKOS

from kg.errors import InputError, KgError, ValidationFailed
from kg.model.budget import TooManyTriples, TripleBudget
from kg.model.graphs import by_subject, union_graph
from kg.model.mapping import Evidence, map_record
from kg.model.namespaces import (
    AKG,
    ONTOLOGY_IRI,
    REFERENCE_GRAPH,
    REG,
    SHAPES_IRI,
    bind_prefixes,
    slug_problem,
)
from kg.model.provenance import OA, provenance_triples, split_provenance
from kg.model.provenance import Triple as ProvenanceTriple
from kg.model.rdfio import load_graph
from kg.model.records import RegisterRecord
from kg.model.source_text import SourceText
from kg.model.sources import Sources, default_sources
from kg.pipeline.collector import collect_less_often, fewer_collections, in_frozen_heap
from kg.pipeline.cores import allowed_cores
from kg.pipeline.limits import LimitedTask, cpu_seconds, memory_mib, surviving_map

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future, ProcessPoolExecutor

    import pyoxigraph as ox

    from kg.extract.names import Resolver
    from kg.pipeline.salvage import Dropped
    from kg.pipeline.versions import Linked
    from kg.store.embedded import EmbeddedStore
    from kg.store.lines import GraphLines
    from kg.validate.at_scale import PreparedGraph
    from kg.validate.report import ValidationReport

# The extraction rules (kg.extract: documents, names, registers) and the process pool are imported where
# they are used: the process that only judges and writes (one `kg ingest` whose document an extraction
# process reads, kg.pipeline.early) never loads them, nor compiles their patterns (about 0.08 s). Likewise
# the validation report (kg.validate.report, 5 ms), which an extraction process never makes.

Clock = Callable[[], dt.datetime]


class Extractor(Protocol):
    """What extracts a batch's documents besides a pool: kg.pipeline.early's process."""

    def map(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]: ...


Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]
THIS_DOCUMENT = URIRef("urn:x-alliance-kg:this-document")
CHANGES_SHOWN = 5


@dataclass(frozen=True)
class Extraction:
    """One document's alliance record: its records, fact triples and provenance triples (kg.model.provenance:
    triples, not a graph; `graph` holds them with the facts)."""

    document: SourceText
    record: RegisterRecord
    facts: Graph
    provenance: tuple[ProvenanceTriple, ...]

    @property
    def slug(self) -> str:
        return self.record.slug

    @property
    def graph_iri(self) -> URIRef:
        """The named graph the mapping gave the facts (whatever it is minted from)."""
        return URIRef(str(self.facts.identifier))

    @property
    def kind(self) -> str:
        """The kind of document (WorkRegister, ...), as extraction decided it."""
        return str(getattr(self.record, "kind", "WorkRegister"))

    @property
    def parties(self) -> list[str]:
        """The party organizations' labels (acronyms where known), in the document's order."""
        return [entity.acronym or entity.label for entity, _ in getattr(self.record, "parties", [])]

    @cached_property
    @in_frozen_heap
    def graph(self) -> Graph:
        """Facts and provenance together: what is stored as the document's named graph (built once:
        copying it on every access cost seconds on large documents), on the store the facts and the
        provenance are built on (kg.model.graphs.union_graph: the facts' indexes copied, the provenance
        added to them)."""
        graph = union_graph(self.graph_iri, self.facts, self.provenance)
        graph.bind("oa", OA)
        return graph

    @cached_property
    def prepared(self) -> PreparedGraph:
        """The graph as validation in the store's context reads it (kg.validate.at_scale.PreparedGraph)."""
        from kg.validate.at_scale import PreparedGraph

        return PreparedGraph.of(self.graph)

    @cached_property
    def stored_lines(self) -> GraphLines:
        """The graph as the store adds it (kg.store.lines.GraphLines: its triples' N-Triples lines, blank
        nodes fresh, literals as the store keeps them): what the writing process loads and records as
        it is, instead of converting a thousand rdflib triples to Oxigraph's terms, when the graph goes
        to the store as it is (Session.start_writing)."""
        from kg.store.lines import GraphLines

        return GraphLines.of({self.graph_iri: self.graph})

    def lines_for(self, graphs: Mapping[URIRef, Graph]) -> GraphLines | None:
        """stored_lines, when `graphs` is this graph alone and stored_lines was made already (by the
        extraction worker: ready_to_send); else None."""
        if "stored_lines" not in self.__dict__ or list(graphs) != [self.graph_iri]:
            return None
        if graphs[self.graph_iri] is not self.graph:  # linked to other versions: another graph
            return None
        return self.stored_lines

    @in_frozen_heap
    def ready_to_send(self) -> Extraction:
        """Make, here, what the writing process would otherwise make from this extraction: the stored
        graph, its validation input and its quads as the store adds them, sent along (pickled with the
        object). Why: in a batch the one writing process was the bottleneck (both cores 44 % busy)
        while the extraction workers waited."""
        _ = self.graph, self.prepared, self.stored_lines
        return self


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# The code whose output the cached reference graphs are (kg.validate.cache keys entries by its source).
REFERENCE_CODE = (__name__, "kg.store.terms", "kg.model.namespaces", "kg.model.rdfio")


@lru_cache(maxsize=4)
def reference_graphs(root: Path) -> tuple[Graph, Graph]:
    """Reference data and ontology of a checkout, parsed once per process, and across processes read
    from kg.validate.cache while the files' bytes and this code are the same (every `kg ingest` and every
    extraction worker needs them: parsing cost 0.05-0.07 s, loading the cached graphs about half)."""
    from kg.validate.cache import cached

    sources = Sources(root)
    inputs = reference_inputs(root)
    if inputs is None:
        return parsed_fast(sources.reference_files), parsed_fast(sources.ontology_files)
    return cached(
        "reference",
        inputs,
        REFERENCE_CODE,
        lambda: (parsed_fast(sources.reference_files), parsed_fast(sources.ontology_files)),
    )


@lru_cache(maxsize=4)
def reference_inputs(root: Path) -> tuple[bytes, ...] | None:
    """The bytes the reference and ontology graphs of a checkout are read from, each file's name first
    (what kg.validate.cache keys their entries by); None when a file cannot be read."""
    sources = Sources(root)
    files = [*sources.reference_files, None, *sources.ontology_files]  # None: where one list ends
    try:
        return tuple(path.name.encode() + b"\0" + path.read_bytes() if path else b"\0" for path in files)
    except OSError:  # parsed_fast names the file it cannot read
        return None


# The code a Resolver's reading of the reference data is the output of (kg.extract.names.Reading): the
# name rules and what they build their entities and patterns with, and the code of the graphs read.
READING_CODE = (
    "kg.extract.names",
    "kg.model.records",
    "kg.model.patterns",
    *REFERENCE_CODE,
)


def put_reading(root: Path, reference: Graph, ontology: Graph, known: Graph | None) -> None:
    """Put in place, for the next Resolver of these very graphs, its reading of them (kg.extract.names
    READINGS: every entity of the reference data, the known bodies and the patterns of their names), from
    kg.validate.cache when the same code read the same files and known bodies before.

    Why: the first document of every process read the reference data into about 400 entities and 950
    name patterns (0.05-0.09 CPU-s, on the critical path of `kg ingest FILE`: the extraction process),
    the same answer in every run; unpickled, it takes about 0.005 s. The key is the reference and ontology
    files' bytes, the known bodies' triples and the code; the value is what the Resolver keeps of its
    reading (Reading.entities and .patterns, no compiled pattern: those compile on first use)."""
    from kg.extract import names

    key = (id(reference), id(ontology), id(known))
    held = names.READINGS.get(key)
    if held is not None and held.read_from(reference, ontology, known):
        return
    inputs = reference_inputs(root)
    if inputs is None:
        return
    from kg.validate.cache import cached

    def read() -> tuple[dict[URIRef, Any], list[Any]]:
        resolver = names.Resolver(reference, ontology, known)  # reads the graphs, and keeps its reading
        return dict(resolver.entities), [replace(pattern) for pattern in resolver.patterns]

    entities, patterns = cached("reading", [*inputs, known_bytes(known)], READING_CODE, read)
    held = names.READINGS.get(key)
    if held is not None and held.read_from(reference, ontology, known):  # read just now, by `read`
        return
    union = reference if known is None or len(known) == 0 else reference + known  # as Resolver reads them
    sources = (reference, ontology, known)
    names.remember_reading(names.Reading(sources, union, ontology, entities, patterns))


def known_bytes(known: Graph | None) -> bytes:
    """The known bodies' triples in one order, as N-Triples lines (the part of a reading's key that comes
    from the store); none for no graph or an empty one, which a Resolver reads alike."""
    if known is None or len(known) == 0:
        return b"known\0"
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in known)
    return b"known\0" + "\n".join(lines).encode()


def parsed_fast(paths: Sequence[Path]) -> Graph:
    """The files' triples as one rdflib Graph, parsed by Oxigraph (0.05 s where rdflib's Turtle parser
    took 0.2 s, on every `kg ingest`); a file Oxigraph cannot read goes to load_graph, whose error
    names the file and line. Blank nodes are fresh per file, as rdflib's parser makes them."""
    import pyoxigraph as ox

    from kg.store.terms import from_oxigraph

    graph = bind_prefixes(Graph())
    for path in paths:
        try:
            triples = [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path))]
        except (SyntaxError, OSError, ValueError):
            graph += load_graph([path])
            continue
        blank: dict[str, BNode] = {}  # a label is the file's own: two files' _:b1 are two nodes
        for triple in triples:
            graph.add(
                tuple(  # type: ignore[arg-type]
                    blank.setdefault(t.value, BNode()) if isinstance(t, ox.BlankNode) else from_oxigraph(t)
                    for t in triple
                )
            )
    return graph


def new_resolver(sources: Sources, known: Graph | None = None) -> Resolver:
    """A fresh resolver for each document: new entities of one register must not leak into the next;
    `known` adds the bodies the store has discovered in earlier documents (known_names)."""
    from kg.extract.names import Resolver

    reference, ontology = reference_graphs(sources.root)
    put_reading(sources.root, reference, ontology, known)
    return Resolver(reference, ontology, known)


def known_names(knowledge_graph: EmbeddedStore) -> Graph:
    """The organizations and units discovered in documents ingested earlier (named query
    known-organizations), so that a second document naming the same new body reuses its IRI."""
    return known_from(known_rows(knowledge_graph))


KnownRows = list[dict[str, Any]]


def known_rows(knowledge_graph: EmbeddedStore) -> KnownRows:
    """The answer of the named query known-organizations, as known_names reads it."""
    return [dict(row) for row in knowledge_graph.select("known-organizations")]


def known_from(rows: KnownRows) -> Graph:
    """The known bodies' graph (kg.extract.names.known_graph; the rules are imported here, where needed)."""
    from kg.extract.names import known_graph

    return known_graph(rows)


def document_path(path: Path, root: Path) -> str:
    """The path the graph records: relative to the project root when inside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def extract(
    path: Path,
    *,
    slug: str | None = None,
    sources: Sources | None = None,
    clock: Clock = utc_now,
    limit: int | None = None,
    known: Graph | None = None,
    max_triples: int | None = None,
) -> Extraction:
    """Read and extract a document (InputError when it cannot be read, is larger than `limit`
    bytes (kg.extract.documents.max_bytes), would be a graph of more than `max_triples` triples
    (kg.model.budget) or is not an alliance document); names are resolved against the reference data
    and the `known` bodies of the store."""
    preload_extraction()
    from kg.extract.documents import read_document
    from kg.extract.registers import extract_register

    if slug is not None and (problem := slug_problem(slug)) is not None:
        raise InputError(f"{path}: {problem}")
    sources = sources or default_sources()
    started = clock()
    try:
        document = read_document(Path(path), limit=limit)
        record = extract_register(document, new_resolver(sources, known), slug=slug)
        return mapped(document, record, Path(path), sources, started, clock, TripleBudget(max_triples))
    except (KgError, MemoryError, SystemError, ImportError):
        raise  # a refusal already; or the memory cap's, which kg.pipeline.limits.LimitedTask tells
    except Exception as error:
        raise extraction_failed(Path(path), error) from error


class ExtractionFailed(InputError):
    """A document whose reading, rules or mapping raised an error that is not a refusal: a fault in our
    code, met on a layout nobody foresaw. Why a refusal of that document rather than the error: a batch
    goes on with the other documents and ends with its table (it stopped in a traceback, and the
    documents after it were never read); the message names the document and the place of the fault, so
    that it can be reported and mended."""


def extraction_failed(path: Path, error: Exception) -> ExtractionFailed:
    """The refusal of `path` for `error`, naming the innermost place it was raised (a message alone, so
    that it pickles from an extraction process to the command as any refusal does)."""
    import traceback  # only on this path: what `kg ingest` imports at start is guarded (test_startup.py)

    frames = traceback.extract_tb(error.__traceback__)
    place = f" in {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return ExtractionFailed(
        f"{path}: its extraction failed on an internal error ({type(error).__name__}: {error}{place}); "
        "nothing was stored. This is a fault of alliance-kg, not of the document: please report it with "
        "the document"
    )


@in_frozen_heap  # kg.pipeline.collector: this stage and the later ones
def mapped(
    document: SourceText,
    record: RegisterRecord,
    path: Path,
    sources: Sources,
    started: dt.datetime,
    clock: Clock,
    budget: TripleBudget,
) -> Extraction:
    """The extraction of a document whose rules have run (`record`): its facts (kg.model.mapping) and
    their provenance (kg.model.provenance), spending from `budget` (TooManyTriples naming `path`)."""
    try:
        facts, evidence = map_record(record, document, document_path(path, sources.root), budget)
        provenance = provenance_of(document, facts, record.slug, evidence, started, clock(), budget)
    except TooManyTriples as error:
        raise TooManyTriples(f"{path}: {error}") from None
    return Extraction(document, record, facts, provenance)


def provenance_of(
    document: SourceText,
    facts: Graph,
    slug: str,
    evidence: list[Evidence],
    started: dt.datetime,
    ended: dt.datetime,
    budget: TripleBudget,
) -> tuple[ProvenanceTriple, ...]:
    """The provenance triples of the facts mapped from `document` (kg.model.provenance)."""
    graph_iri = URIRef(str(facts.identifier))
    document_iri = source_document(facts, graph_iri)
    assert document_iri is not None, "kg.model.mapping states the graph's source document"
    return provenance_triples(
        document, document_iri, graph_iri, f"{REG}{slug}/", slug, evidence, started, ended, budget
    )


def as_turtle(graph: Graph) -> str:
    """The graph as Turtle, written by Oxigraph with the project's prefixes: rdflib's Turtle writer
    grows faster than the graph (3 s to 20 s for 3.3x the triples), Oxigraph's linearly."""
    import pyoxigraph as ox

    from kg.store.terms import to_oxigraph

    triples = sorted(graph, key=lambda triple: (str(triple[0]), str(triple[1])))
    prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}
    converted = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples)
    return bytes(ox.serialize(converted, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b"").decode(
        "utf-8"
    )


# --- Validation ---------------------------------------------------------------------------------------


class Checker:
    """Validates extractions against the checkout's shapes and reference data, loaded once."""

    def __init__(self, sources: Sources | None = None) -> None:
        self.sources = sources or default_sources()

    @cached_property
    def shapes_ontology(self) -> tuple[Graph, Graph]:
        from kg.validate.shacl import load_ontology, load_shapes  # not in an extraction process (report.py)

        return load_shapes(self.sources), load_ontology(self.sources)

    @cached_property
    def reference(self) -> list[Any]:
        """The reference data as Oxigraph quads, converted once."""
        reference, _ = reference_graphs(self.sources.root)
        return list(oxigraph_quads(reference))

    def __call__(self, extraction: Extraction, context: Iterable[Any] = ()) -> ValidationReport:
        """The facts together with the reference data they point to, by the fastest engine installed
        (in an Oxigraph store, which pyshacl-turbo reads without converting: 3-4x faster than rdflib);
        `context`: more quads the facts are judged with (a dry run's documents accepted before)."""
        import pyoxigraph as ox

        from kg.validate.at_scale import validate_data

        data = ox.Store()
        data.extend(self.reference)
        data.extend(context)
        data.extend(oxigraph_quads(extraction.facts))
        shapes, ontology = self.shapes_ontology
        return about_register(validate_data(data, shapes, ontology, owned=True), extraction.facts)


class DryRunContext:
    """What the documents a dry run accepted before say about the IRIs a document mentions: the context
    they would give it in the store once written (kg.validate.at_scale.context_of reads the same from a
    store, and from a write running meanwhile).

    Why: a dry run keeps the graphs it accepts (Session.pending) and settles a document's labels against
    them (a specification another document prefers another name for keeps its own as skos:altLabel), but
    validated the document without them: the specification then had no preferred label at all, a
    Violation that refused in the dry run a document the real run accepts (3 of 175 corpus documents).
    One index for the whole batch, by subject, each statement once with the graphs that state it (as the
    store's default graph holds it): a document's context costs a look-up per IRI it mentions, whatever
    the number of documents accepted before (an index per graph made it one per graph: quadratic)."""

    def __init__(self) -> None:
        self.by_subject: dict[str, dict[Any, set[URIRef]]] = {}
        self.stated: dict[URIRef, list[tuple[str, Any]]] = {}  # each graph's entries, to forget them

    def add(self, iri: URIRef, graph: Graph) -> None:
        import pyoxigraph as ox

        from kg.store.terms import default_graph_quads

        self.forget(iri)  # a graph accepted again replaces what it said
        entries = []
        for quad in default_graph_quads(graph):
            if isinstance(quad.subject, ox.NamedNode):  # what a document mentions is an IRI
                self.by_subject.setdefault(quad.subject.value, {}).setdefault(quad, set()).add(iri)
                entries.append((quad.subject.value, quad))
        self.stated[iri] = entries

    def forget(self, iri: URIRef) -> None:
        for subject, quad in self.stated.pop(iri, []):
            graphs = self.by_subject[subject][quad]
            graphs.discard(iri)
            if not graphs:
                del self.by_subject[subject][quad]

    def about(self, own: URIRef, mentioned: Iterable[str]) -> list[Any]:
        """What graphs other than `own` state about the IRIs `mentioned`, as default-graph quads."""
        return [
            quad
            for name in mentioned
            for quad, graphs in self.by_subject.get(name, {}).items()
            if len(graphs) > 1 or own not in graphs
        ]

    def around(self, own: URIRef, facts: Graph) -> list[Any]:
        """Their statements about every IRI `facts` name, and the types of the IRIs those point to.
        Nothing without a document accepted before (every ingest but a dry run's later documents),
        and the facts are then not read at all: they were, all of a 1 MB list-heavy document's 173,761
        through rdflib's pattern machinery (about half a CPU-s), for an empty answer."""
        import pyoxigraph as ox

        if not self.stated:
            return []
        named = {str(term) for triple in facts for term in triple if isinstance(term, URIRef)}
        first = self.about(own, named)
        values = {quad.object.value for quad in first if isinstance(quad.object, ox.NamedNode)} - named
        types = [quad for quad in self.about(own, values) if quad.predicate.value == str(RDF.type)]
        return first + types


def oxigraph_quads(graph: Graph) -> Iterator[Any]:
    """The graph's triples as default-graph Oxigraph quads (kg.store.terms, imported when used), made as
    they are read: a 1 MB list-heavy document's 173,761 facts held as a list before the validation's
    store took them raised its peak by 80 MB (463 -> 383 MB, session 26, engineer M)."""
    from kg.store.terms import default_graph_quads

    return default_graph_quads(graph)


def check(extraction: Extraction, sources: Sources | None = None) -> ValidationReport:
    """Validate the register's facts together with the reference data they point to."""
    return Checker(sources)(extraction)


def about_register(report: ValidationReport, facts: Graph) -> ValidationReport:
    """Only the results on nodes the register states something about (not on the reference data
    as such: its warnings are the curators' business, not this document's)."""
    from kg.validate.report import ValidationReport

    subjects = {str(s) for s, _ in by_subject(facts)}  # each subject once (kg.model.graphs)
    results = tuple(r for r in report.results if r.focus_node in subjects)
    return ValidationReport(results=results, results_graph=report.results_graph)


def refusal(extraction: Extraction, report: ValidationReport, note: str = "") -> ValidationFailed:
    """A message that names the file and, per failing node, the rule it breaks (and `note`, a line on
    why the rules may not be the ones expected: Session.stale_note)."""
    path = extraction.document.path
    return ValidationFailed(
        f"{path}: refused: the extracted register {extraction.slug} has {len(report.violations)} SHACL "
        f"violation(s); nothing was written.\n{note}{report.as_text()}"
    )


STALE_STORE_NOTE = (
    "Note: the store's shapes, ontology or reference data are not the ones of this version of "
    "alliance-kg (it was built by another version), and the document was judged by the store's: "
    "'kg build --keep-documents' brings the store's ontology, shapes and reference data up to this "
    "version and keeps the documents ingested into it.\n"
)


def same_graph(first: Graph, second: Graph) -> bool:
    """Whether two graphs hold the same triples, blank nodes aside (rdflib's isomorphism)."""
    from rdflib.compare import isomorphic

    return len(first) == len(second) and isomorphic(first, second)


def accepted(extraction: Extraction, report: ValidationReport) -> ValidationReport:
    """The report, or the refusal that names the file and the failing facts when it has a Violation."""
    if report.violations:
        raise refusal(extraction, report)
    return report


# --- What changed ---------------------------------------------------------------------------------------


class ChangedDocument(KgError):
    """The document's graph is in the store with other facts, and replacing it was not asked for."""

    exit_code = 4


@dataclass(frozen=True)
class Change:
    """The difference between the facts a graph holds and the facts a new extraction gives it, and
    whether the document's text itself changed (its SHA-256)."""

    added: tuple[Triple, ...]
    removed: tuple[Triple, ...]
    graph: Graph = field(repr=False, compare=False)  # for its prefixes
    old_sha256: str | None = None
    new_sha256: str | None = None

    @property
    def none(self) -> bool:
        return not self.added and not self.removed and self.old_sha256 == self.new_sha256

    def summary(self, shown: int = CHANGES_SHOWN) -> str:
        """E.g. '1 fact added, 1 removed: reg:x/milestone-3 akg:targetText "2Q2011" -> "4Q2011"'."""
        lines = self.lines()
        head = f"{plural(len(self.added), 'fact')} added, {len(self.removed)} removed"
        if not lines:
            old, new = (self.old_sha256 or "none")[:12], (self.new_sha256 or "none")[:12]
            return f"{head}; the document's text changed (SHA-256 {old}... -> {new}...)"
        more = f"; and {len(lines) - shown} more" if len(lines) > shown else ""
        return f"{head}: {'; '.join(lines[:shown])}{more}"

    def lines(self) -> list[str]:
        """One line per (subject, predicate) that changed: old -> new, + new, or - old."""
        grouped: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for triples, side in ((self.removed, 0), (self.added, 1)):
            for s, p, o in sorted(triples):
                key = (self.name(s), self.name(p))
                grouped.setdefault(key, ([], []))[side].append(self.name(o))
        changed: list[str] = []
        added: list[str] = []
        removed: list[str] = []
        for (subject, predicate), (old, new) in grouped.items():
            if old and new:
                changed.append(f"{subject} {predicate} {', '.join(old)} -> {', '.join(new)}")
            else:
                (added if new else removed).append(
                    f"{'+' if new else '-'} {subject} {predicate} {', '.join(new or old)}"
                )
        return changed + added + removed  # values that changed say most: they come first

    def name(self, term: object) -> str:
        if term == THIS_DOCUMENT:
            return "the document"
        if isinstance(term, Literal):
            return f'"{term}"'
        if isinstance(term, URIRef):
            return compact(term, self.graph)
        return str(term)


def compact(iri: URIRef, graph: Graph) -> str:
    """prefix:rest with the longest of the graph's namespaces (as kg explain reads them, e.g.
    reg:ogf-dmtf/milestone-1), else <iri>."""
    matches = [(len(ns), prefix) for prefix, ns in graph.namespaces() if prefix and str(iri).startswith(ns)]
    if not matches:
        return f"<{iri}>"
    length, prefix = max(matches)
    return f"{prefix}:{str(iri)[length:]}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def source_document(facts: Graph, graph_iri: URIRef) -> URIRef | None:
    document = facts.value(graph_iri, PROV.wasDerivedFrom)
    return document if isinstance(document, URIRef) else None


def comparable(facts: Graph, graph_iri: URIRef) -> set[Triple]:
    """The facts but the volatile ones and the links to other versions (kg.pipeline.versions writes
    them; the document does not state them), the source document's IRI as THIS_DOCUMENT (it may be minted
    from the file's bytes, which the SHA-256 compares), blank nodes canonicalised."""
    from kg.model.changes import LINK_PREDICATES, VOLATILE_PREDICATES  # the command's half only

    document = source_document(facts, graph_iri)
    if any(isinstance(term, BNode) for triple in facts for term in triple):
        facts = to_canonical_graph(facts)
    kept: set[Triple] = set()
    for s, p, o in facts:
        if p in VOLATILE_PREDICATES or p in LINK_PREDICATES:
            continue
        kept.add((THIS_DOCUMENT if s == document else s, p, THIS_DOCUMENT if o == document else o))  # type: ignore[arg-type]
    return kept


def sha256_of(facts: Graph, graph_iri: URIRef) -> str | None:
    document = source_document(facts, graph_iri)
    value = facts.value(document, AKG.sha256) if document is not None else None
    return str(value) if value is not None else None


def change_between(stored: Graph, extraction: Extraction) -> Change:
    """What the new extraction's facts add to and remove from the stored graph's facts."""
    iri, stored_facts = extraction.graph_iri, split_provenance(stored)[0]
    old, new = comparable(stored_facts, iri), comparable(extraction.facts, iri)
    return Change(
        tuple(new - old),
        tuple(old - new),
        extraction.facts,
        sha256_of(stored_facts, iri),
        sha256_of(extraction.facts, iri),
    )


def read_alike(stored: Graph, extraction: Extraction, change: Change) -> bool:
    """Whether the stored graph is this very text (the same SHA-256) read by this very extractor (the same
    agent), so that whatever differs comes from the store's context, not from the document.

    Why: a document is read against the bodies the store discovered in earlier documents
    (known-organizations), its own stored version among them. Ingested again byte for byte, a register
    naming "DMTF Technical Committee" and "NMF Technical Committee" met both units it had introduced and
    was refused as "another version of this document" (attack round 23; 3 of 16 dev documents): the same
    bytes are the same document, and re-ingesting one is a no-op that says so (issue 12 point 5). With
    --replace the document is read again and its new reading stored; a new extractor version is compared
    fact by fact as before (its rules may read the text otherwise)."""
    if change.old_sha256 is None or change.old_sha256 != change.new_sha256:
        return False
    agents = {agent for _, predicate, agent in extraction.provenance if predicate == PROV.wasAssociatedWith}
    return bool(agents) and set(stored.objects(None, PROV.wasAssociatedWith)) == agents


def maybe_salvaged(change: Change) -> bool:
    """Whether the stored graph may be this very document with facts a Violation named dropped
    (kg.pipeline.salvage): the same text, and facts the new extraction has that the stored graph lacks,
    none the other way. Only then is a changed document validated before it is refused as changed."""
    return bool(change.added) and not change.removed and change.old_sha256 == change.new_sha256


def changed_refusal(extraction: Extraction, change: Change) -> ChangedDocument:
    return ChangedDocument(
        f"{extraction.document.path}: refused: the store holds another version of this document "
        f"(graph {extraction.graph_iri}): {change.summary()}; nothing was written "
        "(ingest with --replace to replace it)"
    )


# --- The store ---------------------------------------------------------------------------------------


@in_frozen_heap
def write_register_graph(
    knowledge_graph: EmbeddedStore,
    extraction: Extraction,
    graphs: Mapping[URIRef, Graph] | None = None,
    lines: GraphLines | None = None,
) -> None:
    """The one place that writes: replace the document's named graph and the graphs its versions'
    links change (`graphs`, kg.pipeline.versions.link: the document's own graph with its links among
    them), in one transaction; `lines`: their lines, when made already (new graphs only:
    EmbeddedStore.replace_graphs). (kg.testing.faults times its kill trials from this function's start
    to write_committed.)"""
    from kg.store import embedded

    knowledge_graph.replace_graphs(graphs or {extraction.graph_iri: extraction.graph}, lines=lines)
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


def check_in_store(
    extraction: Extraction, knowledge_graph: EmbeddedStore, sources: Sources | None
) -> ValidationReport:
    """In the context of what the store holds when kg build made it (its shapes and ontology, and what its
    other graphs say about every IRI the register mentions: kg.validate.at_scale.validate_in_context), else
    against the checkout (check)."""
    from kg.validate.at_scale import validate_in_context

    if not knowledge_graph.holds_graph(SHAPES_IRI):
        return check(extraction, sources)
    return validate_in_context(knowledge_graph, extraction.graph, replacing=extraction.graph_iri)


# --- One document, or many -------------------------------------------------------------------------------

ADDED, REPLACED, UNCHANGED, REFUSED = "added", "replaced", "unchanged", "refused"


@dataclass
class Outcome:
    """What became of one document of a batch."""

    path: Path
    verdict: str  # added | replaced | unchanged | refused
    extraction: Extraction | None = None
    report: ValidationReport | None = None
    error: KgError | None = None
    change: Change | None = None
    linked: Linked | None = None
    """The versions of the document's work, in order, and the graphs written with it."""
    held_as: URIRef | None = None
    """For an unchanged document read under a new identity: the stored graph that holds it already."""
    dropped: tuple[Dropped, ...] = ()
    """The facts a Violation named, taken out of an accepted document's graph (kg.pipeline.salvage)."""

    @property
    def refused(self) -> bool:
        return self.verdict == REFUSED

    @property
    def exit_code(self) -> int:
        return self.error.exit_code if self.error is not None else 0

    @property
    def facts(self) -> int:
        return len(self.extraction.facts) if self.extraction is not None else 0

    @property
    def warnings(self) -> int:
        """The report's Warnings and the facts dropped (each a Violation turned into a warning)."""
        return (len(self.report.warnings) if self.report is not None else 0) + len(self.dropped)


@dataclass(frozen=True)
class Accepted:
    """A document judged to be written: its extraction, its validation report, what it changes."""

    extraction: Extraction
    report: ValidationReport
    change: Change | None
    dropped: tuple[Dropped, ...] = ()

    def written(self, linked: Linked | None) -> Outcome:
        verdict = REPLACED if self.change is not None else ADDED
        path = self.extraction.document.path
        return Outcome(
            path,
            verdict,
            self.extraction,
            self.report,
            change=self.change,
            linked=linked,
            dropped=self.dropped,
        )


class Writing:
    """A document's write, running in Session.outcomes's thread, and what the next document's judgement
    may read of it before it commits."""

    def __init__(
        self,
        future: Future[None],
        written: Outcome,
        graphs: frozenset[str],
        lines: GraphLines | None,
    ) -> None:
        """`lines`: what the write adds (the lines it loads), None when it replaces a graph the store
        holds."""
        self.future, self.written, self.graphs = future, written, graphs
        self.adds_only = lines is not None  # the store held none of the graphs (new graphs, no replacement)
        self.by_subject: dict[str, list[str]] = {}  # by IRI: the context is about IRIs (context_of)
        for triples in lines.graphs.values() if lines is not None else ():
            self._index(triples)

    def _index(self, triples: list[str]) -> None:
        """The lines by their subject's IRI (a line starts with its subject, `<iri> ` or `_:label `);
        sorted lines keep a subject's lines together, so each subject is looked up once."""
        index, current, found = self.by_subject, None, []
        for line in triples:
            if line[0] != "<":
                continue
            if current is None or not line.startswith(current):
                current = line[: line.index("> ") + 2]
                found = index.setdefault(current[1:-2], [])
            found.append(line)

    def allows(self, extraction: Extraction | None) -> bool:
        """Whether `extraction` may be judged while this write runs: its verdict cannot depend on it.
        The write only adds graphs, none of them the extraction's own (which would make it unchanged or
        changed); what they add to its validation's context is given to it (`about`)."""
        return extraction is not None and self.adds_only and str(extraction.graph_iri) not in self.graphs

    def about(self, mentioned: Iterable[str]) -> list[ox.Quad]:
        """What the graphs being written say about the IRIs `mentioned`, as default-graph quads: the
        context kg.validate.at_scale.context_of finds in them once they are stored (the same terms: the
        lines are the ones written, blank node labels and all)."""
        import pyoxigraph as ox

        found = [line for iri in mentioned for line in self.by_subject.get(iri, ())]
        if not found:
            return []
        return list(ox.parse(" .\n".join(found) + " .\n", format=ox.RdfFormat.N_TRIPLES))

    def outcome(self) -> Outcome:
        """The document's outcome, once its write has committed (its error raised if it failed)."""
        self.future.result()
        return self.written


class Session:
    """One run of `kg ingest` over a store: opened once, shapes and ontology loaded once; judges each
    extraction (unchanged, changed, valid) and writes the accepted ones, each in its own transaction."""

    def __init__(
        self,
        store: Path | None,
        *,
        dry_run: bool = False,
        replace: bool = False,
        sources: Sources | None = None,
        named: bool = False,
        strict: bool = False,
    ) -> None:
        from kg.store.embedded import store_location

        self.location = store_location(store)
        self.dry_run, self.replace = dry_run, replace
        self.strict = strict  # refuse at the first Violation instead of dropping the facts it names
        self.named = named  # the user named the identity (--slug): the same bytes may be stored twice
        self.sources = sources or default_sources()
        self.checker = Checker(self.sources)
        self.knowledge_graph: EmbeddedStore | None = None
        self.pending: dict[URIRef, Graph] = {}  # a dry run's accepted graphs, as if written
        self.accepted_before = DryRunContext()  # and what they say, as the store's context would
        self.stack = ExitStack()
        self.shapes_ontology: tuple[Graph, Graph] | None = None
        self.known_rows: KnownRows | None = None  # bodies discovered in documents the store holds
        self._known: Graph | None = None
        self._stale_note: str | None = None
        self._reference_alike: bool | None = None
        self.check_threads = 1  # threads of the compiled checks' queries (validate_in_context)

    def __enter__(self) -> Session:
        if (self.location / "CURRENT").is_file():
            self.open()
        return self

    def open(self) -> EmbeddedStore:
        """Open (or, at the first write, make) the store, and read the names it knows once (the
        extraction needs them; the shapes wait for `prepare`, which can overlap the extraction).
        A store made here starts with what `kg build` puts beside the registers (base_graphs); so does
        one that holds no graph (made by a run stopped before its first write committed)."""
        if self.knowledge_graph is None:
            session = store_session(self.location, readonly=self.dry_run)
            self.knowledge_graph = self.stack.enter_context(session)
            if not self.dry_run and self.knowledge_graph.holds_no_graph():
                self.knowledge_graph.replace_graphs(self.base_graphs())
            self.known_rows = known_rows(self.knowledge_graph)
        return self.knowledge_graph

    def base_graphs(self) -> dict[URIRef, Graph]:
        """The ontology, the shapes and the reference data of this checkout, as `kg build` names them.
        Why: a store holding documents alone knew no body by its name or acronym (`kg query collaborators
        -p org=OGF` answered "no entity is called 'OGF'"), showed no labels, and validated later
        documents without the shapes a built store carries; made here, it answers as a built one does."""
        shapes, ontology = self.checker.shapes_ontology
        reference, _ = reference_graphs(self.sources.root)
        return {ONTOLOGY_IRI: ontology, SHAPES_IRI: shapes, REFERENCE_GRAPH: reference}

    @property
    def known(self) -> Graph | None:
        """The bodies the store knew when it was opened, as a graph (made when first asked: the
        process that has its documents extracted elsewhere, kg.pipeline.early, sends the rows)."""
        if self._known is None and self.known_rows is not None:
            self._known = known_from(self.known_rows)
        return self._known

    def prepare(self) -> None:
        """Read the store's shapes and ontology (once), when kg build made the store; and import what
        judging and writing a document need (labels, versions and through them kg.model.changes, and the
        write's lines), here, while the extraction runs elsewhere, rather than after it (issue 16 point
        1: 10-20 ms of the wait that follows the extraction of one `kg ingest`)."""
        import kg.pipeline.labels
        import kg.pipeline.versions
        import kg.store.lines  # noqa: F401

        graph = self.knowledge_graph
        if self.shapes_ontology is None and graph is not None and graph.holds_graph(SHAPES_IRI):
            from kg.validate.at_scale import ready_for_documents, shapes_and_ontology

            self.shapes_ontology = shapes_and_ontology(graph)
            ready_for_documents(self.shapes_ontology)

    def __exit__(self, *exc: object) -> None:
        self.stack.__exit__(*exc)  # type: ignore[arg-type]

    def stored(self, iri: URIRef) -> Graph | None:
        """The graph as the store holds it (or as this dry run would have written it), None when absent."""
        if iri in self.pending:
            return self.pending[iri]
        if self.knowledge_graph is not None and self.knowledge_graph.holds_graph(iri):  # no listing
            return self.knowledge_graph.graph(iri)
        return None

    @in_frozen_heap
    def validate(self, extraction: Extraction, writing: Writing | None = None) -> ValidationReport:
        """In the store's context when the store has its shapes (kg build made it), else the checkout's;
        `writing`: a write running meanwhile, whose graphs are part of that context (Writing.about)."""
        self.prepare()
        own = extraction.graph_iri
        if self.shapes_ontology is None or self.knowledge_graph is None:
            return self.checker(extraction, self.accepted_before.around(own, extraction.facts))
        from kg.validate.at_scale import validate_in_context

        before = partial(self.accepted_before.about, own) if self.accepted_before.stated else None
        return validate_in_context(
            self.knowledge_graph,
            extraction.graph,
            self.shapes_ontology,
            replacing=own,
            prepared=extraction.prepared,
            meanwhile=writing.about if writing is not None else before,
            threads=self.check_threads,
        )

    def stale_note(self) -> str:
        """STALE_STORE_NOTE when the document was judged by the store's shapes and ontology and those, or
        the store's reference data, are not the checkout's (a store built by another version refuses with
        rules this one has changed, or lacks a body this version's gazetteer resolves a party to: "a party
        must be an akg:Organization", in words that do not say so); else nothing. Read on a refusal only:
        the comparison costs a parse of the checkout's shapes, ontology and reference data (made once a
        session: the store's shapes, ontology and reference data are read once, and ingest never writes them
        but into a store it makes, with the checkout's)."""
        if self.shapes_ontology is None or self.knowledge_graph is None:
            return ""
        if self._stale_note is None:
            stored, packaged = self.shapes_ontology, self.checker.shapes_ontology
            rules_alike = all(same_graph(mine, theirs) for mine, theirs in zip(stored, packaged, strict=True))
            self._stale_note = "" if rules_alike and not self.reference_behind() else STALE_STORE_NOTE
        return self._stale_note

    def reference_behind(self) -> bool:
        """Whether the document was judged with reference data that is not the checkout's (a store built
        by another version). Why salvage waits for it: the Violations of such a store say that it lacks
        a body this version's gazetteer resolves a party to ("a party must be an akg:Organization"), not
        that the rules misread the document; dropping the party would lose a right fact, so the document
        is refused with STALE_STORE_NOTE. A store's own shapes, by contrast, are what it accepts: the
        facts they refuse are dropped like any others."""
        if self.shapes_ontology is None or self.knowledge_graph is None:
            return False
        if self._reference_alike is None:
            self._reference_alike = self.same_reference_data()
        return not self._reference_alike

    def same_reference_data(self) -> bool:
        """Whether the store's reference graph is the checkout's reference data (kg build wrote it)."""
        assert self.knowledge_graph is not None
        if not self.knowledge_graph.holds_graph(REFERENCE_GRAPH):
            return False
        reference, _ = reference_graphs(self.checker.sources.root)
        return same_graph(self.knowledge_graph.graph(REFERENCE_GRAPH), reference)

    def judge(self, extraction: Extraction) -> Outcome:
        """Unchanged (nothing to do), changed (refused without replace), else validated and written."""
        decided = self.decide(extraction)
        if isinstance(decided, Outcome):
            return decided
        linked = self.write(decided.extraction)  # as judged: its labels settled (Session.settled)
        return decided.written(linked)

    @in_frozen_heap
    def decide(self, extraction: Extraction, writing: Writing | None = None) -> Outcome | Accepted:
        """Unchanged or refused (the outcome), else accepted, to be written: the identity check and the
        validation, which read the store but do not write it (`writing`: Session.validate)."""
        path = extraction.document.path
        extraction = self.settled(extraction, writing)
        stored = self.stored(extraction.graph_iri)
        change = change_between(stored, extraction) if stored is not None else None
        if (
            stored is not None
            and change is not None
            and (change.none or (not self.replace and read_alike(stored, extraction, change)))
        ):
            return Outcome(path, UNCHANGED, extraction, change=change)
        held = self.holding(extraction) if stored is None and not (self.replace or self.named) else None
        if held is not None:
            return Outcome(path, UNCHANGED, extraction, held_as=held)
        if change is not None and not self.replace and not maybe_salvaged(change):
            refused = changed_refusal(extraction, change)
            return Outcome(path, REFUSED, extraction, error=refused, change=change)
        extraction, report, dropped = self.validated(extraction, writing)
        if stored is not None and dropped:  # the stored graph may be this document, salvaged alike
            change = change_between(stored, extraction)
            if change.none:
                return Outcome(path, UNCHANGED, extraction, change=change)
        if report.violations:
            return Outcome(
                path, REFUSED, extraction, report, refusal(extraction, report, self.stale_note()), change
            )
        if change is not None and not self.replace:
            refused = changed_refusal(extraction, change)
            return Outcome(path, REFUSED, extraction, error=refused, change=change)
        return Accepted(extraction, report, change, dropped)

    def validated(
        self, extraction: Extraction, writing: Writing | None = None
    ) -> tuple[Extraction, ValidationReport, tuple[Dropped, ...]]:
        """The extraction and its report; when the report has Violations (and the session is not strict),
        the extraction without the facts they name, if that leaves none (kg.pipeline.salvage), with what
        was dropped."""
        report = self.validate(extraction, writing)
        if not report.violations or self.strict or self.reference_behind():
            return extraction, report, ()
        from kg.pipeline.salvage import salvaged

        kept = salvaged(extraction, report, partial(self.validate, writing=writing))
        if kept is None:
            return extraction, report, ()
        return kept.extraction, kept.report, kept.dropped

    def holding(self, extraction: Extraction) -> URIRef | None:
        """The stored graph whose source document has this very content (its SHA-256), when the document
        is now read under another identity (the rules that name it changed: a version line read where
        none was): the same bytes are one document, not a new version of themselves."""
        if self.knowledge_graph is None:
            return None
        import pyoxigraph as ox

        hex_binary = ox.NamedNode("http://www.w3.org/2001/XMLSchema#hexBinary")
        digest = ox.Literal(extraction.document.sha256, datatype=hex_binary)  # as kg.model.mapping states it
        sha256 = ox.NamedNode(str(AKG.sha256))
        for quad in self.knowledge_graph.oxigraph.quads_for_pattern(None, sha256, digest):
            if isinstance(quad.graph_name, ox.NamedNode):
                return URIRef(quad.graph_name.value)
        return None

    def settled(self, extraction: Extraction, writing: Writing | None = None) -> Extraction:
        """The extraction, its preferred labels that other graphs already prefer another name for kept
        as alternative labels (kg.pipeline.labels: one skos:prefLabel per language in the union)."""
        from kg.pipeline.labels import settled_labels

        facts = settled_labels(
            extraction.facts, partial(self.preferred_elsewhere, extraction.graph_iri, writing)
        )
        return extraction if facts is extraction.facts else replace(extraction, facts=facts)

    def preferred_elsewhere(self, own: URIRef, writing: Writing | None, subject: URIRef) -> list[Literal]:
        """The preferred labels of `subject` in the store's other graphs, in a write running meanwhile,
        and in the graphs this dry run accepted before."""
        from kg.pipeline.labels import PREF_LABEL, stored_preferred
        from kg.store.terms import from_oxigraph

        labels = stored_preferred(self.knowledge_graph, subject, own) if self.knowledge_graph else []
        if writing is not None:
            about = (
                from_oxigraph(q.object) for q in writing.about([str(subject)]) if q.predicate == PREF_LABEL
            )
            labels.extend(label for label in about if isinstance(label, Literal))
        for iri, graph in self.pending.items():
            if iri != own:
                labels.extend(o for o in graph.objects(subject, SKOS.prefLabel) if isinstance(o, Literal))
        return labels

    def outcomes(self, extracted: Iterable[Extracted]) -> Iterator[Outcome]:
        """Each document's outcome, in order, each accepted one written in its own transaction, one
        after the other; a document's write runs in a thread while the next document is judged.

        Why: the one process that holds the store is the batch's serial part, and half of its time per
        document was the write (Oxigraph's transaction, the history's fsyncs), during which Python
        waits with the GIL released. The next document is judged meanwhile only when the running
        write cannot change that judgement (Writing.allows: the write adds graphs the store did not
        hold, and not the next document's); its validation then gets the running write's statements
        about what it mentions as context (Writing.about), whether the store's snapshot shows them yet
        or not: the same context, and the same verdicts, as one after the other. The versions' links
        and the write itself wait for the write before (the store as it will be)."""
        if self.dry_run:
            yield from map(self.judge_extracted, extracted)
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1, thread_name_prefix="kg-ingest-write") as thread:
            writing: Writing | None = None
            for item in extracted:
                if writing is not None and not writing.allows(item.extraction):
                    yield writing.outcome()
                    writing = None
                if item.extraction is None:
                    yield self.judge_extracted(item)
                    continue
                try:
                    decided = self.decide(item.extraction, writing)
                except Exception:  # e.g. the store unreadable: the write before is reported first
                    if writing is not None:
                        yield writing.outcome()
                    raise
                if writing is not None:
                    yield writing.outcome()
                    writing = None
                if isinstance(decided, Outcome):
                    yield decided
                else:
                    writing = self.start_writing(thread, decided)
            if writing is not None:
                yield writing.outcome()

    def judge_extracted(self, extracted: Extracted) -> Outcome:
        if extracted.extraction is None:
            return Outcome(extracted.path, REFUSED, error=extracted.error)
        return self.judge(extracted.extraction)

    @in_frozen_heap
    def start_writing(self, thread: Executor, accepted: Accepted) -> Writing:
        """Link the accepted document to its work's other versions (the store as the last write left
        it) and start its write in `thread`; its graphs are converted here, so that the next
        document's validation can read what they say (Writing.about)."""
        from kg.pipeline.versions import link
        from kg.store.lines import GraphLines

        extraction = accepted.extraction
        linked = link(extraction.graph, self.knowledge_graph)
        graphs = linked.graphs if linked is not None else {extraction.graph_iri: extraction.graph}
        knowledge_graph = self.open()
        added = not any(knowledge_graph.holds_graph(iri) for iri in graphs)
        lines = (extraction.lines_for(graphs) or GraphLines.of(graphs)) if added else None
        future = thread.submit(write_register_graph, knowledge_graph, extraction, graphs, lines)
        return Writing(future, accepted.written(linked), frozenset(map(str, graphs)), lines)

    @in_frozen_heap
    def write(self, extraction: Extraction) -> Linked | None:
        """Write the document's graph with its links to the other versions of its work, and the graphs
        those links change (kg.pipeline.versions), in one transaction; a dry run only keeps the graph."""
        from kg.pipeline.versions import link

        linked = link(extraction.graph, self.knowledge_graph)
        graphs = linked.graphs if linked is not None else {extraction.graph_iri: extraction.graph}
        if self.dry_run:
            self.pending[extraction.graph_iri] = graphs[extraction.graph_iri]
            self.accepted_before.add(extraction.graph_iri, graphs[extraction.graph_iri])
            return linked
        write_register_graph(self.open(), extraction, graphs)
        return linked


def raise_refusal(outcome: Outcome) -> Outcome:
    if outcome.error is not None:
        raise outcome.error
    return outcome


def ingest_one(
    path: Path,
    *,
    store: Path | None = None,
    dry_run: bool = False,
    replace: bool = False,
    slug: str | None = None,
    sources: Sources | None = None,
    clock: Clock = utc_now,
    limit: int | None = None,
    strict: bool = False,
) -> Outcome:
    """One document: extract, judge, write; the refusal raised (its KgError) when refused."""
    named = slug is not None
    with Session(
        store, dry_run=dry_run, replace=replace, sources=sources, named=named, strict=strict
    ) as session:
        extraction = extract(path, slug=slug, sources=sources, clock=clock, limit=limit, known=session.known)
        return raise_refusal(session.judge(extraction))


def ingest(
    path: Path,
    *,
    store: Path | None = None,
    dry_run: bool = False,
    slug: str | None = None,
    sources: Sources | None = None,
    clock: Clock = utc_now,
    replace: bool = True,
    strict: bool = False,
) -> tuple[Extraction, ValidationReport]:
    """Extract, validate, and (unless dry_run) write the document's graph into the store.

    The library call replaces a changed graph unless `replace=False`; an unchanged one is left as
    it is (its report is then empty). With no store yet, the register is checked against the
    checkout before the write makes the store, so a refusal makes nothing. Facts a Violation names are
    dropped and the rest kept (kg.pipeline.salvage) unless `strict`.
    """
    outcome = ingest_one(
        path,
        store=store,
        dry_run=dry_run,
        replace=replace,
        slug=slug,
        sources=sources,
        clock=clock,
        strict=strict,
    )
    from kg.validate.report import ValidationReport

    assert outcome.extraction is not None
    return outcome.extraction, outcome.report or ValidationReport(results=(), results_graph=Graph())


# --- Batches ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """A worker's answer for one path: the extraction, or the error that refused it."""

    path: Path
    extraction: Extraction | None = None
    error: KgError | None = None


def extract_quietly(
    path: Path,
    root: Path,
    limit: int | None,
    clock: Clock = utc_now,
    slug: str | None = None,
    known: Graph | None = None,
    in_worker: bool = False,
    rows: KnownRows | None = None,
    max_triples: int | None = None,
) -> Extracted:
    """extract() in a worker: a refusal comes back as a value, so the batch goes on. `in_worker`: in a
    process of extraction_pool, whose store's names (`known`) came once, with the pool (warm_worker);
    the extraction is then sent ready for the writing process (Extraction.ready_to_send). `rows`: the
    store's names as known_rows reads them, made a graph here (kg.pipeline.early's process); none is no
    graph, which the Resolver reads as an empty one, so that the reading warm_worker put in place
    before the rows came is the one used."""
    if in_worker:
        known = WORKER_KNOWN[0]
    elif rows is not None:
        known = known_from(rows) if rows else None
    try:
        extraction = extract(
            path,
            slug=slug,
            sources=Sources(root),
            clock=clock,
            limit=limit,
            known=known,
            max_triples=max_triples,
        )
    except KgError as error:
        return Extracted(path, error=error)
    return Extracted(path, extraction.ready_to_send() if in_worker else extraction)


# The names the store knew when the batch began, in a pool's worker: given once, when the worker
# starts, rather than with every document. Why: one graph object for the whole batch lets the
# Resolver reuse its reading of the reference data (kg.extract.names.Reading, kept per graph object);
# a copy unpickled with each task made every document read it again.
WORKER_KNOWN: list[Graph | None] = [None]


def warm_worker(root: Path, known: Graph | None = None) -> None:
    """Import the extraction rules, read the reference data and the Resolver's reading of it (put_reading)
    once per worker, before its first document; then the collector set for graphs (fewer_collections), for
    as long as the worker lives."""
    WORKER_KNOWN[0] = known
    preload_extraction()
    reference, ontology = reference_graphs(root)
    put_reading(root, reference, ontology, known)
    collect_less_often()


def preload_extraction() -> None:
    """Import the extraction rules, as extract() will: their patterns compile as they load, through the
    table of patterns compiled in earlier runs (kg.pipeline.compiled_patterns), which keeps what this
    process had to compile itself."""
    from kg.pipeline import compiled_patterns

    if "kg.extract.registers" in sys.modules:
        return
    compiled_patterns.install()
    import kg.extract.documents
    import kg.extract.registers  # noqa: F401

    compiled_patterns.stop_recording()
    put_plans()


# The code a pattern's plan is the output of (kg.model.prefilter reads it from the pattern's parse by
# re._parser, whose version the cache's key holds with Python's).
PLAN_CODE = ("kg.model.prefilter",)


def put_plans() -> None:
    """Put in place kg.model.prefilter's plan of each pattern the extraction rules hold at module level
    (where its matches open, the words every match holds), from kg.validate.cache when the same code
    planned the same patterns before; else made here, for all of them, and kept.

    Why: prefilter makes a pattern's plan when it is first matched, from the pattern's parse (re._parser,
    pure Python): about 60 patterns for the first register of every process, 45-75 CPU-ms on the critical
    path of `kg ingest FILE` (the extraction process's first document; the second costs none of it), the
    same answer in every run. A plan is a function of the pattern's text and flags and of prefilter's code
    alone (the cache's key), so a plan read back is the plan first use would make. Patterns made inside the
    rules' functions are not found here and are planned on first use, as before."""
    from kg.model import prefilter
    from kg.validate.cache import cached

    patterns = rule_patterns()
    if not patterns:
        return
    texts = (f"{pattern.flags}\0{pattern.pattern}".encode("utf-8", "surrogatepass") for pattern in patterns)
    inputs = [b"".join(len(text).to_bytes(4, "big") + text for text in texts)]  # one digest, not 772

    def plan_all() -> list[prefilter.PlanParts]:
        return [prefilter.plan_parts(prefilter.new_plan(pattern)) for pattern in patterns]

    parts = cached("plans", inputs, PLAN_CODE, plan_all)
    if len(parts) != len(patterns):  # an entry not made for these patterns: planned on first use
        return
    for pattern, part in zip(patterns, parts, strict=True):
        if not prefilter.remember(pattern, part):
            return


def rule_patterns() -> list[re.Pattern[str]]:
    """The compiled text patterns the loaded extraction rules (kg.extract.*) hold at module level, alone or
    in a tuple, list, set or dict, each object once, sorted by text and flags (a set's order is its hash's,
    which differs between processes: the cache's key must not)."""
    found: dict[int, re.Pattern[str]] = {}
    for name in sorted(name for name in sys.modules if name.startswith("kg.extract.")):
        for value in list(vars(sys.modules[name]).values()):
            items = value.values() if isinstance(value, dict) else value
            if isinstance(value, tuple | list | frozenset | set | dict):
                for item in items:
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        found.setdefault(id(item), item)
            elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), value)
    return sorted(found.values(), key=lambda pattern: (pattern.pattern, pattern.flags))


def workers_for(count: int, workers: int | None) -> int:
    """Extraction processes: one per core, no more than documents; 0 (in this process) for one."""
    if workers is not None:
        return max(0, workers)
    return 0 if count <= 1 else min(count, os.cpu_count() or 1)


@contextmanager
def extraction_pool(workers: int, root: Path, known: Graph | None = None) -> Iterator[Executor | None]:
    if workers <= 0:
        yield None
        return
    with new_pool(workers, root, known) as pool:
        yield pool


def new_pool(workers: int, root: Path, known: Graph | None = None) -> ProcessPoolExecutor:
    """A pool of extraction processes, each warmed once (warm_worker) with the store's names."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: the store's threads and locks in this process must not be copied into workers
    context = multiprocessing.get_context("forkserver")
    # workers fork from a server that imported this and the extraction rules once
    context.set_forkserver_preload([__name__, "kg.extract.documents", "kg.extract.registers"])
    return ProcessPoolExecutor(workers, mp_context=context, initializer=warm_worker, initargs=(root, known))


def extractions(
    paths: Sequence[Path],
    pool: Executor | Extractor | None,
    root: Path,
    limit: int | None,
    clock: Clock,
    slug: str | None,
    known: Graph | None = None,
    rows: KnownRows | None = None,
    max_triples: int | None = None,
    max_seconds: int | None = None,
    workers: int = 1,
    max_memory: int | None = None,
) -> Iterator[Extracted]:
    """Each path's extraction, in the order given, extracted ahead by the pool's workers: the tasks
    are given to the pool now, so that the caller's own work overlaps them. A pool made by
    extraction_pool (of `workers` processes) has the store's names already (`known` is not sent with
    each task). In a pool's or kg.pipeline.early's process, each document's extraction has a kernel
    CPU limit of `max_seconds` and a memory cap of `max_memory` MiB (kg.pipeline.limits): a document
    that reaches either is refused."""
    task = partial(
        extract_quietly, root=root, limit=limit, clock=clock, slug=slug, known=known, max_triples=max_triples
    )
    if pool is None:
        return map(task, paths)
    seconds, memory = cpu_seconds(max_seconds), memory_mib(max_memory)
    if getattr(pool, "extracts_elsewhere", False):  # kg.pipeline.early's process: the rows, not the graph
        in_child = partial(task, known=None, rows=rows) if rows is not None else task
        return pool.map(LimitedTask(in_child, seconds, Extracted, memory), paths)
    # (asked after kg.pipeline.early's process: concurrent.futures.process imports multiprocessing, 10-15
    # CPU-ms of `kg ingest FILE` before it could send the document, for a pool it does not have)
    from concurrent.futures import ProcessPoolExecutor

    if isinstance(pool, ProcessPoolExecutor):
        in_worker = LimitedTask(partial(task, known=None, in_worker=True), seconds, Extracted, memory)
        return surviving_map(pool, partial(new_pool, root=root, known=known), in_worker, paths, workers)
    return pool.map(task, paths)


def ingest_batch(
    paths: Sequence[Path],
    *,
    store: Path | None = None,
    dry_run: bool = False,
    replace: bool = False,
    sources: Sources | None = None,
    clock: Clock = utc_now,
    limit: int | None = None,
    workers: int | None = None,
    slug: str | None = None,
    skipped: Iterable[Outcome] = (),
    extractor: Extractor | None = None,
    max_triples: int | None = None,
    max_seconds: int | None = None,
    max_memory: int | None = None,
    strict: bool = False,
) -> Iterator[Outcome]:
    """Each document's outcome, in order, as it is decided; refusals do not stop the batch.

    A store error (held by another writer, damaged, full disk) does stop it: it is raised.
    `extractor`: where to extract instead of a new pool (kg.pipeline.early's process, started by the
    command line before anything was loaded); the caller shuts it down.
    """
    sources = sources or default_sources()
    yield from skipped
    count = 0 if extractor is not None else workers_for(len(paths), workers)
    with (
        fewer_collections(),
        Session(
            store, dry_run=dry_run, replace=replace, sources=sources, named=slug is not None, strict=strict
        ) as session,
        extraction_pool(count, sources.root, session.known if count else None) as pool,
    ):
        if extractor is not None:
            extracted_in_order = extractions(
                paths,
                extractor,
                sources.root,
                limit,
                clock,
                slug,
                rows=session.known_rows,
                max_triples=max_triples,
                max_seconds=max_seconds,
                max_memory=max_memory,
            )
        else:
            extracted_in_order = extractions(
                paths,
                pool,
                sources.root,
                limit,
                clock,
                slug,
                session.known,
                max_triples=max_triples,
                max_seconds=max_seconds,
                max_memory=max_memory,
                workers=count,
            )
        session.prepare()  # the store's shapes and ontology, read while the workers extract
        if extractor is not None:
            session.check_threads = threads_while_waiting()
        yield from session.outcomes(extracted_in_order)


def threads_while_waiting() -> int:
    """Threads for the checks of the one document an extraction process read (kg.pipeline.early): two
    when two cores are allowed to this process. Why: that process has nothing left to do once the
    document is extracted, so its core is free for the validation that follows, the serial tail of `kg
    ingest FILE`; Oxigraph evaluates the queries without the interpreter lock (150 queries of a register:
    best of 30 at load 6, 80 -> 40-45 ms wall, the same CPU). A batch's pool keeps every core busy: one."""
    return 2 if allowed_cores() >= 2 else 1


def documents_in(paths: Iterable[Path]) -> tuple[list[Path], list[Outcome]]:
    """The documents to ingest: files as given, folders walked (links followed) for the supported
    suffixes, sorted; and, as refusals, what could not be walked (an unreadable folder, a link
    loop, a path that does not exist). Each file is taken once, however it was reached."""
    found: list[Path] = []
    problems: list[Outcome] = []
    seen: set[tuple[int, int]] = set()
    walked: set[tuple[int, int]] = set()  # folders walked already, however reached, in this whole run
    for path in paths:
        try:
            folder = path.is_dir()
        except OSError as error:  # a name longer than the system takes
            problems.append(unreadable(path, error))
            continue
        if folder:
            walk_folder(path, found, problems, walked)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            problems.append(Outcome(path, REFUSED, error=InputError(f"{path}: no such file or folder")))
    unique = []
    for path in found:
        key = file_key(path)
        if key is None or key not in seen:
            unique.append(path)
        if key is not None:
            seen.add(key)
    return unique, problems


def file_key(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def walk_folder(
    folder: Path, found: list[Path], problems: list[Outcome], walked: set[tuple[int, int]]
) -> None:
    """Depth first, sorted by name; a folder that is its own ancestor (a link loop) is reported, one
    reached again by another way (`walked`: two links to it) is not walked again. Why the second: with
    ancestors alone, a chain of folders each holding two links to the next was walked 2^N times
    (18 levels: 40 s; 24 would take about 40 minutes). Why a stack and not recursion: a tree of 1,500
    folders one inside the other (each name one letter: a path of 3,000 characters, well inside the
    system's limit) ended the walk in a RecursionError traceback, and each level copied the set of its
    ancestors."""
    from kg.extract.documents import SUPPORTED_SUFFIXES

    ancestors: set[tuple[int, int]] = set()
    stack: list[tuple[tuple[int, int], Iterator[Path]]] = []
    entered = enter_folder(folder, problems, ancestors, walked)
    if entered is not None:
        stack.append(entered)
    while stack:
        key, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            ancestors.discard(key)
            continue
        try:
            inner = entry.is_dir()
        except OSError as error:  # Path.is_dir lets ENAMETOOLONG through (see `unreadable`)
            problems.append(unreadable(entry, error))
            continue
        if inner:
            entered = enter_folder(entry, problems, ancestors, walked)
            if entered is not None:
                stack.append(entered)
        elif entry.suffix.lower() in SUPPORTED_SUFFIXES and not entry.name.startswith((".", "~$")):
            found.append(entry)


def unreadable(path: Path, error: OSError) -> Outcome:
    """A path the walk cannot follow, reported. Path.is_dir answers False for a missing path or a link
    loop but lets other errors through: a path longer than the system takes (ENAMETOOLONG, 4,096 bytes
    on Linux, reached by a tree deep enough) ended `kg ingest` in a traceback."""
    message = f"{path}: skipped: cannot be read: {error.strerror or error}"
    return Outcome(path, REFUSED, error=InputError(message))


def enter_folder(
    folder: Path, problems: list[Outcome], ancestors: set[tuple[int, int]], walked: set[tuple[int, int]]
) -> tuple[tuple[int, int], Iterator[Path]] | None:
    """A folder's identity and its entries sorted by name, the folder being now an ancestor of what is
    walked next; None (the problem reported) when it is a loop or cannot be read, or was walked."""
    key = file_key(folder)
    if key is None or key in ancestors:
        reason = "a symbolic link loop (a folder inside itself)" if key else "cannot be read"
        problems.append(Outcome(folder, REFUSED, error=InputError(f"{folder}: skipped: {reason}")))
        return None
    if key in walked:
        return None
    walked.add(key)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        problems.append(unreadable(folder, error))
        return None
    ancestors.add(key)
    return key, iter(entries)


class Judged(Protocol):
    """What the exit code needs of an outcome (kg.cli.ingest keeps only that of each, and its row)."""

    @property
    def refused(self) -> bool: ...

    @property
    def exit_code(self) -> int: ...


def exit_code(outcomes: Iterable[Judged]) -> int:
    """0 when nothing was refused, else the highest exit code of the refused documents (docs/ingest.md)."""
    return max((outcome.exit_code for outcome in outcomes if outcome.refused), default=0)


# --- kg build -------------------------------------------------------------------------------------------


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
