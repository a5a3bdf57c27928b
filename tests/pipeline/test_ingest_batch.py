"""`kg ingest PATH...`: many files and folders in one run. Folders are walked (sorted, link loops and
broken links reported, not fatal), each accepted document is its own named graph, refused ones are
reported per document without stopping the batch, a closing table and an exit code that says whether
anything was refused; --dry-run writes nothing; a progress bar on a terminal only."""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import URIRef
from support.ingest_stores import refusing_store

from kg.cli.main import main
from kg.pipeline.ingest import documents_in, extract, ingest_batch
from kg.store import generation, open_store

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


ROOT = Path(__file__).parents[2]
REGISTERS = ROOT / "data" / "registers"
FIXTURES = ROOT / "tests" / "fixtures"
GOOD = [
    REGISTERS / "ogf-dmtf-work-register.txt",
    REGISTERS / "dmtf-snia-ofa-work-register.txt",
    FIXTURES / "registers" / "ogf-ofa-register.html",
    FIXTURES / "formats" / "snia-ofa-register.docx",
]
REFUSED = GOOD[1]  # by the shape refusing_store adds


def sizes(store: Path) -> dict[URIRef, int]:
    with open_store(store) as knowledge_graph:
        return knowledge_graph.graph_sizes()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four registers (two in a sub-folder, one refused by refusing_store's shape), a binary file, a broken
    link, a link loop, and files the walk leaves alone (an image, a hidden file, an editor's lock file)."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    for path in (GOOD[0], GOOD[2]):
        shutil.copy(path, docs / path.name)
    shutil.copy(REFUSED, docs / "sub" / "refused.txt")
    shutil.copy(GOOD[3], docs / "sub" / GOOD[3].name)
    (docs / "photo.txt").write_bytes(bytes(range(256)) * 4)
    (docs / "gone.md").symlink_to(docs / "nowhere.md")
    (docs / "sub" / "loop").symlink_to(docs)
    (docs / "picture.png").write_bytes(b"\x89PNG")
    (docs / ".hidden.txt").write_text("not taken")
    (docs / "~$lock.docx").write_bytes(b"not taken")
    return docs


def test_a_folder_is_walked_sorted_and_its_problems_are_reported_not_fatal(folder: Path) -> None:
    found, problems = documents_in([folder, folder / "ogf-ofa-register.html"])  # a file twice: once
    names = [path.relative_to(folder).as_posix() for path in found]
    assert names == [
        "gone.md",
        "ogf-dmtf-work-register.txt",
        "ogf-ofa-register.html",
        "photo.txt",
        "sub/refused.txt",
        "sub/snia-ofa-register.docx",
    ]
    assert [(p.path, p.exit_code) for p in problems] == [(folder / "sub" / "loop", 2)]
    assert "symbolic link loop" in str(problems[0].error)


def test_a_batch_writes_each_accepted_document_and_reports_each_refused_one(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = refusing_store(tmp_path / "store", [REFUSED])
    base = set(sizes(store))
    assert main(["ingest", str(folder), "--store", str(store)]) == 2  # the highest refused code
    out, err = capsys.readouterr()
    assert set(sizes(store)) - base == {extract(path).graph_iri for path in (GOOD[0], GOOD[2], GOOD[3])}
    for refused, why in [
        ("gone.md", "no such file"),
        ("photo.txt", "binary file"),
        ("sub/refused.txt", "test: refused by the store's own shape"),
        ("sub/loop", "symbolic link loop"),
    ]:
        assert f"{folder / refused}: " in err and why in err, refused
    table = out[out.index("document ") :].splitlines()
    assert table[0].split() == ["document", "kind", "parties", "facts", "warnings", "verdict"]
    rows = {line.split()[0]: line.split() for line in table[1:-1]}
    assert rows[str(folder / "sub" / "refused.txt")][-2:] == ["refused", "(1)"]
    assert rows[str(folder / "photo.txt")][-2:] == ["refused", "(2)"]
    ogf = rows[str(folder / "ogf-dmtf-work-register.txt")]
    assert ogf[-1] == "added" and ogf[1] == "WorkRegister" and "OGF," in ogf and "DMTF" in ogf
    assert int(ogf[-3]) == len(extract(GOOD[0]).facts)
    assert table[-1] == "7 document(s): 3 added, 0 replaced, 0 unchanged, 4 refused"
    assert "\x1b" not in out  # not a terminal: no progress bar, no colours


def test_the_same_batch_again_is_unchanged_and_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    paths = [str(path) for path in GOOD]
    assert main(["ingest", *paths, "--store", str(store)]) == 0
    before, written = sizes(store), generation.current(store)
    capsys.readouterr()
    assert main(["ingest", *paths, "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "4 document(s): 0 added, 0 replaced, 4 unchanged, 0 refused"
    assert sizes(store) == before and generation.current(store) == written


def test_a_dry_run_batch_writes_nothing_and_says_what_would_be_done(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(GOOD[0]), "--store", str(store)]) == 0
    before, written = sizes(store), generation.current(store)
    capsys.readouterr()
    assert main(["ingest", str(folder), "--store", str(store), "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "would be added" in out and "wrote graph" not in out
    assert out.splitlines()[-1].endswith("(dry run: nothing was written)")
    assert sizes(store) == before and generation.current(store) == written
    assert main(["ingest", *map(str, GOOD), "--dry-run", "--store", str(tmp_path / "new")]) == 0
    assert not (tmp_path / "new").exists()


def test_only_violations_exit_1_and_the_valid_documents_are_still_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = refusing_store(tmp_path / "store", [REFUSED])
    base = set(sizes(store))
    assert main(["ingest", str(REFUSED), str(GOOD[2]), "--store", str(store)]) == 1
    assert "test: refused by the store's own shape" in capsys.readouterr().err
    assert set(sizes(store)) - base == {extract(GOOD[2]).graph_iri}


def test_the_library_gives_each_outcome_in_order_with_or_without_workers(tmp_path: Path) -> None:
    refusing_store(tmp_path / "a", [REFUSED])
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    paths = [REFUSED, GOOD[0], GOOD[2]]
    pooled = list(ingest_batch(paths, store=tmp_path / "a", workers=2))
    inline = list(ingest_batch(paths, store=tmp_path / "b", workers=0))
    for outcomes in (pooled, inline):
        assert [(o.path, o.verdict, o.exit_code) for o in outcomes] == [
            (REFUSED, "refused", 1),
            (GOOD[0], "added", 0),
            (GOOD[2], "added", 0),
        ]
    assert [o.facts for o in pooled] == [o.facts for o in inline]
    assert sizes(tmp_path / "a") == sizes(tmp_path / "b")


def test_slug_is_for_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", *map(str, GOOD[:2]), "--slug", "x", "--dry-run"]) == 2
    assert "--slug names one document" in capsys.readouterr().err


def run_in_a_terminal(arguments: list[str], timeout: float = 120) -> tuple[int, str]:
    """Run the real `kg` with its stdout and stderr on a pseudo-terminal; (exit code, what it showed)."""
    leader, follower = pty.openpty()
    environment = {**os.environ, "COLUMNS": "160", "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *arguments], stdout=follower, stderr=follower, env=environment
    )
    os.close(follower)
    shown, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the program closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=10), shown.decode("utf-8", "replace")


def test_a_terminal_gets_a_progress_bar_and_a_drawn_table(tmp_path: Path) -> None:
    code, shown = run_in_a_terminal(["ingest", *map(str, GOOD[:2]), "--store", str(tmp_path / "store")])
    assert code == 0, shown
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)
    assert "━" in plain and "2/2" in plain  # rich's bar and its count
    assert "┃ document" in plain and "verdict" in plain  # a drawn table


def test_generated_register_documents_are_accepted_each_as_its_own_graph(tmp_path: Path) -> None:
    """The documents benchmarks/bench_ingest.py ingests (kg.testing.corpus.RegisterDocuments)."""
    from kg.testing.corpus import RegisterDocuments, scaled_document

    paths = RegisterDocuments().write(tmp_path / "docs", 3)
    assert paths[0].read_text() == RegisterDocuments().document(0)  # the same for the same seed
    outcomes = list(ingest_batch(paths, store=tmp_path / "store", workers=0))
    assert [o.verdict for o in outcomes] == ["added"] * 3
    assert len({o.extraction.graph_iri for o in outcomes if o.extraction}) == 3
    for kind in ("list", "prose"):
        assert 9_000 <= len(scaled_document(kind, 10_000)) <= 11_000
        assert 95_000 <= len(scaled_document(kind, 100_000)) <= 105_000
