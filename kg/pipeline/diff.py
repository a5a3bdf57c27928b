"""`kg diff`: what changed between two versions of an alliance document, in the domain's terms.

The two sides are documents (extracted as `kg ingest --dry-run` extracts them), RDF files, or
named graphs of the store; this module reads them into sides (their fact graphs, provenance
removed: `split_provenance`). The comparison itself (the report, "other changed statements", the
RDF Patch) is kg.model.changes, which the server uses too to show a version's changes from the
previous one; its names are re-exported here, the API `kg diff` and its tests use.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import FOAF

from kg.extract.documents import SUPPORTED_SUFFIXES, max_bytes, too_large
from kg.model.budget import MAX_TRIPLES_VARIABLE, max_triples
from kg.model.changes import (
    EXIT_DIFFERENT,
    EXIT_EQUAL,
    Change,
    Diff,
    DiffError,
    Reading,
    Side,
    apply_patch,
    canonical,
    compare_sides,
    rdf_patch,
    read,
    register_of,
    stated,
)
from kg.model.provenance import split_provenance
from kg.model.rdfio import FORMATS_BY_SUFFIX, load_graph
from kg.model.sources import Sources, default_sources
from kg.pipeline.early import LateExtraction, fork_available
from kg.pipeline.ingest import Extracted, Extraction, extract, extract_quietly, reference_graphs
from kg.pipeline.limits import DocumentLimits, LimitedTask, cpu_seconds, memory_mib

__all__ = [
    "EXIT_DIFFERENT",
    "EXIT_EQUAL",
    "Change",
    "Diff",
    "DiffError",
    "Reading",
    "Side",
    "apply_patch",
    "canonical",
    "diff",
    "diff_paths",
    "document_side",
    "graph_of",
    "rdf_patch",
    "read",
    "register_of",
    "store_side",
]


# --- The sides ------------------------------------------------------------------------------------


def document_side(path: Path, sources: Sources | None = None, limits: DocumentLimits | None = None) -> Side:
    """A document extracted as `kg ingest` extracts it (under the same `limits`), or an RDF file parsed;
    errors name the file."""
    if not path.exists():
        raise DiffError(f"{path}: no such file")
    if path.is_dir():
        raise DiffError(f"{path}: is a folder; give one document or RDF file on each side")
    suffix = path.suffix.lower()
    if suffix in FORMATS_BY_SUFFIX and suffix not in SUPPORTED_SUFFIXES:
        graph = rdf_side(path, limits or DocumentLimits())
    else:
        graph = extracted_apart(path, sources or default_sources(), limits or DocumentLimits()).graph
    return Side(str(path), split_provenance(graph)[0])


def rdf_side(path: Path, limits: DocumentLimits) -> Graph:
    """An RDF file's graph, within the caps a document's side has: its size before it is read
    (--max-bytes), its triples once parsed (--max-triples).

    Why: an RDF side was parsed whatever its size, in this process: a 29 MB N-Triples file took 129 s
    and 1.8 GB under `--max-bytes 1000000 --max-triples 1000`, only to be told it holds no document."""
    limit = max_bytes(limits.max_bytes)
    size = path.stat().st_size if path.is_file() else 0  # not a file: load_graph says what it is
    if size > limit:
        raise DiffError(str(too_large(path, size, limit)))
    cap = max_triples(limits.max_triples)
    counted = triples_past(path, cap)
    graph = load_graph([path]) if counted is None else None
    if counted is not None or (graph is not None and len(graph) > cap):
        raise DiffError(
            f"{path}: holds more than {cap:,} triples, the cap: refused (raise it with --max-triples or "
            f"${MAX_TRIPLES_VARIABLE})"
        )
    assert graph is not None
    return graph


def triples_past(path: Path, cap: int) -> int | None:
    """The count of triples read when it passed `cap`, else None, counted by Oxigraph's streaming parser
    before rdflib reads the file. Why: rdflib holds the whole graph before its size can be asked (a 2.7 MB
    Turtle list under --max-triples 1000: 21.6 s and 980 MB, then refused); the stream stops at the cap.
    A format Oxigraph does not read, or a file it cannot parse, is left to load_graph, which names it."""
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if rdf_format is None:
        return None
    count = 0
    try:
        for _ in ox.parse(path=str(path), format=rdf_format):
            count += 1
            if count > cap:
                return count
    except (SyntaxError, ValueError, OSError):
        return None
    return None


def extracted_apart(path: Path, sources: Sources, limits: DocumentLimits) -> Extraction:
    """The document's extraction, made in a process forked for it under the kernel's CPU limit and
    memory cap, as `kg ingest` extracts one file, and within its size and triple caps.

    Why: the two sides of a diff are documents nobody here wrote, and a regular expression running in
    C can only be stopped by the kernel (kg.pipeline.limits). Where fork is not available, here."""
    if not fork_available():
        return extract(path, sources=sources, limit=limits.max_bytes, max_triples=limits.max_triples)
    task = partial(extract_quietly, root=sources.root, limit=limits.max_bytes, max_triples=limits.max_triples)
    seconds, memory = cpu_seconds(limits.max_seconds), memory_mib(limits.max_memory)
    with LateExtraction() as apart:
        (answer,) = apart.map(LimitedTask(task, seconds, Extracted, memory), [path])
    if answer.error is not None:
        raise answer.error
    assert answer.extraction is not None  # an answer holds one or the other
    return answer.extraction


def store_side(store: Any, iri: str) -> Side:
    """A named graph of the store, given as its IRI or as the IRI of the register it is about: what its
    document states (no provenance, no links to other versions: kg.model.changes.stated)."""
    graph_iri = graph_of(store, URIRef(iri))
    return Side(f"<{graph_iri}>", stated(store.graph(graph_iri)))


def graph_of(store: Any, iri: URIRef) -> URIRef:
    """`iri` when the store has such a graph, else the graph whose primary topic it is."""
    graphs = set(store.graphs())
    if iri in graphs:
        return iri
    import pyoxigraph as ox

    topic = ox.NamedNode(str(iri))
    found = {
        URIRef(quad.graph_name.value)
        for quad in store.oxigraph.quads_for_pattern(None, ox.NamedNode(str(FOAF.primaryTopic)), topic, None)
        if isinstance(quad.graph_name, ox.NamedNode)
    }
    if len(found) != 1:
        what = "no graph and no register" if not found else f"{len(found)} graphs' register"
        raise DiffError(f"<{iri}>: the store holds {what} of that IRI (give a graph IRI or a register IRI)")
    return found.pop()


# --- The diff -------------------------------------------------------------------------------------


def diff(old: Side, new: Side, sources: Sources | None = None) -> Diff:
    """Compare two sides (each must hold one alliance document)."""
    return compare_sides(old, new, reference_graphs((sources or default_sources()).root)[0])


def diff_paths(old: Path, new: Path, sources: Sources | None = None) -> Diff:
    return diff(document_side(old, sources), document_side(new, sources), sources)
