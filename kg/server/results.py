"""Answers in the format a client negotiated: SELECT and ASK results, and graphs in every RDF syntax.

Why here: the row cap is checked before anything is written, and results from a remote store
come out byte-for-byte the way the embedded store's do, because both are written from lists
of pyoxigraph terms by the one writer of SPARQL results (kg.sparql.write, which the CLI uses
too); graphs are written by Oxigraph with the project's prefixes.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from kg.model.namespaces import PREFIXES, RDF_TYPE
from kg.server.formats import Format
from kg.sparql.write import ASK_WRITERS, SELECT_WRITERS, Row


def write_select(fmt: Format, variables: list[str], rows: Sequence[Row]) -> bytes:
    body = SELECT_WRITERS[fmt.writer or fmt.key](variables, rows)
    if (fmt.writer or fmt.key) == "xml":
        characters_of_xml(body, "SPARQL XML", "SPARQL JSON, CSV or TSV")
    return body


def write_ask(fmt: Format, value: bool) -> bytes:
    return ASK_WRITERS[fmt.key](value)


def write_graph(fmt: Format, triples: Iterable[ox.Triple], prefixes: dict[str, str] | None = None) -> bytes:
    """Triples in `fmt`; dataset syntaxes (TriG, N-Quads) put them in the default graph."""
    syntax = fmt.syntax
    items: list = list(triples)
    if syntax.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in items]
    used = PREFIXES if prefixes is None else prefixes
    if syntax == ox.RdfFormat.RDF_XML:
        written = ox.serialize(items, format=syntax, prefixes=used) or b""
        return checked_xml(items, kept_carriage_returns(written))
    if syntax in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return ox.serialize(items, format=syntax, prefixes=used) or b""
    try:
        body = ox.serialize(items, format=syntax) or b""
    except OSError as error:
        if syntax == ox.RdfFormat.JSON_LD and any(map(holds_triple_term, items)):
            raise NoJsonLdForm(
                "this graph has no JSON-LD form: it holds a triple term (RDF 1.2), which JSON-LD 1.1 "
                "cannot carry; ask for Turtle or N-Triples"
            ) from None
        raise error
    if syntax == ox.RdfFormat.JSON_LD and fmt.media_type == "application/json":
        # The same JSON-LD as one object: a client asking for plain JSON expects an object at
        # the top (SPARQLWrapper refuses an array), and `@graph` alone means the same triples.
        return b'{"@graph":' + body + b"}"
    return body


def write_dataset(fmt: Format, quads: Iterable[ox.Quad]) -> bytes:
    syntax = fmt.syntax
    prefixes = PREFIXES if syntax != ox.RdfFormat.N_QUADS else None
    return ox.serialize(quads, format=syntax, prefixes=prefixes) or b""


def holds_triple_term(item: ox.Triple | ox.Quad) -> bool:
    return isinstance(item.subject, ox.Triple) or isinstance(item.object, ox.Triple)


def kept_carriage_returns(body: bytes) -> bytes:
    """Oxigraph's RDF/XML with each carriage return as a character reference.

    Why: Oxigraph writes a literal's CR raw, and every XML parser turns CR LF and a lone CR into LF
    (XML 1.0 2.11), so rdflib read "a\r\nb" back as "a\nb" from RDF/XML while Turtle kept it. A raw CR
    can only stand in text or attribute values here (element names and IRIs hold none), where `&#13;`
    means a CR that no parser changes."""
    return body.replace(b"\r", b"&#13;")


class NoXmlForm(ValueError):
    """The graph has no RDF/XML form: the server answers 406 (kg.server.app), the worker too."""


class NoJsonLdForm(NoXmlForm):
    """The graph has no JSON-LD form (a triple term), answered as NoXmlForm is: 406 naming what can carry it.

    Why: Oxigraph refuses to write RDF 1.2 triple terms as JSON-LD ("JSON-LD does not support RDF 1.2
    yet"), which the worker answered 400 "the query failed", blaming a sound query for a format."""


# XML 1.0 NameStartChar and NameChar without ':' (an NCName): a property's or a typed node's IRI
# is written as a namespace and such a name at its end (RDF 1.1 XML Syntax, 2.1 and 2.13).
NAME_START = (
    "A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
NAME_CHAR = NAME_START + "\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
NAME_RUN = re.compile(f"[{NAME_CHAR}]*")
NAME_START_CHARACTER = re.compile(f"[{NAME_START}]")


def ends_in_xml_name(iri: str) -> bool:
    """Whether `iri` ends in an XML name (a name start character, then name characters to its end).

    Linear in the IRI: the run of name characters at its end is matched on the reversed text, then
    searched for a name start. (`[START][CHAR]*\\Z` searched from every position backtracked through
    each run of name characters: 32 s for an IRI of 40,000, once per triple.)"""
    run = NAME_RUN.match(iri[::-1])
    return run is not None and NAME_START_CHARACTER.search(run.group()) is not None


def element_iris(items: Sequence[ox.Triple | ox.Quad]) -> Iterable[str]:
    """The IRIs RDF/XML may write as element names: predicates, and classes (typed nodes)."""
    for item in items:
        yield item.predicate.value
        if item.predicate.value == RDF_TYPE and isinstance(item.object, ox.NamedNode):
            yield item.object.value


def checked_xml(items: Sequence[ox.Triple | ox.Quad], body: bytes) -> bytes:
    """Oxigraph's RDF/XML, or NoXmlForm when it is not well-formed XML.

    Why: an IRI with no XML name at its end (`http://example.org/123`, `.../p/`, `urn:x:1`,
    `javascript:alert(7)`) was written as the element `<oxprefix:>`, which no XML parser reads
    (rdflib, browsers): a 200 with a body the client cannot use. Such an IRI as a typed node's first
    class does the same; as a later class it is written as `rdf:type` and the output is fine, so the
    output itself is checked (with expat, at C speed) whenever one of those IRIs is in the graph.
    """
    characters_of_xml(body, "RDF/XML", "Turtle, N-Triples or JSON-LD")
    suspects = {iri for iri in set(element_iris(items)) if not ends_in_xml_name(iri)}
    if not suspects:
        return body
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError:
        named = ", ".join(f"<{iri}>" for iri in sorted(suspects)[:3])
        raise NoXmlForm(
            f"this graph has no RDF/XML form: {named} cannot be written as an XML element name "
            "(RDF 1.1 XML Syntax, 2.1); ask for Turtle, N-Triples or JSON-LD"
        ) from None
    return body


# What XML 1.0 cannot hold in any form (2.2 Char: not even as a character reference), as UTF-8 bytes.
NOT_XML_CHARACTER = re.compile(b"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]|\\xef\\xbf[\\xbe\\xbf]")


def characters_of_xml(body: bytes, syntax: str, instead: str) -> None:
    """NoXmlForm when `body` holds a character XML 1.0 forbids.

    Why: documents are cleaned of control characters as they are read (section 7), but a visitor's
    query makes any string (`BIND("a\\u0001" AS ?x)`), and a remote store's or an upload's data are
    not ours: SPARQL XML and RDF/XML answers carried U+0001, U+0000, U+FFFE raw, and no XML parser
    reads them (section 13). One scan of the bytes, at C speed.
    """
    found = NOT_XML_CHARACTER.search(body)
    if found is not None:
        code = ord(found.group().decode("utf-8"))
        raise NoXmlForm(
            f"this answer has no {syntax} form: a value holds U+{code:04X}, which XML 1.0 cannot "
            f"carry; ask for {instead}"
        )
