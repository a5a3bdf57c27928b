"""Attack round 22 (session 34, engineer R): numbers past 64 bits against sh:minInclusive and the like.

Round 21 left it: SHACL Core compiled into SPARQL (kg validate --store, kg ingest's checks) compared
`?value >= 1` in Oxigraph, which holds no integer past 64 bits nor a decimal past 128: for
`"99999999999999999999"^^xsd:integer` the comparison was an error, so the value was reported below
`sh:minInclusive 1` (and a negative one above `sh:maxExclusive 10`), where pyshacl (Python's integers)
reports nothing. Such a value now passes on the side of the bound it lies on (kg.validate.core_sparql
._beyond); a bound past what Oxigraph compares is left to the SHACL engine.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.validate.at_scale import validate_data
from kg.validate.core_sparql import compile_shapes
from kg.validate.shacl import validate_with_pyshacl

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://e.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ex:n ; sh:minInclusive 1 ; sh:message "n" ] ;
  sh:property [ sh:path ex:m ; sh:maxExclusive 10 ; sh:message "m" ] ;
  sh:property [ sh:path ex:d ; sh:minInclusive 0.5 ; sh:message "d" ] .
"""
DATA = """
@prefix ex: <http://e.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a a ex:C ; ex:n 99999999999999999999 ; ex:m -99999999999999999999 ; ex:d 999999999999999999999999.5 .
ex:b a ex:C ; ex:n -99999999999999999999 ; ex:m 99999999999999999999 .
ex:c a ex:C ; ex:n 5 ; ex:m 3 ; ex:d 0.7 ; ex:n 00000000000000000000000000001 .
ex:e a ex:C ; ex:n 0 ; ex:m 10 ; ex:d 0.2 ; ex:n "abc" .
ex:f a ex:C ; ex:n "12345678901234567890123"^^xsd:nonNegativeInteger ; ex:n 1e30 ; ex:m -1e30 .
"""


def _results(report) -> list[tuple[str, str, str]]:
    return sorted((r.focus_node, r.path or "", r.value or "") for r in report.results)


def test_the_compiled_checks_give_pyshacls_results() -> None:
    shapes, data = Graph().parse(data=SHAPES, format="turtle"), Graph().parse(data=DATA, format="turtle")
    checks, _ = compile_shapes(shapes)
    assert len(checks) == 3  # all three compiled: the SPARQL path is the one compared
    expected = _results(validate_with_pyshacl(data, shapes))
    assert ("http://e.org/b", "http://e.org/n", '"-99999999999999999999"^^xsd:integer') in expected
    assert _results(validate_data(data, shapes, Graph(), use="sparql")) == expected


SMALL = """
@prefix ex: <http://e.org/> .
ex:c a ex:C ; ex:n 5 ; ex:m 3 ; ex:d 0.7 .
ex:e a ex:C ; ex:n 0 ; ex:m 10 ; ex:d 0.2 .
"""


@pytest.mark.parametrize("bound", ["99999999999999999999", "999999999999999999999999.5"])
def test_a_bound_the_engine_cannot_compare_is_left_to_the_shacl_engine(bound: str) -> None:
    """Compiled, every value was compared with a number Oxigraph cannot read: each one reported. Left to
    pyshacl, which compares Python's numbers (pyshacl-turbo, the `fast` extra, still reads them as Oxigraph
    does: docs/reliability.md section 32)."""
    text = SHAPES.replace("sh:minInclusive 1 ;", f"sh:maxInclusive {bound} ;")
    shapes, data = Graph().parse(data=text, format="turtle"), Graph().parse(data=SMALL, format="turtle")
    checks, residual = compile_shapes(shapes)
    assert sorted(str(m) for check in checks for m in check.messages) == ["d", "m"]
    found = _results(validate_with_pyshacl(data, residual))
    assert ("http://e.org/c", "http://e.org/n", '"5"^^xsd:integer') not in found
