"""Attack round 19 (session 32, R): `kg sparql --endpoint` of an endpoint answering a triple term (valid
SPARQL 1.2 JSON) said "URL did not answer as asked: the answer holds a triple term ...": the endpoint
answered as asked, and only rdflib's terms cannot hold the term. The reader's error is no ResultsError
now (kg.sparql.read.UnheldTerm), so the line says what is the matter and blames nobody."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from support.static_endpoint import answering

from kg.cli.main import main
from kg.sparql.write import select_json

TRIPLE = ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("x"))


def test_a_triple_term_is_not_an_endpoint_that_did_not_answer_as_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with answering({"sparql": select_json(["t"], [(TRIPLE,)])}) as root:
        code = main(["sparql", "--endpoint", f"{root}/sparql", "SELECT ?t { ?s ?p ?t }"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "did not answer as asked" not in err  # before: "... did not answer as asked: the answer holds"
    assert err.startswith("kg sparql: the answer holds a triple term (RDF 1.2"), err
    assert err.count("\n") == 1
