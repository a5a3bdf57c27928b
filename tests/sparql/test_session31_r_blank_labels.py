"""Attack round 18 (session 31, engineer R): blank-node labels of an endpoint's SPARQL JSON answer.

SPARQL JSON gives a blank node's label as any string. `kg serve --endpoint` made each character that
is not a letter or digit a `_`, and a label that left no valid blank-node name (`²`, a digit no name
may hold, or the empty label) made the store's answer "not SPARQL JSON results" (502). Such a label
is now a node named `x-` and its hex (kg.sparql.read._oxigraph_blank); the others are read as before.
"""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.sparql.read import OXIGRAPH, read_json


def answer(*labels: str) -> bytes:
    rows = [{"x": {"type": "bnode", "value": label}} for label in labels]
    return json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": rows}}).encode()


def test_labels_no_name_holds_are_read() -> None:
    nodes = [row[0] for row in read_json(answer("²", "", "b0", "²"), OXIGRAPH).rows]
    assert nodes == [ox.BlankNode("x-c2b2"), ox.BlankNode("x-"), ox.BlankNode("b0"), ox.BlankNode("x-c2b2")]


def test_other_labels_as_before() -> None:
    # (nodeID___b1 until round 19, which made the naming one node per label)
    assert read_json(answer("nodeID://b1"), OXIGRAPH).rows == [(ox.BlankNode("x-" + b"nodeID://b1".hex()),)]
