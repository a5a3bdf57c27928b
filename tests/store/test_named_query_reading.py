"""How a store reads its named queries (kg.store.interface.KnowledgeGraph.named_query, issue 16 point 1):
the first asks read the query's own file, later ones the catalogue, with the same query either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sparql.named import QueryError, catalogue, queries_dir
from kg.store import open_store
from kg.store.interface import ONE_FILE_ASKS


def test_a_query_read_from_its_own_file_is_the_catalogue_s(seed_store: Path) -> None:
    """Every named query, read alone (its fragments included), equals the catalogue's entry."""
    whole = catalogue(queries_dir())
    for name, expected in whole.items():
        with open_store(seed_store) as graph:
            assert graph.named_query(name) == expected, name
            assert graph._catalogue is None  # what was read is the mechanism itself


def test_a_command_s_query_reads_one_file_and_later_asks_the_catalogue(seed_store: Path) -> None:
    with open_store(seed_store) as graph:
        rows = graph.select("collaborators", org="organization:dmtf")
        assert rows, "DMTF has collaborators in the seed registers"
        assert graph._catalogue is None
        for _ in range(ONE_FILE_ASKS):
            graph.named_query("collaborators")
        assert graph._catalogue is not None  # a long-lived store keeps the catalogue


def test_an_unknown_name_is_named_with_the_close_ones(seed_store: Path) -> None:
    with open_store(seed_store) as graph, pytest.raises(QueryError, match="Did you mean: collaborators"):
        graph.named_query("colaborators")
    with open_store(seed_store) as graph, pytest.raises(QueryError, match="no named query"):
        graph.named_query("../queries/collaborators")  # a path is no name: never read as a file


def test_what_the_first_asks_read_is_the_object_kept(seed_store: Path) -> None:
    """One query object from the first ask on, into the catalogue: its text is lexed once (2-10 ms a long
    query), not once per ask until the catalogue is read."""
    with open_store(seed_store) as graph:
        first = graph.named_query("agenda")
        assert graph.named_query("agenda") is first
        for _ in range(ONE_FILE_ASKS):
            graph.named_query("agenda")
        assert graph._catalogue is not None
        assert graph.named_query("agenda") is first
        assert graph.named_query("collaborators") is graph.named_queries()["collaborators"]
