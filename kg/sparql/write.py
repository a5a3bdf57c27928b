"""The W3C SPARQL 1.1 Query Results formats, written once: JSON, XML, CSV and TSV.

Why one writer: the endpoint of `kg serve` (kg.server.results) and `kg sparql --format
json|csv|tsv` (kg.sparql.render) answer the same query with the same bytes, so a program
reading one reads the other, and a rule of a format (which literals carry a datatype, how a
blank node or a tab inside a literal is written) is decided in one place.

Terms: a row is a sequence of terms, None where a variable is unbound. The server holds
pyoxigraph terms and writes many rows per second, the CLI holds rdflib terms; rather than
converting every cell to one library (Oxigraph also rejects some labels and IRIs that remote
stores send), `parts` reads either kind into (kind, value, language, datatype), testing
pyoxigraph's types first so that the server's cells cost no more than before. TSV writes
terms in N-Triples syntax: pyoxigraph terms by Oxigraph itself, rdflib terms by `ntriples`,
which escapes exactly as Oxigraph does (tests/sparql/test_write.py compares them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.model.namespaces import XSD_STRING

RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
ITS_NS = "http://www.w3.org/2005/11/its"
URI, BNODE, LITERAL, TRIPLE = "uri", "bnode", "literal", "triple"
TRIPLE_PARTS = ("subject", "predicate", "object")
OXIGRAPH_TERMS = (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)
# N-Triples string escapes, as Oxigraph writes them: named escapes, else \uXXXX for controls.
_NAMED_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
STRING_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}, **_NAMED_ESCAPES})

Term = Any  # a pyoxigraph or an rdflib RDF term
Row = Sequence[Term | None]
Parts = tuple[str, Any, str | None, str | None]


def parts(term: Term) -> Parts:
    """(kind, value, language, datatype) of a term; datatype None for xsd:string, as RDF 1.1 reads it.

    `value` is the lexical form, IRI or blank-node label (the term itself for a triple term).
    """
    if isinstance(term, ox.NamedNode):
        return URI, term.value, None, None
    if isinstance(term, ox.Literal):
        language = term.language
        if language:
            return LITERAL, term.value, language, None
        datatype = term.datatype.value
        return LITERAL, term.value, None, None if datatype == XSD_STRING else datatype
    if isinstance(term, ox.BlankNode):
        return BNODE, term.value, None, None
    if isinstance(term, ox.Triple):
        return TRIPLE, term, None, None
    return _rdflib_parts(term)


def _rdflib_parts(term: Term) -> Parts:
    if isinstance(term, URIRef):
        return URI, str(term), None, None
    if isinstance(term, BNode):
        return BNODE, str(term), None, None
    if isinstance(term, Literal):
        if term.language:
            return LITERAL, str(term), term.language, None
        datatype = None if term.datatype is None else str(term.datatype)
        return LITERAL, str(term), None, None if datatype == XSD_STRING else datatype
    raise TypeError(f"not an RDF term: {term!r}")


def base_direction(term: Term) -> str | None:
    """The base direction of a directional language-tagged string (RDF 1.2: `"x"@en--rtl`), else None.

    Why: `parts` reads a literal as lexical form, language and datatype, and the JSON and XML
    results then wrote `STRLANGDIR("x", "en", "rtl")` (or such a literal uploaded or loaded) as
    `"x"@en`, another term, where TSV and Oxigraph's own writers keep `--rtl`. Written as SPARQL 1.2
    Query Results do, and as Oxigraph writes them: `its:dir`."""
    direction = getattr(term, "direction", None) if isinstance(term, (ox.Literal, Literal)) else None
    return None if direction is None else str(direction)


# --- JSON (SPARQL 1.1 Query Results JSON Format) ----------------------------------------------


def json_term(term: Term) -> dict[str, Any]:
    kind, value, language, datatype = parts(term)
    if kind == TRIPLE:
        return {"type": TRIPLE, "value": {k: json_term(getattr(value, k)) for k in TRIPLE_PARTS}}
    written = {"type": kind, "value": value}
    if language:
        written["xml:lang"] = language
        if direction := base_direction(term):
            written["its:dir"] = direction
    elif datatype:
        written["datatype"] = datatype
    return written


def select_json(variables: list[str], rows: Iterable[Row]) -> bytes:
    bindings = [
        {name: json_term(term) for name, term in zip(variables, row, strict=True) if term is not None}
        for row in rows
    ]
    return json.dumps(
        {"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False
    ).encode("utf-8")


def ask_json(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


# --- XML (SPARQL Query Results XML Format) ----------------------------------------------------

# A carriage return written raw in XML text is read back as a line feed (XML 1.0 2.11: every parser
# turns CR LF and a lone CR into LF before the application sees the text), so "a\r\nb" came back
# "a\nb"; as a character reference it is kept (2.11 applies to the raw text only).
XML_TEXT_ENTITIES = {"\r": "&#13;"}


def xml_text(value: str) -> str:
    """`value` as XML element text that every parser reads back as `value`, carriage returns too."""
    return escape(value, XML_TEXT_ENTITIES)


def xml_term(term: Term) -> str:
    kind, value, language, datatype = parts(term)
    if kind == TRIPLE:
        inner = "".join(f"<{k}>{xml_term(getattr(value, k))}</{k}>" for k in TRIPLE_PARTS)
        return f"<triple>{inner}</triple>"
    if kind != LITERAL:
        return f"<{kind}>{xml_text(value)}</{kind}>"
    if language and (direction := base_direction(term)):
        return (
            f"<literal xml:lang={quoteattr(language)} its:dir={quoteattr(direction)} "
            f'xmlns:its="{ITS_NS}" its:version="2.0">{xml_text(value)}</literal>'
        )
    if language:
        return f"<literal xml:lang={quoteattr(language)}>{xml_text(value)}</literal>"
    if datatype:
        return f"<literal datatype={quoteattr(datatype)}>{xml_text(value)}</literal>"
    return f"<literal>{xml_text(value)}</literal>"


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


def ask_xml(value: bool) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{RESULTS_NS}">\n<head/>\n'
        f"<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"
    ).encode()


# --- CSV and TSV (SPARQL 1.1 Query Results CSV and TSV Formats) -------------------------------


def csv_value(term: Term | None) -> str:
    """CSV keeps only the lexical form (section 2): IRIs and literals as they are, `_:` blank nodes."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value  # the server's cells, without building their parts
    kind, value, _, _ = parts(term)
    if kind == BNODE:
        return f"_:{value}"
    return str(value) if kind == TRIPLE else value


CSV_QUOTED = re.compile('[,"\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]')
"""What makes a CSV cell quoted: RFC 4180's comma, quote, CR and LF, and the other characters Python's
str.splitlines ends a line at. Why those too: a reader that splits lines so (rdflib's CSV results
parser reads through codecs' StreamReader) cut a row at an unquoted U+2028 in a literal, and took its
rest for a row of its own; quoting is always allowed (RFC 4180 2.5), and a quoted cell keeps them."""


def csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if CSV_QUOTED.search(value) else value


def select_csv(variables: list[str], rows: Iterable[Row]) -> bytes:
    lines = [",".join(variables)]
    for row in rows:
        cells = [csv_cell(csv_value(term)) for term in row]
        lines.append('""' if cells == [""] else ",".join(cells))  # as csv.writer: no empty line
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def tsv_term(term: Term | None) -> str:
    """TSV writes terms in N-Triples syntax (section 3), so types and languages survive."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):  # N-Triples 1.2: str() gave `<a> <b> <c>`, three cells' worth (round 18)
        return f"<<( {tsv_term(term.subject)} {tsv_term(term.predicate)} {tsv_term(term.object)} )>>"
    if isinstance(term, OXIGRAPH_TERMS):
        return str(term)  # Oxigraph's own N-Triples form
    return ntriples(term)


def ntriples(term: Term) -> str:
    """The N-Triples form of an rdflib term, escaped as Oxigraph escapes it."""
    kind, value, language, datatype = parts(term)
    if kind == URI:
        return f"<{value}>"
    if kind == BNODE:
        return f"_:{value}"
    quoted = '"' + value.translate(STRING_ESCAPES) + '"'
    if language:
        direction = base_direction(term)
        return f"{quoted}@{language}--{direction}" if direction else f"{quoted}@{language}"
    return f"{quoted}^^<{datatype}>" if datatype else quoted


CONTROL_ESCAPE = re.compile(r"\\(?:u(00[01][0-9A-F]|007F)|.)")
"""An escape of an N-Triples string, left to right (so `\\\\u0001` is a backslash, then `u0001`)."""


def raw_controls(cell: str) -> str:
    """A TSV cell with the `\\uXXXX` escapes of controls (Oxigraph's, `ntriples`') as the controls.

    Why: rdflib's TSV results parser takes no `\\u` escape (a query answering `"a\\u0001b"` could not be
    read; round 21 left it, attack round 22), and needs none: a Turtle string may hold any character but
    the quote, backslash, LF and CR raw, and TSV escapes only tab, LF and CR (section 3). Tab, LF, CR,
    backspace and form feed keep their named escapes; pyoxigraph's TSV parser reads both forms."""

    def unescaped(match: re.Match[str]) -> str:
        code = match.group(1)
        return match.group() if code is None or code in ("0009", "000A", "000D") else chr(int(code, 16))

    return CONTROL_ESCAPE.sub(unescaped, cell) if "\\u" in cell else cell


def select_tsv(variables: list[str], rows: Iterable[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join([raw_controls(tsv_term(t)) for t in row]) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


SELECT_WRITERS: dict[str, Callable[[list[str], Iterable[Row]], bytes]] = {
    "json": select_json,
    "xml": select_xml,
    "csv": select_csv,
    "tsv": select_tsv,
}
ASK_WRITERS: dict[str, Callable[[bool], bytes]] = {"json": ask_json, "xml": ask_xml}
