"""`kg ingest` refuses a document whose graph would be over the triple cap (kg.model.budget), while
the graph is built: the rest of a batch goes on, nothing of the refused document is stored, and the
memory it took is bounded by the cap, not by the document."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.ingest_stores import stored_graph_names, table_heavy_document

from kg.cli.main import main

ROOT = Path(__file__).parents[2]
SEED = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"


@pytest.fixture(scope="module")
def table_heavy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return table_heavy_document(tmp_path_factory.mktemp("documents"))


def test_a_batch_refuses_the_document_over_the_cap_and_adds_the_others(
    table_heavy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    code = main(["ingest", str(SEED), str(table_heavy), "--max-triples", "20000", "--store", str(store)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{table_heavy}: its graph would hold more than 20,000 triples" in err
    assert "--max-triples" in err
    assert "1 added" in out and "1 refused" in out
    stored = stored_graph_names(store)
    assert any("ogf-dmtf" in iri for iri in stored)
    assert not any("dmtf-ogf-work-register-0" in iri for iri in stored)


# Runs the command as its only child and prints that child's peak resident memory, in KiB, on stderr.
MEASURED = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:]).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize("workers", ["0", "1"])  # extracted in the command's process, or in its early child
def test_the_cap_from_the_environment_bounds_the_memory_of_the_command(
    table_heavy: Path, tmp_path: Path, workers: str
) -> None:
    """The real program: refused with exit 2 and the file named, the peak resident memory of its
    processes far under what the whole graph takes (550 MB measured without a cap)."""
    environment = {**os.environ, "ALLIANCE_KG_MAX_TRIPLES": "20000"}
    command = [sys.executable, "-m", "kg", "ingest", "--dry-run", "--workers", workers, str(table_heavy)]
    command += ["--store", str(tmp_path / "store")]
    finished = subprocess.run(
        [sys.executable, "-c", MEASURED, *command],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert finished.returncode == 2, finished.stderr
    message, peak_kib = finished.stderr.strip().rsplit("\n", 1)
    assert f"{table_heavy}: its graph would hold more than 20,000 triples" in message
    assert finished.stdout == ""  # a dry run prints the Turtle of an accepted document only
    assert int(peak_kib) / 1024 < 300


def test_a_cap_under_one_triple_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["ingest", str(SEED), "--max-triples", "0"])
    assert stopped.value.code == 2
    assert "--max-triples" in capsys.readouterr().err
