"""Attack round 22 (session 34, engineer R): every `#term` of the ontology and shapes has its anchor.

The HTML documentation at /ontology and /shapes listed classes, properties and named individuals, node and
property shapes: a browser following `https://w3id.org/alliance-kg/ontology#AllianceEnded` (an individual
of akg:AllianceStatus, not typed owl:NamedIndividual), `#ForAction`, or a shape's SPARQL constraint
(`shapes#ApprovalBeforeReviewConstraint`) landed at the top of a page that described it nowhere (5 of 147
ontology terms, 3 of 218 shapes terms). Every other term of the namespace is now under "Other terms"
(kg.server.html.Pages.vocabulary).
"""

from __future__ import annotations

import re

import pytest
from support.kg_server import http_client

SPARQL = 'SELECT DISTINCT ?s {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{graph}#")) }}'


@pytest.mark.parametrize("name", ["ontology", "shapes"])
def test_every_term_has_its_anchor(name: str) -> None:
    graph = f"https://w3id.org/alliance-kg/{name}"
    with http_client() as client:
        answer = client.get(
            "/sparql", params={"query": SPARQL.format(graph=graph)}, headers={"Accept": "text/csv"}
        )
        page = client.get(f"/{name}", headers={"Accept": "text/html"}).text
    terms = {line.strip()[len(graph) + 1 :] for line in answer.text.splitlines()[1:] if line.strip()}
    assert len(terms) > 100
    assert terms - set(re.findall(r'id="([^"]+)"', page)) == set()


def test_the_individuals_are_described_under_other_terms() -> None:
    with http_client() as client:
        page = client.get("/ontology", headers={"Accept": "text/html"}).text
    assert "Other terms" in page and 'id="AllianceEnded"' in page and 'id="ForAction"' in page
    assert page.index("Other terms") < page.index('id="AllianceEnded"')
