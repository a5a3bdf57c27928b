"""Attack round 19 (session 32, R): blank-node labels of an endpoint's answer that differ only in
characters other than letters and digits (`_:a-b`, `_:a_b`, `_:a.b`) were one node once read by the
server (kg.sparql.read._oxigraph_blank made each such character `_`): two resources of the endpoint's
answer became one in `kg serve --endpoint`'s pages and CONSTRUCT answers. The naming is one to one now."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.sparql.read import OXIGRAPH, read_json

LABELS = ["a-b", "a_b", "a.b", "a b", "a\u00e9b", "ab", "a__b", "a_2d_b", "x-612d62", ""]


def nodes(*labels: str) -> list[ox.BlankNode]:
    rows = [{"x": {"type": "bnode", "value": label}} for label in labels]
    body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": rows}})
    return [row[0] for row in read_json(body, OXIGRAPH).rows]


def test_labels_differing_in_punctuation_are_different_nodes() -> None:
    read = nodes(*LABELS)
    assert len(set(read)) == len(LABELS), read  # before: a-b, a_b, a.b and a b were one node


def test_one_label_is_one_node() -> None:
    assert nodes("a-b", "b0", "a-b", "b0") == [*nodes("a-b", "b0")] * 2
    assert nodes("b0") == [ox.BlankNode("b0")]
