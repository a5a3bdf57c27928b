"""Session 27, engineer I: kg.validate.cache's entries make rdflib's IRIs without a Python call each.

TermPickler pickled an IRI as a call of a Python function that called `str.__new__(URIRef, text)`; it now
pickles the call of `str.__new__` itself, which the unpickler makes in C. Loading the reference data's
entry (about 20,000 terms, in every extraction process's warm-up) costs a Python frame less per IRI: 3-5
of its 25-38 CPU-ms. The terms that come back are the same (tests/pipeline/test_session24_i_cache_terms.py
checks them slot for slot); an entry written by the former pickling is keyed apart and not read.
"""

from __future__ import annotations

import pickle
import sys
from types import FrameType
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg.validate.cache import PICKLING, dumps, read_entry, write_entry


def python_calls_while(load: Any) -> tuple[Any, list[str]]:
    """What `load()` gives, and the Python functions it entered (file:name; C calls are not counted)."""
    entered: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            entered.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")

    sys.setprofile(profile)
    try:
        value = load()
    finally:
        sys.setprofile(None)
    return value, entered


def test_iris_come_back_without_a_python_call() -> None:
    iris = [URIRef(f"https://example.org/id/{index}") for index in range(200)]
    payload = dumps(iris)
    made, entered = python_calls_while(lambda: pickle.loads(payload))
    assert made == iris and all(type(iri) is URIRef for iri in made)
    made_by = [name for name in entered if "/kg/" in name or "/rdflib/" in name]
    assert made_by == [], made_by[:3]


def test_a_graph_of_iris_and_literals_comes_back_equal(tmp_path: Any) -> None:
    graph = Graph()
    for index in range(50):
        subject = URIRef(f"https://example.org/s{index}")
        graph.add((subject, URIRef("https://example.org/p"), URIRef(f"https://example.org/o{index % 7}")))
        graph.add((subject, URIRef("https://example.org/label"), Literal(f"label {index}", lang="en")))
    path = tmp_path / "entry.pickle"
    write_entry(path, graph)
    found = read_entry(path)
    assert found is not None and set(found[0]) == set(graph)
    assert {type(term) for triple in found[0] for term in triple} == {URIRef, Literal}


def test_entries_of_the_former_pickling_are_keyed_apart() -> None:
    """An entry pickled with the former IRI reduction (a function of this module, now gone) would not
    load: the pickling's name is part of every key, and it changed with it."""
    assert PICKLING == b"rdflib terms by TermPickler 2\0"
