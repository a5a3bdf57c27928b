"""rows_from_tsv reads an answer TSV_CHUNK lines at a time with the collector paused (session 23): an
answer longer than a chunk, cells repeated across chunks, unbound cells, and the collector as it was."""

from __future__ import annotations

import gc

import pyoxigraph as ox
import pytest

from kg.store.terms import TSV_CHUNK, from_oxigraph, rows_from_tsv

P = ox.NamedNode("urn:test:p")
QUERY = "SELECT ?s ?o ?missing WHERE { ?s <urn:test:p> ?o OPTIONAL { ?s <urn:test:none> ?missing } }"


def store_of(count: int) -> ox.Store:
    store = ox.Store()
    values = [ox.Literal("shared"), ox.Literal("colour", language="en-GB"), ox.BlankNode("b1"), P]
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:test:s{n}"), P, values[n % 4] if n % 3 else ox.Literal(f"own {n}"))
        for n in range(count)
    )
    return store


def test_an_answer_longer_than_a_chunk_reads_as_oxigraph_holds_it() -> None:
    store = store_of(TSV_CHUNK * 2 + 17)
    solutions = store.query(QUERY)
    variables = [v.value for v in solutions.variables]
    got = rows_from_tsv(solutions.serialize(format=ox.QueryResultsFormat.TSV), variables)
    expected = [dict(zip(variables, map(from_oxigraph, row), strict=True)) for row in store.query(QUERY)]
    assert len(got) == TSV_CHUNK * 2 + 17
    assert got == expected
    assert {row["missing"] for row in got} == {None}


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    data = store_of(10).query("SELECT ?s WHERE { ?s ?p ?o }").serialize(format=ox.QueryResultsFormat.TSV)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(rows_from_tsv(data, ["s"])) == 10
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError):  # a row of more cells than variables: the error leaves it too
            rows_from_tsv(b"?a\n<urn:x>\t<urn:y>\n", ["a"])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
