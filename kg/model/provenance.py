"""Provenance of extracted facts: W3C Web Annotation selectors and a PROV extraction activity.

Why: an analyst must be able to ask "where does the register say that?" and get the
sentence back, and a curator must know which extractor version produced a graph and
when. Each group of extracted triples gets one oa:Annotation whose body is the node the
triples are about (a milestone, a contact point) or, for a statement about a resource
the graph does not own (a party's mission, the register's scope), an rdf:Statement
naming subject, predicate and object. Its targets select the source sentences by
position (oa:TextPositionSelector, offsets into the source file's text) and by quote
(oa:TextQuoteSelector); a sentence is what kg.model.patterns.sentences says it is, as for
extraction, within its line. The register graph itself prov:wasGeneratedBy an extraction
activity that used the document and was associated with the extractor (a
prov:SoftwareAgent with its version).

Provenance triples live in the register's named graph, but only on annotation,
activity and agent nodes (and the blank nodes they own) plus one prov:wasGeneratedBy
on the graph node, so that `split_provenance` can take them out again exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, Node, URIRef
from rdflib.namespace import PROV

from kg import __version__
from kg.model.budget import TripleBudget
from kg.model.mapping import Evidence
from kg.model.namespaces import ID, SCHEMA, bind_prefixes
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


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole sentences (what a person wants to read): from the start of the
    sentence `start` is in to the end of the one the span's last character is in, each sentence
    within its line (kg.model.patterns.sentences, the splitter extraction uses)."""
    left = max((s for s, _ in line_sentences(text, start) if s <= start), default=start)
    right = min((e for _, e in line_sentences(text, max(end - 1, start)) if e >= end), default=end)
    return min(left, start), max(right, end)


def line_sentences(text: str, at: int) -> list[tuple[int, int]]:
    """(start, end) in `text` of the sentences of the line that offset `at` is in."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return [(line_start + s, line_start + e) for s, e in sentences(text[line_start:line_end])]


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


class ProvenanceBuilder:
    """Annotations for the evidence of one register, and the activity that produced it."""

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
        self.graph = bind_prefixes(Graph())
        self.graph.bind("oa", OA)
        self.count = 0

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.budget.spend()
        self.graph.add(triple)

    def annotate(self, evidence: Evidence, activity: URIRef) -> None:
        self.count += 1
        annotation = URIRef(f"{self.register_node}annotation-{self.count}")
        self.add((annotation, RDF.type, OA.Annotation))
        self.add((annotation, OA.motivatedBy, OA.identifying))
        self.add((annotation, OA.hasBody, self.body(evidence)))
        self.add((annotation, PROV.wasGeneratedBy, activity))
        for start, end in merged(sentence_span(self.document.text, s, e) for s, e in evidence.spans):
            self.add((annotation, OA.hasTarget, self.target(start, end)))

    def body(self, evidence: Evidence) -> Node:
        if evidence.predicate is None:
            return evidence.subject
        statement = BNode()
        self.add((statement, RDF.type, RDF.Statement))
        self.add((statement, RDF.subject, evidence.subject))
        self.add((statement, RDF.predicate, evidence.predicate))
        if evidence.object is not None:
            self.add((statement, RDF.object, evidence.object))
        return statement

    def target(self, start: int, end: int) -> BNode:
        text = self.document.text
        source_start, source_end = self.document.source_span(start, end)
        target, position, quote = BNode(), BNode(), BNode()
        self.add((target, RDF.type, OA.SpecificResource))
        self.add((target, OA.hasSource, self.document_iri))
        self.add((target, OA.hasSelector, position))
        self.add((target, OA.hasSelector, quote))
        self.add((position, RDF.type, OA.TextPositionSelector))
        self.add((position, OA.start, Literal(source_start, datatype=XSD.nonNegativeInteger)))
        self.add((position, OA.end, Literal(source_end, datatype=XSD.nonNegativeInteger)))
        self.add((quote, RDF.type, OA.TextQuoteSelector))
        # The document's text is safe as read (kg.extract.documents); one that was not is made so.
        self.add((quote, OA.exact, Literal(safe_text(text[start:end]))))
        self.add((quote, OA.prefix, Literal(safe_text(text[max(0, start - QUOTE_CONTEXT) : start]))))
        self.add((quote, OA.suffix, Literal(safe_text(text[end : end + QUOTE_CONTEXT]))))
        return target

    def activity(self, graph_iri: URIRef, slug: str, started: dt.datetime, ended: dt.datetime) -> URIRef:
        activity, agent = activity_iri(slug, started), agent_iri()
        self.add((graph_iri, PROV.wasGeneratedBy, activity))
        self.add((activity, RDF.type, PROV.Activity))
        self.add((activity, RDFS.label, Literal(f"Extraction of the register {slug}", lang="en")))
        self.add((activity, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
        self.add((activity, PROV.endedAtTime, Literal(ended.isoformat(), datatype=XSD.dateTime)))
        self.add((activity, PROV.used, self.document_iri))
        self.add((activity, PROV.wasAssociatedWith, agent))
        self.add((agent, RDF.type, PROV.SoftwareAgent))
        self.add((agent, RDFS.label, Literal(f"{EXTRACTOR_NAME} {EXTRACTOR_VERSION}", lang="en")))
        self.add((agent, SCHEMA.softwareVersion, Literal(EXTRACTOR_VERSION)))
        return activity


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
    """The annotations of `evidence` and the extraction activity; TooManyTriples (kg.model.budget) as
    soon as they would be over the `budget` (the one the mapping spent from, so that the cap counts
    facts and provenance together)."""
    builder = ProvenanceBuilder(document, document_iri, register_node, budget)
    activity = builder.activity(graph_iri, slug, started, ended)
    for item in evidence:
        builder.annotate(item, activity)
    return builder.graph


# --- Taking provenance out again -----------------------------------------------------------------

PROVENANCE_ROOT_TYPES = (OA.Annotation, PROV.Activity, PROV.SoftwareAgent)


def split_provenance(graph: Graph) -> tuple[Graph, Graph]:
    """(facts, provenance): provenance is every triple on an annotation, activity or agent node,
    on the blank nodes they own, and prov:wasGeneratedBy on the graph node."""
    roots = {s for t in PROVENANCE_ROOT_TYPES for s in graph.subjects(RDF.type, t)}
    owned: set[Node] = set(roots)
    frontier = list(roots)
    while frontier:
        node = frontier.pop()
        for child in graph.objects(node, None):
            if isinstance(child, BNode) and child not in owned:
                owned.add(child)
                frontier.append(child)
    facts, provenance = bind_prefixes(Graph()), bind_prefixes(Graph())
    provenance.bind("oa", OA)
    for triple in graph:
        subject, predicate, _ = triple
        is_provenance = subject in owned or predicate == PROV.wasGeneratedBy
        (provenance if is_provenance else facts).add(triple)
    return facts, provenance


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
                    positions.append(
                        (int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end)))
                    )
        found.append((what, quotes, sorted(positions)))
    return found


def about(graph: Graph, body: Node | None, iri: URIRef) -> str | None:
    if body == iri:
        return "resource"
    if isinstance(body, BNode) and (body, RDF.type, RDF.Statement) in graph:
        subject, obj = graph.value(body, RDF.subject), graph.value(body, RDF.object)
        predicate = graph.value(body, RDF.predicate)
        if iri in (subject, obj) and predicate is not None:
            name = graph.namespace_manager.normalizeUri(predicate)
            return name if subject == iri else f"^{name} (of {graph.namespace_manager.normalizeUri(subject)})"
    return None


def annotation_order(node: Node) -> tuple[int, str]:
    match = re.search(r"(\d+)$", str(node))
    return (int(match.group(1)) if match else 0, str(node))
