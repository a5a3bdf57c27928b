"""Eighth outside attack: the folders `kg build`, `kg store load` and `kg ingest` replace are the user's.

`kg build --out DIR` swaps a new distribution in place of DIR whole, and `--store PATH` (or a store
`kg store load` reloads) a new store in place of PATH: whatever else was there was deleted. A user who
typed `--out .`, `--out ~/reports` or `ALLIANCE_KG_DIST=$HOME` lost every file of that folder, with exit 0
(docs/reliability.md section 16). Each command here runs as a real process on a folder of the user's.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from support.cli import kg_command

NQUADS = '<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n'


def users_folder(path: Path) -> Path:
    """A folder of someone's own: a note and a sub-folder with a file, nothing kg wrote."""
    (path / "sub").mkdir(parents=True)
    (path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (path / "sub" / "draft.md").write_text("# draft\n", encoding="utf-8")
    return path


def assert_untouched(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "sub"], sorted(os.listdir(folder))
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    assert (folder / "sub" / "draft.md").read_text(encoding="utf-8") == "# draft\n"


def assert_refused(result: subprocess.CompletedProcess[str], folder: Path) -> None:
    """Exit 2, one line naming the folder, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert folder.name in result.stderr


@pytest.mark.parametrize("how", ["out", "dist-variable"], ids=["--out DIR", "ALLIANCE_KG_DIST=DIR"])
def test_kg_build_does_not_replace_a_folder_of_other_files_by_the_distribution(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = users_folder(tmp_path / "reports")
    if how == "out":
        result = kg_command(
            "build", "--no-store", "--registers", "curated", "--out", str(folder), cwd=tmp_path
        )
    else:
        monkeypatch.setenv("ALLIANCE_KG_DIST", str(folder))
        result = kg_command("build", "--no-store", "--registers", "curated", cwd=tmp_path)
    assert_refused(result, folder)
    assert_untouched(folder)


def test_kg_build_does_not_replace_a_folder_of_other_files_by_the_store(tmp_path: Path) -> None:
    folder = users_folder(tmp_path / "documents")
    result = kg_command("build", "--registers", "curated", "--store", str(folder), cwd=tmp_path)
    assert_refused(result, folder)
    assert_untouched(folder)


def test_kg_store_load_does_not_replace_a_folder_of_other_files(tmp_path: Path) -> None:
    folder = users_folder(tmp_path / "documents")
    source = tmp_path / "one.nq"
    source.write_text(NQUADS, encoding="utf-8")
    result = kg_command("store", "load", str(folder), "--from", str(source), cwd=tmp_path)
    assert_refused(result, folder)
    assert_untouched(folder)


def test_a_file_is_not_replaced_by_a_store(tmp_path: Path) -> None:
    note = tmp_path / "thesis.txt"
    note.write_text("three years of work\n", encoding="utf-8")
    result = kg_command("build", "--no-store", "--registers", "curated", "--out", str(note), cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert note.read_text(encoding="utf-8") == "three years of work\n"


def test_kg_ingest_does_not_make_its_store_among_other_files(tmp_path: Path) -> None:
    """A store made among a folder's files is one a later `kg build --store` would replace whole."""
    folder = users_folder(tmp_path / "documents")
    document = tmp_path / "register.md"
    document.write_text("# Work register\n", encoding="utf-8")
    result = kg_command("ingest", "--store", str(folder), str(document), cwd=tmp_path)
    assert_refused(result, folder)
    assert_untouched(folder)


def test_the_current_folder_is_not_replaced(tmp_path: Path) -> None:
    """`--out .` once ended in an OSError traceback (EBUSY) and left a `..XXXX` staging folder in it."""
    here = tmp_path / "here"
    here.mkdir()
    result = kg_command("build", "--no-store", "--registers", "curated", "--out", ".", cwd=here)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert list(here.iterdir()) == []


def test_a_distribution_is_still_replaced(tmp_path: Path) -> None:
    """A folder of a distribution's files (an older build's) is still written over by `kg build`."""
    dist = tmp_path / "dist"
    dist.mkdir()
    for suffix in ("trig", "ttl", "nq", "jsonld"):
        (dist / f"alliance-kg.{suffix}").write_text("old\n", encoding="utf-8")
    built = kg_command("build", "--no-store", "--registers", "curated", "--out", "dist", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert sorted(p.suffix for p in dist.iterdir()) == [".jsonld", ".nq", ".trig", ".ttl"]
    assert all(p.read_text(encoding="utf-8") != "old\n" for p in dist.iterdir())


def test_a_store_is_still_replaced(tmp_path: Path) -> None:
    """A store, and an empty folder, are still written over by `kg store load`."""
    (tmp_path / "one.nq").write_text(NQUADS, encoding="utf-8")
    (tmp_path / "s").mkdir()
    for _ in range(2):
        loaded = kg_command("store", "load", "s", "--from", "one.nq", cwd=tmp_path)
        assert loaded.returncode == 0, loaded.stderr
