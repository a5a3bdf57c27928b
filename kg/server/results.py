"""SELECT and ASK results in the four W3C formats, and graphs in every RDF syntax, from Oxigraph terms.

Why our own result writers: the row cap must be checked before anything is written, and
results from a remote store (point 10) must come out byte-for-byte the way the embedded
store's do; both work on lists of pyoxigraph terms, which also keep `"x"^^xsd:string`
and `"x"` the same term.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.model.namespaces import PREFIXES
from kg.server.formats import Format

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]


def json_term(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {k: json_term(getattr(term, k)) for k in ("subject", "predicate", "object")},
        }
    value: dict = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


def select_json(variables: list[str], rows: Iterable[Row]) -> bytes:
    bindings = [
        {name: json_term(term) for name, term in zip(variables, row, strict=True) if term is not None}
        for row in rows
    ]
    return json.dumps(
        {"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False
    ).encode("utf-8")


def xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        parts = "".join(
            f"<{k}>{xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object")
        )
        return f"<triple>{parts}</triple>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def select_xml(variables: list[str], rows: Iterable[Row]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<sparql xmlns="{RESULTS_NS}">\n<head>\n']
    out += [f"  <variable name={quoteattr(v)}/>\n" for v in variables]
    out.append("</head>\n<results>\n")
    for row in rows:
        out.append("  <result>")
        out += [
            f"<binding name={quoteattr(v)}>{xml_term(t)}</binding>"
            for v, t in zip(variables, row, strict=True)
            if t is not None
        ]
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def csv_value(term: Term | None) -> str:
    """CSV keeps only the lexical form (SPARQL 1.1 CSV/TSV, section 2): IRIs, literals, `_:` blank nodes."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def select_csv(variables: list[str], rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([csv_value(term) for term in row])
    return buffer.getvalue().encode("utf-8")


def select_tsv(variables: list[str], rows: Iterable[Row]) -> bytes:
    """TSV writes terms in Turtle syntax (str() of an Oxigraph term is its N-Triples form)."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def ask_json(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


def ask_xml(value: bool) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{RESULTS_NS}">\n<head/>\n'
        f"<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"
    ).encode()


SELECT_WRITERS = {"json": select_json, "xml": select_xml, "csv": select_csv, "tsv": select_tsv}
ASK_WRITERS = {"json": ask_json, "xml": ask_xml}


def write_select(fmt: Format, variables: list[str], rows: list[Row]) -> bytes:
    return SELECT_WRITERS[fmt.key](variables, rows)


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
    return ox.serialize(items, format=fmt.rdf)


def write_dataset(fmt: Format, quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=fmt.rdf, prefixes=PREFIXES if fmt.rdf != ox.RdfFormat.N_QUADS else None)
