"""An endpoint's answer of more rows than `kg sparql --endpoint` reads (docs/reliability.md section 19,
"found, not fixed": 2,000,000 rows took 197 s and 1.8 GB): the rows are counted before any term is made
(kg.sparql.read.rows_within, the server's count too) and an answer over `--max-rows` is one line naming
the endpoint and the cap, exit 2. A real HTTP server on 127.0.0.1 answers; `kg` runs as a subprocess.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import kg_command
from support.static_endpoint import answering

from kg.sparql.read import TooManyRows, rows_within


def solutions(count: int, *, virtuoso: bool = False) -> bytes:
    """SPARQL JSON with `count` rows; `virtuoso`: the first a blank node Oxigraph cannot read."""
    rows = [{"x": {"type": "literal", "value": str(n)}} for n in range(count)]
    if virtuoso and rows:
        rows[0] = {"x": {"type": "bnode", "value": "nodeID://b1"}}
    return json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": rows}}).encode()


ANSWERS = {"many": solutions(5_000), "virtuoso": solutions(5_000, virtuoso=True), "few": solutions(3)}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(ANSWERS) as url:
        yield url


@pytest.mark.parametrize("answer", ["many", "virtuoso"])
def test_an_answer_over_the_row_cap_is_refused_in_one_line(
    endpoint: str, answer: str, tmp_path: Path
) -> None:
    url = f"{endpoint}/{answer}"
    done = kg_command("sparql", "--endpoint", url, "--max-rows", "1000", "SELECT ?x {?x ?p ?o}", cwd=tmp_path)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert url in done.stderr and "more than 1,000 rows" in done.stderr and "--max-rows" in done.stderr


def test_an_answer_within_the_cap_is_read(endpoint: str, tmp_path: Path) -> None:
    done = kg_command(
        "sparql", "--endpoint", f"{endpoint}/many", "--format", "tsv", "SELECT ?x {?x ?p ?o}", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) == 5_001  # the heading and every row (the default cap is a million)


@pytest.mark.parametrize("answer", ["many", "virtuoso"])
def test_the_count_stops_at_the_row_past_the_cap(answer: str) -> None:
    rows_within(ANSWERS[answer], 5_000)  # exactly the cap: read
    with pytest.raises(TooManyRows, match="more than 4,999 rows"):
        rows_within(ANSWERS[answer], 4_999)
