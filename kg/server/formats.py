"""The media types the server speaks, their file suffixes and `?format=` names, in preference order.

Why one table: conneg, suffix URLs, `Link rel=alternate` headers, the service description
and the HTML format switcher must all agree, so each reads this list instead of keeping
its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.server.conneg import canonical_media_type


@dataclass(frozen=True)
class Format:
    """One serialization: its key (`?format=`), media type, file suffix and Oxigraph format."""

    key: str
    media_type: str
    suffix: str
    label: str
    rdf: ox.RdfFormat | None = None
    aliases: tuple[str, ...] = ()
    writer: str = ""
    """The key of the results writer (kg.sparql.write) when it is not `key`: text/plain writes CSV."""

    @property
    def syntax(self) -> ox.RdfFormat:
        """The Oxigraph syntax of an RDF format; a results or page format has none to write triples in."""
        if self.rdf is None:
            raise ValueError(f"{self.label} is not an RDF syntax")
        return self.rdf

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(
            ("json", "xml", "sparql-query")
        )
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


# `n3`: SPARQLWrapper's name for Turtle answers (Turtle is a subset of N3, as Fuseki and Virtuoso serve it).
TURTLE = Format("ttl", "text/turtle", ".ttl", "Turtle", ox.RdfFormat.TURTLE, ("turtle", "n3"))
JSON_LD = Format("jsonld", "application/ld+json", ".jsonld", "JSON-LD", ox.RdfFormat.JSON_LD, ("json-ld",))
N_TRIPLES = Format("nt", "application/n-triples", ".nt", "N-Triples", ox.RdfFormat.N_TRIPLES, ("ntriples",))
RDF_XML = Format(
    "rdf", "application/rdf+xml", ".rdf", "RDF/XML", ox.RdfFormat.RDF_XML, ("rdfxml", "rdf+xml", "xml")
)
TRIG = Format("trig", "application/trig", ".trig", "TriG", ox.RdfFormat.TRIG)
N_QUADS = Format("nq", "application/n-quads", ".nq", "N-Quads", ox.RdfFormat.N_QUADS, ("nquads",))
HTML = Format("html", "text/html", ".html", "HTML")

RESULTS_JSON = Format("json", "application/sparql-results+json", ".srj", "SPARQL JSON")
RESULTS_XML = Format("xml", "application/sparql-results+xml", ".srx", "SPARQL XML")
RESULTS_CSV = Format("csv", "text/csv", ".csv", "CSV")
RESULTS_TSV = Format("tsv", "text/tab-separated-values", ".tsv", "TSV")
PLAIN_JSON = Format("json", "application/json", ".json", "JSON")
PLAIN_XML = Format("xml", "application/xml", ".xml", "XML")
# A graph for a client that asks for plain JSON (`Accept: application/json`, `?format=json`): JSON-LD.
RDF_JSON = Format("json", "application/json", ".json", "JSON (JSON-LD)", ox.RdfFormat.JSON_LD)
# A graph for a client that asks for plain XML (`application/xml`, `text/xml`): RDF/XML, as Oxigraph
# server answers (it was 406, or Turtle for a CONSTRUCT).
RDF_PLAIN_XML = Format("xml", "application/xml", ".xml", "XML (RDF/XML)", ox.RdfFormat.RDF_XML)
# A graph for `Accept: text/plain`: N-Triples (registered as text/plain before it had a type of its
# own), as Oxigraph server 0.5.13 answers; it was 406 (docs/reliability.md sections 10 and 11).
RDF_PLAIN_TEXT = Format("text", "text/plain", ".txt", "plain text (N-Triples)", ox.RdfFormat.N_TRIPLES)
# SELECT results for `Accept: text/plain`: SPARQL CSV, as Oxigraph server answers (it names the body
# text/csv; here it keeps the type the client accepted).
RESULTS_PLAIN_TEXT = Format("text", "text/plain", ".txt", "plain text (CSV)", writer="csv")
# Generic names a graph also answers to by negotiation; they have no suffix URL of their own.
GENERIC_RDF = (RDF_JSON, RDF_PLAIN_XML, RDF_PLAIN_TEXT)

# Linked-data documents: Turtle first, the default for RDF clients that send */*.
DOCUMENT_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, HTML)
# CONSTRUCT and DESCRIBE answers.
GRAPH_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, TRIG, N_QUADS, *GENERIC_RDF, HTML)
SELECT_FORMATS = (
    RESULTS_JSON,
    RESULTS_XML,
    RESULTS_CSV,
    RESULTS_TSV,
    PLAIN_JSON,
    PLAIN_XML,
    RESULTS_PLAIN_TEXT,
    HTML,
)
ASK_FORMATS = (RESULTS_JSON, RESULTS_XML, PLAIN_JSON, PLAIN_XML, HTML)
# The service description and VoID.
DESCRIPTION_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, HTML)
# What documents and descriptions answer by negotiation: their formats, then the generic names.
NEGOTIATED_DOCUMENT_FORMATS = DOCUMENT_FORMATS + GENERIC_RDF
NEGOTIATED_DESCRIPTION_FORMATS = DESCRIPTION_FORMATS + GENERIC_RDF
# Every format a SPARQL answer may come in, whatever the query form.
ANSWER_FORMATS = tuple(dict.fromkeys((*GRAPH_FORMATS, *SELECT_FORMATS, *ASK_FORMATS)))
# What `?format=`/`?output=` may carry: one name or media type, or several (SPARQLWrapper sends
# `format=json-ld&format=application/ld+json,application/x-json+ld`), the first known one counts.
FORMAT_PARAMETERS = ("format", "output")


def same_syntax(one: Format, other: Format) -> bool:
    """Whether two formats write the same syntax (RDF/XML as application/rdf+xml or application/xml; SPARQL
    XML results under either name): a second choice after one could not carry an answer is of another."""
    if one.rdf is not None or other.rdf is not None:
        return one.rdf == other.rdf
    return (one.writer or one.key) == (other.writer or other.key)


def others_than(formats: tuple[Format, ...], tried: list[Format], pages: bool = False) -> tuple[Format, ...]:
    """The formats of `formats` that write none of the syntaxes of `tried`: where a second choice is made
    when the first could not carry the answer (kg.server.context.next_choice, kg.server.worker
    .first_writable). HTML only with `pages`: a resource page can show what its machine format could not
    carry, but a graph store or query answer writes HTML from other parts, not from a writer of triples."""
    return tuple(f for f in formats if (pages or f is not HTML) and not any(same_syntax(f, t) for t in tried))


def by_media_type(formats: tuple[Format, ...], media_type: str) -> Format:
    return next(f for f in formats if f.media_type == media_type)


def by_key(formats: tuple[Format, ...], key: str) -> Format | None:
    """The format `?format=` names: a key (`ttl`), alias (`turtle`) or media type, any case."""
    wanted = key.strip().lower()
    for candidate in formats:
        if wanted in (candidate.key, candidate.media_type, *candidate.aliases):
            return candidate
    return None


def requested(values: list[str]) -> list[str]:
    """The names and media types in `?format=`/`?output=` values, in order (comma lists split)."""
    return [piece.strip() for value in values for piece in value.split(",") if piece.strip()]


def by_keys(formats: tuple[Format, ...], values: list[str]) -> Format | None:
    """The first of the requested names (`requested`) that one of `formats` answers to, by key,
    alias or media type (aliases of media types too: `text/n3` is Turtle); None when none does."""
    for name in requested(values):
        found = by_key(formats, name) or by_key(formats, canonical_media_type(name))
        if found is not None:
            return found
    return None


def answer_media_types(values: list[str]) -> list[str]:
    """The media types a SPARQL answer may take for the requested names, whatever the query form
    turns out to be: `xml` is SPARQL XML for SELECT and ASK, RDF/XML for CONSTRUCT and DESCRIBE."""
    found: list[str] = []
    for name in requested(values):
        wanted = canonical_media_type(name.lower())
        for candidate in ANSWER_FORMATS:
            if wanted in (candidate.key, candidate.media_type, *candidate.aliases):
                found.append(candidate.media_type)
    return list(dict.fromkeys(found))


def by_suffix(formats: tuple[Format, ...], suffix: str) -> Format | None:
    return next((f for f in formats if f.suffix == suffix), None)
