"""Points of contact are people: publish a hash of their e-mail address, never the address.

`kg build --hide-emails` (the distribution files and the store it writes) and `kg serve
--hide-emails` (pages, SPARQL answers, dumps, VoID) publish, instead of each
`vcard:hasEmail <mailto:x@y>`, the triple `foaf:mbox_sha1sum "SHA-1 of mailto:x@y"` (FOAF's
way of identifying a mailbox without revealing it: whoever knows the address can match it,
nobody can read it). An address written inside a literal (a quoted source sentence, a channel
address) becomes "[e-mail hidden]", and any other triple whose subject or object IRI holds an
address is left out. The ontology and shapes graphs are kept as they are: they hold no
personal data, only example addresses in their documentation.

Why the server copies the store instead of filtering answers: a SPARQL query can test an
address character by character (FILTER(STRSTARTS(STR(?e), "mailto:a"))), so the addresses
must not be in what the queries run on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF

from kg.model.namespaces import ONTOLOGY_IRI, SHAPES_IRI, VCARD, bind_prefixes
from kg.model.patterns import EMAIL

HIDDEN = "[e-mail hidden]"
HAS_EMAIL = str(VCARD.hasEmail)
MBOX_SHA1SUM = str(FOAF.mbox_sha1sum)
KEPT_GRAPHS = {str(ONTOLOGY_IRI), str(SHAPES_IRI)}

# A term in neutral form: ("iri" | "literal" | "blank", value, language, datatype)
Term = tuple[str, str, str | None, str | None]


def mbox_sha1sum(mailto: str) -> str:
    """FOAF's mbox_sha1sum: the SHA-1, in hexadecimal, of the whole mailto: IRI."""
    return hashlib.sha1(mailto.encode("utf-8")).hexdigest()


def hidden_triple(subject: Term, predicate: str, obj: Term) -> tuple[Term, str, Term] | None:
    """The triple as it may be published, or None when it must be left out."""
    if predicate == HAS_EMAIL and obj[0] == "iri" and obj[1].lower().startswith("mailto:"):
        return subject, MBOX_SHA1SUM, ("literal", mbox_sha1sum(obj[1]), None, None)
    if any(kind == "iri" and EMAIL.search(value) for kind, value, _, _ in (subject, obj)):
        return None
    if obj[0] == "literal" and EMAIL.search(obj[1]):
        return subject, predicate, ("literal", EMAIL.sub(HIDDEN, obj[1]), obj[2], obj[3])
    return subject, predicate, obj


# --- rdflib (kg build) ---------------------------------------------------------------------------


def _from_rdflib(term) -> Term:
    if isinstance(term, Literal):
        return ("literal", str(term), term.language, str(term.datatype) if term.datatype else None)
    return ("iri" if isinstance(term, URIRef) else "blank", str(term), None, None)


def _to_rdflib(term: Term, original):
    kind, value, language, datatype = term
    if kind == "literal":
        return Literal(value, lang=language, datatype=URIRef(datatype) if datatype and not language else None)
    return URIRef(value) if kind == "iri" else original


def hide_emails_in_graph(graph: Graph) -> Graph:
    """A copy of `graph` (same identifier) as it may be published."""
    published = bind_prefixes(Graph(identifier=graph.identifier))
    published.bind("foaf", FOAF)
    for s, p, o in graph:
        kept = hidden_triple(_from_rdflib(s), str(p), _from_rdflib(o))
        if kept is not None:
            published.add((_to_rdflib(kept[0], s), URIRef(kept[1]), _to_rdflib(kept[2], o)))
    return published


def hide_emails_in_dataset(dataset: Dataset) -> Dataset:
    """A copy of `dataset` as it may be published: every graph but the ontology and shapes hidden."""
    published = bind_prefixes(Dataset(default_union=True))
    for graph in dataset.graphs():
        target = published.graph(graph.identifier)
        target += graph if str(graph.identifier) in KEPT_GRAPHS else hide_emails_in_graph(graph)
    return published


# --- pyoxigraph (kg serve) -----------------------------------------------------------------------


def _from_oxigraph(term) -> Term:
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.language, term.datatype.value)
    return ("iri" if isinstance(term, ox.NamedNode) else "blank", term.value, None, None)


def _to_oxigraph(term: Term, original):
    kind, value, language, datatype = term
    if kind == "literal":
        if language:
            return ox.Literal(value, language=language)
        return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)
    return ox.NamedNode(value) if kind == "iri" else original


def hide_emails_in_quads(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value in KEPT_GRAPHS:
            yield quad
            continue
        kept = hidden_triple(_from_oxigraph(quad.subject), quad.predicate.value, _from_oxigraph(quad.object))
        if kept is not None:
            subject, predicate, obj = kept
            yield ox.Quad(
                _to_oxigraph(subject, quad.subject),
                ox.NamedNode(predicate),
                _to_oxigraph(obj, quad.object),
                graph,
            )


def hidden_copy(store_path: Path, target: Path) -> Path:
    """A new store at `target` with everything of the store at `store_path`, e-mail addresses hidden."""
    source = ox.Store.read_only(str(store_path))
    copy = ox.Store(str(target))
    copy.bulk_extend(hide_emails_in_quads(source))
    copy.flush()
    del copy, source
    return target
