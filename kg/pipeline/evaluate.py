"""Precision and recall of extraction against the curated gold graphs, per kind of fact.

Honest by construction: the extracted facts (provenance removed) and the curated graph
are compared triple by triple with the same IRIs; blank nodes are matched structurally
(each is named by a hash of everything said about it, recursively, so two blank nodes
match only when everything said about them matches); literals match when their value, language and
datatype match (a plain string and an xsd:string are the same RDF 1.1 literal). The
gold is never altered. A kind of fact is a predicate (rdf:type counts per class).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, XSD, BNode, Graph, Literal, Node

from kg.model.namespaces import bind_prefixes
from kg.model.provenance import split_provenance
from kg.model.rdfio import load_graph

THRESHOLD = 0.95
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Score:
    kind: str
    gold: int
    extracted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass
class Comparison:
    name: str
    scores: list[Score]
    missing: list[Triple] = field(default_factory=list)
    extra: list[Triple] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)

    @property
    def total(self) -> Score:
        return Score(
            "all facts",
            sum(s.gold for s in self.scores),
            sum(s.extracted for s in self.scores),
            sum(s.matched for s in self.scores),
        )

    def passes(self, threshold: float = THRESHOLD) -> bool:
        return self.total.precision >= threshold and self.total.recall >= threshold

    def as_text(self, details: bool = False) -> str:
        lines = [
            f"{self.name}",
            f"  {'kind of fact':38} {'gold':>5} {'extr':>5} {'match':>5} {'prec':>6} {'rec':>6}",
        ]
        for score in [*sorted(self.scores, key=lambda s: s.kind), self.total]:
            lines.append(
                f"  {score.kind:38} {score.gold:5d} {score.extracted:5d} {score.matched:5d} "
                f"{score.precision:6.3f} {score.recall:6.3f}"
            )
        if details:
            lines += [f"  missing: {self.render(t)}" for t in sorted(self.missing)]
            lines += [f"  extra:   {self.render(t)}" for t in sorted(self.extra)]
        return "\n".join(lines) + "\n"

    def render(self, triple: Triple) -> str:
        return " ".join(_short(term.n3(self.graph.namespace_manager)) for term in triple)


def _short(text: str) -> str:
    return text if len(text) <= 90 else text[:87] + "..."


def normal(term: Node) -> Node:
    """xsd:string literals as plain literals (the same RDF 1.1 term)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def blank_node_names(graph: Graph, rounds: int = 4) -> dict[BNode, BNode]:
    """Name each blank node by a hash of everything said about it and, recursively, about the
    blank nodes around it: two blank nodes get the same name only when their descriptions match.
    (rdflib.compare's canonical labels only tell apart blank nodes of one graph: a lone blank
    node gets the same label whatever is said about it.)"""
    nodes = {t for triple in graph for t in triple if isinstance(t, BNode)}
    names = dict.fromkeys(nodes, "")

    def key(term: Node) -> str:
        return "_:" + names[term] if isinstance(term, BNode) else normal(term).n3()

    for _ in range(rounds):
        names = {
            node: hashlib.sha256(
                "\n".join(
                    sorted(
                        [f">{key(p)} {key(o)}" for p, o in graph.predicate_objects(node)]
                        + [f"<{key(s)} {key(p)}" for s, p in graph.subject_predicates(node)]
                    )
                ).encode()
            ).hexdigest()[:16]
            for node in nodes
        }
    return {node: BNode("b" + name) for node, name in names.items()}


def canonical_triples(graph: Graph) -> set[Triple]:
    names = blank_node_names(graph)

    def term(node: Node) -> Node:
        return names[node] if isinstance(node, BNode) else normal(node)

    return {(term(s), term(p), term(o)) for s, p, o in graph}


def kind_of(triple: Triple, graph: Graph) -> str:
    _, predicate, obj = triple
    if predicate == RDF.type:
        return "type " + obj.n3(graph.namespace_manager)
    return predicate.n3(graph.namespace_manager)


def compare(extracted: Graph, gold: Graph, name: str = "register") -> Comparison:
    """Compare extracted facts (provenance is removed first) with the gold graph."""
    facts, _ = split_provenance(extracted)
    namespaces = bind_prefixes(Graph())
    found, expected = canonical_triples(facts), canonical_triples(gold)
    matched = found & expected
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for triple in expected:
        counts[kind_of(triple, namespaces)][0] += 1
    for triple in found:
        counts[kind_of(triple, namespaces)][1] += 1
    for triple in matched:
        counts[kind_of(triple, namespaces)][2] += 1
    scores = [Score(kind, *values) for kind, values in counts.items()]
    return Comparison(name, scores, sorted(expected - found), sorted(found - expected), namespaces)


def evaluate_seed(slug: str, curated: Path, document: Path, sources=None) -> Comparison:
    """Extract the seed register from its document and compare it with its curated graph."""
    from kg.pipeline.ingest import extract

    extraction = extract(document, slug=slug, sources=sources)
    return compare(extraction.graph, load_graph([curated]), name=f"{slug} ({document.name})")


def evaluate_seeds(slugs: list[str] | None = None, sources=None) -> list[Comparison]:
    from kg.model.sources import default_sources
    from kg.pipeline.ingest import seed_documents

    sources = sources or default_sources()
    documents = seed_documents(sources)
    curated = sources.curated_registers
    chosen = slugs or sorted(documents)
    return [evaluate_seed(slug, curated[slug], documents[slug], sources) for slug in chosen]
