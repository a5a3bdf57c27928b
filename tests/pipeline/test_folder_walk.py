"""`kg ingest FOLDER` walks each folder once, however many links lead to it (documents_in)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from kg.pipeline.ingest import documents_in

LEVELS = 20  # 2^20 walks before the fix: minutes; now 21 folders


def diamond_chain(root: Path, levels: int) -> Path:
    """d0 .. dN, each d_i holding two links (a and b) to d_{i+1}, and a document at the end: 2^N ways
    to reach the document."""
    folders = [root / f"d{i}" for i in range(levels + 1)]
    for folder in folders:
        folder.mkdir()
    for here, there in itertools.pairwise(folders):
        (here / "a").symlink_to(Path("..") / there.name)
        (here / "b").symlink_to(Path("..") / there.name)
    (folders[-1] / "register.md").write_text("# A register\n", encoding="utf-8")
    return folders[0]


def test_a_folder_reached_by_many_links_is_walked_once(tmp_path: Path) -> None:
    start = diamond_chain(tmp_path, LEVELS)
    began = time.process_time()
    documents, problems = documents_in([start])
    spent = time.process_time() - began
    assert len(documents) == 1 and documents[0].name == "register.md"
    assert problems == []
    # walked once each (18 levels took 40 s before)
    assert spent < 5, f"{spent:.1f} CPU-s for {LEVELS} levels"


def test_a_link_loop_is_still_reported(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "itself").symlink_to(Path("."), target_is_directory=True)
    (folder / "register.md").write_text("# A register\n", encoding="utf-8")
    documents, problems = documents_in([folder])
    assert [d.name for d in documents] == ["register.md"]
    assert len(problems) == 1 and "symbolic link loop" in str(problems[0].error)
