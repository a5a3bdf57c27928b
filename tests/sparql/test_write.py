"""One writer of SPARQL results (kg.sparql.write) for the CLI and the server.

Why: `kg sparql --format json|csv|tsv` holds rdflib terms and the endpoint of `kg serve`
pyoxigraph terms; both go through the same writer, so the same answer must come out as
the same bytes from either, including the awkward literals (tabs, line breaks, quotes,
control characters, languages, datatypes) and unbound variables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.cli.main import main
from kg.server.formats import ASK_FORMATS, SELECT_FORMATS, by_key
from kg.server.results import write_ask, write_select
from kg.server.worker import run_query
from kg.sparql.render import render
from kg.sparql.results import QueryResult
from kg.sparql.write import ntriples, tsv_term
from kg.store.terms import from_oxigraph

XSD_INTEGER = ox.NamedNode(str(XSD.integer))
AWKWARD = 'tab\there, line\nbreak, "quote", back\\slash, \x01 control, \x7f delete, \u2028 separator'
VARIABLES = ["iri", "label", "number", "plain", "blank", "unbound"]
OX_ROWS = [
    (
        ox.NamedNode("https://w3id.org/alliance-kg/id/organization/dmtf"),
        ox.Literal(AWKWARD, language="en"),
        ox.Literal("42", datatype=XSD_INTEGER),
        ox.Literal(AWKWARD),
        ox.BlankNode("b0"),
        None,
    ),
    (
        ox.NamedNode("urn:x:é"),
        ox.Literal(""),
        ox.Literal("x", datatype=ox.NamedNode(str(XSD.string))),
        *[None] * 3,
    ),
]


def rdflib_result() -> QueryResult:
    """The same answer as the CLI holds it: rdflib terms in dicts (as kg.store reads answers)."""
    rows = [dict(zip(VARIABLES, (from_oxigraph(t) for t in row), strict=True)) for row in OX_ROWS]
    return QueryResult("SELECT", list(VARIABLES), rows)


@pytest.mark.parametrize("key", ["json", "csv", "tsv"])
def test_the_cli_writes_what_the_server_writes(key: str) -> None:
    server = write_select(by_key(SELECT_FORMATS, key), VARIABLES, OX_ROWS).decode("utf-8")
    cli = render(rdflib_result(), key)
    assert cli == (server + "\n" if key == "json" else server)


def test_an_ask_answer_is_the_same_from_both() -> None:
    server = write_ask(by_key(ASK_FORMATS, "json"), True).decode("utf-8")
    assert render(QueryResult("ASK", boolean=True), "json") == server + "\n"
    assert json.loads(server) == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    "term",
    [
        Literal(AWKWARD),
        Literal(AWKWARD, lang="de-ch"),
        Literal("042", datatype=XSD.integer),
        Literal("x", datatype=XSD.string),
        URIRef("https://w3id.org/alliance-kg/ontology#party"),
        BNode("b1"),
    ],
)
def test_rdflib_terms_get_the_n_triples_form_oxigraph_writes(term) -> None:
    oxigraph = {
        URIRef: lambda t: ox.NamedNode(str(t)),
        BNode: lambda t: ox.BlankNode(str(t)),
    }.get(type(term))
    if oxigraph is None:
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        expected = str(ox.Literal(str(term), language=term.language, datatype=datatype))
    else:
        expected = str(oxigraph(term))
    assert ntriples(term) == tsv_term(term) == expected


def test_one_query_one_answer_from_kg_sparql_and_from_the_endpoint(seed_store: Path, capsys) -> None:
    """End to end: `kg sparql --format json` and the endpoint's worker, on the same store and query."""
    query = (
        "SELECT ?register ?party ?label WHERE { ?register akg:party ?party . "
        "OPTIONAL { ?party skos:prefLabel ?label } } ORDER BY ?register ?party ?label"
    )
    assert main(["sparql", query, "--format", "json", "--store", str(seed_store)]) == 0
    cli = capsys.readouterr().out
    store = ox.Store.read_only(str(seed_store))
    request = {"query": query, "accept": "application/sparql-results+json", "cap": 10_000}
    answer = run_query(store, request)
    assert answer.status == 200 and json.loads(answer.body)["results"]["bindings"]
    assert cli == answer.body.decode("utf-8") + "\n"
