"""Third outside attack: a full disk under `kg`'s outputs (docs/reliability.md section 11).

A file-size limit (RLIMIT_FSIZE, what a nearly full disk or a quota looks like to a writer) under
the commands that write a file, and a full standard output (/dev/full): before, each ended in an
OSError traceback (exit 1), and `--out` over an existing file left it half-written, its old
content lost. Now: exit 2, one line naming the file, the old file whole.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from support.kg_server import served_store

PRECIOUS = b"the previous calendar, picture or export: still needed\n"
FILE_SIZE_LIMIT = 2000  # bytes: each output below is larger


def kg(
    *args: str, cwd: Path, limit: int | None = None, stdout: int | None = None
) -> subprocess.CompletedProcess:
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=limited,
    )


OUTPUTS = [
    ("calendar", "--out", "agenda.ics"),
    ("timeline", "--out", "timeline.svg"),
    ("network", "export", "--format", "graphml", "--out", "network.graphml"),
    ("network", "draw", "--out", "network.png"),
]


@pytest.fixture(scope="module", autouse=True)
def font_cache_built() -> None:
    """matplotlib's font list, built once without the file-size limit. Why: on a fresh machine the first
    picture builds it in the user's cache; under the limit it was written cut at 2,000 bytes (and said
    so on stderr), and every later run, limited or not, found it unreadable and built it again."""
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], check=True, timeout=300)


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c[:2]))
def test_a_full_disk_leaves_the_old_output_whole(tmp_path: Path, command: tuple[str, ...]) -> None:
    out = tmp_path / command[-1]
    out.write_bytes(PRECIOUS)
    done = kg(*command, "--store", str(served_store()), cwd=tmp_path, limit=FILE_SIZE_LIMIT)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot write {command[-1]}" in lines[0] and "File too large" in lines[0], (
        lines
    )
    assert out.read_bytes() == PRECIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == [command[-1]]  # no partial file left beside it

    done = kg(*command, "--store", str(served_store()), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes() != PRECIOUS and out.stat().st_size > FILE_SIZE_LIMIT
    assert out.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    assert sorted(p.name for p in tmp_path.iterdir()) == [command[-1]]


def current_umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    "command",
    [("history", "--store", "STORE"), ("sparql", "--store", "STORE", "SELECT * { ?s ?p ?o } LIMIT 50")],
    ids=lambda c: c[0],
)
def test_a_full_standard_output_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    arguments = [str(served_store()) if a == "STORE" else a for a in command]
    with open("/dev/full", "wb") as full:
        done = kg(*arguments, cwd=tmp_path, stdout=full.fileno())
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write the output" in lines[0] and "No space left" in lines[0], lines
