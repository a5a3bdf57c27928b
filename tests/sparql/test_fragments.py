"""Query fragments (queries/fragments/NAME.rq): written once, included by `# include: NAME` lines
when a named query is loaded, never listed as named queries, and traced back in error positions."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

import kg.store.interface
from kg.cli.main import main
from kg.sparql.named import (
    QueryError,
    catalogue,
    catalogue_signature,
    load_query,
    queries_dir,
)
from kg.store import open_store

HEADER = "# title: t\n# param: since date optional -- a date\n"
PAIRS = "# title: Pairs\n# binds: ?s ?o\n\n# every pair\n?s ?p ?o .\nFILTER (isIRI(?s))\n"


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory


def query_including(name: str) -> str:
    """A query whose line 4 includes fragment `name`."""
    return f"{HEADER}SELECT * WHERE {{\n  # include: {name}\n  VALUES ?since {{ UNDEF }}\n}}\n"


def test_an_include_line_is_replaced_by_the_fragment_indented_and_framed(tmp_path: Path) -> None:
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": PAIRS})
    query = catalogue(tmp_path)["q"]
    shown = f"{tmp_path.name}/fragments/pairs.rq"
    assert query.text == (
        f"{HEADER}SELECT * WHERE {{\n"
        f"  # pairs: begin -- {shown}\n"
        "  # every pair\n"
        "  ?s ?p ?o .\n"
        "  FILTER (isIRI(?s))\n"
        "  # pairs: end\n"
        "  VALUES ?since { UNDEF }\n}\n"
    )
    assert query.title == "t" and [p.name for p in query.parameters] == ["since"]
    assert query.form == "SELECT" and "VALUES ?since" in query.bind({"since": "2012-01-01"})


def test_fragments_may_include_fragments(tmp_path: Path) -> None:
    outer = "# title: Outer\n\n{\n  # include: pairs\n}\n"
    write(
        tmp_path, {"q.rq": query_including("outer"), "fragments/outer.rq": outer, "fragments/pairs.rq": PAIRS}
    )
    text = catalogue(tmp_path)["q"].text
    assert "\n  {\n    # pairs: begin" in text and "\n    ?s ?p ?o .\n" in text and "\n  }\n" in text


def test_a_composed_query_answers_like_the_written_out_query(tmp_path: Path) -> None:
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": PAIRS})
    written_out = (
        f"{HEADER}SELECT * WHERE {{\n  ?s ?p ?o .\n  FILTER (isIRI(?s))\n  VALUES ?since {{ UNDEF }}\n}}\n"
    )
    data = '<urn:a> <urn:p> <urn:b> .\n<urn:a> <urn:p> "x" .\n_:c <urn:p> <urn:d> .\n'
    graph = Graph().parse(data=data, format="nt")
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_TRIPLES)
    text = catalogue(tmp_path)["q"].bind({})

    def answers(query: str) -> tuple[set, set]:
        return {tuple(map(str, row)) for row in graph.query(query)}, {str(s["o"]) for s in store.query(query)}

    assert answers(text) == answers(written_out)


def test_an_unknown_fragment_names_the_query_file_its_line_and_the_fragment(tmp_path: Path) -> None:
    write(tmp_path, {"q.rq": query_including("pair"), "fragments/pairs.rq": PAIRS})
    with pytest.raises(QueryError) as error:
        catalogue(tmp_path)
    message = str(error.value)
    assert f"{tmp_path.name}/q.rq line 4" in message
    assert "'# include: pair' names no fragment" in message and "fragments/pair.rq" in message
    assert "(fragments: pairs)" in message


def test_an_include_line_holds_the_fragment_name_alone(tmp_path: Path) -> None:
    write(tmp_path, {"q.rq": query_including("pairs -- every pair"), "fragments/pairs.rq": PAIRS})
    with pytest.raises(QueryError, match=r"q\.rq line 4: expected '# include: NAME' alone on its line"):
        catalogue(tmp_path)


@pytest.mark.parametrize(
    ("fragments", "loop"),
    [
        ({"fragments/a.rq": "# include: a\n"}, "a -> a"),
        ({"fragments/a.rq": "?s ?p ?o .\n# include: b\n", "fragments/b.rq": "# include: a\n"}, "a -> b -> a"),
    ],
)
def test_a_fragment_cannot_include_itself(tmp_path: Path, fragments: dict[str, str], loop: str) -> None:
    write(tmp_path, {"q.rq": query_including("a"), **fragments})
    with pytest.raises(QueryError, match=f"makes a loop \\({loop}\\); a fragment cannot include itself"):
        catalogue(tmp_path)


def test_a_fragment_needs_the_variables_it_expects(tmp_path: Path) -> None:
    fragment = (
        "# title: Since\n# expects: ?since -- the query binds it\n# expects: ?until\n\nFILTER (?since < ?u)\n"
    )
    write(tmp_path, {"q.rq": query_including("since"), "fragments/since.rq": fragment})
    with pytest.raises(QueryError, match=r"q\.rq line 4: fragment .*since\.rq expects \?until"):
        catalogue(tmp_path)


def test_fragments_are_not_named_queries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": PAIRS})
    assert list(catalogue(tmp_path)) == ["q"]
    assert not any(name.startswith(("active-register", "fragments")) for name in catalogue())
    assert main(["query", "--list"]) == 0
    assert "active-register" not in capsys.readouterr().out


def test_error_lines_are_traced_to_the_query_or_the_fragment(tmp_path: Path) -> None:
    broken = PAIRS.replace("FILTER (isIRI(?s))", "FILTER (isIRI(?s) ~)\nFILTER (isIRI(?o))")  # lines 6-7
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": broken})
    query = load_query(tmp_path / "q.rq")
    with pytest.raises(SyntaxError) as error:
        ox.Store().query(query.bind({}))
    line = int(str(error.value).split("error at ", 1)[1].split(":", 1)[0])
    assert query.origin(line) in {f"{tmp_path.name}/fragments/pairs.rq line {n}" for n in (6, 7)}
    assert query.origin(len(query.text.split("\n")) - 1) == f"{tmp_path.name}/q.rq line 6"
    assert query.locate("SPARQL syntax error at line 2, column 1") == (
        f"SPARQL syntax error at line 2 ({tmp_path.name}/q.rq line 2), column 1"
    )


def test_every_line_of_a_real_query_is_traced_to_its_file() -> None:
    query = catalogue()["network-org-registers"]
    files = {
        "queries/network-org-registers.rq": queries_dir() / "network-org-registers.rq",
        "queries/fragments/active-register.rq": queries_dir() / "fragments" / "active-register.rq",
        "queries/fragments/latest-version.rq": queries_dir() / "fragments" / "latest-version.rq",
    }
    raw = {shown: path.read_text(encoding="utf-8").split("\n") for shown, path in files.items()}
    for number, line in enumerate(query.text.split("\n"), 1):
        shown, _, source_line = query.origin(number).rpartition(" line ")
        original = raw[shown][int(source_line) - 1]
        included = "# include: active-register" in original or "# include: latest-version" in original
        assert line.strip() == original.strip() or included, (number, line)


def test_a_changed_fragment_changes_the_catalogue_signature(tmp_path: Path) -> None:
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": PAIRS})
    before = catalogue_signature(tmp_path)
    os.utime(tmp_path / "fragments" / "pairs.rq", ns=(1, 1))
    assert catalogue_signature(tmp_path) != before


def test_the_store_sees_a_changed_fragment(
    seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.store.interface, "CATALOGUE_CHECK_SECONDS", 0.0)
    fragment = tmp_path / "fragments" / "pairs.rq"
    write(tmp_path, {"q.rq": query_including("pairs"), "fragments/pairs.rq": PAIRS})
    with open_store(seed_store, queries_directory=tmp_path) as graph:
        assert "FILTER (isIRI(?s))" in graph.named_query("q").text
        fragment.write_text(PAIRS.replace("isIRI", "isBlank"), encoding="utf-8")
        os.utime(fragment, ns=(1, 1))  # an edit in place, seen even where file times are coarse
        assert "FILTER (isBlank(?s))" in graph.named_query("q").text
