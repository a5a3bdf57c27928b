"""`kg sparql FILE` composes `# include: NAME` lines as `kg query NAME` does (kg.sparql.named.compose_query).

Before, it ran the raw file: an include line is a SPARQL comment, so the fragment was silently
left out and the query answered something else (network-organizations lost its ?first dates).
The fragments come from the fragments/ folder beside the file, else from the packaged ones.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.sparql.named import queries_dir

QUERY = "network-organizations"


def rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """The answer's rows (JSON results), each as sorted JSON text, in sorted order."""
    assert main([*argv, "--format", "json"]) == 0, capsys.readouterr().err
    bindings = json.loads(capsys.readouterr().out)["results"]["bindings"]
    return sorted(json.dumps(row, sort_keys=True) for row in bindings)


@pytest.fixture
def named_rows(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    answer = rows(capsys, "query", QUERY, "--store", str(seed_store))
    assert answer and any('"first"' in row for row in answer)  # dated: the fragment is what dates them
    return answer


def test_kg_sparql_on_the_file_answers_like_kg_query_on_its_name(
    seed_store: Path, named_rows: list[str], capsys, monkeypatch
) -> None:
    monkeypatch.chdir(queries_dir().parent)
    assert rows(capsys, "sparql", f"queries/{QUERY}.rq", "--store", str(seed_store)) == named_rows


def test_a_file_without_fragments_beside_it_uses_the_packaged_ones(
    seed_store: Path, named_rows: list[str], tmp_path: Path, capsys
) -> None:
    copy = shutil.copy(queries_dir() / f"{QUERY}.rq", tmp_path / "mine.rq")
    assert rows(capsys, "sparql", str(copy), "--store", str(seed_store)) == named_rows


def test_the_fragments_beside_the_file_come_first(seed_store: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "registers.rq").write_text("?register a akg:WorkRegister .\n")
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(DISTINCT ?register) AS ?n) WHERE {\n  # include: registers\n}\n")
    (answer,) = rows(capsys, "sparql", str(query), "--store", str(seed_store))
    assert json.loads(answer)["n"]["value"] == "2"  # without the include: one empty row, 0


def test_errors_name_the_file_and_the_fragment_line(seed_store: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "broken.rq").write_text("# title: broken\n\n?s ?p ?o .\n?s ?p\n")
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE {\n  # include: broken\n}\n")
    assert main(["sparql", str(query), "--store", str(seed_store)]) == 2
    error = capsys.readouterr().err
    assert "SPARQL syntax error at line 6" in error and f"({query} line 3)" in error  # the closing brace
    query.write_text("SELECT * WHERE {\n  # include: missing\n}\n")
    assert main(["sparql", str(query), "--store", str(seed_store)]) == 2
    assert f"{query} line 2: '# include: missing' names no fragment" in capsys.readouterr().err
