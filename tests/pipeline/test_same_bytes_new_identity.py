"""The same bytes read under a new identity (the rules that name a document changed between two ingests:
a version line read where none was) are one document, not a new version of themselves: the ingest says
which stored graph holds them and writes nothing (kg.pipeline.ingest.Session.holding)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.work_items import letterhead_register

from kg.cli.main import main
from kg.store import open_store


def test_the_same_bytes_under_a_new_identity_are_unchanged(
    seed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    document = tmp_path / "register.txt"
    document.write_text(letterhead_register(version="Version 2.0"), encoding="utf-8")
    # the first ingest, by rules that did not read the version line: another identity for the same bytes
    import kg.extract.statements as statements

    monkeypatch.setattr(statements, "version_line", lambda text: None)
    assert main(["ingest", str(document), "--store", str(store), "--workers", "0"]) == 0
    monkeypatch.undo()
    with open_store(store) as kg:
        before = sorted(str(g) for g in kg.graphs())
    capsys.readouterr()
    assert main(["ingest", str(document), "--store", str(store), "--workers", "0"]) == 0
    out = capsys.readouterr().out
    assert "unchanged: the store's graph" in out and "holds this very document (the same SHA-256)" in out
    with open_store(store) as kg:
        assert sorted(str(g) for g in kg.graphs()) == before
