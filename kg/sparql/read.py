"""The one reader of SPARQL 1.1 query results in JSON, into rdflib or pyoxigraph terms.

Why one: every answer from a remote endpoint is read here, whether the store API asked
(kg.store.remote, rdflib terms) or the server in front of an endpoint did (kg.server.backend,
pyoxigraph terms), so the servers' quirks are handled once:

- Virtuoso's old `"typed-literal"` term type is read like `"literal"`;
- `"x"^^xsd:string` is the plain literal `"x"` (the same RDF 1.1 term; rdflib would keep them
  apart, so it is written plain, as the embedded store's answers are);
- Virtuoso may answer ASK with one row of ?__ASK_RETVAL (1 or 0) instead of a boolean;
- Oxigraph accepts only N-Triples blank-node labels: other characters (Virtuoso's
  `nodeID://b1`) become `_` in pyoxigraph terms.

The reader is parameterised by `Terms`, the three ways to make a term: `RDFLIB` or `OXIGRAPH`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.errors import KgError
from kg.sparql.lexer import MAX_TOKENS, VARIABLE
from kg.sparql.results import directional_literal, rdflib_literal

T = TypeVar("T")
ASK_TRUE = ("1", "true")
NOT_IN_IRIS = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
"""What SPARQL's IRIREF keeps out (#x00-#x20 and `<>"{}|^`\\`) and RFC 3987 too (DEL, the C1 controls);
the rest of Unicode's spaces are IRI characters (ucschar), as Oxigraph reads them."""


class ResultsError(ValueError):
    """The body is not SPARQL JSON results (an HTML error page, a truncated answer, ...)."""


class UnheldTerm(KgError):
    """The body is SPARQL JSON results, but holds a term the library asked for cannot (rdflib: a triple
    term). Not a ResultsError: the endpoint answered as asked, and a caller that says it did not
    (kg.store.remote: "did not answer as asked") would blame it wrongly (attack round 19)."""


MAX_VARIABLES = MAX_TOKENS
"""Variables an answer's head may name: no query sent can name more (each is a token of its text, and
kg.sparql.lexer refuses text of more than MAX_TOKENS). Oxigraph's results parser is quadratic in them:
a hostile endpoint's head of 200,000 names (7 MB, far within every byte cap) kept `kg sparql --endpoint`
busy past 120 s, and 16,000 cost 0.54 s where 2,000 cost 0.02 s."""
HEAD_VARS = re.compile(rb'"vars"\s*:\s*\[')
"""Where a head's list of variables opens: a key "vars" whose value is a list. A string's quotes inside a
JSON string are escaped, so the unescaped `"vars"` followed by `:` is a key; in the bindings a variable
named vars opens an object, not a list."""
VARIABLE_ITEM = re.compile(rb'\s*"(?:[^"\\]|\\.)*"\s*([,\]])', re.DOTALL)


class TooManyRows(Exception):
    """A SPARQL JSON answer with more solutions than its reader's cap (rows_within). Not a ValueError:
    the parsers' errors, which the counters let pass to `read_json`, are."""

    def __init__(self, cap: int) -> None:
        super().__init__(f"more than {cap:,} rows")
        self.cap = cap


def rows_within(body: bytes, cap: int) -> None:
    """TooManyRows when a SPARQL JSON answer has more than `cap` solutions, counted by Oxigraph's
    streaming parser, which stops at the one past the cap and returns to Python at each solution.

    Why before `read_json`: that reads the whole document with `json.loads` and makes every term, which
    holds the GIL until it is done: in the server, a store's 48 MB answer of a million rows held every
    other client for 5.8 s and took it to 720 MB (docs/reliability.md section 13); in `kg sparql
    --endpoint`, a hostile endpoint's 2,000,000 rows took 197 s and 1.8 GB (section 19). An answer
    Oxigraph cannot read is counted by rows_counted (Virtuoso's quirks are read by `read_json`). A head
    naming more than MAX_VARIABLES variables is refused first (ResultsError: `variables_within`)."""
    variables_within(body)
    try:
        solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(solutions, ox.QuerySolutions):
            for count, _ in enumerate(solutions, start=1):
                if count > cap:
                    raise TooManyRows(cap)
    except (SyntaxError, ValueError, OSError):
        rows_counted(body, cap)


def variables_within(body: bytes) -> None:
    """ResultsError when the head of a SPARQL JSON answer names more than MAX_VARIABLES variables,
    found without parsing the document: the list after the first `"vars":`, counted item by item and
    left at the one past the limit (linear in what it reads). What is not a list of strings there is
    left to the parsers, which say what is wrong with it."""
    head = HEAD_VARS.search(body)
    if head is None:
        return
    position = head.end()
    for count in range(1, MAX_VARIABLES + 2):
        item = VARIABLE_ITEM.match(body, position)
        if item is None:
            return
        if count > MAX_VARIABLES:
            break
        if item.group(1) == b"]":
            return
        position = item.end()
    raise ResultsError(
        f"not SPARQL JSON results for any query: the head names more than {MAX_VARIABLES:,} variables"
    )


def rows_counted(body: bytes, cap: int) -> None:
    """TooManyRows when an answer Oxigraph cannot read (a Virtuoso blank node written `nodeID://b1`,
    which `read_json` accepts) has more than `cap` solutions, counted as `json` builds them and stopped
    at the one past the cap: one such row in front of a million well-formed ones let the whole answer
    through to `read_json` (22 s holding the GIL: a review's finding). A solution is an object whose
    values are all objects (its bound terms); a term's values are strings."""
    count = 0

    def solution(found: dict[str, Any]) -> dict[str, Any]:
        nonlocal count
        if all(isinstance(value, dict) for value in found.values()):
            count += 1  # the document's outer object counts too: one more than the rows at most
            if count > cap + 1:
                raise TooManyRows(cap)
        return found

    try:
        json.loads(body, object_hook=solution)
    except (ValueError, RecursionError):  # read_json names what is wrong
        return


@dataclass(frozen=True)
class Terms(Generic[T]):
    """How to make an IRI, a blank node and a literal (lexical form, language, datatype IRI)."""

    iri: Callable[[str], T]
    blank: Callable[[str], T]
    literal: Callable[[str, str | None, str | None], T]
    directional: Callable[[str, str, str], T] | None = None
    """A directional language-tagged string (RDF 1.2 `"x"@en--rtl`: `its:dir` in SPARQL JSON) from its
    lexical form, language and direction, where the library has them (pyoxigraph). Why: `kg serve
    --endpoint` in front of a store that answers one lost its direction (docs/reliability.md section
    19); rdflib has none: its literal is a kg.sparql.results.DirectionalLiteral (attack round 18)."""
    triple: Callable[[T, T, T], T] | None = None
    """A triple term (RDF 1.2) from its subject, predicate and object, where the library has them."""


def _oxigraph_blank(label: str) -> ox.BlankNode:
    """A blank node of the label an endpoint gave (any string in SPARQL JSON), one node per label: a
    label of ASCII letters and digits as it is; any other (`nodeID://b1`, `_:a-b`, `_:a_b`, `²`, the
    empty one) as `x-` and its UTF-8 in hex, a name with a `-`, which no label kept as it is has.
    Before, each character other than a letter or digit became `_`: `a-b` and `a_b` of one answer were
    one node (attack round 19), and `²` or the empty label no name at all (round 18)."""
    if label.isascii() and label.isalnum():
        return ox.BlankNode(label)
    return ox.BlankNode("x-" + label.encode("utf-8", "surrogatepass").hex())


def _oxigraph_literal(lexical: str, language: str | None, datatype: str | None) -> ox.Literal:
    if language:
        return ox.Literal(lexical, language=language)
    if datatype:
        return ox.Literal(lexical, datatype=ox.NamedNode(datatype))
    return ox.Literal(lexical)


DIRECTIONS = {"ltr": ox.BaseDirection.LTR, "rtl": ox.BaseDirection.RTL}


def _oxigraph_directional(lexical: str, language: str, direction: str) -> ox.Literal:
    return ox.Literal(lexical, language=language, direction=DIRECTIONS[direction])


RDFLIB: Terms[Any] = Terms(URIRef, BNode, rdflib_literal, directional_literal)
OXIGRAPH: Terms[Any] = Terms(
    ox.NamedNode, _oxigraph_blank, _oxigraph_literal, _oxigraph_directional, ox.Triple
)
TRIPLE_PARTS = ("subject", "predicate", "object")


@dataclass
class Results(Generic[T]):
    """An answer: `boolean` for ASK, else the variables and one tuple per row (None where unbound)."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[T | None, ...]] = field(default_factory=list)
    boolean: bool | None = None


def read_json(body: bytes | str, terms: Terms[T], *, ask: bool = False) -> Results[T]:
    """The answer in `body`; `ask` says the query was an ASK (for Virtuoso's answer as a row)."""
    payload = _payload(body)
    try:
        if "boolean" in payload:
            return Results(boolean=_boolean(payload["boolean"]))
        bindings = payload.get("results", {}).get("bindings", [])
        if ask:
            return Results(boolean=_ask_row(bindings))
        variables = _variables(payload.get("head", {}).get("vars", []))
        read = term_reader(terms)
        rows = [tuple(read(b[v]) if v in b else None for v in variables) for b in bindings]
    except (ResultsError, UnheldTerm):
        raise
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        # ValueError: a term its library refuses (rdflib: "'x y' is not a valid language tag"), which
        # ended `kg sparql --endpoint` in a traceback; the answer is not RDF terms, so not results.
        raise ResultsError(f"not SPARQL JSON results ({type(error).__name__}: {error})") from None
    return Results(variables, rows)


def _boolean(value: Any) -> bool:
    """An ASK answer's value, a JSON true or false (SPARQL 1.1 Query Results JSON, 3.3): bool() made the
    string "false" true."""
    if not isinstance(value, bool):
        raise ResultsError(f"not SPARQL JSON results: the boolean is not true or false: {value!r:.80}")
    return value


def _variables(names: list[Any]) -> list[str]:
    """The answer's variable names, each a string (SPARQL 1.1 Query Results JSON, 3.1): a number or null
    there was made "1" or "None", a column no query asked for."""
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ResultsError(
            f"not SPARQL JSON results: the head's vars are not a list of names: {names!r:.120}"
        )
    if len(names) > MAX_VARIABLES:
        raise ResultsError(
            f"not SPARQL JSON results for any query: the head names more than {MAX_VARIABLES:,} variables"
        )
    for name in names:
        if VARIABLE.fullmatch("?" + name) is None:
            # A variable is a SPARQL VARNAME (SPARQL 1.1 Query 19.8): a hostile endpoint's "x\x1b[2J"
            # reached the user's terminal raw as a column heading of `kg sparql --endpoint`.
            raise ResultsError(f"not SPARQL JSON results: {name!r:.80} is not a SPARQL variable name")
    return names


def _payload(body: bytes | str) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        # RecursionError: JSON nested deeper than the interpreter's recursion limit (`[` x 200,000),
        # which ended `kg sparql --endpoint` in a traceback; no SPARQL JSON answer nests past 6 levels.
        raise ResultsError(f"not SPARQL JSON results: {_snippet(body)!r}") from None
    if not isinstance(payload, dict):
        raise ResultsError(f"not SPARQL JSON results: {_snippet(body)!r}")
    return payload


def _snippet(body: bytes | str) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    return text[:120]


def _ask_row(bindings: list[Mapping[str, Any]]) -> bool:
    """Virtuoso's ASK answer as a row: the first value of the first row, 1 or 0."""
    for binding in bindings:
        for term in binding.values():
            return term.get("value") in ASK_TRUE
    return False


def term_reader(terms: Terms[T]) -> Callable[[Mapping[str, Any]], T]:
    """A reader of JSON terms for one answer, remembering the terms it made.

    Per answer: the same IRIs and labels come back row after row, and making an rdflib
    literal costs more than a dict look-up.
    """
    cache: dict[tuple[Any, ...], T] = {}

    def read(binding: Mapping[str, Any]) -> T:
        if binding.get("type") == "triple":  # RDF 1.2: its value is the triple's three terms (unhashable)
            return _triple_term(terms, binding.get("value"), read)
        key = (
            binding["type"],
            binding["value"],
            binding.get("xml:lang"),
            binding.get("datatype"),
            binding.get("its:dir"),
        )
        term = cache.get(key)
        if term is None:
            term = cache[key] = _term(terms, *key)
        return term

    return read


def _triple_term(terms: Terms[T], value: Any, read: Callable[[Mapping[str, Any]], T]) -> T:
    """A triple term (SPARQL 1.2 JSON: `{"type": "triple", "value": {"subject": ..., ...}}`), where the
    library has them (pyoxigraph); rdflib has none. It was "not SPARQL JSON results (TypeError:
    unhashable type: 'dict')" of a store's valid answer (attack round 18)."""
    parts = [value.get(part) if isinstance(value, Mapping) else None for part in TRIPLE_PARTS]
    terms_of = [part for part in parts if isinstance(part, Mapping)]
    if len(terms_of) != len(TRIPLE_PARTS):
        raise ResultsError(
            f"not SPARQL JSON results: a triple term is its subject, predicate and object: {value!r:.80}"
        )
    if terms.triple is None:
        raise UnheldTerm(
            "the answer holds a triple term (RDF 1.2, <<( s p o )>>), which this client cannot show: "
            "select its parts instead (SUBJECT(?t), PREDICATE(?t), OBJECT(?t))"
        )
    try:
        return terms.triple(*(read(part) for part in terms_of))
    except (TypeError, ValueError) as error:  # pyoxigraph: a literal subject, a blank predicate...
        raise ResultsError(f"not SPARQL JSON results: not a triple term: {error}") from None


def _term(
    terms: Terms[T], kind: str, value: str, language: str | None, datatype: str | None, direction: str | None
) -> T:
    optional = (language, datatype, direction)
    if not isinstance(value, str) or not all(part is None or isinstance(part, str) for part in optional):
        raise ResultsError(
            f"not SPARQL JSON results: a term's value, language and datatype are strings: {value!r:.80}"
        )
    _unicode_text(value, *optional)
    if kind == "uri":
        return terms.iri(_iri_text(value))
    if kind == "bnode":
        return terms.blank(value)
    if kind in ("literal", "typed-literal"):
        if direction is not None and language and terms.directional is not None:
            if direction not in DIRECTIONS:
                raise ResultsError(
                    f"not SPARQL JSON results: a base direction is ltr or rtl: {direction!r:.40}"
                )
            return terms.directional(value, language, direction)
        return terms.literal(value, language, None if datatype is None else _iri_text(datatype))
    raise ResultsError(f"unsupported term type {kind!r} in SPARQL JSON results")


def _unicode_text(*texts: str | None) -> None:
    """ResultsError unless every text is Unicode characters: no lone surrogate.

    Why: JSON's escapes can write half of a surrogate pair (`"\\ud800"`), which `json.loads` keeps as
    a lone surrogate; no RDF term holds one, and rdflib made a term of it that `kg sparql --endpoint
    -f json|csv|tsv` then could not write (a UnicodeEncodeError traceback, exit 1). A pair written as
    two escapes is one character and passes. Once per distinct term (term_reader remembers them)."""
    for text in texts:
        if text is None:
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ResultsError(
                f"not SPARQL JSON results: a term holds a lone surrogate "
                f"(\\u{ord(text[error.start]):04x}, no Unicode character): {text[:80]!a}"
            ) from None


def _iri_text(value: str) -> str:
    """`value` when it can be an IRI, else ResultsError: no control, space or `<>"{}|^`\\` in it.

    Why: rdflib makes a URIRef of any text, and an endpoint's `"http://x/a\\u0000b"` or ESC sequence
    went on as a node's ID into `kg network export` (a GraphML traceback, GEXF and DOT files no reader
    takes) and raw to the terminal; the server's reader refused it already (pyoxigraph's NamedNode)."""
    if found := NOT_IN_IRIS.search(value):
        raise ResultsError(
            f"not SPARQL JSON results: {found.group()!a} is not allowed in an IRI: {value[:80]!a}"
        )
    return value
