"""What the next document's judgement reads of a write still running (kg.pipeline.ingest.Writing.about)
comes from the lines the write loads (kg.store.lines, session 25): it must be what the store says about
those IRIs once the write has committed, the same terms (blank nodes by their labels), and nothing about
the blank nodes or other subjects."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.pipeline.ingest import Outcome, Writing
from kg.store.embedded import EmbeddedStore
from kg.store.lines import GraphLines

EX = "https://example.org/"
G = URIRef(f"{EX}graph/1")
P, Q = URIRef(f"{EX}p"), URIRef(f"{EX}q")
A, AB, C = URIRef(f"{EX}a"), URIRef(f"{EX}ab"), URIRef(f"{EX}c")


def graph() -> Graph:
    made = Graph()
    node = BNode()
    made.add((A, P, node))
    made.add((A, Q, Literal("a\nquote", lang="en")))
    made.add((AB, P, A))  # an IRI that the previous one prefixes
    made.add((node, Q, Literal("inner")))
    made.add((C, P, Literal("c")))
    return made


def stored_about(store: ox.Store, iri: URIRef) -> set[ox.Quad]:
    return set(store.quads_for_pattern(ox.NamedNode(str(iri)), None, None, ox.DefaultGraph()))


def test_a_running_write_tells_what_the_store_will_say_about_an_iri(tmp_path: Path) -> None:
    lines = GraphLines.of({G: graph()})
    done: Future[None] = Future()
    writing = Writing(done, Outcome(tmp_path / "x.md", "added"), frozenset({str(G)}), lines)
    assert sorted(writing.by_subject) == [str(A), str(AB), str(C)]  # IRIs only: no blank node subject
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.replace_graphs({G: graph()}, lines=lines)
        for iri in (A, AB, C):
            assert set(writing.about([str(iri)])) == stored_about(store.oxigraph, iri)
        assert len(writing.about([str(A), str(C)])) == 3
    assert writing.about([f"{EX}unknown"]) == []


def test_a_write_that_replaces_gives_no_lines_and_allows_no_judgement_meanwhile(tmp_path: Path) -> None:
    writing = Writing(Future(), Outcome(tmp_path / "x.md", "replaced"), frozenset({str(G)}), None)
    assert not writing.adds_only and writing.by_subject == {}
    assert writing.about([str(A)]) == []
