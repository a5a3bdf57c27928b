"""The real program on the development corpus: `kg ingest FOLDER` of every dev document in one batch.

Why: `kg evaluate` extracts each document on its own and never writes, so it cannot see what only a real
batch shows: a document validated in the context of the store the earlier documents of the batch
filled (session 15: a unit given two owners across two documents refused a memorandum whole), or a
document whose facts the shapes refuse (a register left with one party). A refused alliance document
loses all its facts, the worst failure a user meets; so every dev document about an alliance must be
added, and every one about no alliance refused with exit code 3 (docs/corpus.md).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.corpus_known import STILL_ACCEPTED, STILL_REFUSED

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


CORPUS = Path(__file__).parents[1] / "fixtures" / "corpus"
# A row of the batch's closing table: the document, then its verdict at the end of the line.
VERDICT = re.compile(r"^(?P<document>\S+)\s.*\s(?P<verdict>added|refused \(\d\))\s*$")


def dev_documents() -> dict[str, str]:
    """File name -> the kind its gold gives."""
    kinds = {}
    for gold in sorted((CORPUS / "dev").glob("*.gold.json")):
        facts = json.loads(gold.read_text(encoding="utf-8"))
        kinds[facts["document"]] = facts["kind"]
    return kinds


PRINTED_TWIN = "-pdf.pdf"
"""The suffix of a PDF printed from a Word document's source (tests/fixtures/corpus/make_pdf.py): the same
document as its Word twin, with the same identity (title, version, date: docs/identity.md), so one store
takes one of the two and refuses the other as another version of it, as it would a user's pair."""


def ingest(folder: Path, store: Path) -> tuple[int, dict[str, str], str]:
    """The exit code, each document's verdict and the standard error of `kg ingest FOLDER --strict`."""
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store), "--strict"],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    verdicts = {}
    for line in done.stdout.splitlines():
        row = VERDICT.match(line)
        if row:
            verdicts[Path(row["document"]).name] = row["verdict"]
    return done.returncode, verdicts, done.stderr


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, seed_store: Path) -> tuple[int, dict[str, str], str]:
    """The exit code, each document's verdict and the standard error of one batch into a seed store; the
    PDFs printed from the Word documents' sources in a second batch into another copy of it (PRINTED_TWIN),
    their verdicts with the others'.

    `--strict` refuses a document at its first SHACL Violation instead of taking out the facts it names
    (kg.pipeline.salvage): so a document added is one whose whole reading is storable, validated in the
    context of the store and of the documents before it, and a rule that reads a fact the shapes refuse
    fails here by the document's name."""
    work = tmp_path_factory.mktemp("corpus-batch")
    folders = {"dev": work / "dev", "printed": work / "printed"}
    for name in dev_documents():
        folder = folders["printed" if name.endswith(PRINTED_TWIN) else "dev"]
        folder.mkdir(exist_ok=True)
        shutil.copy2(CORPUS / "dev" / name, folder / name)
    code, verdicts, stderr = 0, {}, ""
    for part, folder in folders.items():
        store = work / f"store-{part}"
        shutil.copytree(seed_store, store)
        part_code, part_verdicts, part_stderr = ingest(folder, store)
        code = part_code if part == "dev" else code
        verdicts.update(part_verdicts)
        stderr += part_stderr
    return code, verdicts, stderr


def test_every_dev_document_has_a_verdict_in_the_table(batch: tuple[int, dict[str, str], str]) -> None:
    _, verdicts, stderr = batch
    assert set(verdicts) == set(dev_documents()), stderr[-2000:]


def test_every_alliance_document_is_added_in_one_batch(batch: tuple[int, dict[str, str], str]) -> None:
    _, verdicts, stderr = batch
    kinds = dev_documents()
    refused = sorted(
        name
        for name, verdict in verdicts.items()
        if verdict != "added" and kinds[name] != "NotAlliance" and name not in STILL_REFUSED
    )
    reasons = [line for line in stderr.splitlines() if any(name in line for name in refused)]
    assert not refused, "\n".join(reasons)
    assert set(kinds) >= STILL_REFUSED, "a document listed as still refused is no dev document"


def test_every_document_about_no_alliance_is_refused_as_such(batch: tuple[int, dict[str, str], str]) -> None:
    code, verdicts, _ = batch
    kinds = dev_documents()
    not_alliance = {
        name for name, kind in kinds.items() if kind == "NotAlliance" and name not in STILL_ACCEPTED
    }
    assert not_alliance, "the dev corpus has documents about no alliance"
    assert set(kinds) >= STILL_ACCEPTED, "a document listed as still accepted is no dev document"
    assert {name: verdicts.get(name) for name in not_alliance} == dict.fromkeys(not_alliance, "refused (3)")
    assert code == 3, "the batch's exit code says a document about no alliance was refused"
