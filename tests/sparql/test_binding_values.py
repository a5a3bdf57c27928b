"""Binding beyond one value (kg.sparql.named): lists as VALUES rows, rows of several terms, terms
made by pyoxigraph, and LIMIT / OFFSET, the forms the server's own queries (queries/server/) need.
Each bound text is also run, so that what it says is checked, not only how it reads."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.sparql.named import NamedQuery, QueryError, parse_header

EX = "http://example.org/"


def named(text: str) -> NamedQuery:
    title, description, parameters = parse_header(text, "test")
    return NamedQuery("test", title, description, text, parameters)


PEOPLE = named(
    """# title: people
# param: who iri required -- the people
# param: limit limit default=10 -- at most
# param: offset offset default=0 -- skipped
SELECT ?who ?name WHERE {
  VALUES ?who { UNDEF }
  ?who <http://example.org/name> ?name
}
ORDER BY ?name
LIMIT 10 OFFSET 0
"""
)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    for n in range(5):
        store.add(ox.Quad(ox.NamedNode(f"{EX}p{n}"), ox.NamedNode(f"{EX}name"), ox.Literal(f"name {n}")))
    store.add(ox.Quad(ox.NamedNode(f"{EX}p0"), ox.NamedNode(f"{EX}knows"), ox.NamedNode(f"{EX}p1")))
    return store


def names(store: ox.Store, text: str) -> list[str]:
    return [row["name"].value for row in store.query(text)]


def test_a_list_binds_one_row_each(store: ox.Store) -> None:
    text = PEOPLE.bind({"who": [ox.NamedNode(f"{EX}p1"), ox.NamedNode(f"{EX}p3")]})
    assert f"VALUES ?who {{ <{EX}p1> <{EX}p3> }}" in text
    assert names(store, text) == ["name 1", "name 3"]


def test_an_empty_list_answers_nothing(store: ox.Store) -> None:
    text = PEOPLE.bind({"who": []})
    assert "VALUES ?who {  }" in text
    assert names(store, text) == []


def test_limit_and_offset_bind_the_numbers(store: ox.Store) -> None:
    everyone = [ox.NamedNode(f"{EX}p{n}") for n in range(5)]
    text = PEOPLE.bind({"who": everyone, "limit": 2, "offset": 1})
    assert "LIMIT 2 OFFSET 1" in text
    assert names(store, text) == ["name 1", "name 2"]
    assert "LIMIT 10 OFFSET 0" in PEOPLE.bind({"who": everyone})  # the defaults


@pytest.mark.parametrize("value", [-1, "1 }", "2; DROP ALL", True, 1.5, "ten"])
def test_limit_takes_only_a_whole_number(value: object) -> None:
    with pytest.raises(QueryError, match="expects limit"):
        PEOPLE.bind({"who": [], "limit": value})


def test_a_limit_parameter_needs_exactly_one_limit_clause() -> None:
    two = named(
        "# param: limit limit required -- at most\n"
        "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 5 } }\nLIMIT 5\n"
    )
    with pytest.raises(QueryError, match="exactly one 'LIMIT n' clause, not 2"):
        two.bind({"limit": 3})
    commented = named(
        "# param: limit limit required -- at most\n# LIMIT 7 in a comment\nSELECT * { } LIMIT 5\n"
    )
    assert commented.bind({"limit": 3}).endswith("SELECT * { } LIMIT 3\n")


def test_every_values_line_of_a_parameter_is_bound(store: ox.Store) -> None:
    query = named(
        "# param: who iri required -- the people\n"
        "SELECT ?who ?name WHERE {\n"
        "  { VALUES ?who { UNDEF } ?who <http://example.org/name> ?name }\n"
        '  UNION { VALUES ?who { UNDEF } ?x <http://example.org/knows> ?who BIND("known" AS ?name) }\n'
        "}"
    )
    text = query.bind({"who": [ox.NamedNode(f"{EX}p1")]})
    assert text.count(f"VALUES ?who {{ <{EX}p1> }}") == 2
    assert sorted(names(store, text)) == ["known", "name 1"]


PAIRS = named(
    """# param: who iri required -- (person, property) pairs
SELECT ?who ?link ?value WHERE {
  VALUES (?who ?link) { (UNDEF UNDEF) }
  ?who ?link ?value
}
"""
)


def test_pairs_bind_a_values_line_of_two_variables(store: ox.Store) -> None:
    p0, p2 = ox.NamedNode(f"{EX}p0"), ox.NamedNode(f"{EX}p2")
    knows, name = ox.NamedNode(f"{EX}knows"), ox.NamedNode(f"{EX}name")
    text = PAIRS.bind({"who": [(p0, knows), (p2, name)]})
    assert f"VALUES (?who ?link) {{ (<{EX}p0> <{EX}knows>) (<{EX}p2> <{EX}name>) }}" in text
    rows = {(row["who"].value, row["value"].value) for row in store.query(text)}
    assert rows == {(f"{EX}p0", f"{EX}p1"), (f"{EX}p2", "name 2")}


def test_pairs_must_have_a_term_for_each_variable() -> None:
    with pytest.raises(QueryError, match="tuples of 2 terms"):
        PAIRS.bind({"who": [ox.NamedNode(f"{EX}p0")]})
    with pytest.raises(QueryError, match="one term per row"):
        PEOPLE.bind({"who": [(ox.NamedNode(f"{EX}p0"), ox.NamedNode(f"{EX}p1"))]})


def test_a_pyoxigraph_term_is_bound_as_it_is() -> None:
    """`akg:x` as a string is a prefixed name to resolve; as a term it is the IRI it names."""
    query = named("# param: who iri required -- someone\nSELECT * WHERE { VALUES ?who { UNDEF } }")
    assert "VALUES ?who { <akg:x> }" in query.bind({"who": ox.NamedNode("akg:x")})
    assert "VALUES ?who { <https://w3id.org/alliance-kg/ontology#x> }" in query.bind({"who": "akg:x"})
    with pytest.raises(QueryError, match="expects string, got the IRI"):
        named("# param: who string required -- a name\nSELECT * { VALUES ?who { UNDEF } }").bind(
            {"who": ox.NamedNode(f"{EX}p0")}
        )


@pytest.mark.parametrize("tail", ["über", "a%20b", "it's", "x#y", "a'}) . ?s ?p ?o #"])
def test_odd_iris_reach_the_query_as_terms(tail: str) -> None:
    """A quote, '#' or '}' inside an IRI term stays in the term, on rdflib and on Oxigraph alike."""
    try:
        iri = ox.NamedNode(EX + tail)
    except ValueError:  # not an IRI at all: no term is made, so nothing reaches a query
        assert any(c in tail for c in " }"), tail
        return
    graph = Graph()
    graph.add((URIRef(iri.value), URIRef(f"{EX}name"), URIRef(f"{EX}v")))
    store = ox.Store()
    store.add(ox.Quad(iri, ox.NamedNode(f"{EX}name"), ox.NamedNode(f"{EX}v")))
    text = named("# param: who iri required -- x\nSELECT ?v WHERE { VALUES ?who { UNDEF } ?who ?p ?v }").bind(
        {"who": [iri]}
    )
    assert [str(row[0]) for row in graph.query(text)] == [f"{EX}v"]
    assert [row[0].value for row in store.query(text)] == [f"{EX}v"]
