"""The media types the server speaks, their file suffixes and `?format=` names, in preference order.

Why one table: conneg, suffix URLs, `Link rel=alternate` headers, the service description
and the HTML format switcher must all agree, so each reads this list instead of keeping
its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One serialization: its key (`?format=`), media type, file suffix and Oxigraph format."""

    key: str
    media_type: str
    suffix: str
    label: str
    rdf: ox.RdfFormat | None = None
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(
            ("json", "xml", "sparql-query")
        )
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


TURTLE = Format("ttl", "text/turtle", ".ttl", "Turtle", ox.RdfFormat.TURTLE, ("turtle",))
JSON_LD = Format("jsonld", "application/ld+json", ".jsonld", "JSON-LD", ox.RdfFormat.JSON_LD, ("json-ld",))
N_TRIPLES = Format("nt", "application/n-triples", ".nt", "N-Triples", ox.RdfFormat.N_TRIPLES, ("ntriples",))
RDF_XML = Format("rdf", "application/rdf+xml", ".rdf", "RDF/XML", ox.RdfFormat.RDF_XML, ("rdfxml", "xml"))
TRIG = Format("trig", "application/trig", ".trig", "TriG", ox.RdfFormat.TRIG)
N_QUADS = Format("nq", "application/n-quads", ".nq", "N-Quads", ox.RdfFormat.N_QUADS, ("nquads",))
HTML = Format("html", "text/html", ".html", "HTML")

RESULTS_JSON = Format("json", "application/sparql-results+json", ".srj", "SPARQL JSON")
RESULTS_XML = Format("xml", "application/sparql-results+xml", ".srx", "SPARQL XML")
RESULTS_CSV = Format("csv", "text/csv", ".csv", "CSV")
RESULTS_TSV = Format("tsv", "text/tab-separated-values", ".tsv", "TSV")
PLAIN_JSON = Format("json", "application/json", ".json", "JSON")
PLAIN_XML = Format("xml", "application/xml", ".xml", "XML")

# Linked-data documents: Turtle first, the default for RDF clients that send */*.
DOCUMENT_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, HTML)
# CONSTRUCT and DESCRIBE answers.
GRAPH_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, TRIG, N_QUADS, HTML)
SELECT_FORMATS = (RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV, PLAIN_JSON, PLAIN_XML, HTML)
ASK_FORMATS = (RESULTS_JSON, RESULTS_XML, PLAIN_JSON, PLAIN_XML, HTML)
# The service description and VoID.
DESCRIPTION_FORMATS = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML, HTML)


def by_media_type(formats: tuple[Format, ...], media_type: str) -> Format:
    return next(f for f in formats if f.media_type == media_type)


def by_key(formats: tuple[Format, ...], key: str) -> Format | None:
    """The format `?format=` names: a key (`ttl`), alias (`turtle`) or media type, any case."""
    wanted = key.strip().lower()
    for candidate in formats:
        if wanted in (candidate.key, candidate.media_type, *candidate.aliases):
            return candidate
    return None


def by_suffix(formats: tuple[Format, ...], suffix: str) -> Format | None:
    return next((f for f in formats if f.suffix == suffix), None)
