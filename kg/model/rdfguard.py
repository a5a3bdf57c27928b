"""Hostile RDF is refused before rdflib parses it: no network access, bounded memory and time.

Why a check of its own: rdflib, left to itself (rdflib 7.6, measured in docs/reliability.md),
- fetches a JSON-LD `@context` given as a URL over HTTP, and reads one given as a relative
  reference from the local disk;
- crashes the interpreter (segmentation fault) on JSON-LD nested 100,000 levels deep;
- lets expat expand internal XML entities: a 1 kB "billion laughs" RDF/XML file kept it busy
  for more than ten minutes;
- is quadratic in the length of one term: a 4 MB N-Triples literal takes 75 s, a 1 MB IRI 7 s.

So before rdflib sees a file, one linear pass in C or Rust checks it: JSON-LD for remote
contexts and nesting depth; RDF/XML (expat, with entity declarations refused except short
internal ones without references, and a cap on the expanded text); Turtle, TriG, N-Triples
and N-Quads (Oxigraph's streaming parser) for terms longer than MAX_TERM_CHARS. A syntax
error found by a pre-pass is left to rdflib, which reports it with the file and line.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat

import pyoxigraph as ox

from kg.errors import InputError

MAX_TERM_CHARS = 1 << 18  # 262,144: far above any statement of a register, far below rdflib's slow zone
MAX_NESTING = 128  # JSON-LD objects and arrays, and XML elements
MAX_ENTITY_CHARS = 1024  # an internal entity such as <!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">
XML_AMPLIFICATION = 16  # expanded XML text may be at most this many times the file (plus MAX_TERM_CHARS)
OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
JSON_BRACKET = re.compile(r"[\[\]{}]")


class Hostile(InputError):
    """The file is refused before parsing: it would make the parser fetch, crash or run away."""


def check_rdf_file(path: Path, rdf_format: str) -> None:
    """Raise Hostile when parsing `path` with rdflib would fetch, crash, or take unbounded time."""
    if rdf_format == "json-ld":
        check_json_ld(path)
    elif rdf_format == "xml":
        check_rdf_xml(path)
    elif rdf_format in OXIGRAPH_FORMATS:
        check_term_lengths(path, OXIGRAPH_FORMATS[rdf_format])


def too_long(path: Path, what: str, length: int) -> Hostile:
    return Hostile(
        f"{path}: {what} of {length:,} characters is longer than the limit of {MAX_TERM_CHARS:,}: "
        "refused (no knowledge-graph term is that long; parsing it would take minutes)"
    )


# --- Turtle, TriG, N-Triples, N-Quads ------------------------------------------------------------


def check_term_lengths(path: Path, rdf_format: ox.RdfFormat) -> None:
    """Every IRI, blank node label and literal of the file, streamed by Oxigraph (linear, bounded memory)."""
    try:
        for quad in ox.parse(path=path, format=rdf_format, lenient=True):
            for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
                value = getattr(term, "value", "")
                if len(value) > MAX_TERM_CHARS:
                    raise too_long(path, f"a {type(term).__name__.lower()}", len(value))
    except SyntaxError:
        return  # rdflib reports the error with its own file and line


# --- JSON-LD ----------------------------------------------------------------------------------


def check_json_ld(path: Path) -> None:
    """No context from elsewhere (URL or file), and no nesting deeper than MAX_NESTING."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return  # rdflib says it is not valid JSON-LD
    depth = json_nesting(text)
    if depth > MAX_NESTING:
        raise Hostile(
            f"{path}: JSON nested {depth:,} levels deep, more than the limit of {MAX_NESTING}: refused "
            "(deep nesting crashes the JSON-LD parser)"
        )
    try:
        document = json.loads(text)
    except ValueError:
        return
    for reference in external_contexts(document):
        raise Hostile(
            f"{path}: the JSON-LD context {reference!r} would be loaded from elsewhere; kg never fetches "
            "contexts (that would reach the network or the disk): put the context in the file"
        )


def json_nesting(text: str) -> int:
    """How deep arrays and objects nest, counted without recursion (strings skipped)."""
    steps = (
        1 if bracket.group() in "[{" else -1 for bracket in JSON_BRACKET.finditer(JSON_STRING.sub("", text))
    )
    return max(itertools.accumulate(steps), default=0)


def external_contexts(document: Any) -> Iterator[str]:
    """Every context given by reference: "@context" strings (anywhere, scoped ones too) and "@import"."""
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    yield from (item for item in _as_list(value) if isinstance(item, str))
                elif key == "@import" and isinstance(value, str):
                    yield value
                stack.append(value)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


# --- RDF/XML ------------------------------------------------------------------------------------


class _XmlLimits:
    """expat callbacks that refuse what would make the real parse fetch or run away."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.depth = 0
        self.text = 0
        self.total = 0
        self.budget = XML_AMPLIFICATION * size + MAX_TERM_CHARS

    def refuse(self, why: str) -> NoReturn:
        raise Hostile(f"{self.path}: {why}: refused")

    def doctype(self, name: str, system_id: str | None, public_id: str | None, internal: int) -> None:
        if system_id or public_id:
            self.refuse(f"the document type refers to an external DTD ({system_id or public_id!s})")

    def entity(self, name: str, parameter: int, value: str | None, *external: Any) -> None:
        """expat gives `value` None for an external or unparsed entity (then `external` says where)."""
        if parameter or value is None:
            self.refuse(f"the entity {name!r} is external or a parameter entity (XXE)")
        if "&" in value or "%" in value:
            self.refuse(f"the entity {name!r} refers to other entities (entity expansion bomb)")
        if len(value) > MAX_ENTITY_CHARS:
            self.refuse(f"the entity {name!r} is {len(value):,} characters long (limit {MAX_ENTITY_CHARS:,})")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        self.text = 0
        if self.depth > MAX_NESTING:
            self.refuse(f"elements nested more than {MAX_NESTING} levels deep")
        for value in attributes.values():
            self.count(len(value), f"the attribute value in <{name}>")

    def end(self, name: str) -> None:
        self.depth -= 1
        self.text = 0

    def characters(self, data: str) -> None:
        self.text += len(data)
        self.count(len(data), "the text of one element")
        if self.text > MAX_TERM_CHARS:
            raise too_long(self.path, "the text of one element", self.text)

    def count(self, length: int, what: str) -> None:
        if length > MAX_TERM_CHARS:
            raise too_long(self.path, what, length)
        self.total += length
        if self.total > self.budget:
            self.refuse(f"its entities expand to more than {XML_AMPLIFICATION} times its size")


def check_rdf_xml(path: Path) -> None:
    """One expat pass with the limits above; a syntax error is left to rdflib to report."""
    limits = _XmlLimits(path, path.stat().st_size)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = limits.doctype
    parser.EntityDeclHandler = limits.entity
    parser.StartElementHandler = limits.start
    parser.EndElementHandler = limits.end
    parser.CharacterDataHandler = limits.characters
    try:
        with path.open("rb") as stream:
            parser.ParseFile(stream)
    except expat.ExpatError:
        return
