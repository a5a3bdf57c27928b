"""Attack round 23 (session 35, R): `kg serve` with its update token, a Graph Store PUT of 20,000 triples,
the server killed (SIGKILL, the whole process group) after the write's commit and before its patch: the
store held the 20,000 quads and `STORE/history/pending.rdfp` said what the graph held before. `kg ingest`
as the next writer recorded it ("recovered after a crash"), but the server's next write did not: its write
worker opens the store without EmbeddedStore's recovery, and kg.store.history.recording wrote its own
intent over the pending file before History.record looked for one. The history then lacked a write the
store holds: `kg sparql --as-of 1` answered with the graph, `kg history revert` could not undo it.

Now `recording` records a pending write before it writes its own intent, whoever opened the store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli.main import main
from kg.store.history import PENDING, History, as_of, named_quads, recording

EX = "http://example.org/"
G, OTHER = ox.NamedNode(EX + "g"), ox.NamedNode(EX + "other")


def quad(value: str, graph: ox.NamedNode) -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal(value), graph)


def test_a_write_killed_after_its_commit_is_recorded_by_a_server_s_next_write(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))  # as the server's write worker holds it: no EmbeddedStore around it
    with recording(path, store, [G.value], "replace", "kg test"):
        store.add(quad("1", G))
    history = History(path)
    # a write killed between its commit and its patch: its intent written ahead, its quads committed
    history.intend([G.value], named_quads(store, [G.value]), "update", "kg serve: killed")
    store.add(quad("2", G))
    with recording(path, store, [OTHER.value], "update", "kg serve: the next write"):
        store.add(quad("3", OTHER))
    summary = [(t.operation, t.command, t.added, t.removed, t.recovered) for t in history.transactions()]
    assert summary == [
        ("replace", "kg test", 1, 0, False),
        ("update", "kg serve: killed", 1, 0, True),
        ("update", "kg serve: the next write", 1, 0, False),
    ]
    assert not (history.directory / PENDING).exists()
    assert (
        'A <http://example.org/s> <http://example.org/p> "2" <http://example.org/g> .'
        in history.patch_text(2)
    )


def test_an_intent_of_a_write_that_never_committed_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    with recording(path, store, [G.value], "replace", "kg test"):
        store.add(quad("1", G))
    history = History(path)
    history.intend([G.value], named_quads(store, [G.value]), "update", "kg serve: killed before its commit")
    with recording(path, store, [G.value], "update", "kg serve: the next write"):
        store.add(quad("3", G))
    assert [(t.command, t.recovered) for t in history.transactions()] == [
        ("kg test", False),
        ("kg serve: the next write", False),
    ]


def test_as_of_undoes_a_write_not_recorded_yet(tmp_path: Path) -> None:
    """Until the next writer records it, such a write was in every past state: `kg sparql --as-of 1`
    answered with the graph it made. A reader cannot record it (no writer lock), but leaves it out."""
    path = tmp_path / "store"
    store = ox.Store(str(path))
    with recording(path, store, [G.value], "replace", "kg test"):
        store.add(quad("1", G))
    History(path).intend([OTHER.value], named_quads(store, [OTHER.value]), "update", "kg serve: killed")
    store.add(quad("2", OTHER))
    then, undone = as_of(path, store, "1")
    assert undone == [] and quad("2", OTHER) not in then and quad("1", G) in then
    assert OTHER not in set(then.named_graphs())
    assert quad("2", OTHER) in as_of(path, store, "9999-12-31")[0]  # a moment after it: it was there
    assert len(History(path).transactions()) == 1  # the reader recorded nothing


def test_kg_history_says_a_write_is_not_recorded_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    with recording(path, store, [G.value], "replace", "kg test"):
        store.add(quad("1", G))
    History(path).intend([OTHER.value], named_quads(store, [OTHER.value]), "update", "kg serve: killed")
    assert main(["history", "--store", str(path)]) == 0
    assert "interrupted after it was made" not in capsys.readouterr().err  # an intent alone: nothing made yet
    store.add(quad("2", OTHER))
    store.flush()
    del store
    assert main(["history", "--store", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"(+1 -0 in {OTHER.value}) was interrupted after it was made and is not recorded yet" in err
