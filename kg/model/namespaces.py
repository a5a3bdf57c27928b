"""The IRIs of alliance-kg: ontology, shapes, instance data and named graphs.

Every other module takes its IRIs from here, so that the IRI scheme (which users
bookmark and link to) is defined in exactly one place.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TypeVar

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import NamespaceManager

BASE = "https://w3id.org/alliance-kg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
SHAPES_IRI = URIRef(BASE + "shapes")

AKG = Namespace(BASE + "ontology#")
AKGSH = Namespace(BASE + "shapes#")
ID = Namespace(BASE + "id/")

ORG = Namespace(ID + "organization/")
WG = Namespace(ID + "working-group/")
SPEC = Namespace(ID + "specification/")
REG = Namespace(ID + "register/")
TOPIC = Namespace(ID + "topic/")
PERIOD = Namespace(ID + "period/")
PERSON = Namespace(ID + "person/")
DOCUMENT = Namespace(ID + "document/")
ALLIANCE = Namespace(ID + "alliance/")
GRAPH = Namespace(ID + "graph/")

W3C_ORG = Namespace("http://www.w3.org/ns/org#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SCHEMA = Namespace("https://schema.org/")

REFERENCE_GRAPH = URIRef(GRAPH + "reference")


class Terms:
    """The terms of a namespace (an rdflib Namespace or closed namespace), each made once and then read
    as a plain attribute (or item).

    Why: `AKG.milestone` on an rdflib Namespace makes and checks a new URIRef at every access, and
    `RDF.type` on a closed namespace looks the name up first; the mapping asks for a few dozen terms
    hundreds of thousands of times in a large document (a 1 MB list-heavy one: 207,857 accesses, about
    a tenth of its mapping's time). The terms are equal to the namespace's own."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # not a term: copy, pickle and the like probing
            raise AttributeError(name)
        term = URIRef(getattr(self._namespace, name))
        setattr(self, name, term)  # read as a plain attribute from now on
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = URIRef(self._namespace[name])
        return term


PREFIXES: dict[str, str] = {
    "akg": str(AKG),
    "akgsh": str(AKGSH),
    "id": str(ID),
    "organization": str(ORG),
    "wg": str(WG),
    "spec": str(SPEC),
    "reg": str(REG),
    "alliance": str(ALLIANCE),
    "topic": str(TOPIC),
    "period": str(PERIOD),
    "person": str(PERSON),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": str(VCARD),
    "time": "http://www.w3.org/2006/time#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    # Standard prefixes keep their standard meaning (prefix.cc): `org:` is W3C ORG, never our
    # organizations, so that what a user copies from the ontology files means the same here.
    "org": str(W3C_ORG),
    "oa": "http://www.w3.org/ns/oa#",
}


def register_graph_iri(slug: str) -> URIRef:
    """The named graph that holds the statements of the register `slug`."""
    return URIRef(f"{GRAPH}register/{slug}")


G = TypeVar("G", bound=Graph)


def bind_prefixes(graph: G) -> G:
    """Bind the project's prefixes so that everything we write reads the same way."""
    manager: NamespaceManager = graph.namespace_manager
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    return graph


# Latin letters that no Unicode decomposition turns into ASCII ones.
LATIN_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "þ": "th"})


SLUG = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._~-]{0,199})")
"""A register's segment given by hand, as one path segment of an IRI holds it unescaped (RFC 3986's
unreserved characters), at most 200, no dot segment."""


def slug_problem(text: str) -> str | None:
    """What makes `text` no register slug (None: it is one). Why: a slug becomes a path segment of the
    register's and its graph's IRIs, and 'a b' ended in a ValueError traceback from the store, while
    'a/b', '../x', 'a#b', 'a?b' made graph names such as `.../register/../x` that no IRI resolves to
    (attack round 22). One rule for `kg ingest --slug` and the Python API's `slug=`."""
    if SLUG.fullmatch(text) and ".." not in text:
        return None
    hint = slugify(text)[:200]
    shown = text if len(text) <= 60 else f"{text[:60]}... ({len(text):,} characters)"
    return (
        f"{shown!r} is no register slug: one IRI segment of letters, digits, '-', '.', '_' or '~' "
        f"(at most 200, not starting with a dot)" + (f", such as {hint!r}" if hint else "")
    )


def slugify(text: str) -> str:
    """A readable, stable IRI segment: lower case ASCII words joined by hyphens.

    Accents are dropped ("Über" -> "uber"); any other character that is not an ASCII letter or digit
    separates words, as ASCII punctuation does: "DMTF\u2013SNIA" (an en dash) is "dmtf-snia", as
    "DMTF-SNIA" is, where dropping the dash made one word "dmtfsnia" that names neither party."""
    letters = unicodedata.normalize("NFKD", text.lower().translate(LATIN_LETTERS))
    bare = "".join(c for c in letters if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def local_name(iri: str) -> str:
    """The last path segment of an IRI (dmtf for .../id/organization/dmtf): the name by which an
    alliance's IRI, a document's slug and a work's slug all refer to a party, so that all three agree."""
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


# The predicates that name a resource, and that define one, in the order a page prefers them.
LABEL_PREDICATES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2006/vcard/ns#fn",
    "https://schema.org/name",
)
DEFINITION_PREDICATES = (
    "http://www.w3.org/2004/02/skos/core#definition",
    "http://www.w3.org/2000/01/rdf-schema#comment",
    "http://purl.org/dc/terms/description",
    "http://www.w3.org/ns/shacl#description",
)

# Vocabulary the server and the result writers name by IRI (one definition each).
RDF_TYPE = PREFIXES["rdf"] + "type"
XSD_STRING = PREFIXES["xsd"] + "string"
XSD_INTEGER = PREFIXES["xsd"] + "integer"
VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"

# The most linked resources one description or listing asks labels for (one bounded query).
MAX_LABELLED = 500

# Longest namespace first, so that `organization:dmtf` wins over `id:organization/dmtf`.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(iri: str) -> str:
    """`akg:party` for an IRI in one of the project's namespaces, else the IRI itself.

    Only when the rest is a non-empty local name without '#': `organization:dmtf#x` would read as a
    prefixed name followed by a comment in Turtle or SPARQL, so such IRIs stay whole. Pages
    and the CLI's tables both show IRIs this way, and what they show can be pasted into a query.
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local and "#" not in local:
                return f"{prefix}:{local}"
    return iri
