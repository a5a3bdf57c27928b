"""What a resource page says: the concise bounded description, labels, incoming links, provenance.

Why these parts (Linked Data practice, and what front ends such as Pubby show): the concise
bounded description (CBD) is every triple with the resource as subject, plus, recursively,
those of the blank nodes it reaches, so a client gets everything we say about the resource
and nothing it cannot dereference elsewhere; labels of what it links to let a client show
names without one request per link; incoming links are bounded and paged, because a popular
resource (an organization party to thousands of registers) would otherwise make every page
huge and slow.

The parts come from `Backend.describe_parts`: straight from the indexes of the embedded
store (exact CBD, one thread hop, about a millisecond), or by three SPARQL queries to a
remote store (blank nodes followed four levels deep in one CONSTRUCT, since blank-node
labels are not stable across requests there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.model.namespaces import LABEL_PREDICATES, MAX_LABELLED, SAFE_IRI
from kg.model.provenance import OA
from kg.server.backend import Backend


def safe_iri(iri: str) -> bool:
    """Only IRIs that can be written inside <...> without escaping are ever put into query text."""
    return bool(SAFE_IRI.fullmatch(iri)) and ":" in iri


def provenance_query(iri: str) -> str:
    return f"""PREFIX oa: <{OA}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?predicate ?exact ?start ?source WHERE {{
  {{ ?a oa:hasBody <{iri}> }}
  UNION {{ ?a oa:hasBody ?st . ?st rdf:subject <{iri}> ; rdf:predicate ?predicate }}
  UNION {{ ?a oa:hasBody ?st . ?st rdf:object <{iri}> ; rdf:predicate ?predicate }}
  ?a a oa:Annotation ; oa:hasTarget ?t .
  ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  OPTIONAL {{ ?t oa:hasSource ?source }}
  OPTIONAL {{ ?t oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?start }}
}} ORDER BY ?start LIMIT 100"""


@dataclass
class Labels:
    """Labels by IRI, best first (skos:prefLabel, rdfs:label, ...; English or untagged first)."""

    by_iri: dict[str, list[tuple[str, ox.Literal]]] = field(default_factory=dict)

    def add(self, iri: str, predicate: str, label: ox.Literal) -> None:
        self.by_iri.setdefault(iri, []).append((predicate, label))

    def best(self, iri: str) -> str | None:
        found = self.by_iri.get(iri)
        if not found:
            return None

        def rank(item: tuple[str, ox.Literal]) -> tuple[int, int]:
            predicate, label = item
            language = label.language or ""
            return LABEL_PREDICATES.index(predicate), 0 if language in ("", "en") or language.startswith(
                "en-"
            ) else 1

        return min(found, key=rank)[1].value

    def triples(self) -> list[ox.Triple]:
        return [
            ox.Triple(ox.NamedNode(iri), ox.NamedNode(p), label)
            for iri, found in self.by_iri.items()
            for p, label in found
        ]


async def fetch_labels(backend: Backend, iris: set[str]) -> Labels:
    labels = Labels()
    for x, p, label in await backend.label_rows(sorted(i for i in iris if safe_iri(i))[:MAX_LABELLED]):
        labels.add(x, p, label)
    return labels


@dataclass
class Source:
    """A sentence of a source document that states something about the resource."""

    predicate: str | None
    quote: str
    start: int | None
    document: str | None


@dataclass
class Description:
    """Everything a resource document shows."""

    iri: str
    triples: list[ox.Triple]
    incoming: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode]]
    labels: Labels
    page: int
    page_size: int
    has_next: bool
    sources: list[Source] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        """Something is said about the resource on this page: pages after the first exist only to
        page incoming links, so one past the last (or of an unknown resource) is no page."""
        return bool(self.incoming) if self.page > 1 else bool(self.triples or self.incoming)

    def rdf(self) -> list[ox.Triple]:
        """CBD, labels of linked resources, and this page of incoming links, without duplicates."""
        subject = ox.NamedNode(self.iri)
        seen: dict[ox.Triple, None] = dict.fromkeys(self.triples)
        seen.update(dict.fromkeys(self.labels.triples()))
        seen.update(dict.fromkeys(ox.Triple(s, p, subject) for s, p in self.incoming))
        return list(seen)


async def describe(
    backend: Backend, iri: str, page: int = 1, page_size: int = 100, sources: bool = False
) -> Description:
    """The description of `iri`: CBD, labels of what it links to, one page of incoming links."""
    extra = provenance_query(iri) if sources else None  # answered in the same trip to the store
    parts = await backend.describe_parts(iri, page_size + 1, (page - 1) * page_size, LABEL_PREDICATES, extra)
    incoming = parts.incoming[:page_size]
    labels = Labels()
    for x, p, label in parts.labels:
        labels.add(x, p, label)
    description = Description(
        iri, parts.triples, incoming, labels, page, page_size, len(parts.incoming) > page_size
    )
    description.sources = [source_of(row) for row in parts.extra]
    return description


def source_of(row: tuple) -> Source:
    """A provenance row (predicate, quote, start, document) as a Source."""
    predicate, exact, start, document = row
    return Source(
        predicate.value if predicate is not None else None,
        exact.value,
        int(start.value) if start is not None else None,
        document.value if document is not None else None,
    )


# --- Listings for the home page and the vocabulary documentation -----------------------------

CLASS_MEMBERS = """SELECT DISTINCT ?x WHERE {{
  ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{cls}> FILTER(isIRI(?x))
}} LIMIT {limit}"""
CLASS_COUNT = """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{cls}> FILTER(isIRI(?x)) }}"""


@dataclass
class Listing:
    """Members of a class, labelled and sorted by label (bounded: the home page is not a dump)."""

    cls: str
    title: str
    items: list[tuple[str, str]]
    total: int


async def list_class(backend: Backend, cls: str, title: str, limit: int = 200) -> Listing:
    _, rows = await backend.select(CLASS_MEMBERS.format(cls=cls, limit=limit))
    members = {row[0].value for row in rows}
    _, count = await backend.select(CLASS_COUNT.format(cls=cls))
    total = int(count[0][0].value) if count and count[0][0] is not None else len(members)
    labels = await fetch_labels(backend, members)
    items = sorted(
        ((iri, labels.best(iri) or local_name(iri)) for iri in members), key=lambda i: i[1].lower()
    )
    return Listing(cls, title, items, total)


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri
