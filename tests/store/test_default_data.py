"""The triples a bare INSERT DATA adds to the default graph, read from the update itself
(kg.store.history.default_data) and checked against the store one by one (only_in_default): what a
writer keeps of a visitor's default-graph writes without scanning the store (6.4 s per update at 1e6)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest

from kg.store.history import default_data, only_in_default

EX = "https://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def triples(update: str, **options: Any) -> set[str] | None:
    found = default_data(update, **options)
    return None if found is None else {str(t) for t in found}


def test_the_triples_of_a_bare_insert_data_in_the_form_the_store_keeps() -> None:
    update = (
        f'PREFIX ex: <{EX}> INSERT DATA {{ ex:a ex:p "1.50"^^<{XSD}decimal> , "x"@EN . '
        f"GRAPH ex:g {{ ex:b ex:p ex:c }} }} ; INSERT DATA {{ <rel> ex:p ex:c }}"
    )
    assert triples(update, base=f"{EX}base/") == {
        f'<{EX}a> <{EX}p> "1.5"^^<{XSD}decimal>',
        f'<{EX}a> <{EX}p> "x"@en',
        f"<{EX}base/rel> <{EX}p> <{EX}c>",
    }
    assert triples("INSERT DATA { ex:a ex:p ex:c }", prefixes={"ex": EX}) == {f"<{EX}a> <{EX}p> <{EX}c>"}


@pytest.mark.parametrize(
    "update",
    [
        f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}p> <{EX}c> }} }}",  # no default-graph triple
        f"DELETE DATA {{ <{EX}a> <{EX}p> <{EX}c> }}",
        f"INSERT {{ <{EX}a> <{EX}p> <{EX}c> }} WHERE {{}}",
        f"INSERT DATA {{ <{EX}a> <{EX}p> <{EX}c> }} ; DELETE WHERE {{ ?s ?p ?o }}",
        f"INSERT DATA {{ <{EX}a> <{EX}p> <{EX}c> }} ; LOAD <{EX}data.ttl>",  # never run on the scratch
        f"INSERT DATA {{ _:n <{EX}p> <{EX}c> }}",  # fresh blank nodes: not the store's labels
        f"INSERT DATA {{ <{EX}a> <{EX}p> undefined:c }}",  # the store's error, told by the store
    ],
    ids=["graph-only", "delete", "insert-where", "then-delete", "then-load", "blank-node", "syntax"],
)
def test_any_other_update_is_left_to_the_scan(update: str) -> None:
    assert default_data(update) is None


class CountingStore:
    """A store that counts the quads it gives out and refuses a query (the scan)."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.read = store, 0

    def quads_for_pattern(self, *pattern: Any) -> Iterator[ox.Quad]:
        for quad in self.store.quads_for_pattern(*pattern):
            self.read += 1
            yield quad

    def query(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("no query over the store")


def store_of(size: int) -> ox.Store:
    """An in-memory store of `size` named-graph quads and their default-graph copies (the union)."""
    store = ox.Store()
    named = [
        ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), ox.NamedNode(f"{EX}g"))
        for i in range(size)
    ]
    store.bulk_extend(named + [ox.Quad(q.subject, q.predicate, q.object) for q in named])
    return store


UPDATE = f'INSERT DATA {{ <{EX}new> <{EX}p> "new" . <{EX}s3> <{EX}p> "3" }}'  # one new, one a graph states


@pytest.mark.parametrize("size", [4, 100_000])
def test_only_what_no_named_graph_states_is_kept_and_the_store_is_not_scanned(size: int) -> None:
    store = store_of(size)
    store.update(UPDATE)
    data = default_data(UPDATE)
    assert data is not None and len(data) == 2
    counting = CountingStore(store)
    alone = only_in_default(counting, data)  # type: ignore[arg-type]
    assert [str(t) for t in alone] == [f'<{EX}new> <{EX}p> "new"']
    # the quads of the update's two triples (each in the default graph, one in a named graph too),
    # whatever the size of the store: never a scan of it
    assert counting.read == 3


def test_a_triple_not_in_the_default_graph_is_not_kept() -> None:
    """The update failed, or took it out again: only_in_default reads the store as it is."""
    data = default_data(UPDATE)
    assert data is not None
    assert only_in_default(ox.Store(), data) == []
