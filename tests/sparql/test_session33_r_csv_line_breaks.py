"""Attack round 21 (session 33, R): CSV cells holding a character Python's splitlines ends a line at.

A literal holding U+2028 (LINE SEPARATOR), U+0085 or a form feed was written unquoted, as RFC 4180
asks only for CR and LF. rdflib's CSV results parser (the reader of SPARQLStore and SPARQLWrapper's
users) reads through codecs' StreamReader, which splits lines there too: the row was cut in two, its
rest read as a row of its own. Such a cell is now quoted (always allowed). The server and `kg sparql
-f csv` share the writer."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Literal
from rdflib.plugins.sparql.results.csvresults import CSVResultParser
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser
from support.kg_server import http_client

from kg.sparql.write import select_csv, select_tsv

BREAKS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"]


@pytest.mark.parametrize("mark", BREAKS)
def test_rdflib_reads_back_the_csv_rows(mark: str) -> None:
    rows = [[ox.Literal(f"one{mark}two"), ox.Literal("x")], [ox.Literal("y"), None]]
    read = list(CSVResultParser().parse(io.BytesIO(select_csv(["a", "b"], rows))))
    assert [[str(v) if v is not None else None for v in row] for row in read] == [
        [f"one{mark}two", "x"],
        ["y", None],
    ]  # before: three rows, the first cut at the mark


@pytest.mark.parametrize("mark", ["\u2028", "\u2029", "\x85"])
def test_tsv_keeps_them_raw_as_rdflib_reads_them(mark: str) -> None:
    """TSV's N-Triples terms may hold them raw, and rdflib's TSV parser reads them so, where it fails on
    a `\\u2028` escape (it takes no UCHAR): left as it is."""
    body = select_tsv(["a"], [[ox.Literal(f"one{mark}two", language="en")]])
    (row,) = TSVResultParser().parse(io.StringIO(body.decode()))
    assert row[0] == Literal(f"one{mark}two", lang="en")


def test_plain_cells_stay_as_csv_writer_wrote_them() -> None:
    rows = [[ox.Literal('say "hi", then\r\ngo'), ox.NamedNode("http://e.org/a")], [None, ox.Literal("")]]
    assert select_csv(["a", "b"], rows) == b'a,b\r\n"say ""hi"", then\r\ngo",http://e.org/a\r\n,\r\n'
    assert select_csv(["a"], [[None]]) == b'a\r\n""\r\n'


def test_the_server_answers_so() -> None:
    query = 'SELECT ?a ?b WHERE { BIND("one\\u2028two" AS ?a) BIND("x" AS ?b) }'
    with http_client() as http:
        answer = http.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    (row,) = CSVResultParser().parse(io.BytesIO(answer.content))
    assert [str(v) for v in row] == ["one\u2028two", "x"]
