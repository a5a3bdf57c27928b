"""`kg serve --hide-emails`'s copy of the store never outlives it.

The copy (kg.cli.serve.hidden_store) is made under $TMPDIR/kg-serve-hidden-<uid>/, beside a lock
its server holds. Checked here on real `kg serve` processes: a server stopped by SIGTERM (as
tests and service managers stop it), SIGINT (Ctrl-C) or SIGHUP (the terminal closed) removes
its copy; one killed by SIGKILL cannot, and the next server removes it on start, without
touching the copy of a server still running. A TMPDIR that cannot take the copy gives one line
naming the folder and what to do, exit status 2, and leaves nothing behind: what fills it up
here is a file-size limit (RLIMIT_FSIZE) in the server's process, which makes RocksDB's writes
past it fail with EFBIG in the middle of the copy, as a full disk fails them with ENOSPC (a
tiny tmpfs would need a mount, which CI may not allow).
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli.serve import HIDDEN_COPIES

READY = "Application startup complete"
EX = "https://example.org/"


def copies_folder(tmpdir: Path) -> Path:
    return tmpdir / f"{HIDDEN_COPIES}-{os.getuid()}"


def left_in(tmpdir: Path) -> list[str]:
    """What is left under TMPDIR, as relative paths."""
    return sorted(str(path.relative_to(tmpdir)) for path in tmpdir.rglob("*"))


def copies(tmpdir: Path) -> set[str]:
    """The folders holding a copy of the store."""
    folder = copies_folder(tmpdir)
    return {path.parent.parent.name for path in folder.glob("*/store/CURRENT")} if folder.is_dir() else set()


def start(store: Path, tmpdir: Path, log: Path) -> subprocess.Popen:
    """`kg serve --hide-emails` with TMPDIR=`tmpdir`, in a session of its own, once it serves."""
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--hide-emails"]
    command += ["--port", "0", "--log-level", "info"]  # port 0: any free one (the test asks no page)
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "TMPDIR": str(tmpdir)},
        )
    deadline = time.monotonic() + 90
    while READY not in log.read_text(errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process, signal.SIGKILL)
            pytest.fail(f"kg serve --hide-emails did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.1)
    return process


def stop(process: subprocess.Popen, signum: int, group: bool = True) -> int:
    if process.poll() is None:
        (os.killpg if group else os.kill)(process.pid, signum)
    try:
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_a_killed_servers_copy_is_removed_by_the_next_server(seed_store: Path, tmp_path: Path) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    first = start(seed_store, tmpdir, tmp_path / "first.log")
    try:
        stale = copies(tmpdir)
        assert len(stale) == 1
        stop(first, signal.SIGKILL)  # the server and its query workers: nothing can clean up
        assert copies(tmpdir) == stale, "SIGKILL left no copy: this test no longer tests the sweep"

        second = start(seed_store, tmpdir, tmp_path / "second.log")
        try:
            running = copies(tmpdir)
            assert len(running) == 1 and not running & stale
            entries = {path.name for path in copies_folder(tmpdir).iterdir()}
            assert entries == {name for copy in running for name in (copy, f"{copy}.lock")}  # no stale lock

            third = start(seed_store, tmpdir, tmp_path / "third.log")  # a running server's copy stays
            try:
                assert running < copies(tmpdir) and len(copies(tmpdir)) == 2
            finally:
                assert stop(third, signal.SIGTERM) == 128 + signal.SIGTERM
            assert copies(tmpdir) == running
        finally:
            assert stop(second, signal.SIGTERM) == 128 + signal.SIGTERM
    finally:
        stop(first, signal.SIGKILL)
    assert left_in(tmpdir) == [], "SIGTERM left the copy behind"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP], ids=["SIGINT", "SIGHUP"])
def test_a_stopped_server_removes_its_copy(seed_store: Path, tmp_path: Path, signum: int) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    log = tmp_path / "serve.log"
    server = start(seed_store, tmpdir, log)
    assert len(copies(tmpdir)) == 1
    status = stop(server, signum, group=False)  # to the server alone: its workers follow it
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
    assert "Application shutdown complete" in text  # stopped gracefully, not torn down
    assert status == 128 + (signal.SIGTERM if signum == signal.SIGHUP else signum)
    assert left_in(tmpdir) == []


def limit_file_size() -> None:
    """In the server's process: files may not grow past 100 kB (RocksDB writes larger ones)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG from write(), instead of a core dump
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


def large_store(path: Path) -> Path:
    """20,000 triples, 2 MB of text: each file of its copy would be far larger than the limit."""
    store = ox.Store(str(path))
    graph, note = ox.NamedNode(EX + "graph"), ox.NamedNode(EX + "note")
    store.bulk_extend(
        ox.Quad(ox.NamedNode(f"{EX}contact/{n}"), note, ox.Literal(f"{n:05d} " * 20), graph)
        for n in range(20_000)
    )
    store.flush()
    del store
    return path


def test_a_full_tmpdir_gives_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    store = large_store(tmp_path / "store")
    served = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--hide-emails", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TMPDIR": str(tmpdir)},
        preexec_fn=limit_file_size,
    )
    assert served.returncode == 2, served.stderr
    assert "copying" in served.stdout  # the copy itself failed, not something before it
    lines = served.stderr.splitlines()
    assert len(lines) == 1, served.stderr
    assert lines[0].startswith(f"kg serve: --hide-emails cannot copy the store to {copies_folder(tmpdir)}: ")
    assert "File too large" in lines[0]
    assert re.search(r"Free space there \(the store takes [\d.]+ MB\), or set TMPDIR to a folder", lines[0])
    assert left_in(tmpdir) == []
