"""Attack round 19 (session 32, R): `kg sparql -f jsonld` of a CONSTRUCT answering a directional
language-tagged string (RDF 1.2 `"x"@he--rtl`) wrote `@language` alone (rdflib's JSON-LD serializer has
no `@direction`): another literal. It writes JSON-LD 1.1's `@direction` now, read back by pyld."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyld import jsonld

from kg.cli.main import main

SHALOM = "\u05e9\u05dc\u05d5\u05dd"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jsonld-direction") / "store"
    made = ox.Store(str(path))
    graph = ox.NamedNode("http://example.org/g")
    subject, predicate = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    for literal in (
        ox.Literal(SHALOM, language="he", direction=ox.BaseDirection.RTL),
        ox.Literal("hello", language="en"),
    ):
        made.add(ox.Quad(subject, predicate, literal, graph))
    made.flush()
    del made
    return path


def test_jsonld_keeps_the_direction(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sparql", "--store", str(store), "-f", "jsonld", CONSTRUCT]) == 0
    document = json.loads(capsys.readouterr().out)
    values = jsonld.expand(document)[0]["http://example.org/p"]
    assert sorted(values, key=lambda value: value["@value"]) == [
        {"@value": "hello", "@language": "en"},
        {"@value": SHALOM, "@language": "he", "@direction": "rtl"},  # before: no @direction
    ]
    assert document["@context"]["@version"] == 1.1


def test_jsonld_without_directions_is_rdflibs(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o FILTER(LANG(?o) = 'en') } }"
    assert main(["sparql", "--store", str(store), "-f", "jsonld", query]) == 0
    document = json.loads(capsys.readouterr().out)
    assert "@version" not in document["@context"]
    assert jsonld.expand(document)[0]["http://example.org/p"] == [{"@value": "hello", "@language": "en"}]
