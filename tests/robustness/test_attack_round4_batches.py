"""The fourth outside attack (session 12): a folder of many small files against the real `kg ingest`
(docs/reliability.md, section 12).

Every document's outcome stayed in memory until the batch ended: the pool was given every document
at once and kept each finished extraction in its future (also once read), and the command kept every
outcome (text, offsets, graphs, validation report) for its closing table. A folder of 2,000 small
files grew `kg ingest` by about 1.5 MB a document: 2.8 GB at 1,740 documents, so 10,000 would need
15 GB. Now the pool works a few documents ahead and the command keeps one row per document.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from kg.pipeline.limits import AHEAD_PER_WORKER, LimitedTask, surviving_map

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


ORGANIZATIONS = (
    "Open Grid Forum (OGF)",
    "Distributed Management Task Force (DMTF)",
    "Storage Networking Industry Association (SNIA)",
    "Broadband Forum (BBF)",
)
KG_INGEST = (sys.executable, "-m", "kg.cli", "ingest", "--dry-run", "--workers", "2")
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL, check=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def folder_of(root: Path, count: int) -> Path:
    folder = root / f"memoranda-{count}"
    folder.mkdir()
    for index in range(count):
        first, second = ORGANIZATIONS[index % 4], ORGANIZATIONS[(index + 1) % 4]
        (folder / f"memo-{index:05d}.txt").write_text(
            f"Memorandum {index}\n\nThe {first} and the {second} agree to collaborate on item {index}.\n",
            encoding="utf-8",
        )
    return folder


def peak_kib(folder: Path, store: Path) -> int:
    """The largest resident size of `kg ingest --dry-run FOLDER` (its pool's workers included), KiB."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *KG_INGEST, str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "ALLIANCE_KG_STORE": str(store)},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


def test_a_batch_s_memory_does_not_grow_with_its_documents(tmp_path: Path) -> None:
    few = peak_kib(folder_of(tmp_path, 20), tmp_path / "store")
    many = peak_kib(folder_of(tmp_path, 120), tmp_path / "store")
    # before: about 1.5 MB more per document (150 MB for these 100 more, 2.5 times the bound)
    assert many - few < 60 * 1024, f"{few} KiB for 20 documents, {many} KiB for 120"


class CountingPool:
    """Runs each task when it is submitted, counting the futures handed out and not yet let go."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, task: Any, path: Any) -> Future[Any]:
        self.submitted += 1
        future: Future[Any] = Future()
        future.set_result(task(path))
        return future


def test_the_pool_is_given_a_few_documents_ahead_of_the_reader() -> None:
    pool = CountingPool()
    task = LimitedTask(lambda path: path, 60, lambda path, error: error)
    results = surviving_map(pool, lambda workers: pool, task, list(range(100)), 2)  # type: ignore[arg-type]
    for read, result in enumerate(results, start=1):
        assert result == read - 1
        assert pool.submitted <= read + AHEAD_PER_WORKER * 2, (read, pool.submitted)
    assert pool.submitted == 100
