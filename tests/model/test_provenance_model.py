"""The provenance model, triple for triple, on every seed register and dev corpus document.

kg.model.provenance builds its triples for speed (tuples, shared terms, one target per distinct span);
this module writes the model out the plain way, from the docstring of kg.model.provenance and
docs/ingest.md ("Provenance"), and asks for the same graph (rdflib isomorphism: blank nodes aside) on
real documents. Why: a faster builder must not change what an analyst reads back; an accidental
change (a lost prefix, a target per annotation again, an offset off by one) fails here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import PROV

from kg.errors import KgError
from kg.extract.documents import read_document
from kg.extract.registers import extract_register
from kg.model.budget import TripleBudget
from kg.model.mapping import Evidence, map_record
from kg.model.namespaces import REG, SCHEMA
from kg.model.patterns import safe_text
from kg.model.provenance import (
    EXTRACTOR_NAME,
    EXTRACTOR_VERSION,
    OA,
    QUOTE_CONTEXT,
    activity_iri,
    agent_iri,
    merged,
    provenance_graph,
    sentence_span,
)
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import Extraction, document_path, extract, new_resolver, seed_documents
from kg.testing.corpus import scaled_document

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


ROOT = Path(__file__).parents[2]
DEV = ROOT / "tests" / "fixtures" / "corpus" / "dev"
STARTED = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
ENDED = dt.datetime(2026, 1, 1, 9, 0, 5, tzinfo=dt.UTC)


SAMPLE_STRIDE = 5
"""Every fifth dev document (by name) is checked, and the first of each file format. Why not all: the
builder's output depends on the evidence's spans and the reader's offsets, not on which rule found a
fact, and the dev corpus grows by 20-30 documents a session: all 477 took 150 CPU-s of a CI run by
session 29, the costliest test of the suite; a fifth of them still holds every format and kind."""


def documents() -> list[tuple[str | None, Path]]:
    """(slug, path) of the seed registers and of a sample of the dev corpus (docs/corpus.md): every
    SAMPLE_STRIDE-th document and the first of each suffix."""
    found: list[tuple[str | None, Path]] = list(seed_documents().items())
    paths = [
        gold.parent / json.loads(gold.read_text(encoding="utf-8"))["document"]
        for gold in sorted(DEV.glob("*.gold.json"))
    ]
    suffixes: set[str] = set()
    for index, path in enumerate(paths):
        if index % SAMPLE_STRIDE == 0 or path.suffix not in suffixes:
            found.append((None, path))
        suffixes.add(path.suffix)
    return found


def reference_provenance(
    document: SourceText, document_iri: URIRef, graph_iri: URIRef, slug: str, evidence: list[Evidence]
) -> Graph:
    """The model written out plainly: an oa:Annotation per evidence (numbered from 1), motivated by
    identifying, whose body is the node or an rdf:Statement, whose targets are the merged sentences of its
    spans; one oa:SpecificResource per distinct sentence span, with a position and a quote selector; the
    extraction activity and the extractor."""
    graph, targets = Graph(), {}
    text = document.text
    for number, item in enumerate(evidence, start=1):
        annotation = URIRef(f"{REG}{slug}/annotation-{number}")
        graph.add((annotation, RDF.type, OA.Annotation))
        graph.add((annotation, OA.motivatedBy, OA.identifying))
        graph.add((annotation, PROV.wasGeneratedBy, activity_iri(slug, STARTED)))
        body: Node = item.subject
        if item.predicate is not None:
            body = BNode()
            graph.add((body, RDF.type, RDF.Statement))
            graph.add((body, RDF.subject, item.subject))
            graph.add((body, RDF.predicate, item.predicate))
            if item.object is not None:
                graph.add((body, RDF.object, item.object))
        graph.add((annotation, OA.hasBody, body))
        for start, end in merged(sentence_span(text, s, e) for s, e in item.spans):
            if (start, end) not in targets:
                targets[(start, end)] = target_triples(graph, document, document_iri, start, end)
            graph.add((annotation, OA.hasTarget, targets[(start, end)]))
    activity, agent = activity_iri(slug, STARTED), agent_iri()
    for triple in (
        (graph_iri, PROV.wasGeneratedBy, activity),
        (activity, RDF.type, PROV.Activity),
        (activity, RDFS.label, Literal(f"Extraction of the register {slug}", lang="en")),
        (activity, PROV.startedAtTime, Literal(STARTED.isoformat(), datatype=XSD.dateTime)),
        (activity, PROV.endedAtTime, Literal(ENDED.isoformat(), datatype=XSD.dateTime)),
        (activity, PROV.used, document_iri),
        (activity, PROV.wasAssociatedWith, agent),
        (agent, RDF.type, PROV.SoftwareAgent),
        (agent, RDFS.label, Literal(f"{EXTRACTOR_NAME} {EXTRACTOR_VERSION}", lang="en")),
        (agent, SCHEMA.softwareVersion, Literal(EXTRACTOR_VERSION)),
    ):
        graph.add(triple)
    return graph


def target_triples(graph: Graph, document: SourceText, document_iri: URIRef, start: int, end: int) -> BNode:
    target, position, quote = BNode(), BNode(), BNode()
    source_start, source_end = document.source_span(start, end)
    text = document.text
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, document_iri))
    graph.add((target, OA.hasSelector, position))
    graph.add((target, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(source_start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(source_end, datatype=XSD.nonNegativeInteger)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(safe_text(text[start:end]))))
    graph.add((quote, OA.prefix, Literal(safe_text(text[max(0, start - QUOTE_CONTEXT) : start]))))
    graph.add((quote, OA.suffix, Literal(safe_text(text[end : end + QUOTE_CONTEXT]))))
    return target


def named(graph: Graph) -> set[tuple[Node, Node, Node]]:
    """The triples with each blank node named by what it is in the model: a statement by the annotation
    whose body it is, a target by its span, a selector by its target and kind. Why not rdflib's
    isomorphism: it took 40 s on these documents' blank nodes, this takes a fraction of a second."""
    names: dict[Node, str] = {}
    for annotation, body in graph.subject_objects(OA.hasBody):
        if isinstance(body, BNode):
            names[body] = f"body of {annotation}"
    for target in graph.subjects(RDF.type, OA.SpecificResource):
        selectors = {graph.value(s, RDF.type): s for s in graph.objects(target, OA.hasSelector)}
        position = selectors[OA.TextPositionSelector]
        names[target] = f"target {graph.value(position, OA.start)}-{graph.value(position, OA.end)}"
        for kind, selector in selectors.items():
            names[selector] = f"{names[target]} {kind}"
    return {
        tuple(URIRef(f"urn:blank:{names[term]}") if isinstance(term, BNode) else term for term in triple)  # type: ignore[misc]
        for triple in graph
    }


def same(built: Graph, reference: Graph) -> bool:
    """The same triples, blank nodes aside, and as many (two blank nodes named alike would merge)."""
    return len(built) == len(reference) == len(named(built)) and named(built) == named(reference)


def built_and_reference(path: Path, slug: str | None) -> tuple[Graph, Graph, int]:
    """The builder's provenance of the document, the reference one, and the number of evidence items."""
    sources = default_sources()
    document = read_document(path)
    record = extract_register(document, new_resolver(sources), slug=slug)
    facts, evidence = map_record(record, document, document_path(path, sources.root), TripleBudget(10**9))
    document_iri = facts.value(facts.identifier, PROV.wasDerivedFrom)
    assert isinstance(document_iri, URIRef)
    register_node = f"{REG}{record.slug}/"
    built = provenance_graph(
        document, document_iri, facts.identifier, register_node, record.slug, evidence, STARTED, ENDED
    )
    graph_iri = URIRef(str(facts.identifier))
    reference = reference_provenance(document, document_iri, graph_iri, record.slug, evidence)
    return built, reference, len(evidence)


def test_the_provenance_of_every_seed_and_dev_document_is_the_model_written_out() -> None:
    checked = 0
    for slug, path in documents():
        try:
            built, reference, annotations = built_and_reference(path, slug)
        except KgError:  # the corpus holds documents that are refused (not an alliance document)
            continue
        assert same(built, reference), path
        checked += annotations > 0
    assert checked >= 80  # the seeds and nearly all of the sampled dev documents are annotated


def test_annotations_whose_evidence_is_one_span_share_its_target(tmp_path: Path) -> None:
    """A list document: one milestone row evidences several facts, and their annotations share its
    one target (a SpecificResource with one position and one quote selector)."""
    path = tmp_path / "list.md"
    path.write_text(scaled_document("list", 10_000), encoding="utf-8")
    built, reference, annotations = built_and_reference(path, None)
    assert same(built, reference)
    targets = set(built.subjects(RDF.type, OA.SpecificResource))
    used = [t for _, t in built.subject_objects(OA.hasTarget)]
    assert len(targets) == len(set(used)) < len(used)  # every target used, some by several annotations
    assert annotations == len(set(built.subjects(RDF.type, OA.Annotation)))
    spans = set()
    for target in targets:
        selectors = {built.value(s, RDF.type): s for s in built.objects(target, OA.hasSelector)}
        assert set(selectors) == {OA.TextPositionSelector, OA.TextQuoteSelector}
        position = selectors[OA.TextPositionSelector]
        spans.add((int(built.value(position, OA.start)), int(built.value(position, OA.end))))
    assert len(spans) == len(targets)  # no two targets of one span


@pytest.fixture(scope="module")
def seed_extraction() -> Extraction:
    slug, path = next(iter(seed_documents().items()))
    return extract(path, slug=slug, clock=lambda: STARTED)


def test_the_extraction_graph_is_its_facts_and_its_provenance(seed_extraction: Extraction) -> None:
    graph, facts, provenance = seed_extraction.graph, seed_extraction.facts, seed_extraction.provenance
    assert len(graph) == len(facts) + len(provenance)
    assert set(graph) == set(facts) | set(provenance)
    assert graph.identifier == facts.identifier
