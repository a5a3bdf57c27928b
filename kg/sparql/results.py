"""The answer to a query, whatever store or endpoint gave it: rows, a boolean or a graph.

Rows map variable names to rdflib terms (None when unbound); `rdflib_literal` is the one
way every reader of answers makes a literal, so that the same value compares equal
whichever store or format it came from.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal
from rdflib.term import Node

from kg.errors import KgError
from kg.model.namespaces import XSD_STRING

Row = dict[str, Node | None]


@dataclass
class QueryResult:
    """The answer to one query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.rows)

    def dataframe(self) -> Any:
        """The rows as a pandas DataFrame of Python values (str for IRIs); needs pandas."""
        try:
            import pandas as pd
        except ImportError:
            raise KgError("pandas is not installed: pip install 'alliance-kg[pandas]'") from None
        records = [{k: _python_value(v) for k, v in row.items()} for row in self.rows]
        return pd.DataFrame.from_records(records, columns=self.variables)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return str(term)


class DirectionalLiteral(Literal):
    """A language-tagged string with a base direction (RDF 1.2: `"x"@he--rtl`), which rdflib's Literal
    cannot hold: the same literal for rdflib (its language, value, equality), with `direction` ("ltr" or
    "rtl") kept for the writers (kg.sparql.write.base_direction). Why: `kg sparql -f json` and `-f tsv`,
    and the library's rows, gave `"x"@he--rtl` as `"x"@he`, another term (attack round 18)."""

    __slots__ = ("direction",)

    direction: str

    def _literal_n3(self, use_plain: bool = False, qname_callback: Any = None) -> str:
        """`"x"@he--rtl`: how Turtle (rdflib's serializer) and n3() write it, as RDF 1.2 does."""
        return f"{super()._literal_n3(use_plain, qname_callback)}--{self.direction}"


def directional_literal(lexical: str, language: str, direction: str) -> Literal:
    """`"lexical"@language--direction` as rdflib reads it, the direction kept (DirectionalLiteral)."""
    plain = rdflib_literal(lexical, language)
    literal = _new_string(DirectionalLiteral, lexical)
    literal._language, literal._datatype = plain._language, plain._datatype
    literal._value, literal._ill_typed = plain._value, plain._ill_typed
    literal.direction = direction
    return literal


def rdflib_literal(lexical: str, language: str | None = None, datatype: str | None = None) -> Literal:
    """The rdflib literal, with xsd:string written as a plain literal (as rdflib parses one).

    Plain and language-tagged literals are built directly (`_direct_literal`) when rdflib's own
    constructor would give the same object: an answer's literals are mostly these, nearly all
    distinct, and the constructor's checks and casts take 2-4 µs a literal against under 1 µs
    (session 23: specification-dependencies' 1e6 answer, tagged labels, read in 0.14-0.16 ->
    0.09-0.11 CPU-s).
    """
    if language:
        if _DIRECT and LANGUAGE_TAG.fullmatch(language):
            return _direct_literal(lexical, language)
        return Literal(lexical, lang=language)
    if datatype in (None, XSD_STRING):
        return _direct_literal(lexical, None) if _DIRECT else Literal(lexical)
    if datatype in FLOATING and lexical.lstrip("+-") in ("NaN", "INF"):
        return Literal(lexical, datatype=datatype, normalize=False)
    return Literal(lexical, datatype=datatype)


FLOATING = ("http://www.w3.org/2001/XMLSchema#double", "http://www.w3.org/2001/XMLSchema#float")
"""Why: rdflib normalizes a literal to the text of its Python value, and Python writes float('nan') and
float('inf') as 'nan' and 'inf', which no XSD lexical form is (NaN, INF, -INF): `kg sparql -f json` (csv,
tsv; `kg query`, `--endpoint`) answered "nan"^^xsd:double where the store and every other engine say
"NaN" (attack round 23). Other normalized forms ("0012" -> "12") are lexical forms of the same value."""


LANGUAGE_TAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")  # rdflib's rule for a valid tag, without its "\n"
_new_string = str.__new__


def _direct_literal(lexical: str, language: str | None) -> Literal:
    """What `Literal(lexical, lang=language)` makes for a string and a valid tag (or none), without
    its checks: the value of a string literal is its text, and it has no datatype and is well typed."""
    literal = _new_string(Literal, lexical)
    literal._language = language
    literal._datatype = None
    literal._value = str(lexical)
    literal._ill_typed = None
    return literal


def _direct_agrees() -> bool:
    """True when `_direct_literal` builds what rdflib's constructor builds, field for field, on
    samples of each kind it is used for. Asked once, at import: the fields are rdflib's own, and an
    rdflib that keeps literals otherwise gets its constructor back rather than wrong literals."""
    fields = ("_language", "_datatype", "_value", "_ill_typed")
    try:
        for lexical, language in (("text", None), ("", None), ('été\n"x"', "fr-CA"), ("Text", "en")):
            made, direct = Literal(lexical, lang=language), _direct_literal(lexical, language)
            same = [getattr(made, name) == getattr(direct, name) for name in fields]
            if type(made) is not type(direct) or not all(same) or str(made) != str(direct):
                return False
            if made != direct or hash(made) != hash(direct) or made.n3() != direct.n3():
                return False
    except (AttributeError, TypeError):
        return False
    return True


_DIRECT = _direct_agrees()


class _UncastLiterals(logging.Filter):
    """Drops rdflib's warning, with its traceback, for a literal whose value Python will not make.

    Why (attack round 17): a well-typed xsd:integer of more than 4,300 digits (Python's limit on
    converting text to int, a guard against quadratic conversions) made rdflib log "Failed to convert
    Literal lexical form to value" and a ValueError traceback on stderr for each such value in an
    answer (`kg sparql -f json 'SELECT (999...9 AS ?x) {}'`): a traceback for valid input. The literal
    keeps its lexical form, which is all an answer writes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form to value")


logging.getLogger("rdflib.term").addFilter(_UncastLiterals())
