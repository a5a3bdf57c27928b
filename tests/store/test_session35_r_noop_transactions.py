"""Round 22 (session 34) left it in the store's history (round 23, session 35, R):

- a write that changed nothing (an empty update, a prologue alone, `ADD` of a missing graph, `DELETE DATA`
  of what is not there, a graph put back as it was) was recorded as a `+0 -0` transaction: noise in
  `kg history`, one more patch file each. It is no transaction now (a push, which changes another store,
  still is one, by design: docs/time.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.embedded import EmbeddedStore
from kg.store.history import PENDING, History

EX = "http://example.org/"
G, OTHER = URIRef(EX + "g"), URIRef(EX + "other")

NO_CHANGE = [
    "",
    "# nothing but a comment",
    "PREFIX ex: <http://example.org/>",
    f"ADD SILENT <{EX}missing> TO <{G}>",
    f"ADD <{EX}missing> TO <{G}>",
    f'INSERT DATA {{ GRAPH <{G}> {{ <{EX}a> <{EX}p> "1" }} }}',
    f'DELETE DATA {{ GRAPH <{G}> {{ <{EX}a> <{EX}p> "absent" }} }}',
    f"CLEAR SILENT GRAPH <{EX}missing>",
    f"DELETE {{ GRAPH ?g {{ ?s <{EX}nothing> ?o }} }} WHERE {{ GRAPH ?g {{ ?s <{EX}nothing> ?o }} }}",
]


def one(value: str, graph: URIRef = G) -> Graph:
    made = Graph()
    made.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal(value)))
    return made


@pytest.mark.parametrize("update", NO_CHANGE)
def test_a_write_that_changes_nothing_is_no_transaction(update: str, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store", readonly=False, command="kg test") as store:
        store.replace_graph(G, one("1"))
        store.update(update)
        store.replace_graph(G, one("1"))  # the same graph put back
    history = History(tmp_path / "store")
    assert [(t.id, t.added, t.removed) for t in history.transactions()] == [(1, 1, 0)]
    assert not (history.directory / PENDING).exists()
    assert sorted(p.name for p in history.patches.iterdir()) == ["000001.rdfp"]


def test_a_write_that_changes_something_is_still_recorded(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store", readonly=False, command="kg test") as store:
        store.replace_graph(G, one("1"))
        store.update(f'INSERT DATA {{ GRAPH <{G}> {{ <{EX}a> <{EX}p> "2" }} }}')
        store.update(f"ADD <{G}> TO <{OTHER}>")
    counts = [(t.added, t.removed) for t in History(tmp_path / "store").transactions()]
    assert counts == [(1, 0), (1, 0), (2, 0)]
