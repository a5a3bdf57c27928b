"""One preferred label per language for a resource that several documents name.

Why: a body, unit or specification that no reference data knows gets its IRI from its name, and a
second document naming it reaches the same IRI (issue 12: a second document naming the same new body
reuses its IRI). The two documents seldom spell it alike ("Transport API" in a joint work plan, "ONF
Transport API" on an alliance page), and the store's union default graph would then give the resource two
skos:prefLabel in one language, which SKOS forbids (integrity condition S14) and the shapes refuse: the
second document was refused for naming something the way its authors do. The label a document gives a
resource another graph already prefers in that language is kept as the document's skos:altLabel, so the
store answers with the first name and finds the resource by either. The graph a document replaces is not
"another graph" (its own earlier version), so re-ingesting an unchanged document stays a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.model.graphs import add_terms, plain_graph
from kg.store.embedded import EmbeddedStore
from kg.store.terms import from_oxigraph
from kg.validate.at_scale import statements_about

PreferredElsewhere = Callable[[URIRef], Iterable[Literal]]
"""The preferred labels graphs other than the document's give an IRI."""


def settled_labels(facts: Graph, elsewhere: PreferredElsewhere) -> Graph:
    """`facts` itself when none of its preferred labels clashes with one `elsewhere` gives the same
    resource in the same language; else a copy in which each clashing label is an alternative label."""
    clashing = [triple for triple in preferred_labels(facts) if clashes(triple, elsewhere)]
    if not clashing:
        return facts
    demoted = set(clashing)
    settled = add_terms(plain_graph(facts.identifier), (t for t in facts if t not in demoted))
    return add_terms(settled, ((s, SKOS.altLabel, label) for s, _, label in clashing))


def preferred_labels(facts: Graph) -> list[tuple[URIRef, URIRef, Literal]]:
    """The graph's skos:prefLabel statements about IRIs (blank nodes are the graph's own)."""
    return [
        (s, SKOS.prefLabel, o)
        for s, o in facts.subject_objects(SKOS.prefLabel)
        if isinstance(s, URIRef) and isinstance(o, Literal)
    ]


def clashes(triple: tuple[URIRef, URIRef, Literal], elsewhere: PreferredElsewhere) -> bool:
    """Whether another graph prefers another label for the resource in the label's language."""
    subject, _, label = triple
    return any(other.language == label.language and other != label for other in elsewhere(subject))


PREF_LABEL = ox.NamedNode(str(SKOS.prefLabel))


def stored_preferred(store: EmbeddedStore, subject: URIRef, own: URIRef) -> list[Literal]:
    """The preferred labels the store's named graphs other than `own` give `subject`
    (kg.validate.at_scale.statements_about: the ontology and shapes name classes, not resources)."""
    quads = statements_about(store, [str(subject)], PREF_LABEL, own)
    return [label for quad in quads if isinstance(label := from_oxigraph(quad.object), Literal)]
