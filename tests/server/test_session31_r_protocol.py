"""Attack round 18 (session 31, engineer R): the SPARQL protocol's dataset parameters, each operation its own.

SPARQL 1.1 Protocol 2.1 gives a query `default-graph-uri` and `named-graph-uri`, 2.2 gives an update
`using-graph-uri` and `using-named-graph-uri`. An update sent with `default-graph-uri=G` was run on the
whole default graph and answered 204, a query sent with `using-graph-uri=G` on the whole store and
answered 200: as if the visitor had not named a graph. Both are now 400 naming the parameter and the
right one (kg.server.sparql.misplaced), on GET, a form or a direct POST.
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client

GRAPH = "http://kasei.us/2009/09/sparql/data/data1.rdf"


@pytest.mark.parametrize("name", ["using-graph-uri", "using-named-graph-uri"])
def test_a_query_with_an_update_dataset_parameter_is_refused(name: str) -> None:
    with http_client() as client:
        by_get = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", name: GRAPH})
        by_form = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }", name: GRAPH})
        direct = client.post(
            "/sparql",
            params={name: GRAPH},
            content=b"ASK { ?s ?p ?o }",
            headers={"Content-Type": "application/sparql-query"},
        )
    for answer in (by_get, by_form, direct):
        assert answer.status_code == 400, answer.text
        assert f"{name} is a parameter of an update, not of a query" in answer.text
        assert "default-graph-uri or named-graph-uri" in answer.text


@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_an_update_with_a_query_dataset_parameter_is_refused(name: str) -> None:
    update = "DELETE WHERE { ?s <http://example.org/none> ?o }"
    with http_client() as client:
        by_form = client.post("/sparql", data={"update": update, name: GRAPH})
        direct = client.post(
            "/sparql",
            params={name: GRAPH},
            content=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
    for answer in (by_form, direct):
        assert answer.status_code == 400, answer.text
        assert f"{name} is a parameter of a query, not of an update" in answer.text


def test_each_operation_keeps_its_own_parameters() -> None:
    with http_client() as client:
        answer = client.get(
            "/sparql",
            params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "default-graph-uri": GRAPH},
            headers={"Accept": "text/csv"},
        )
    assert answer.status_code == 200 and answer.text.split() == ["n", "1"]
