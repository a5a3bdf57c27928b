"""What a SPARQL request may do here, decided before any engine sees it.

Why: Oxigraph's SPARQL engine calls out to any `SERVICE` IRI over HTTP, and `LOAD` fetches
a document; either would let a visitor make this server send requests to hosts of the
visitor's choosing (server-side request forgery), including services on 127.0.0.1. So the
query text is tokenized the way the SPARQL grammar tokenizes it (comments, the four string
forms and IRI references are skipped in one left-to-right pass, so none can hide another),
and any remaining `SERVICE` or `LOAD` keyword is refused. The check errs on the side of
refusal: a prefixed name such as `ex:a.service` is refused too, while variables
(`?service`) and plain prefixed names (`sd:Service`) are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One alternation, tried at each position, in the order the grammar resolves overlaps.
TOKENS = re.compile(
    r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
      |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
      |'(?:[^'\\\r\n]|\\.)*'
      |"(?:[^"\\\r\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<pname>(?<![\w.:-])(?:[A-Za-z][\w-]*)?:[\w\-%:]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
FORBIDDEN = re.compile(r"service|load", re.IGNORECASE)
FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
DATASET_CLAUSE = re.compile(r"\bFROM\b(\s+NAMED\b)?\s*$", re.IGNORECASE)
PRAGMA = re.compile(r"\bDEFINE\b", re.IGNORECASE)


class Refused(ValueError):
    """The request asks for something this server never does (fetch, write without a token)."""


@dataclass(frozen=True)
class Scanned:
    """The visible keywords of a request and the IRIs its dataset clauses name."""

    visible: str
    from_graphs: tuple[str, ...]
    from_named_graphs: tuple[str, ...]


def scan(text: str) -> Scanned:
    """Keywords with comments, strings, IRIs, variables and prefixed names blanked out, and FROM IRIs."""
    visible: list[str] = []
    from_graphs: list[str] = []
    named: list[str] = []
    for match in TOKENS.finditer(text):
        kind = match.lastgroup
        if kind == "other":
            visible.append(match.group())
            continue
        if kind == "iri":
            clause = DATASET_CLAUSE.search("".join(visible[-40:]))
            if clause is not None:
                (named if clause.group(1) else from_graphs).append(match.group()[1:-1])
        if kind == "pname":
            clause = DATASET_CLAUSE.search("".join(visible[-40:]))
            if clause is not None:
                (named if clause.group(1) else from_graphs).append(match.group())
        if kind == "pname":  # the prefix stays visible: `trueSERVICE:x` may lex as `true SERVICE :x`
            visible.append(match.group().partition(":")[0])
        visible.append(" " if kind != "comment" else "\n")
    return Scanned("".join(visible), tuple(from_graphs), tuple(named))


def check_no_fetch(scanned: Scanned) -> None:
    """Refuse SERVICE and LOAD wherever the grammar could read them as keywords."""
    found = FORBIDDEN.search(scanned.visible)
    if found:
        keyword = found.group().upper()
        raise Refused(
            f"{keyword} is not allowed on this endpoint: it never fetches data from other hosts "
            "(query the graphs it holds, or run federated queries from your own client)"
        )
    if PRAGMA.search(scanned.visible):
        raise Refused("DEFINE pragmas are not allowed on this endpoint")


def query_form(scanned: Scanned) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword; None for no query."""
    match = FORM.search(scanned.visible)
    return match.group(1).upper() if match else None


def is_update(scanned: Scanned) -> bool:
    return query_form(scanned) is None and UPDATE.search(scanned.visible) is not None
