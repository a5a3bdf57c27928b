"""A new graph's write is recorded in the history from the quads written (kg.store.history.recording,
`added`), not by reading the graphs back from the store. The record must be the one the read-back
gave: the same quads (the store's blank node labels, the lexical forms the store keeps), counts,
graphs and patch text; and an ingest must leave the same store and history either way."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import XSD, BNode, Graph, Literal, URIRef

import kg.store.embedded
import kg.store.history
from kg.pipeline.ingest import ingest_one
from kg.store.embedded import EmbeddedStore
from kg.store.history import History, named_quads, nquads_lines, read_patch
from kg.testing.corpus import scaled_document

EX = "https://example.org/"
G1, G2 = URIRef(f"{EX}graph/1"), URIRef(f"{EX}graph/2")
P = URIRef(f"{EX}p")
BLANK = re.compile(r"_:[A-Za-z0-9_]+")


def odd_graph(label: str, rows: int = 12) -> Graph:
    """Literals the store keeps in another form than written (a decimal's trailing zero, a time
    zone offset, an upper-case language tag), two rdflib literals that are one store literal ("x" and
    "x"^^xsd:string), and blank nodes."""
    graph = Graph()
    subject = URIRef(f"{EX}{label}")
    graph.add((subject, P, Literal("1.50", datatype=XSD.decimal, normalize=False)))
    graph.add((subject, P, Literal("2026-11-21T12:00:00+00:00", datatype=XSD.dateTime, normalize=False)))
    graph.add((subject, P, Literal("5", datatype=XSD.nonNegativeInteger)))
    graph.add((subject, P, Literal("x")))
    graph.add((subject, P, Literal("x", datatype=XSD.string)))
    graph.add((subject, P, Literal("hello", lang="EN")))
    for i in range(rows):
        node = BNode()
        graph.add((subject, URIRef(f"{EX}row"), node))
        graph.add((node, P, Literal(f"row {i}")))
    return graph


@pytest.mark.parametrize("bulk_from", [kg.store.embedded.BULK_FROM, 7], ids=["one-transaction", "bulk"])
def test_a_new_graph_is_recorded_as_the_store_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_from: int
) -> None:
    def no_read_back(*args: object, **kwargs: object) -> set[ox.Quad]:
        raise AssertionError("a new graph's write is recorded without reading its graphs back")

    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", bulk_from)
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graphs({G1: odd_graph("a")})  # the history begins
        with monkeypatch.context() as patched:
            patched.setattr(kg.store.history, "named_quads", lambda store, graphs=None: set())
            patched.setattr(kg.store.history, "diff", no_read_back)
            store.replace_graphs({G2: odd_graph("b")})
        held = named_quads(store.oxigraph, [str(G2)])
    patch, _ = read_patch(History(path).patch_path(2))
    assert set(patch.added) == held and len(patch.added) == len(held) == 6 + 2 * 12 - 1  # "x" once
    assert not patch.removed
    last = History(path).transactions()[-1]
    assert (last.operation, last.added, last.removed, last.graphs) == ("replace", len(held), 0, [str(G2)])
    rows = [line for line in History(path).patch_text(2).splitlines() if line.startswith("A ")]
    assert rows == [f"A {line}" for line in nquads_lines(held)]
    assert '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>' in "\n".join(rows)
    assert '"2026-11-21T12:00:00Z"^^' in "\n".join(rows) and '"hello"@en' in "\n".join(rows)


def read_back_recording(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recording as it was before the written quads were used: every write's graphs read back."""
    real = kg.store.embedded.recording

    def recording(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        kwargs["added"] = None
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.store.embedded, "recording", recording)


def blank_free(lines: list[str]) -> list[str]:
    """Lines with every blank node label the same (labels are fresh on every write), sorted."""
    return sorted(BLANK.sub("_:b", line) for line in lines)


def state(path: Path) -> tuple[list[str], list[tuple[object, ...]], list[list[str]]]:
    """The store's quads (every graph, the default one too), the history's index lines without their
    time and ids, and its patches' rows."""
    with EmbeddedStore(path) as store:
        quads = blank_free(
            (ox.serialize(list(store.oxigraph), format=ox.RdfFormat.N_QUADS) or b"").decode().splitlines()
        )
    history = History(path)
    index = [(t.id, t.operation, t.added, t.removed, t.graphs) for t in history.transactions()]
    patches = [
        blank_free([line for line in history.patch_text(t.id).splitlines() if line[:2] in ("A ", "D ")])
        for t in history.transactions()
    ]
    return quads, index, patches


@pytest.mark.parametrize("bulk_from", [kg.store.embedded.BULK_FROM, 7], ids=["one-transaction", "bulk"])
def test_an_ingest_leaves_the_store_and_history_the_read_back_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_from: int
) -> None:
    monkeypatch.setattr(kg.store.embedded, "BULK_FROM", bulk_from)
    document = tmp_path / "register.md"
    document.write_text(scaled_document("list", 6_000), encoding="utf-8")
    clock = lambda: dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)  # noqa: E731
    ingest_one(document, store=tmp_path / "now", clock=clock)
    with monkeypatch.context() as patched:
        read_back_recording(patched)
        ingest_one(document, store=tmp_path / "before", clock=clock)
    now, before = state(tmp_path / "now"), state(tmp_path / "before")
    assert now == before
    quads, index, patches = now
    assert len(quads) > 2_000  # the document's graph, in its named graph and in the default graph
    assert len(index) == 2 and index[-1][1] == "replace" and index[-1][2] > 1_000  # the document's graph
    assert sum(len(rows) for rows in patches) == sum(t[2] + t[3] for t in index)
