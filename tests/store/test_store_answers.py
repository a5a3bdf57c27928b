"""Answers of the embedded store are read from Oxigraph's TSV (kg.store.embedded.rows_from_tsv): every
term comes back exactly as Oxigraph holds it, escapes, language tags, datatypes, blank nodes,
bare numbers and unbound values included."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.store.terms import from_oxigraph, rows_from_tsv, tsv_term

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
QUERY = "SELECT ?s ?o WHERE { ?s <urn:test:p> ?o }"

iris = st.builds(
    lambda path: ox.NamedNode(f"https://example.org/{path}"),
    st.text(
        alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), whitelist_characters="-._~/"),
        max_size=20,
    ),
)
texts = st.text(max_size=30)  # any character: quotes, backslashes, tabs, newlines, U+2028...
literals = st.one_of(
    st.builds(ox.Literal, texts),
    st.builds(
        lambda v, lang: ox.Literal(v, language=lang), texts, st.sampled_from(["en", "en-GB", "de-CH-1996"])
    ),
    st.builds(lambda n: ox.Literal(str(n), datatype=ox.NamedNode(XSD_NS + "integer")), st.integers()),
    st.builds(
        lambda v, dt: ox.Literal(v, datatype=ox.NamedNode(XSD_NS + dt)),
        texts,
        st.sampled_from(["integer", "decimal", "double", "boolean", "date", "dateTime", "string"]),
    ),
    st.sampled_from(
        [
            ox.Literal("true", datatype=ox.NamedNode(XSD_NS + "boolean")),
            ox.Literal("1.5", datatype=ox.NamedNode(XSD_NS + "decimal")),
            ox.Literal("1.0E3", datatype=ox.NamedNode(XSD_NS + "double")),
        ]
    ),
    st.builds(lambda v: ox.Literal(v, datatype=ox.NamedNode("https://example.org/dt")), texts),
)
objects = st.one_of(
    iris, literals, st.builds(ox.BlankNode, st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,12}", fullmatch=True))
)


def answer(store: ox.Store, query: str = QUERY) -> tuple[list, list]:
    """(what rows_from_tsv reads, what converting pyoxigraph's own term objects gives)."""
    solutions = store.query(query)
    variables = [v.value for v in solutions.variables]
    expected = [dict(zip(variables, map(from_oxigraph, row), strict=True)) for row in store.query(query)]
    return rows_from_tsv(solutions.serialize(format=ox.QueryResultsFormat.TSV), variables), expected


@pytest.mark.filterwarnings("ignore:Parsing weird boolean")  # ill-typed literals on purpose
@settings(max_examples=300, deadline=None)
@given(st.lists(objects, min_size=1, max_size=10))
def test_every_term_reads_back_as_oxigraph_holds_it(values: list) -> None:
    store = ox.Store()
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:test:s{i}"), ox.NamedNode("urn:test:p"), value)
        for i, value in enumerate(values)
    )
    got, expected = answer(store)
    key = lambda row: str(row["s"])  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)
    assert all(
        type(g["o"]) is type(e["o"])
        for g, e in zip(sorted(got, key=key), sorted(expected, key=key), strict=True)
    )


@pytest.mark.parametrize(
    ("cell", "term"),
    [
        ("", None),
        ("<https://example.org/a>", URIRef("https://example.org/a")),
        ('"plain"', Literal("plain")),
        ('"colour"@en-gb', Literal("colour", lang="en-gb")),
        ('"2021-06-01"^^<http://www.w3.org/2001/XMLSchema#date>', Literal("2021-06-01", datatype=XSD.date)),
        ('"a\\tb\\nc\\"d\\\\e"', Literal('a\tb\nc"d\\e')),
        ("12", Literal("12", datatype=XSD.integer)),
        ("1.5", Literal("1.5", datatype=XSD.decimal)),
        ("true", Literal("true", datatype=XSD.boolean)),
        ("_:b0", BNode("b0")),
    ],
    ids=[
        "unbound",
        "iri",
        "string",
        "language",
        "datatype",
        "escapes",
        "integer",
        "decimal",
        "boolean",
        "blank",
    ],
)
def test_each_form_of_cell(cell: str, term) -> None:
    read = tsv_term(cell)
    assert read == term and type(read) is type(term)


def test_unbound_values_and_answers_without_variables() -> None:
    store = ox.Store()
    got, expected = answer(store, "SELECT ?a ?b WHERE { BIND (1 AS ?a) }")
    assert got == expected == [{"a": Literal("1", datatype=XSD.integer), "b": None}]
    assert rows_from_tsv(
        store.query("SELECT * WHERE {}").serialize(format=ox.QueryResultsFormat.TSV), []
    ) == [{}]
    assert (
        rows_from_tsv(
            store.query("SELECT ?x WHERE { FILTER (false) }").serialize(format=ox.QueryResultsFormat.TSV),
            ["x"],
        )
        == []
    )
