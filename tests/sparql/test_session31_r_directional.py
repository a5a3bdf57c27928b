"""Attack round 18 (session 31, engineer R): a directional language-tagged string through `kg sparql`.

RDF 1.2's `"שלום"@he--rtl` is another term than `"שלום"@he`. The server wrote it whole (its:dir in
JSON and XML, `--rtl` in TSV), but `kg sparql --store` and `--endpoint`, and the library's rows, read
answers into rdflib terms, whose Literal has no direction: `-f json` wrote `"xml:lang": "he"` and no
`its:dir`, `-f tsv` `"שלום"@he`, `-f turtle` of a CONSTRUCT `"שלום"@he`. Such a literal is now a
kg.sparql.results.DirectionalLiteral (rdflib's literal, with `direction`), which the writers keep.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli.main import main
from kg.sparql.read import RDFLIB, read_json
from kg.sparql.results import DirectionalLiteral
from kg.sparql.write import select_json

SHALOM = "\u05e9\u05dc\u05d5\u05dd"
QUERY = "SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("directional") / "store"
    made = ox.Store(str(path))
    literal = ox.Literal(SHALOM, language="he", direction=ox.BaseDirection.RTL)
    graph = ox.NamedNode("http://example.org/g")
    made.add(
        ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), literal, graph)
    )
    made.add(
        ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), literal, None)
    )
    made.flush()
    del made
    return path


def test_json_keeps_the_direction(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sparql", "--store", str(store), "-f", "json", QUERY]) == 0
    binding = json.loads(capsys.readouterr().out)["results"]["bindings"][0]["o"]
    assert binding == {"type": "literal", "value": SHALOM, "xml:lang": "he", "its:dir": "rtl"}


def test_tsv_keeps_the_direction(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sparql", "--store", str(store), "-f", "tsv", QUERY]) == 0
    assert capsys.readouterr().out.splitlines()[1] == f'"{SHALOM}"@he--rtl'


def test_turtle_keeps_the_direction(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }"
    assert main(["sparql", "--store", str(store), "-f", "turtle", construct]) == 0
    assert f'"{SHALOM}"@he--rtl' in capsys.readouterr().out


def test_an_endpoints_answer_read_into_rdflib_keeps_it() -> None:
    answer = {
        "head": {"vars": ["o"]},
        "results": {
            "bindings": [{"o": {"type": "literal", "value": "x", "xml:lang": "ar", "its:dir": "ltr"}}]
        },
    }
    read = read_json(json.dumps(answer).encode(), RDFLIB)
    term = read.rows[0][0]
    assert isinstance(term, DirectionalLiteral) and term.direction == "ltr" and term.language == "ar"
    assert json.loads(select_json(["o"], read.rows)) == answer
