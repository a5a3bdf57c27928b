"""`Accept: text/plain` (curl -H, old clients, N-Triples' type before it had one of its own) was 406
everywhere; Oxigraph server 0.5.13 answers N-Triples for a graph and CSV for SELECT results
(measured on 127.0.0.1, docs/reliability.md section 11). Ours now does the same, under text/plain.
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client, media_type

SELECT = "SELECT ?s ?o WHERE { ?s a ?o } ORDER BY ?s ?o LIMIT 20"
CONSTRUCT = "CONSTRUCT { ?s a ?o } WHERE { ?s a ?o } LIMIT 20"


def test_select_as_plain_text_is_the_csv_answer() -> None:
    with http_client() as client:
        plain = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/plain"})
        csv = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/csv"})
    assert plain.status_code == 200, plain.text[:300]
    assert media_type(plain) == "text/plain" and "charset=utf-8" in plain.headers["content-type"]
    assert plain.content == csv.content and plain.text.startswith("s,o\r\n")
    assert "Accept" in plain.headers.get("vary", "")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/sparql", {"query": CONSTRUCT}),
        ("/doc/organization/dmtf", {}),
        ("/store", {"graph": "http://kasei.us/2009/09/sparql/data/data1.rdf"}),
    ],
)
def test_a_graph_as_plain_text_is_n_triples(path: str, params: dict[str, str]) -> None:
    with http_client() as client:
        plain = client.get(path, params=params, headers={"Accept": "text/plain"})
        triples = client.get(path, params=params, headers={"Accept": "application/n-triples"})
    assert plain.status_code == 200, plain.text[:300]
    assert media_type(plain) == "text/plain"
    assert sorted(plain.text.splitlines()) == sorted(triples.text.splitlines()) and plain.text.strip()
    if path != "/sparql":  # documents carry ETags: two representations, two tags
        assert plain.headers["etag"] != triples.headers["etag"]


def test_a_preferred_format_still_wins_over_plain_text() -> None:
    with http_client() as client:
        answer = client.get("/doc/organization/dmtf", headers={"Accept": "text/plain;q=0.5, text/turtle"})
        ask = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/plain"})
        ask_csv = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert media_type(answer) == "text/turtle"
    # ASK has no CSV (nor plain) answer: the form's default, as for text/csv (section 10)
    assert ask.status_code == ask_csv.status_code == 200 and media_type(ask) == media_type(ask_csv)
