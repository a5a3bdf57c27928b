"""SPARQL query text: the project's prefixes added where a query uses them, and error positions.

Why: remote endpoints do not know our prefixes, and the line numbers in their errors (and
Oxigraph's "error at L:C") must point into the text the user wrote.
"""

from __future__ import annotations

import re

from kg.model.namespaces import PREFIXES
from kg.sparql.named import QueryError, strip_tokens


def declared_prefixes(text: str) -> set[str]:
    return set(re.findall(r"PREFIX\s+([A-Za-z][\w-]*)?:", strip_tokens(text), re.IGNORECASE))


def with_prefixes(text: str) -> str:
    """The project's prefixes the query uses but does not declare, prepended on one line (remote endpoints).

    One line, so that a server's "line N" in an error is off by exactly one (see shift_lines).
    """
    declared, body = declared_prefixes(text), strip_tokens(text)
    needed = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in PREFIXES.items()
        if p not in declared and re.search(rf"(?<![\w-]){re.escape(p)}:", body)
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
