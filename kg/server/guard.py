"""What a SPARQL request may do here, decided before any engine sees it.

Why: Oxigraph's SPARQL engine calls out to any `SERVICE` IRI over HTTP, and `LOAD` fetches
a document; either would let a visitor make this server send requests to hosts of the
visitor's choosing (server-side request forgery), including services on 127.0.0.1. So the
query text is read by the one SPARQL lexer (kg.sparql.lexer: the grammar's terminals in one
left-to-right pass, so none can hide another), and any `SERVICE` or `LOAD` keyword left
visible in either of its readings (as Oxigraph parses the text, and as a SPARQL 1.1
longest-match tokenizer does, for a remote store) is refused. The check errs on the side of
refusal: a prefix such as `service:` or a name such as `ex:a.service` is refused too, while
variables (`?service`) and plain prefixed names (`sd:Service`) are not.

The guard is the first line only: query workers have no network at all (kg.server.sandbox).
This module is the policy; what the text says is the lexer's business.
"""

from __future__ import annotations

import re

from kg.sparql.lexer import Lexed
from kg.sparql.lexer import lex as scan

__all__ = ["Refused", "check_no_fetch", "is_update", "query_form", "scan"]

# No word boundaries: `1SERVICE` or `trueSERVICE:x` may still be read as the keyword by an engine.
FORBIDDEN = re.compile(r"service|load", re.IGNORECASE)
PRAGMA = re.compile(r"\bDEFINE\b", re.IGNORECASE)
# Virtuoso's OPTION clauses: after FROM they hold the sponger's options (`get:uri <http://...>`, the
# address to fetch the graph from), after a triple pattern its transitivity options. No SPARQL 1.1
# keyword; over `kg serve --endpoint` they reached the store as sent (section 13).
VENDOR_OPTION = re.compile(r"\bOPTION\b", re.IGNORECASE)


class Refused(ValueError):
    """The request asks for something this server never does (fetch, write without a token)."""


def check_no_fetch(scanned: Lexed) -> None:
    """Refuse SERVICE and LOAD wherever an engine could read them as keywords, DEFINE pragmas and
    OPTION clauses."""
    for reading in scanned.readings:
        found = FORBIDDEN.search(reading.visible)
        if found:
            keyword = found.group().upper()
            raise Refused(
                f"{keyword} is not allowed on this endpoint: it never fetches data from other hosts "
                "(query the graphs it holds, or run federated queries from your own client)"
            )
        if PRAGMA.search(reading.visible):
            raise Refused("DEFINE pragmas are not allowed on this endpoint")
        if VENDOR_OPTION.search(reading.visible):
            raise Refused("OPTION clauses (Virtuoso's, not SPARQL 1.1) are not allowed on this endpoint")


def query_form(scanned: Lexed) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: what the worker is asked to run; None for no query."""
    return scanned.form


def is_update(scanned: Lexed) -> bool:
    """An update sent as a query: refused with a pointer to the update operation."""
    return scanned.is_update
