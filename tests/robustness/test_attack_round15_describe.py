"""The fifteenth outside attack (session 28): a DESCRIBE listing thousands of resources by name.

Oxigraph turns `DESCRIBE <a> <b> ...` into one branch per resource, each inside the one before, and
evaluating them overflows its stack from about 2,700 resources: a segmentation fault. The limits the
lexer set before (kg.sparql.lexer: 128 levels of brackets, 8,000 tokens) let it through, since a
DESCRIBE of 3,000 IRIs is flat text of 3,001 tokens: `kg sparql --store S FILE` ended with
**exit 139** and no message, and `kg serve` lost a query worker to it (503 "crashed the query
engine"). Now a DESCRIBE of more than MAX_DESCRIBED resources is refused before any engine parses
it, by the one check every path takes (Lexed.too_deep): one line, exit 2; 400 from the server. The
same resources in a VALUES block are described as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from kg.sparql.lexer import MAX_DESCRIBED

MANY = 3_000  # past the crash (about 2,700), within the token limit


def iris(count: int) -> str:
    return " ".join(f"<urn:x:resource-{n}>" for n in range(count))


LISTED = {
    "IRIs": "DESCRIBE " + iris(MANY),
    "prefixed names": "PREFIX x: <urn:x:> DESCRIBE " + " ".join(f"x:r{n}" for n in range(MANY)),
    "relative IRIs, 6 KB": "BASE <urn:x:> DESCRIBE " + "<>" * MANY,
    "with a WHERE clause": "DESCRIBE " + iris(MANY) + " WHERE { ?s ?p ?o }",
}


def kg_sparql(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "sparql", "--store", str(store), *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=120,
    )


@pytest.mark.parametrize("shape", sorted(LISTED))
def test_a_describe_of_thousands_of_named_resources_is_a_message_not_a_crash(
    seed_store: Path, tmp_path: Path, shape: str
) -> None:
    query = tmp_path / "describe.rq"
    query.write_text(LISTED[shape], encoding="utf-8")
    done = kg_sparql(seed_store, str(query))
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])  # before: -11, a segfault
    assert done.stderr.startswith(f"kg sparql: {query}: the query describes {MANY:,} resources"), done.stderr
    assert f"at most {MAX_DESCRIBED:,}" in done.stderr and "VALUES" in done.stderr
    assert done.stdout == ""


def test_the_same_resources_in_values_are_described(seed_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "values.rq"
    dmtf = "https://w3id.org/alliance-kg/id/organization/dmtf"
    query.write_text(f"DESCRIBE ?r WHERE {{ VALUES ?r {{ <{dmtf}> {iris(MANY)} }} }}", encoding="utf-8")
    done = kg_sparql(seed_store, str(query), "-f", "turtle")
    assert done.returncode == 0, done.stderr[-500:]
    assert "organization:dmtf" in done.stdout or f"<{dmtf}>" in done.stdout


def test_a_describe_at_the_limit_still_runs(seed_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "limit.rq"
    query.write_text("DESCRIBE " + iris(MAX_DESCRIBED), encoding="utf-8")
    done = kg_sparql(seed_store, str(query))
    assert done.returncode == 0, done.stderr[-500:]


LIBRARY_CALL = """
import sys
from kg.sparql.named import QueryError
from kg.store import open_store
with open_store(sys.argv[1], readonly=True) as graph:
    try:
        graph.execute("DESCRIBE", sys.stdin.read())
    except QueryError as error:
        print(error)
"""


def test_the_library_refuses_it_where_text_meets_the_engine(seed_store: Path) -> None:
    """KnowledgeGraph.execute (a notebook's kernel): in a child of its own, which the segfault ended."""
    done = subprocess.run(
        [sys.executable, "-c", LIBRARY_CALL, str(seed_store)],
        input=LISTED["IRIs"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.startswith(f"the query describes {MANY:,} resources"), done.stdout


def test_the_server_refuses_it_without_losing_a_worker(http: httpx.Client) -> None:
    """Before: 503 "the query crashed the query engine in its worker" (the worker killed by SIGSEGV)."""
    answer = http.post("/sparql", data={"query": LISTED["IRIs"]}, headers={"Accept": "text/turtle"})
    assert answer.status_code == 400, answer.text[:300]
    assert f"describes {MANY:,} resources" in answer.text
    dmtf = "https://w3id.org/alliance-kg/id/organization/dmtf"
    values = f"DESCRIBE ?r WHERE {{ VALUES ?r {{ <{dmtf}> {iris(MANY)} }} }}"
    answer = http.post("/sparql", data={"query": values}, headers={"Accept": "application/n-triples"})
    assert answer.status_code == 200 and f"<{dmtf}>" in answer.text, answer.text[:300]
