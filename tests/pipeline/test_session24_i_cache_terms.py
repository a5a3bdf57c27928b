"""kg.validate.cache pickles rdflib's IRIs and plain literals as their text (session 24, engineer I).

Loading an entry of rdflib graphs (the reference data in every extraction process, the store's shapes in
every `kg ingest`) was mostly rdflib's term constructors. TermPickler has them made again slot for slot
without those constructors; these tests check that the terms are the same and that no constructor runs.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.validate.cache import dumps, read_entry, write_entry

SLOTS = ("_language", "_datatype", "_value", "_ill_typed")


def terms() -> list[Any]:
    return [
        URIRef("https://example.org/a"),
        Literal("plain"),
        Literal("tagged", lang="en"),
        Literal("Tagged", lang="EN-gb"),
        Literal("2024", datatype=XSD.gYear),
        Literal(3),
        Literal(True),
        Literal("typed string", datatype=XSD.string),
        BNode("b1"),
        XSD.string,  # a URIRef
    ]


def test_the_terms_come_back_equal_slot_for_slot() -> None:
    made = pickle.loads(dumps(terms()))
    for before, after in zip(terms(), made, strict=True):
        assert type(after) is type(before) and after == before and hash(after) == hash(before)
        if isinstance(before, Literal) and before.datatype is None:  # the others are pickled as pickle does
            assert [getattr(after, slot) for slot in SLOTS] == [getattr(before, slot) for slot in SLOTS]


def test_a_graph_comes_back_whole(tmp_path: Any) -> None:
    graph = Graph()
    for index, term in enumerate(terms()):
        graph.add((URIRef(f"https://example.org/s{index}"), URIRef("https://example.org/p"), term))
    path = tmp_path / "entry.pickle"
    write_entry(path, graph)
    found = read_entry(path)
    assert found is not None and set(found[0]) == set(graph)


def test_iris_and_plain_literals_are_made_without_rdflibs_constructors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    payload = dumps([URIRef("https://example.org/a"), Literal("plain"), Literal("tagged", lang="en")])

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an rdflib constructor ran")

    monkeypatch.setattr(URIRef, "__new__", refuse)
    monkeypatch.setattr(Literal, "__new__", refuse)
    iri, plain, tagged = pickle.loads(payload)
    assert str(iri) == "https://example.org/a" and isinstance(iri, URIRef)
    assert (str(plain), plain.language, str(tagged), tagged.language) == ("plain", None, "tagged", "en")
