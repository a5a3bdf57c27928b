"""The distribution directory: killed at each step of kg.model.rdfio.atomic_directory
(the swap that publishes `kg build`'s files), readers find the old directory or the new one.

Random kills (tests/robustness/test_faults_store.py) rarely land between two renames a few microseconds
apart; here a process kills itself with SIGKILL at a chosen step, so every step is hit. With two
renames (old -> retired, new -> target) a kill between them left no directory at all; the
swap is now one renameat2(RENAME_EXCHANGE) where the kernel has it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.model.rdfio import _exchange

WRITER = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from pathlib import Path
    import kg.model.rdfio as rdfio

    target, step = Path(sys.argv[1]), sys.argv[2]

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if step == "after-swap":
        shutil.rmtree = die            # the swap is done; the old directory is not yet removed
    if step == "between-renames":
        real_replace = os.replace
        calls = []
        def replace(*args):
            calls.append(args)
            real_replace(*args)
            if len(calls) == 1:
                die()
        os.replace = replace
        rdfio._exchange = lambda first, second: False   # as on a kernel without RENAME_EXCHANGE
    with rdfio.atomic_directory(target) as staging:
        for name in ("a.ttl", "b.ttl"):
            (staging / name).write_text("new")
            if step == "while-writing":
                die()
    """
)


def kill_at(step: str, target: Path) -> int:
    return subprocess.run(
        [sys.executable, "-c", WRITER, str(target), step], cwd=Path(__file__).parents[2]
    ).returncode


def contents(directory: Path) -> dict[str, str] | None:
    return {p.name: p.read_text() for p in directory.iterdir()} if directory.is_dir() else None


@pytest.fixture
def published(tmp_path: Path) -> Path:
    target = tmp_path / "dist"
    target.mkdir()
    for name in ("a.ttl", "b.ttl"):
        (target / name).write_text("old")
    return target


@pytest.mark.parametrize("step", ["while-writing", "after-swap"])
def test_a_kill_at_any_step_leaves_the_old_or_the_new_directory(published: Path, step: str) -> None:
    assert kill_at(step, published) == -9
    assert contents(published) in ({"a.ttl": "old", "b.ttl": "old"}, {"a.ttl": "new", "b.ttl": "new"})


def test_why_the_swap_is_one_step(published: Path) -> None:
    """The two-rename fallback, killed between its renames, leaves no directory at all."""
    if not _exchange(published, published):
        pytest.skip("no renameat2(RENAME_EXCHANGE) here: the two-rename fallback is in use")
    assert kill_at("between-renames", published) == -9
    assert contents(published) is None
