"""Attack round 19 (session 32, R): `kg validate --store` validates against the shapes the store holds,
which someone else may have written: a SPARQL constraint of a three-way cross product kept it running
(over ten minutes, then killed), and Ctrl-C did not stop it (the query runs in Oxigraph's code, and the
interpreter's exit waited for the validation's thread pool). It gives up after `--timeout` seconds
now (900 by default), one line and exit 2, and Ctrl-C ends it at once (kg.store.waiting)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

RUNAWAY_SHAPE = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX akg: <https://w3id.org/alliance-kg/ontology#>
INSERT DATA { GRAPH <https://w3id.org/alliance-kg/shapes> {
  <http://example.org/Runaway> a sh:NodeShape ; sh:targetClass akg:Organization ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:select
      '''SELECT $this WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i .
        FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), "z")) }''' ] .
} }
"""


@pytest.fixture(scope="module")
def hostile_store(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile-shapes") / "store"
    shutil.copytree(seed_store, path)
    store = ox.Store(str(path))
    store.update(RUNAWAY_SHAPE)
    store.flush()
    del store
    return path


PROGRAM = """
import os, signal, sys, threading
from kg.cli.main import main
# as a program run in the foreground: SIGINT raises KeyboardInterrupt, whatever the test runner left set
# (a job started in the background ignores SIGINT, and a child inherits that); set once the imports are
# done, so the signal meets the command, never an import
signal.signal(signal.SIGINT, signal.default_int_handler)
threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
sys.argv[0] = "kg"
sys.exit(main())  # as the program: no argument list (kg.cli.main ends it at once when work is left)
"""


def test_a_store_whose_shapes_never_end_is_given_up_at_the_time_limit(hostile_store: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "validate", "--store", str(hostile_store), "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=120,  # before: still running after ten minutes
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(
        "kg validate: the validation of the store ran past 1 s (--timeout) and was given up"
    )
    assert done.stdout == ""


def test_ctrl_c_ends_it(hostile_store: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, "validate", "--store", str(hostile_store)],
        capture_output=True,
        text=True,
        timeout=120,  # before: SIGINT held; the exit joined the pool
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == "kg validate: interrupted"
