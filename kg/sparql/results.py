"""The answer to a query, whatever store or endpoint gave it: rows, a boolean or a graph.

Rows map variable names to rdflib terms (None when unbound); `rdflib_literal` is the one
way every reader of answers makes a literal, so that the same value compares equal
whichever store or format it came from.
"""

from __future__ import annotations

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


def rdflib_literal(lexical: str, language: str | None = None, datatype: str | None = None) -> Literal:
    """The rdflib literal, with xsd:string written as a plain literal (as rdflib parses one)."""
    if language:
        return Literal(lexical, lang=language)
    return Literal(lexical) if datatype in (None, XSD_STRING) else Literal(lexical, datatype=datatype)
