"""The named queries behind the networks (queries/network-*.rq) follow the catalogue's conventions
and the portability rules: header, VALUES binding, GRAPH for register facts, no NOT EXISTS,
and one and the same rule for when a register is active in every time-aware query."""

from __future__ import annotations

import re

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.sparql.named import catalogue

NETWORK_QUERIES = {name: query for name, query in catalogue().items() if name.startswith("network-")}
ACTIVE = re.compile(r"# active: begin.*?# active: end", re.DOTALL)
SAMPLES = {"date": "2012-06-01", "string": "organization"}


def body(text: str) -> str:
    return re.sub(r"#[^\n]*", "", text)


def test_every_graph_has_its_queries() -> None:
    assert set(NETWORK_QUERIES) >= {
        "network-nodes",
        "network-organizations",
        "network-org-registers",
        "network-org-specifications",
        "network-register-specifications",
        "network-working-groups",
        "network-working-group-organizations",
        "network-unit-collaborations",
        "network-specification-dependencies",
    }


@pytest.mark.parametrize("name", sorted(NETWORK_QUERIES))
def test_header_binding_and_portability(name: str) -> None:
    query = NETWORK_QUERIES[name]
    assert query.title != name and query.description
    for values in ({}, {p.name: SAMPLES[p.type] for p in query.parameters}):
        prepareQuery(query.bind(values), initNs={})  # parses, with its own PREFIX lines
    text = body(query.text)
    assert "NOT EXISTS" not in text.upper(), "use OPTIONAL + !BOUND: NOT EXISTS is O(N) per row on Oxigraph"
    if name != "network-nodes":  # the only one that reads reference facts alone
        assert re.search(r"GRAPH \?r?g \{", text), "register facts are read inside GRAPH ?g or ?rg"
    assert not re.search(r"\bSERVICE\b|\bFROM\s+(NAMED\b|<)", text, re.IGNORECASE)


def test_time_aware_queries_share_one_rule_for_active_registers() -> None:
    time_aware = {n: q for n, q in NETWORK_QUERIES.items() if any(p.name == "as_of" for p in q.parameters)}
    assert len(time_aware) == 6
    blocks = {name: ACTIVE.findall(q.text) for name, q in time_aware.items()}
    assert all(len(found) == 1 for found in blocks.values()), blocks
    assert len({found[0] for found in blocks.values()}) == 1, "the 'active' blocks have drifted apart"
    for query in time_aware.values():
        parameter = query.parameter("as_of")
        assert parameter.type == "date" and not parameter.required and parameter.default is None
