"""Asking: `kg query` and `kg sparql` in every output format, typed parameters bound as data
(never as query text), time-aware named queries, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.cli.main import main
from kg.model.namespaces import ORG, REG
from kg.sparql.named import QueryError, get_query
from kg.store import open_store

R2011, R2021 = REG["ogf-dmtf"], REG["dmtf-snia-ofa"]
MILESTONE = "https://w3id.org/alliance-kg/id/register/ogf-dmtf/milestone-{}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- kg query / kg sparql --------------------------------------------------------------


def test_query_list_shows_every_named_query_with_title_and_parameters(capsys) -> None:
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    assert "collaborators" in out and "Organizations an organization collaborates with" in out
    assert "milestones-due" in out and "as_of (date, default=today)" in out
    assert "resolve-entity" in out and "label (string, required)" in out


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "md"])
def test_query_renders_rows_in_every_row_format(seed_store: Path, capsys, fmt: str) -> None:
    code, out, err = run(
        capsys, "query", "collaborators", "--param", "org=DMTF", "--format", fmt, "--store", str(seed_store)
    )
    assert (code, err) == (0, "")
    if fmt == "json":
        bindings = json.loads(out)["results"]["bindings"]
        assert {b["partner"]["value"] for b in bindings} == {str(ORG.ogf), str(ORG.snia), str(ORG.ofa)}
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {row["partnerAcronym"] for row in rows} == {"OGF", "SNIA", "OFA"}
    elif fmt == "tsv":
        assert out.splitlines()[0].startswith("?org\t?partner")
        assert f"<{ORG.ogf}>" in out
    elif fmt == "md":
        assert out.startswith("| org | partner |") and "| organization:ogf |" in out
    else:
        assert "organization:ogf" in out and "Open Grid Forum" not in out.splitlines()[0]


@pytest.mark.parametrize(("fmt", "rdf_format"), [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_sparql_construct_renders_graphs(seed_store: Path, capsys, fmt: str, rdf_format: str) -> None:
    code, out, _ = run(
        capsys, "sparql", "CONSTRUCT WHERE { ?r akg:party ?o }", "--format", fmt, "--store", str(seed_store)
    )
    assert code == 0
    graph = Graph().parse(data=out, format=rdf_format)
    assert (R2011, URIRef("https://w3id.org/alliance-kg/ontology#party"), ORG.dmtf) in graph


def test_sparql_reads_ask_describe_and_query_files(seed_store: Path, tmp_path: Path, capsys) -> None:
    assert (
        run(capsys, "sparql", "ASK { ?r akg:party organization:ogf }", "--store", str(seed_store))[1]
        == "true\n"
    )
    code, out, _ = run(capsys, "sparql", "DESCRIBE organization:ogf", "--store", str(seed_store))
    assert code == 0 and "Open Grid Forum" in out
    file = tmp_path / "parties.rq"
    file.write_text("SELECT ?org WHERE { reg:ogf-dmtf akg:party ?org } ORDER BY ?org\n")
    code, out, _ = run(capsys, "sparql", str(file), "--format", "csv", "--store", str(seed_store))
    assert out.split() == ["org", str(ORG.dmtf), str(ORG.ogf)]


# --- Safe parameters -----------------------------------------------------------------

INJECTIONS = [
    'DMTF" } DROP ALL { "',
    "DMTF' } DROP ALL { '",
    "} DROP ALL {",
    '"""; DROP ALL; #',
    "x # comment eats the rest",
    '\\" } ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
    "{ ?s ?p ?o }",
    "line one\nline two } DROP ALL {",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_string_parameters_are_bound_as_one_literal(seed_store: Path, text: str) -> None:
    bound = get_query("resolve-entity").bind({"label": text})
    parsed = prepareQuery(bound)  # still exactly one well-formed query
    values = [str(v) for v in _values_literals(parsed.algebra)]
    assert text in values  # the whole text, as one literal
    with open_store(seed_store) as graph:
        sizes = graph.graph_sizes()
        assert graph.select("resolve-entity", label=text) == []  # plain data, matching no label
        assert graph.graph_sizes() == sizes


def _values_literals(node) -> list[Literal]:
    """Every literal in the VALUES tables of an rdflib query algebra."""
    found: list[Literal] = []
    if isinstance(node, dict):
        if node.get("res") and isinstance(node.get("res"), list):
            found += [v for row in node["res"] for v in row.values() if isinstance(v, Literal)]
        for value in node.values():
            found += _values_literals(value)
    elif isinstance(node, list | tuple):
        for value in node:
            found += _values_literals(value)
    return found


IRI_INJECTIONS = [*INJECTIONS, "<https://w3id.org/x> } DROP ALL { <y>", "organization:dmtf> } DROP ALL {"]


@pytest.mark.parametrize("text", IRI_INJECTIONS)
def test_iri_parameters_never_become_query_text(seed_store: Path, text: str) -> None:
    with open_store(seed_store) as graph:
        sizes = graph.graph_sizes()
        with pytest.raises(QueryError, match=r"no entity is called|not allowed in an IRI"):
            graph.select("collaborators", org=text)
        assert graph.graph_sizes() == sizes


def test_a_label_full_of_syntax_still_resolves_as_data(store_copy: Path) -> None:
    odd = 'O\'Reilly "Quoted" {Alliance} } DROP ALL { #1'
    entity = URIRef("https://w3id.org/alliance-kg/id/organization/odd")
    extra = Graph()
    extra.add((entity, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal(odd, lang="en")))
    with open_store(store_copy, readonly=False) as graph:
        graph.replace_graph(URIRef("https://example.org/graph/odd"), extra)
        assert graph.resolve(odd) == entity
        assert graph.resolve(odd.upper()) == entity


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "no-such-query"], "no named query 'no-such-query'"),
        (["query", "colaborators"], "Did you mean: collaborators?"),
        (["query", "resolve-entity"], "needs --param label=VALUE"),
        (["query", "milestones-due", "--param", "as-of=next week"], "expects date as YYYY-MM-DD"),
        (["query", "collaborators", "--param", "org=Nobody Inc"], "no entity is called 'Nobody Inc'"),
        (["query", "collaborators", "--param", "organisation=DMTF"], "has no parameter 'organisation'"),
        (["query", "collaborators", "--param", "org"], "--param expects KEY=VALUE"),
        (["query", "collaborators", "--format", "turtle"], "use one of table, csv"),
        (["sparql", "SELECT ?s WHERE { ?s ?p }"], "SPARQL syntax error at line 1, column 2"),
        (["sparql", "SELECT ?s\nWHERE {\n  ?s akg:party ?o ."], "SPARQL syntax error at line 3"),
        (["sparql", "DROP ALL"], "SPARQL update, not a query"),
        (["sparql", "missing.rq"], "missing.rq: no such file"),
    ],
)
def test_bad_input_gets_one_line_and_a_non_zero_exit(seed_store: Path, capsys, args, message) -> None:
    code, out, err = run(capsys, *args, "--store", str(seed_store))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err, err


def test_integer_parameters_are_checked(seed_store: Path, tmp_path: Path) -> None:
    (tmp_path / "limited.rq").write_text(
        "# title: t\n# param: n integer required -- how many\nSELECT ?n WHERE { VALUES ?n { UNDEF } }\n"
    )
    with open_store(seed_store, queries_directory=tmp_path) as graph:
        assert graph.select("limited", n="7")[0]["n"] == Literal(7)
        with pytest.raises(QueryError, match="expects integer"):
            graph.select("limited", n="7 } DROP ALL {")


# --- Time-aware questions ----------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2011-03-31", {}),
        ("2011-05-15", {1: "due"}),  # 2Q2011: April to June 2011
        ("2011-07-01", {1: "overdue"}),
        ("2011-10-01", {1: "overdue", 2: "due", 4: "due"}),  # 4Q2011
        ("2012-05-01", {1: "overdue", 2: "overdue", 4: "overdue", 3: "due"}),  # 2Q2012
    ],
)
def test_milestones_due_or_overdue_as_of_a_date(seed_store: Path, as_of: str, expected: dict) -> None:
    with open_store(seed_store) as graph:
        rows = graph.select("milestones-due", as_of=as_of, register=str(R2011))
    assert {str(r["milestone"]): str(r["state"]) for r in rows} == {
        MILESTONE.format(n): state for n, state in expected.items()
    }


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2012-04-27", set()),
        ("2012-04-28", {R2011}),  # approved 2011-04-28, "reviewed ... approximately once per year"
        ("2022-05-31", {R2011}),
        ("2022-06-01", {R2011, R2021}),  # "The next review date is expected to be June 2022"
    ],
)
def test_registers_whose_review_is_due(seed_store: Path, as_of: str, expected: set) -> None:
    with open_store(seed_store) as graph:
        assert {r["register"] for r in graph.select("registers-review-due", as_of=as_of)} == expected


@pytest.mark.parametrize(
    ("as_of", "expected"), [("2011-04-27", set()), ("2011-04-28", {R2011}), ("2030-01-01", {R2011})]
)
def test_registers_in_force(seed_store: Path, as_of: str, expected: set) -> None:
    """R2011 was approved by the DMTF Board on 2011-04-28; R2021's four approvals are pending."""
    with open_store(seed_store) as graph:
        rows = graph.select("registers-in-force", as_of=as_of)
    assert {r["register"] for r in rows} == expected
    if rows:
        assert rows[0]["inForceSince"] == Literal(
            "2011-04-28", datatype="http://www.w3.org/2001/XMLSchema#date"
        )


def test_as_of_defaults_to_today(seed_store: Path, capsys) -> None:
    code, out, _ = run(capsys, "query", "registers-in-force", "--format", "csv", "--store", str(seed_store))
    assert code == 0 and str(R2011) in out and str(R2021) not in out


def test_a_named_query_form_ignores_keywords_inside_iris_strings_and_comments() -> None:
    from kg.sparql.named import NamedQuery

    text = '# CONSTRUCT in a comment\nPREFIX c: <http://construct/>\nSELECT ?s WHERE { ?s c:p "ASK" }'
    assert NamedQuery("sample", "t", "d", text).form == "SELECT"
