"""Answers in the format a client negotiated: SELECT and ASK results, and graphs in every RDF syntax.

Why here: the row cap is checked before anything is written, and results from a remote store
come out byte-for-byte the way the embedded store's do, because both are written from lists
of pyoxigraph terms by the one writer of SPARQL results (kg.sparql.write, which the CLI uses
too); graphs are written by Oxigraph with the project's prefixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from kg.model.namespaces import PREFIXES
from kg.server.formats import Format
from kg.sparql.write import ASK_WRITERS, SELECT_WRITERS, Row


def write_select(fmt: Format, variables: list[str], rows: Sequence[Row]) -> bytes:
    return SELECT_WRITERS[fmt.writer or fmt.key](variables, rows)


def write_ask(fmt: Format, value: bool) -> bytes:
    return ASK_WRITERS[fmt.key](value)


def write_graph(fmt: Format, triples: Iterable[ox.Triple], prefixes: dict[str, str] | None = None) -> bytes:
    """Triples in `fmt`; dataset syntaxes (TriG, N-Quads) put them in the default graph."""
    if fmt.rdf is None:
        raise ValueError(f"{fmt.label} is not an RDF syntax")
    items: list = list(triples)
    if fmt.rdf.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in items]
    used = PREFIXES if prefixes is None else prefixes
    if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        return ox.serialize(items, format=fmt.rdf, prefixes=used)
    body = ox.serialize(items, format=fmt.rdf) or b""
    if fmt.rdf == ox.RdfFormat.JSON_LD and fmt.media_type == "application/json":
        # The same JSON-LD as one object: a client asking for plain JSON expects an object at
        # the top (SPARQLWrapper refuses an array), and `@graph` alone means the same triples.
        return b'{"@graph":' + body + b"}"
    return body


def write_dataset(fmt: Format, quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=fmt.rdf, prefixes=PREFIXES if fmt.rdf != ox.RdfFormat.N_QUADS else None)
