"""Attack round 18 (session 31, engineer R): long IRIs on the SPARQL HTML results page.

The HTML page of an answer cut each literal at 2,000 characters but wrote IRIs whole, three times each
(link, title, text). Anyone's query `BIND(IRI(CONCAT("http://e.org/", ?quarter_mebibyte)) AS ?i)` over
240 rows was 63 MB of SPARQL JSON, within the answer cap, and a 189 MB page: four at once took the
server from 206 MB to 1.29 GB. An IRI or triple term past 2,000 characters is now shown cut, as text
saying how long it is (kg.server.worker.shortened); the machine formats carry it whole.
"""

from __future__ import annotations

import pyoxigraph as ox
from support.kg_server import http_client

from kg.server.worker import HTML_CELL_CHARS, shortened

ROWS = 20
DOUBLINGS = 12  # 16 characters doubled 12 times: 65,536


def query() -> str:
    binds = ['BIND("0123456789abcdef" AS ?v0)']
    binds += [f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(DOUBLINGS)]
    values = " ".join(str(n) for n in range(ROWS))
    iri = f'BIND(IRI(CONCAT("http://example.org/", STR(?n), ?v{DOUBLINGS})) AS ?i)'
    return f"SELECT ?i WHERE {{ VALUES ?n {{ {values} }} {' '.join(binds)} {iri} }}"


def test_the_html_page_cuts_long_iris() -> None:
    with http_client() as client:
        page = client.post("/sparql", data={"query": query()}, headers={"Accept": "text/html"})
        whole = client.post(
            "/sparql", data={"query": query()}, headers={"Accept": "text/tab-separated-values"}
        )
    assert page.status_code == 200 and whole.status_code == 200
    assert len(page.content) < ROWS * (HTML_CELL_CHARS + 1_000) + 100_000, len(page.content)  # 3.9 MB before
    assert "(an IRI of 65,556 characters)" in page.text and "(an IRI of 65,557 characters)" in page.text
    assert len(whole.content) > ROWS * (16 << DOUBLINGS)  # the machine formats whole


def test_short_iris_and_triple_terms_are_kept() -> None:
    short = ox.NamedNode("http://example.org/a")
    triple = ox.Triple(short, short, ox.Literal("x" * 3_000))
    kept, cut = shortened((short, triple))
    assert kept == short
    assert isinstance(cut, ox.Literal) and cut.value.endswith("(a triple term of 3,056 characters)")
