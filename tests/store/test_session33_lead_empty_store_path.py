"""An empty store path is an error, not the default store (session 32 R2's "found, not fixed"): open_store("")
and `kg query NAME --store ""` (a shell variable left unset) opened, or for a writer created, the default
store in the current folder without a word. So is an empty endpoint: open_store(endpoint="") queried the
embedded store (attack round 21's request; `--endpoint ""` is refused by kg.cli.options)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.store import open_store


@pytest.mark.parametrize("path", ["", "   "])
def test_open_store_refuses_an_empty_path(path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="is empty"):
        open_store(path, readonly=False)
    assert not (tmp_path / ".alliance-kg").exists()


def test_the_command_line_names_the_empty_store_path(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", "collaborators", "--param", "org=DMTF", "--store", ""],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "store's path '' is empty" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / ".alliance-kg").exists()


@pytest.mark.parametrize("endpoint", ["", " "])
def test_open_store_refuses_an_empty_endpoint(
    endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"endpoint's URL .* is empty"):
        open_store(endpoint=endpoint)


def test_kg_validate_store_without_a_path_still_validates_the_default_store(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kg validate --store` alone (argparse's const "") means the default store, not an empty path: the
    refusal above made it "the store's path '' is empty" until kg.cli.main passed `args.store or None`,
    as `kg diff --store` does."""
    from kg.cli.main import main

    monkeypatch.setenv("ALLIANCE_KG_STORE", str(seed_store))
    code = main(["validate", "--store"])
    captured = capsys.readouterr()
    assert "is empty" not in captured.err
    assert code == 0, captured.err
