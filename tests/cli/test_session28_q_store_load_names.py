"""`kg store load` names the graphs of the store that the published N-Quads do not hold.

Found by a new user's first hour (session 28, engineer Q): `kg build`, `kg ingest my.docx`, then
`kg store load` (after reading that it replaces a damaged store) put dist/alliance-kg.nq in place of
the store, and the ingested document's graph was gone without a word.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.cli import kg_command

SEED = Path(__file__).resolve().parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt"
GRAPH = "https://w3id.org/alliance-kg/id/graph/register/"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published N-Quads of the seed registers (`kg build --no-store`)."""
    folder = tmp_path_factory.mktemp("published")
    done = kg_command("build", "--no-store", "--out", str(folder / "dist"), cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "dist" / "alliance-kg.nq"


def ingested(tmp_path: Path, *slugs: str) -> None:
    """The seed register ingested again, edited, under each slug: one more graph each."""
    for slug in slugs:
        edited = tmp_path / f"{slug}.txt"
        edited.write_text(SEED.read_text(encoding="utf-8") + f"\nNote: copy {slug}.\n", encoding="utf-8")
        done = kg_command("ingest", str(edited), "--slug", slug, "--workers", "0", cwd=tmp_path)
        assert done.returncode == 0, done.stderr


def test_the_graphs_gone_are_named(store_copy: Path, tmp_path: Path, dist: Path) -> None:
    slugs = ["first-copy", "second-copy"]
    assert kg_command("store", "load", "--from", str(dist), cwd=tmp_path).returncode == 0  # as published
    ingested(tmp_path, *slugs)
    done = kg_command("store", "load", "--from", str(dist), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "graph(s) the store held are not in" in done.stderr, done.stderr  # (and the document's work)
    for slug in slugs:
        assert f"{GRAPH}{slug}" in done.stderr
    assert f"{GRAPH}ogf-dmtf" not in done.stderr.replace(f"{GRAPH}ogf-dmtf-", "")


def test_nothing_gone_or_no_store_says_nothing(store_copy: Path, tmp_path: Path, dist: Path) -> None:
    first = kg_command("store", "load", "--from", str(dist), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = kg_command("store", "load", "--from", str(dist), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "are gone" not in again.stderr  # the store holds what the file holds: nothing to name
    shutil.rmtree(store_copy)
    fresh = kg_command("store", "load", "--from", str(dist), cwd=tmp_path)
    assert fresh.returncode == 0, fresh.stderr
    assert "are gone" not in fresh.stderr
