"""SPARQL query text: the project's prefixes added where a query uses them, and error positions.

Why: remote endpoints do not know our prefixes, and the line numbers in their errors (and
Oxigraph's "error at L:C") must point into the text the user wrote. Which prefixes a query
declares and uses is read by the one SPARQL lexer (kg.sparql.lexer), so a prefix inside a
string, an IRI or a comment is neither.
"""

from __future__ import annotations

import re

from kg.model.namespaces import PREFIXES
from kg.sparql.lexer import lex
from kg.sparql.named import QueryError


def with_prefixes(text: str) -> str:
    """The project's prefixes the query uses but does not declare, prepended on one line (remote endpoints).

    One line, so that a server's "line N" in an error is off by exactly one (see shift_lines).
    """
    lexed = lex(text)
    needed = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in PREFIXES.items()
        if p in lexed.used_prefixes and p not in lexed.declared_prefixes
    ]
    return " ".join(needed) + "\n" + text if needed else text


def shift_lines(message: str, lines: int) -> str:
    """A server's error message with its line numbers moved back by the prefix lines we added.

    Oxigraph's "error at L:C" becomes "line L, column C", as in errors from the embedded store.
    """
    message = re.sub(
        r"error at (\d+):(\d+)", lambda m: f"line {int(m.group(1)) + lines}, column {m.group(2)}", message
    )
    return re.sub(r"\bline (\d+)", lambda m: f"line {int(m.group(1)) - lines}", message)


def syntax_error(error: Exception) -> QueryError:
    """One line with the position Oxigraph reports (line:column), and what to do."""
    message = " ".join(str(error).split())
    match = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:?\s*(.*)", message)
    if match:
        line, column, reason = match.groups()
        return QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {reason} (fix the query text)"
        )
    return QueryError(f"SPARQL syntax error: {message} (fix the query text)")
