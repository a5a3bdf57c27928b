"""Attack round 18 (session 31, engineer R): a triple term (RDF 1.2) in a SELECT answer.

`kg serve`'s TSV wrote `<<( <a> <b> "x" )>>` as `<a> <b> "x"`: three terms in one cell, which no TSV
reader (Oxigraph's included) takes for one term. `kg serve --endpoint` in front of a store answering a
triple term in SPARQL JSON (valid SPARQL 1.2) was 502, and `kg sparql --endpoint` said the endpoint
"did not answer as asked: not SPARQL JSON results (TypeError: unhashable type: 'dict')"; `kg sparql
--store` printed pyoxigraph's repr. The server's reader now makes the triple term (pyoxigraph has
them), and rdflib's reader says in one line that it has none and how to ask for its parts.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.sparql.read import OXIGRAPH, RDFLIB, ResultsError, UnheldTerm, read_json
from kg.sparql.write import select_json, select_tsv
from kg.store.terms import from_oxigraph

TRIPLE = ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("x\ty", language="en"))
NESTED = ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), TRIPLE)


@pytest.mark.parametrize("term", [TRIPLE, NESTED])
def test_tsv_writes_a_triple_term_that_reads_back(term: ox.Triple) -> None:
    body = select_tsv(["o"], [(term,)])
    assert body.decode().splitlines()[1].startswith("<<( <urn:")
    read = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
    assert isinstance(read, ox.QuerySolutions) and next(iter(read))[0] == term


def test_the_servers_reader_makes_the_triple_term() -> None:
    body = select_json(["o"], [(NESTED,)])
    assert read_json(body, OXIGRAPH).rows == [(NESTED,)]


def test_rdflibs_reader_says_what_it_cannot_hold() -> None:
    # (UnheldTerm, no ResultsError, since round 19: the answer is SPARQL JSON results)
    with pytest.raises(UnheldTerm, match=r"triple term \(RDF 1.2.*SUBJECT\(\?t\)"):
        read_json(select_json(["o"], [(TRIPLE,)]), RDFLIB)


def test_a_triple_term_of_no_three_terms_is_not_results() -> None:
    answer = {"head": {"vars": ["o"]}, "results": {"bindings": [{"o": {"type": "triple", "value": "x"}}]}}
    with pytest.raises(ResultsError, match="not SPARQL JSON results"):
        read_json(json.dumps(answer).encode(), OXIGRAPH)


def test_the_stores_rows_name_it_without_a_repr() -> None:
    with pytest.raises(KgError, match=r"triple term \(RDF 1.2, <<\( <urn:a> <urn:b>") as raised:
        from_oxigraph(TRIPLE)
    assert "<Triple" not in str(raised.value)
