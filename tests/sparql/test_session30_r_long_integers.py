"""Attack round 17 (session 30, engineer R): an answer holding an integer of thousands of digits.

`kg sparql -f json 'SELECT ?x { BIND(999...9 AS ?x) }'` (6,000 digits: valid SPARQL, a valid xsd:integer)
printed rdflib's "Failed to convert Literal lexical form to value" and a ValueError traceback (Python
converts at most 4,300 digits of text to int) on stderr before the right answer, exit 0. The warning is
dropped (kg.sparql.results); the answer is unchanged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.store.embedded import write_store

DIGITS = "9" * 6000


def test_a_long_integer_is_answered_without_a_traceback(tmp_path: Path) -> None:
    graph = Graph(identifier=URIRef("http://example.org/g"))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({graph.identifier: graph}, tmp_path / "store")
    query = f"SELECT ?x WHERE {{ BIND({DIGITS} AS ?x) }}"
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "sparql", "--store", str(store), "-f", "json", query],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Failed to convert" not in done.stderr, done.stderr[:500]
    assert json.loads(done.stdout)["results"]["bindings"][0]["x"]["value"] == DIGITS
