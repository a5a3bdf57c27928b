"""Attack round 23 (session 35, R): `kg sparql -f json` (csv, tsv; `kg query`) answered a store's
"NaN"^^xsd:double as "nan", "INF" as "inf" and "-INF" as "-inf": rdflib normalizes a literal to the text of
its Python value, and those are no XSD lexical forms (XSD 1.1 Part 2, 3.3.5: NaN, INF, -INF, +INF), so
pyoxigraph and Jena read the answer as an ill-typed literal. `kg serve` (Oxigraph's writers) said "NaN"."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli.main import main
from kg.sparql.results import rdflib_literal
from kg.store.embedded import EmbeddedStore

XSD = "http://www.w3.org/2001/XMLSchema#"
SPECIALS = [("NaN", "double"), ("INF", "double"), ("-INF", "double"), ("INF", "float"), ("-INF", "float")]


@pytest.mark.parametrize(("lexical", "kind"), SPECIALS)
def test_a_special_floating_point_value_keeps_its_lexical_form(lexical: str, kind: str) -> None:
    literal = rdflib_literal(lexical, datatype=XSD + kind)
    assert str(literal) == lexical and literal.datatype == URIRef(XSD + kind)
    assert ox.Literal(str(literal), datatype=ox.NamedNode(XSD + kind)).value == lexical


def test_ordinary_values_are_read_as_before() -> None:
    assert str(rdflib_literal("0012", datatype=XSD + "integer")) == "12"
    assert str(rdflib_literal("1.5", datatype=XSD + "double")) == "1.5"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("specials") / "store"
    graph = Graph()
    for index, (lexical, kind) in enumerate(SPECIALS):
        graph.add(
            (
                URIRef(f"http://example.org/s{index}"),
                URIRef("http://example.org/v"),
                Literal(lexical, datatype=URIRef(XSD + kind), normalize=False),
            )
        )
    with EmbeddedStore(path, readonly=False, command="kg test") as opened:
        opened.replace_graph(URIRef("http://example.org/g"), graph)
    return path


QUERY = "SELECT ?s ?v WHERE { GRAPH ?g { ?s <http://example.org/v> ?v } } ORDER BY ?s"


@pytest.mark.parametrize("form", ["json", "tsv", "csv"])
def test_kg_sparql_writes_them_as_the_store_holds_them(
    form: str, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sparql", "--store", str(store), "-f", form, QUERY]) == 0
    out = capsys.readouterr().out
    if form == "json":
        values = [(b["v"]["value"], b["v"]["datatype"]) for b in json.loads(out)["results"]["bindings"]]
        assert values == [(lexical, XSD + kind) for lexical, kind in SPECIALS]
    elif form == "tsv":
        cells = [line.split("\t")[1] for line in out.splitlines()[1:]]
        assert cells == [f'"{lexical}"^^<{XSD}{kind}>' for lexical, kind in SPECIALS]
    else:
        assert [line.split(",")[1] for line in out.splitlines()[1:]] == [lexical for lexical, _ in SPECIALS]
