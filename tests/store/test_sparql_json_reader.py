"""kg.sparql.read, the one reader of SPARQL JSON results: the same answer read into rdflib terms
(the store API) and pyoxigraph terms (the server in front of an endpoint), servers' quirks included."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.sparql.read import OXIGRAPH, RDFLIB, ResultsError, read_json

ANSWER = {
    "head": {"vars": ["s", "label", "n", "plain", "typed", "b", "unbound"]},
    "results": {
        "bindings": [
            {
                "s": {"type": "uri", "value": "https://example.org/s"},
                "label": {"type": "literal", "value": "DMTF", "xml:lang": "en"},
                "n": {"type": "typed-literal", "datatype": str(XSD.integer), "value": "7"},  # Virtuoso
                "plain": {"type": "literal", "value": "x"},
                "typed": {"type": "literal", "datatype": str(XSD.string), "value": "x"},
                "b": {"type": "bnode", "value": "nodeID://b1"},  # Virtuoso's labels
            },
            {"s": {"type": "uri", "value": "https://example.org/s"}},
        ]
    },
}


def test_rdflib_terms_as_the_embedded_store_gives_them() -> None:
    answer = read_json(json.dumps(ANSWER).encode(), RDFLIB)
    assert answer.variables == ANSWER["head"]["vars"] and answer.boolean is None
    s = URIRef("https://example.org/s")
    first = (
        s,
        Literal("DMTF", lang="en"),
        Literal(7),
        Literal("x"),
        Literal("x"),
        BNode("nodeID://b1"),
        None,
    )
    assert answer.rows == [first, (s, None, None, None, None, None, None)]
    assert answer.rows[0][4].datatype is None  # "x"^^xsd:string reads as the plain literal


def test_oxigraph_terms_from_the_same_reader() -> None:
    answer = read_json(json.dumps(ANSWER), OXIGRAPH)
    s = ox.NamedNode("https://example.org/s")
    first = (
        s,
        ox.Literal("DMTF", language="en"),
        ox.Literal("7", datatype=ox.NamedNode(str(XSD.integer))),
        ox.Literal("x"),
        ox.Literal("x"),
        ox.BlankNode("x-" + b"nodeID://b1".hex()),  # one node per label (round 19)
        None,
    )
    assert answer.rows == [first, (s, None, None, None, None, None, None)]


@pytest.mark.parametrize("terms", [RDFLIB, OXIGRAPH], ids=["rdflib", "oxigraph"])
def test_ask_as_a_boolean_or_as_virtuosos_row(terms) -> None:
    assert read_json(b'{"head": {}, "boolean": true}', terms).boolean is True
    row = {"head": {"vars": ["__ASK_RETVAL"]}, "results": {"bindings": [{"__ASK_RETVAL": {"value": "0"}}]}}
    row["results"]["bindings"][0]["__ASK_RETVAL"]["type"] = "typed-literal"
    assert read_json(json.dumps(row), terms, ask=True).boolean is False
    row["results"]["bindings"][0]["__ASK_RETVAL"]["value"] = "1"
    assert read_json(json.dumps(row), terms, ask=True).boolean is True
    assert read_json(json.dumps(row), terms).boolean is None  # a SELECT that happens to look like it


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>Service unavailable</body></html>",
        b"[]",
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"value": "no type"}}]}}',
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "triple", "value": {}}}]}}',
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "unknown", "value": "v"}}]}}',
        b'{"head": {"vars": [1, null]}, "results": {"bindings": []}}',  # were columns "1" and "None"
        b'{"head": {"vars": "x"}, "results": {"bindings": []}}',
        b'{"boolean": "false"}',  # was true
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "v", '
        b'"datatype": false}}]}}',
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "v", '
        b'"xml:lang": 0}}]}}',
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": 5}}]}}',
        b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "v", '
        b'"xml:lang": 1}}]}}',
    ],
)
def test_what_is_not_sparql_json_results_says_so(body: bytes) -> None:
    with pytest.raises(ResultsError, match="SPARQL JSON results"):
        read_json(body, RDFLIB)
