"""Provenance of extracted facts: W3C Web Annotation selectors and a PROV extraction activity.

Why: an analyst must be able to ask "where does the register say that?" and get the
sentence back, and a curator must know which extractor version produced a graph and
when. Each group of extracted triples gets one oa:Annotation whose body is the node the
triples are about (a milestone, a contact point) or, for a statement about a resource
the graph does not own (a party's mission, the register's scope), an rdf:Statement
naming subject, predicate and object. Its targets select the source sentences by
position (oa:TextPositionSelector, offsets into the source file's text) and by quote
(oa:TextQuoteSelector); a sentence is what kg.model.patterns.sentences says it is, as for
extraction, within its line. The annotations whose evidence is the same span share its one target
(docs/ingest.md, "Provenance"). The register graph itself prov:wasGeneratedBy an extraction
activity that used the document and was associated with the extractor (a
prov:SoftwareAgent with its version).

Provenance triples live in the register's named graph, but only on annotation,
activity and agent nodes (and the blank nodes they own) plus one prov:wasGeneratedBy
on the graph node, so that `split_provenance` can take them out again exactly.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import uuid
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, Node, URIRef
from rdflib.namespace import PROV

from kg import __version__
from kg.model.budget import TripleBudget
from kg.model.graphs import add_terms, blank_nodes_reached, plain_graph
from kg.model.literals import literal, offset_literal
from kg.model.mapping import Evidence
from kg.model.namespaces import ID, SCHEMA
from kg.model.patterns import safe_text, sentences
from kg.model.source_text import SourceText

OA = Namespace("http://www.w3.org/ns/oa#")
EXTRACTOR_NAME = "alliance-kg register extractor"
EXTRACTOR_VERSION = __version__
QUOTE_CONTEXT = 32


def agent_iri(version: str = EXTRACTOR_VERSION) -> URIRef:
    return ID[f"agent/kg-extract/{version}"]


def activity_iri(slug: str, started: dt.datetime) -> URIRef:
    return ID[f"activity/extract/{slug}/{started.strftime('%Y%m%dT%H%M%SZ')}"]


def sentence_span(
    text: str, start: int, end: int, lines: dict[int, list[tuple[int, int]]] | None = None
) -> tuple[int, int]:
    """The span widened to whole sentences (what a person wants to read): from the start of the
    sentence `start` is in to the end of the one the span's last character is in, each sentence
    within its line (kg.model.patterns.sentences, the splitter extraction uses). `lines`: the
    sentences of the lines split already, by line start (a list line evidences several facts)."""
    left = max((s for s, _ in line_sentences(text, start, lines) if s <= start), default=start)
    right = min((e for _, e in line_sentences(text, max(end - 1, start), lines) if e >= end), default=end)
    return min(left, start), max(right, end)


def line_sentences(
    text: str, at: int, lines: dict[int, list[tuple[int, int]]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) in `text` of the sentences of the line that offset `at` is in (kept in `lines`)."""
    line_start = text.rfind("\n", 0, at) + 1
    known = lines.get(line_start) if lines is not None else None
    if known is not None:
        return known
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    found = [(line_start + s, line_start + e) for s, e in sentences(text[line_start:line_end])]
    if lines is not None:
        lines[line_start] = found
    return found


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


Triple = tuple[Node, Node, Node]

# The terms every annotation repeats, made once: a Namespace attribute makes a new URIRef on each
# access, and the graph keeps the one it was given with each triple (memory, and hashing).
TYPE = RDF.type
ANNOTATION, IDENTIFYING, MOTIVATED_BY = OA.Annotation, OA.identifying, OA.motivatedBy
HAS_BODY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR = OA.hasBody, OA.hasTarget, OA.hasSource, OA.hasSelector
SPECIFIC_RESOURCE, POSITION_SELECTOR, QUOTE_SELECTOR = (
    OA.SpecificResource,
    OA.TextPositionSelector,
    OA.TextQuoteSelector,
)
START, END, EXACT, PREFIX, SUFFIX = OA.start, OA.end, OA.exact, OA.prefix, OA.suffix
STATEMENT, SUBJECT, PREDICATE, OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object
GENERATED_BY = PROV.wasGeneratedBy
OFFSET_TYPE = XSD.nonNegativeInteger


class ProvenanceBuilder:
    """Annotations for the evidence of one register, and the activity that produced it.

    One target per distinct source span (the sentences an evidence's span widens to): the
    annotations whose evidence is that span share it. Why: in a list document one line evidences
    several facts (a milestone row: the milestone, its deliverables), and a copy of the target
    (11 triples: the SpecificResource and its two selectors) per annotation was a third of the graph.
    The triples are collected as tuples (`triples`), each once."""

    def __init__(
        self,
        document: SourceText,
        document_iri: URIRef,
        register_node: str,
        budget: TripleBudget | None = None,
    ) -> None:
        self.document = document
        self.budget = budget or TripleBudget()
        self.document_iri = document_iri
        self.register_node = register_node
        self.triples: list[Triple] = []
        self.targets: dict[tuple[int, int], BNode] = {}
        self.offsets: dict[int, Literal] = {}
        self.lines: dict[int, list[tuple[int, int]]] = {}
        self.count = 0
        self.blank_prefix = f"p{uuid.uuid4().hex}n"  # blank node labels unique to this builder
        self.blank_numbers = itertools.count(1)

    def blank(self) -> BNode:
        """A new blank node. Why not BNode(): it draws a UUID from the system for every node (56,000
        for the targets and selectors of a 1 MB list-heavy document); one per builder is as unique."""
        return BNode(f"{self.blank_prefix}{next(self.blank_numbers)}")

    def add(self, *triples: Triple) -> None:
        self.budget.spend(len(triples))
        self.triples.extend(triples)

    def annotate(self, evidence: Evidence, activity: URIRef) -> None:
        self.count += 1
        annotation = URIRef(f"{self.register_node}annotation-{self.count}")
        self.add(
            (annotation, TYPE, ANNOTATION),
            (annotation, MOTIVATED_BY, IDENTIFYING),
            (annotation, HAS_BODY, self.body(evidence)),
            (annotation, GENERATED_BY, activity),
        )
        text, lines = self.document.text, self.lines
        for start, end in merged(sentence_span(text, s, e, lines) for s, e in evidence.spans):
            self.add((annotation, HAS_TARGET, self.target(start, end)))

    def body(self, evidence: Evidence) -> Node:
        if evidence.predicate is None:
            return evidence.subject
        statement = self.blank()
        self.add(
            (statement, TYPE, STATEMENT),
            (statement, SUBJECT, evidence.subject),
            (statement, PREDICATE, evidence.predicate),
        )
        if evidence.object is not None:
            self.add((statement, OBJECT, evidence.object))
        return statement

    def target(self, start: int, end: int) -> BNode:
        """The one target of the sentences text[start:end], made at its first use."""
        target = self.targets.get((start, end))
        if target is not None:
            return target
        target = self.targets[(start, end)] = self.blank()
        text = self.document.text
        source_start, source_end = self.document.source_span(start, end)
        position, quote = self.blank(), self.blank()
        self.add(
            (target, TYPE, SPECIFIC_RESOURCE),
            (target, HAS_SOURCE, self.document_iri),
            (target, HAS_SELECTOR, position),
            (target, HAS_SELECTOR, quote),
            (position, TYPE, POSITION_SELECTOR),
            (position, START, self.offset(source_start)),
            (position, END, self.offset(source_end)),
            (quote, TYPE, QUOTE_SELECTOR),
            # The document's text is safe as read (kg.extract.documents); one that was not is made so.
            (quote, EXACT, literal(safe_text(text[start:end]))),
            (quote, PREFIX, literal(safe_text(text[max(0, start - QUOTE_CONTEXT) : start]))),
            (quote, SUFFIX, literal(safe_text(text[end : end + QUOTE_CONTEXT]))),
        )
        return target

    def offset(self, value: int) -> Literal:
        """An offset as a literal, made once per value (a start is often another target's end)."""
        literal = self.offsets.get(value)
        if literal is None:
            literal = self.offsets[value] = offset_literal(value)  # Literal(value, datatype=OFFSET_TYPE)
        return literal

    def activity(self, graph_iri: URIRef, slug: str, started: dt.datetime, ended: dt.datetime) -> URIRef:
        activity, agent = activity_iri(slug, started), agent_iri()
        self.add(
            (graph_iri, GENERATED_BY, activity),
            (activity, TYPE, PROV.Activity),
            (activity, RDFS.label, literal(f"Extraction of the register {slug}", lang="en")),
            (activity, PROV.startedAtTime, literal(started.isoformat(), datatype=XSD.dateTime)),
            (activity, PROV.endedAtTime, literal(ended.isoformat(), datatype=XSD.dateTime)),
            (activity, PROV.used, self.document_iri),
            (activity, PROV.wasAssociatedWith, agent),
            (agent, TYPE, PROV.SoftwareAgent),
            (agent, RDFS.label, literal(f"{EXTRACTOR_NAME} {EXTRACTOR_VERSION}", lang="en")),
            (agent, SCHEMA.softwareVersion, literal(EXTRACTOR_VERSION)),
        )
        return activity


def provenance_triples(
    document: SourceText,
    document_iri: URIRef,
    graph_iri: URIRef,
    register_node: str,
    slug: str,
    evidence: list[Evidence],
    started: dt.datetime,
    ended: dt.datetime,
    budget: TripleBudget | None = None,
) -> tuple[Triple, ...]:
    """The triples of the annotations of `evidence` and of the extraction activity, each once (every
    annotation and statement node is new, a target is made once per span); TooManyTriples
    (kg.model.budget) as soon as they would be over the `budget` (the one the mapping spent from, so
    that the cap counts facts and provenance together).

    Triples, not a graph: what a document's extraction does with them is add them to its one graph
    of facts and provenance (kg.pipeline.ingest.Extraction.graph); a graph of their own beside it was
    a third of the memory and 1.2 CPU-s of a 1 MB list-heavy document (342,000 triples)."""
    builder = ProvenanceBuilder(document, document_iri, register_node, budget)
    activity = builder.activity(graph_iri, slug, started, ended)
    for item in evidence:
        builder.annotate(item, activity)
    return tuple(builder.triples)


def provenance_graph(
    document: SourceText,
    document_iri: URIRef,
    graph_iri: URIRef,
    register_node: str,
    slug: str,
    evidence: list[Evidence],
    started: dt.datetime,
    ended: dt.datetime,
    budget: TripleBudget | None = None,
) -> Graph:
    """provenance_triples as a graph of their own (kg.model.graphs), for a reader that asks them as one."""
    graph = plain_graph()
    graph.bind("oa", OA)
    triples = provenance_triples(
        document, document_iri, graph_iri, register_node, slug, evidence, started, ended, budget
    )
    return add_terms(graph, triples)


# --- Taking provenance out again -----------------------------------------------------------------

PROVENANCE_ROOT_TYPES = (OA.Annotation, PROV.Activity, PROV.SoftwareAgent)


def split_provenance(graph: Graph) -> tuple[Graph, Graph]:
    """(facts, provenance): provenance is every triple on an annotation, activity or agent node,
    on the blank nodes they own, and prov:wasGeneratedBy on the graph node."""
    roots = {s for t in PROVENANCE_ROOT_TYPES for s in graph.subjects(RDF.type, t)}
    owned: set[Node] = roots | blank_nodes_reached(graph, roots)
    facts, provenance = plain_graph(), plain_graph()
    provenance.bind("oa", OA)
    facts_triples: list[Triple] = []
    provenance_triples: list[Triple] = []
    for triple in graph:
        subject, predicate, _ = triple
        is_provenance = subject in owned or predicate == GENERATED_BY
        (provenance_triples if is_provenance else facts_triples).append(triple)
    return add_terms(facts, facts_triples), add_terms(provenance, provenance_triples)


# --- Explaining a resource -------------------------------------------------------------------------


def explanations(graph: Graph, iri: URIRef) -> list[tuple[str, list[str], list[tuple[int, int]]]]:
    """For each annotation about `iri` (its node, or statements with it as subject or object):
    (what: the predicate or "resource", quoted sentences, source positions)."""
    found = []
    for annotation in sorted(graph.subjects(RDF.type, OA.Annotation), key=annotation_order):
        body = graph.value(annotation, OA.hasBody)
        what = about(graph, body, iri)
        if what is None:
            continue
        quotes, positions = [], []
        for target in graph.objects(annotation, OA.hasTarget):
            for selector in graph.objects(target, OA.hasSelector):
                if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                    quotes.append(str(graph.value(selector, OA.exact)))
                elif (selector, RDF.type, OA.TextPositionSelector) in graph:
                    start, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
                    if isinstance(start, Literal) and isinstance(end, Literal):
                        positions.append((int(start), int(end)))
        found.append((what, quotes, sorted(positions)))
    return found


def about(graph: Graph, body: Node | None, iri: URIRef) -> str | None:
    if body == iri:
        return "resource"
    if isinstance(body, BNode) and (body, RDF.type, RDF.Statement) in graph:
        subject, obj = graph.value(body, RDF.subject), graph.value(body, RDF.object)
        predicate = graph.value(body, RDF.predicate)
        if iri in (subject, obj) and isinstance(predicate, URIRef):
            names = graph.namespace_manager
            name = names.normalizeUri(predicate)
            return name if subject == iri else f"^{name} (of {names.normalizeUri(str(subject))})"
    return None


def annotation_order(node: Node) -> tuple[int, str]:
    match = re.search(r"(\d+)$", str(node))
    return (int(match.group(1)) if match else 0, str(node))
