"""A fault of our own code met while extracting one document refuses that document, with a message naming
it and the place of the fault, and the batch goes on (kg.pipeline.ingest.ExtractionFailed).

Why: a held-out document whose plain-text table held a row of empty cells ("|      |      |") made the
rules index an empty block; `kg ingest` then stopped in a traceback, the documents after it never read,
with no table and no refusal. The fault itself is mended where it was; these tests inject one (the rules'
entry point raising for one file name) into every process that extracts, through a `sitecustomize` on
PYTHONPATH, so that they hold for any fault nobody has found yet, in each way `kg ingest` extracts: the
process forked for one file, the pool's workers (started by a forkserver, so a patch made in the test's
own process would not reach them) and the command's own process (`--workers 0`).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline.ingest import ExtractionFailed, extract

ROOT = Path(__file__).parents[2]
SEED = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
FAULTY_NAME = "faulty-register.txt"

SITECUSTOMIZE = f"""
import kg.extract.registers as registers

real = registers.extract_register


def faulty(document, *args, **kwargs):
    if document.path.name == {FAULTY_NAME!r}:
        return ().__getitem__(0)  # IndexError, as an empty block's start was
    return real(document, *args, **kwargs)


registers.extract_register = faulty
"""


@pytest.fixture
def faulty_env(tmp_path: Path) -> dict[str, str]:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(hooks), str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "ALLIANCE_KG_STORE": str(tmp_path / "store")}


@pytest.fixture
def faulty_document(tmp_path: Path) -> Path:
    path = tmp_path / FAULTY_NAME
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def ingest(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", "ingest", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("workers", [None, "0", "2"], ids=["default", "in-process", "pool"])
def test_a_fault_refuses_its_document_and_the_batch_goes_on(
    faulty_env: dict[str, str], faulty_document: Path, workers: str | None
) -> None:
    chosen = ["--workers", workers] if workers else []
    run = ingest(faulty_env, *chosen, str(faulty_document), str(SEED))
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 2, run.stderr
    assert f"{faulty_document}: its extraction failed on an internal error (IndexError: " in run.stderr
    assert "in sitecustomize.py:" in run.stderr  # where the fault was raised: here, the injected one
    assert "please report it with the document" in run.stderr
    rows = {line.split()[0]: line for line in run.stdout.splitlines() if line.startswith(("/", "data"))}
    assert "refused (2)" in rows[str(faulty_document)]
    assert rows[str(SEED)].rstrip().endswith("added"), run.stdout
    assert "1 added, 0 replaced, 0 unchanged, 1 refused" in run.stdout


def test_one_faulty_document_alone_is_a_refusal_not_a_traceback(
    faulty_env: dict[str, str], faulty_document: Path
) -> None:
    run = ingest(faulty_env, "--dry-run", str(faulty_document))
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith(f"kg ingest: {faulty_document}: its extraction failed on an internal error")
    assert run.stdout == ""


def test_the_refusal_names_the_place_and_crosses_processes(
    faulty_document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.registers as registers

    def faulty(document, *args, **kwargs):
        return {}["no such key"]

    monkeypatch.setattr(registers, "extract_register", faulty)
    with pytest.raises(ExtractionFailed) as caught:
        extract(faulty_document)
    message = str(caught.value)
    assert message.startswith(f"{faulty_document}: its extraction failed on an internal error (KeyError: ")
    assert f"in {Path(__file__).name}:" in message  # the innermost frame: where the fault was raised
    assert isinstance(caught.value.__cause__, KeyError)
    copy = pickle.loads(pickle.dumps(caught.value))  # as an extraction process sends it to the command
    assert type(copy) is ExtractionFailed and str(copy) == message


@pytest.mark.parametrize("error", [MemoryError(), SystemError("error return without exception set")])
def test_the_memory_caps_errors_are_left_to_the_limits(
    faulty_document: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    """kg.pipeline.limits.LimitedTask tells a document over the memory cap by these errors: they pass."""
    import kg.extract.registers as registers

    def faulty(document, *args, **kwargs):
        raise error

    monkeypatch.setattr(registers, "extract_register", faulty)
    with pytest.raises(type(error)):
        extract(faulty_document)
