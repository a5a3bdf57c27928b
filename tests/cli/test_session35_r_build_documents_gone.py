"""Attack round 23 (session 35, R): a plain `kg build` over a store holding 16 ingested documents took them
out (10,441 quads) with no word, exit 0. README says a plain build keeps only its own graphs (and
`--keep-documents` keeps the rest), and `kg store load` names the graphs it drops; `kg build` now names
them too, with the transaction whose revert puts them back (kg.cli.main.say_documents_gone, after the
build's one replace-all transaction, which these tests make as the build does, without its 2 s)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli.main import documents_held, say_documents_gone
from kg.store.embedded import EmbeddedStore
from kg.store.history import History

BUILT = URIRef("https://w3id.org/alliance-kg/id/graph/reference")
DOCUMENT = URIRef("https://w3id.org/alliance-kg/id/graph/register/an-ingested-document")


def one(value: str) -> Graph:
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(value)))
    return graph


def store_with_a_document(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    with EmbeddedStore(store, readonly=False, command="kg test") as opened:
        opened.replace_graphs({BUILT: one("built"), DOCUMENT: one("ingested")})
    return store


def test_a_plain_build_names_the_documents_it_drops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = store_with_a_document(tmp_path)
    before = documents_held(store)
    with EmbeddedStore(store, readonly=False, command="kg build") as opened:
        opened.replace_graphs({BUILT: one("built again")}, clear_others=True)  # what a plain build writes
    say_documents_gone(store, before)
    err = capsys.readouterr().err
    assert f"kg build: 1 graph(s) the store held are not the build's and are gone: {DOCUMENT}" in err
    assert f"'kg history revert {History(store).transactions()[-1].id}' puts them back" in err
    assert "'kg build --keep-documents' keeps them" in err


def test_a_build_that_keeps_them_or_a_new_store_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = store_with_a_document(tmp_path)
    before = documents_held(store)
    with EmbeddedStore(store, readonly=False, command="kg build") as opened:
        opened.replace_graphs({BUILT: one("built again")})  # --keep-documents
    say_documents_gone(store, before)
    assert documents_held(tmp_path / "none") == set()
    assert capsys.readouterr().err == ""
