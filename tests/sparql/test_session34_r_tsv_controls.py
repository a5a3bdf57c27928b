"""Attack round 22 (session 34, engineer R): TSV answers rdflib reads, controls included (round 21 left it).

A literal holding a control with no named escape (U+0001, ESC, DEL...) was written in TSV as Oxigraph writes
N-Triples, `"a\\u0001b"`; rdflib's TSV results parser takes no `\\u` escape, so `SPARQLWrapper`-style
clients on rdflib could not read the answer at all. A Turtle string may hold such a control raw, and TSV
escapes only tab, LF and CR: the TSV writer (the server's and `kg sparql -f tsv`'s) now keeps them raw
(kg.sparql.write.raw_controls). A backslash followed by `u0001` stays a backslash; the named escapes stay.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser
from support.kg_server import http_client

from kg.sparql.write import select_tsv

TEXTS = ["a\x01b", "esc\x1b[31m", "del\x7f", "nul\x00", "tab\tline\nreturn\r", "back\\u0001slash"]
TEXTS += ['q"\\\x08\x0c']


def _read(body: bytes) -> list[Literal | URIRef | None]:
    (row,) = TSVResultParser().parse(io.StringIO(body.decode("utf-8")))
    return list(row)


@pytest.mark.parametrize("text", TEXTS)
def test_rdflib_reads_every_literal_the_writer_writes(text: str) -> None:
    body = select_tsv(["a", "b"], [[ox.Literal(text), ox.Literal(text, language="en")]])
    assert _read(body) == [Literal(text), Literal(text, lang="en")]
    solutions = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
    assert [term.value for term in next(iter(solutions))] == [text, text]


def test_rdflib_terms_of_the_command_line_too() -> None:
    body = select_tsv(["a"], [[Literal("x\x01y", datatype=URIRef("http://e.org/t"))]])
    assert b"\\u" not in body
    assert _read(body) == [Literal("x\x01y", datatype=URIRef("http://e.org/t"))]


def test_the_server_answers_so() -> None:
    query = 'SELECT ?a WHERE { BIND("one\\u0001two\\u007F" AS ?a) }'
    with http_client() as http:
        answer = http.get("/sparql", params={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert answer.status_code == 200
    assert _read(answer.content) == [Literal("one\x01two\x7f")]
