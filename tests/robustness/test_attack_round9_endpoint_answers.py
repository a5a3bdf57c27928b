"""Ninth outside attack: what a hostile SPARQL endpoint's answer did to `kg sparql --endpoint`.

Section 9 escaped the cells of an endpoint's answer before they reach the terminal; what else the
answer holds was read as the endpoint wrote it (docs/reliability.md section 19):

- JSON nested deeper than Python's recursion limit: a `RecursionError` traceback, exit 1;
- a literal with a language tag rdflib refuses (`"not a tag!"`): a `ValueError` traceback, exit 1;
- a variable named `x\\x1b[2J` (no SPARQL variable name): the escape sequence printed raw as the
  table's (and Markdown's, TSV's) column heading, clearing the user's terminal.

Each is now one line naming the endpoint, exit 2. A real HTTP server on 127.0.0.1 answers every
query with the hostile body; `kg` runs as a subprocess.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import kg_command
from support.static_endpoint import answering

DEEP = b"[" * 200_000 + b"]" * 200_000


def results(variable: str, term: dict[str, str]) -> bytes:
    return json.dumps({"head": {"vars": [variable]}, "results": {"bindings": [{variable: term}]}}).encode()


ANSWERS = {
    "deep": DEEP,
    "language": results("x", {"type": "literal", "value": "a", "xml:lang": "not a tag!"}),
    "heading": results("x\x1b[2J", {"type": "literal", "value": "a"}),
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(ANSWERS) as url:
        yield url


@pytest.mark.parametrize("answer", sorted(ANSWERS))
@pytest.mark.parametrize("form", ["table", "md", "tsv"])
def test_a_hostile_answer_is_one_line_and_reaches_no_terminal(
    endpoint: str, answer: str, form: str, tmp_path: Path
) -> None:
    done = kg_command(
        "sparql", "--format", form, "--endpoint", f"{endpoint}/{answer}", "SELECT ?x {?x ?p ?o}", cwd=tmp_path
    )
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert "did not answer as asked" in done.stderr
    assert "\x1b" not in done.stdout + done.stderr
