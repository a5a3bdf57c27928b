"""Round 22 (session 34) left it: `kg history revert 1` of a built store removed every quad in one line,
exit 0. Decided in round 23 (session 35, R): a revert that would leave the store with no quad is asked about
first when a person is at a terminal (no or nothing: nothing changed, exit 2; `--allow-empty` does not ask),
and said on standard error afterwards; a script is not stopped (it may mean it; the revert is recorded and
undone by another)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli.main import main
from kg.store.embedded import EmbeddedStore
from kg.store.history import History, Patch

EX = "http://example.org/"
G, OTHER = URIRef(EX + "g"), URIRef(EX + "other")


class Terminal(io.StringIO):
    """Standard input or error of a person at a terminal, the answer typed already."""

    def isatty(self) -> bool:
        return True


def one(value: str) -> Graph:
    made = Graph()
    made.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal(value)))
    return made


def built(tmp_path: Path, *graphs: tuple[URIRef, Graph]) -> Path:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False, command="kg test") as store:
        for name, graph in graphs:
            store.replace_graph(name, graph)
    return path


def quads(path: Path) -> int:
    with EmbeddedStore(path) as store:
        every = store.oxigraph.quads_for_pattern(None, None, None)
        return sum(1 for quad in every if not isinstance(quad.graph_name, ox.DefaultGraph))


@pytest.mark.parametrize("answer", ["n\n", ""])
def test_at_a_terminal_a_revert_that_empties_the_store_is_asked_about(
    answer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = built(tmp_path, (G, one("1")))
    err = Terminal()
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["history", "revert", "1", "--store", str(path)]) == 2
    said = err.getvalue()
    assert "removes every quad the store holds (1), leaving it empty. Revert it? [y/N]" in said
    assert "not confirmed, nothing was changed" in said
    assert quads(path) == 1 and len(History(path).transactions()) == 1


def test_at_a_terminal_yes_or_allow_empty_reverts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = built(tmp_path, (G, one("1")))
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert main(["history", "revert", "1", "--store", str(path)]) == 0
    assert quads(path) == 0 and "now holds no quad: 'kg history revert 2' puts them back" in err.getvalue()
    monkeypatch.setattr(sys, "stdin", Terminal(""))  # not read
    assert main(["history", "revert", "2", "--store", str(path)]) == 0  # putting them back asks nothing
    assert main(["history", "revert", "1", "--allow-empty", "--store", str(path)]) == 0
    assert quads(path) == 0


def test_a_script_is_told_on_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = built(tmp_path, (G, one("1")))
    assert main(["history", "revert", "1", "--store", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "reverted transaction 1 as transaction 2: +0 -1" in out
    assert "now holds no quad: 'kg history revert 2' puts them back" in err
    assert quads(path) == 0


def test_a_revert_that_leaves_something_asks_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = built(tmp_path, (G, one("1")), (OTHER, one("2")))
    assert main(["history", "revert", "1", "--store", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "reverted transaction 1 as transaction 3: +0 -1" in out and "no quad" not in err


@pytest.mark.parametrize(
    ("operation", "target", "said"),
    [
        (
            "push",
            "http://example.org/store",
            "(a push to http://example.org/store); what it sent is not undone",
        ),
        ("update", None, "(an update); nothing was changed"),
    ],
)
def test_a_transaction_that_changed_nothing_here_is_not_reverted(
    operation: str, target: str | None, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kg history revert` of a push said "reverted transaction 2 as transaction 3: +0 -0", exit 0, as if the
    remote store had been put back; a `+0 -0` update recorded by an older version the same."""
    path = built(tmp_path, (G, one("1")))
    History(path).record(Patch(), operation, command="kg test", target=target)
    assert main(["history", "revert", "2", "--store", str(path)]) == 2
    err = capsys.readouterr().err
    assert "cannot revert transaction 2: it changed nothing in this store " + said in err
    assert len(History(path).transactions()) == 2


def test_a_reverted_write_leaves_no_empty_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kg history revert` of a `kg ingest` left the document's named graph with no quad (Oxigraph keeps a
    graph until it is removed): the same document ingested again was "another version of this document
    (114 facts added, 0 removed)", and `GRAPH ?g {}` listed the graph. As `--as-of` reads the store then:
    a graph the reverted transaction created did not exist before it."""
    path = built(tmp_path, (OTHER, one("2")), (G, one("1")))
    assert main(["history", "revert", "2", "--store", str(path)]) == 0
    with EmbeddedStore(path) as store:
        assert URIRef(G) not in set(store.graphs()) and URIRef(OTHER) in set(store.graphs())
    assert main(["history", "revert", "3", "--store", str(path)]) == 0  # back again
    with EmbeddedStore(path) as store:
        assert URIRef(G) in set(store.graphs())
    capsys.readouterr()
