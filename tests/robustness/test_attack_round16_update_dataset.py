"""The sixteenth outside attack (session 29): the protocol's dataset written before every WHERE of an update.

With the update token, `using-graph-uri` and `using-named-graph-uri` become USING clauses written before each
top-level WHERE of the update (kg.server.sparql.with_protocol_dataset), the text rebuilt once per WHERE. A
750 KB form of 990 `INSERT{<a:>}WHERE{}` and 25,000 `using-graph-uri` made 990 copies of 25,000 clauses: the
server grew from 68 MB to 1.07 GB and the client gave up. What is sent on is now held to the request limit
(400 otherwise), and built once.
"""

from __future__ import annotations

import pytest

from kg.server import sparql
from kg.sparql.lexer import lex

LIMIT = 1 << 20


def test_the_dataset_written_before_every_where_is_held_to_the_request_limit() -> None:
    update = lex(";".join("INSERT{<a:>}WHERE{}" for _ in range(990)))
    graphs = [f"urn:g{n}" for n in range(25_000)]
    with pytest.raises(sparql.ProtocolError) as refused:
        sparql.with_protocol_dataset(update, graphs, [], LIMIT)  # before: 280 MB of text built
    assert refused.value.status == 400 and "990 WHERE clauses" in str(refused.value)


def test_a_dataset_within_the_limit_is_written_before_each_where() -> None:
    update = lex(
        "INSERT { <urn:a> <urn:b> ?o } WHERE { ?s ?p ?o } ; DELETE WHERE { <urn:x> ?p ?o } ;"
        " DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    )
    written = sparql.with_protocol_dataset(update, ["urn:g1"], ["urn:g2"], LIMIT)
    assert written.count("USING <urn:g1> USING NAMED <urn:g2>\nWHERE") == 2
    assert "DELETE WHERE { <urn:x>" in written  # DELETE WHERE takes no dataset clause
