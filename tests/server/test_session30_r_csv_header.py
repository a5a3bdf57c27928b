"""Attack round 17 (session 30, engineer R): `Accept: text/csv; header=present`.

RFC 4180 (3) gives text/csv an optional `header` parameter, "present" or "absent"; SPARQL 1.1's CSV
results always start with the header row. A client asking for `text/csv; header=present` was 406: the
negotiation compared it with an offer that states no header. It is now the CSV answer, and
`header=absent` (which no SPARQL CSV is) still 406 (kg.server.conneg.MediaRange.matches).
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client, media_type

QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


@pytest.mark.parametrize("accept", ["text/csv; header=present", "text/csv;header=PRESENT", "text/csv"])
def test_csv_with_its_header_is_answered(accept: str) -> None:
    with http_client() as client:
        answer = client.get("/sparql", params={"query": QUERY}, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert media_type(answer) == "text/csv" and answer.text.splitlines()[0] == "s"


def test_csv_without_a_header_is_not_acceptable() -> None:
    with http_client() as client:
        answer = client.get("/sparql", params={"query": QUERY}, headers={"Accept": "text/csv; header=absent"})
    assert answer.status_code == 406
