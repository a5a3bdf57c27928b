"""The fourteenth outside attack (session 23): `kg sparql` given deeply nested or very long query text.

The server and the Python API (KnowledgeGraph.query) refuse such text before any engine parses it
(kg.sparql.lexer: MAX_NESTING, MAX_TOKENS), because Oxigraph's recursive-descent parser overflows its
stack on it. `kg sparql` ran its text through its own path (`# include:` lines composed, then
KnowledgeGraph.execute) without that check: 20,000 nested braces, parentheses, property-path groups,
`!`s, collections or blank-node property lists ended the command with a segmentation fault (exit -11),
no message. Checked on the real command, from a file, from standard input and on the command line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.sparql.lexer import MAX_NESTING, MAX_TOKENS

DEPTH = 20_000
NESTED = {
    "braces": "SELECT * WHERE " + "{" * DEPTH + " ?s ?p ?o " + "}" * DEPTH,
    "parentheses": "SELECT * WHERE { FILTER(" + "(" * DEPTH + "1" + ")" * DEPTH + ") }",
    "path groups": "SELECT * WHERE { ?s " + "(" * DEPTH + "<urn:x:p>" + ")" * DEPTH + " ?o }",
    "negations": "SELECT * WHERE { FILTER(" + "!" * DEPTH + "true) }",
    "collections": "SELECT * WHERE { ?s <urn:x:p> " + "(" * DEPTH + ")" * DEPTH + " }",
    "property lists": "SELECT * WHERE { ?s <urn:x:p> " + "[ <urn:x:p> " * DEPTH + "1" + " ]" * DEPTH + " }",
    "many patterns": "SELECT * WHERE { "
    + " ".join(f"?s <urn:x:p> ?o{n} ." for n in range(MAX_TOKENS))
    + " }",
}


def kg_sparql(store: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real `kg sparql` on the seed store (read-only), which Oxigraph would parse the text for."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "sparql", "--store", str(store), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=120,
    )


@pytest.mark.parametrize("shape", sorted(NESTED))
def test_a_query_too_deep_or_too_long_is_refused_with_a_message_not_a_crash(
    seed_store: Path, tmp_path: Path, shape: str
) -> None:
    query = tmp_path / "attack.rq"
    query.write_text(NESTED[shape], encoding="utf-8")
    done = kg_sparql(seed_store, str(query))
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])  # a query error, not a signal
    assert done.stderr.startswith(f"kg sparql: {query}: the query "), done.stderr[-500:]
    # the deepest nesting is refused, or the tokens of the long flat run of `!`s or patterns
    assert f"at most {MAX_NESTING} levels" in done.stderr or f"at most {MAX_TOKENS:,} are" in done.stderr
    assert done.stdout == ""


def test_the_same_from_standard_input(seed_store: Path) -> None:
    done = kg_sparql(seed_store, "-", stdin=NESTED["braces"])
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert done.stderr.startswith(f"kg sparql: the query nests brackets {DEPTH} deep"), done.stderr[-500:]


def test_nesting_at_the_limit_still_runs(seed_store: Path) -> None:
    text = "ASK " + "{" * MAX_NESTING + " ?s ?p ?o " + "}" * MAX_NESTING
    done = kg_sparql(seed_store, text)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().lower() == "true"  # the seed store holds triples


LIBRARY_CALL = """
import sys
from kg.sparql.named import QueryError
from kg.store import open_store
with open_store(sys.argv[1], readonly=True) as graph:
    try:
        graph.execute("SELECT", sys.stdin.read())
    except QueryError as error:
        print(error)
"""


def test_the_library_refuses_it_where_text_meets_the_engine(seed_store: Path) -> None:
    """KnowledgeGraph.execute is public (a notebook's kernel would crash): run in a child of its own."""
    done = subprocess.run(
        [sys.executable, "-c", LIBRARY_CALL, str(seed_store)],
        input=NESTED["property lists"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.startswith("the query nests brackets"), done.stdout
