"""The fifteenth outside attack (session 28): an endpoint's answer whose head names 200,000 variables.

Every SPARQL JSON answer of a remote endpoint is counted by Oxigraph's streaming results parser before
anything else reads it (kg.sparql.read.rows_within), and that parser is quadratic in the variables the
head names: 2,000 cost 0.02 s, 16,000 0.54 s, and an answer of 200,000 (7 MB, far within every byte
cap) kept `kg sparql --endpoint URL` busy **past 120 s** in every output format (killed), as it would
a thread of `kg serve --endpoint` for each visitor's query. No query can name more variables than it
has tokens (kg.sparql.lexer.MAX_TOKENS), so a head naming more is refused before any parser reads the
answer (`variables_within`, a scan of the head's list): one line naming the endpoint, exit 2; 502 from
the server. A real HTTP endpoint on 127.0.0.1; `kg` as a subprocess.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.cli import kg_command
from support.static_endpoint import answering

from kg.sparql.read import MAX_VARIABLES
from kg.testing.live_server import start_server

WIDE = 200_000


def answer(variables: int) -> bytes:
    names = [f"v{n}" for n in range(variables)]
    row = {name: {"type": "literal", "value": "x"} for name in names}
    return json.dumps({"head": {"vars": names}, "results": {"bindings": [row]}}).encode()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(
        {"wide": answer(WIDE), "limit": answer(MAX_VARIABLES), "past": answer(MAX_VARIABLES + 1)}
    ) as url:
        yield url


def kg_sparql(url: str, fmt: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return kg_command("sparql", "--endpoint", url, "-f", fmt, "SELECT * WHERE {}", cwd=tmp_path, timeout=90)


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("name", ["wide", "past"])
def test_a_head_naming_more_variables_than_any_query_is_refused(
    endpoint: str, name: str, fmt: str, tmp_path: Path
) -> None:
    url = f"{endpoint}/{name}"
    done = kg_sparql(url, fmt, tmp_path)  # before: still running at 120 s (the wide one)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr[-500:]
    assert url in done.stderr and f"more than {MAX_VARIABLES:,} variables" in done.stderr
    assert done.stdout == ""


def test_a_head_at_the_limit_is_read(endpoint: str, tmp_path: Path) -> None:
    done = kg_sparql(f"{endpoint}/limit", "csv", tmp_path)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.splitlines()[0].split(",")[-1] == f"v{MAX_VARIABLES - 1}"


def test_the_server_in_front_of_such_a_store_answers_502(endpoint: str) -> None:
    server = start_server("--endpoint", f"{endpoint}/wide")
    try:
        reply = httpx.post(
            server.url.rstrip("/") + "/sparql",
            data={"query": "SELECT * WHERE { ?s ?p ?o }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=90,
        )
        assert reply.status_code == 502, reply.text[:300]
        assert f"more than {MAX_VARIABLES:,} variables" in reply.text
    finally:
        server.stop()
