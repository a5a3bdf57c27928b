"""A DESCRIBE of thousands of resources in a short text is refused where text meets the engine, in the
library too (kg.store.interface.why_unparseable).

Why: session 28's attack (tests/robustness/test_attack_round15_describe.py) found Oxigraph segfaulting on a
DESCRIBE of about 2,700 resources or more; the lexer refuses more than MAX_DESCRIBED. But the library's
check lexes only text past the lexer's counts (8,000 characters, 128 brackets), so `DESCRIBE <><>...` with
3,000 relative IRIs (6 KB) reached Oxigraph from KnowledgeGraph.execute, and the process died (exit -11).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.sparql.lexer import MAX_DESCRIBED
from kg.store.interface import why_unparseable

MANY = 3_000

SHORT = {
    "relative IRIs": "BASE <urn:x:> DESCRIBE " + "<>" * MANY,
    "empty-prefix names": "PREFIX : <urn:x:> DESCRIBE " + ": " * MANY,
    "in lower case": "base <urn:x:> describe " + "<>" * MANY,
}

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


@pytest.mark.parametrize("shape", sorted(SHORT))
def test_a_short_describe_of_many_resources_is_refused_unparsed(shape: str) -> None:
    text = SHORT[shape]
    assert len(text) < 8_000  # within the counts that let text through unlexed
    reason = why_unparseable(text)
    assert reason is not None and reason.startswith(f"the query describes {MANY:,} resources"), reason


def test_short_texts_and_other_forms_still_pass_unlexed() -> None:
    assert why_unparseable("DESCRIBE " + "<urn:x:a> " * 10) is None
    assert why_unparseable("BASE <urn:x:> DESCRIBE " + "<>" * MAX_DESCRIBED) is None
    assert why_unparseable("SELECT * WHERE { ?s ?p ?o } # describe " + "x" * 3_000) is None


def test_the_library_refuses_it_in_a_process_that_survives(seed_store: Path) -> None:
    """KnowledgeGraph.execute, as a notebook calls it: in a child of its own, which the segfault ended."""
    done = subprocess.run(
        [sys.executable, "-c", LIBRARY_CALL, str(seed_store)],
        input=SHORT["relative IRIs"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])  # before: -11
    assert done.stdout.startswith(f"the query describes {MANY:,} resources"), done.stdout
