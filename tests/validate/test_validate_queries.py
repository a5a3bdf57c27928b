"""The validator's own queries (queries/validate/, kg.validate.queries): files with headers, bound with
terms, answering on Oxigraph as the validator needs; not part of the user catalogue."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg.sparql.named import catalogue
from kg.validate.fanout import heavy_predicates
from kg.validate.queries import bound, validate_queries
from kg.validate.sparql_rules import subclasses

EX = "https://example.org/"
RDFS_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def node(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def store_with(*quads: tuple[ox.NamedNode, ox.NamedNode, ox.Term, ox.NamedNode]) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(*q) for q in quads)
    return store


def test_every_query_has_a_title_and_is_not_a_user_query() -> None:
    queries = validate_queries()
    assert len(queries) >= 10 and all(q.title for q in queries.values())
    assert not set(queries) & set(catalogue())  # kg query --list reads queries/*.rq only


def test_heavy_predicates_are_those_with_fanout_values_on_one_subject() -> None:
    g = node("g")
    many = [(node("hub"), node("member"), node(f"m{k}"), g) for k in range(5)]
    store = store_with(*many, (node("a"), node("label"), ox.Literal("A"), g))
    for quad in store:  # the validator reads the data as the default graph
        store.add(ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph()))
    assert heavy_predicates(store, fanout=5) == {URIRef(EX + "member")}
    assert heavy_predicates(store, fanout=6) == set()


def test_subclasses_close_over_every_class_given_at_once() -> None:
    store = ox.Store()
    store.add(ox.Quad(node("Register"), RDFS_SUBCLASS, node("Document"), ox.DefaultGraph()))
    store.add(ox.Quad(node("Addendum"), RDFS_SUBCLASS, node("Register"), ox.DefaultGraph()))
    found = subclasses(store, [node("Document").value, node("Page").value])
    # a class nothing mentions has no subclass and no instance: Oxigraph's zero-length path gives nothing
    assert found == {EX + "Document", EX + "Register", EX + "Addendum"}
    assert subclasses(store, []) == set()


def test_an_iri_is_bound_as_a_term_not_as_text() -> None:
    text = bound("graph-predicates", graph=ox.NamedNode(EX + "g/\u00e9?x='1'#f"))
    assert "VALUES ?graph { <https://example.org/g/\u00e9?x='1'#f> }" in text
    store = store_with((node("s"), node("p"), node("o"), ox.NamedNode(EX + "g/\u00e9?x='1'#f")))
    assert [row["p"] for row in store.query(text)] == [node("p")]


def test_a_resources_folder_without_the_queries_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.errors import KgError
    from kg.sparql.named import folder_queries

    monkeypatch.setenv("ALLIANCE_KG_HOME", str(tmp_path))  # ontology/ and data/ only, say
    folder_queries.cache_clear()
    try:
        with pytest.raises(KgError, match=r"queries/validate/subclasses\.rq: no such query"):
            bound("subclasses", **{"class": []})
    finally:
        monkeypatch.delenv("ALLIANCE_KG_HOME")
        folder_queries.cache_clear()
