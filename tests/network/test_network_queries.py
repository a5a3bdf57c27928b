"""The named queries behind the networks (queries/network-*.rq) follow the catalogue's conventions
and the portability rules: header, VALUES binding, GRAPH for register facts, no NOT EXISTS,
and one and the same rule for when a register is active (a fragment) in every time-aware query."""

from __future__ import annotations

import re

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.sparql.named import Fragments, catalogue, queries_dir

NETWORK_QUERIES = {name: query for name, query in catalogue().items() if name.startswith("network-")}
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
    """The rule is written once (queries/fragments/active-register.rq) and included, never copied."""
    time_aware = {n: q for n, q in NETWORK_QUERIES.items() if any(p.name == "as_of" for p in q.parameters)}
    assert len(time_aware) == 6
    fragment = Fragments(queries_dir()).get("active-register", (), "test")
    block = "\n".join(f"  {line}" if line else line for line in fragment.lines)
    for name, query in time_aware.items():
        assert query.path is not None
        raw = query.path.read_text(encoding="utf-8")
        assert raw.count("# include: active-register\n") == 1, name
        assert fragment.lines[-1] not in raw, f"{name} copies the rule instead of including it"
        assert query.text.count(block) == 1, name
        parameter = query.parameter("as_of")
        assert parameter.type == "date" and not parameter.required and parameter.default is None
