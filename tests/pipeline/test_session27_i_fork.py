"""Session 27, engineer I: `kg ingest FILE`'s extraction process forked without multiprocessing.

kg.pipeline.early forks its child with os.fork and talks to it over two pipes (Forked, Channel): importing
multiprocessing (and, for an isinstance check, concurrent.futures.process, which imports it with its
queues) cost 10-25 CPU-ms of the command's start, on the critical path of both processes. These tests
hold what the command and its child load, and that Forked keeps what the module used of
multiprocessing.Process: exit codes (minus the signal), join with and without a timeout, kill, the child's
standard input, and whole values of any size both ways.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.model.sources import default_sources
from kg.pipeline.early import Channel, Forked, fork_available

pytestmark = pytest.mark.skipif(not fork_available(), reason="kg.pipeline.early forks (Linux)")

NOT_LOADED = ("multiprocessing", "concurrent.futures.process")

# `kg ingest ARGS...` in this interpreter; the command's modules, and its extraction process's modules
# when it has served (kg.pipeline.early.serve wrapped: it runs in the child), go to the file named first.
PROBE = """
import json, os, sys
import kg.pipeline.early as early
out = sys.argv.pop(1)
serve = early.serve
def serving(connection):
    try:
        serve(connection)
    finally:
        with open(out + ".child", "w", encoding="utf-8") as file:
            json.dump(sorted(sys.modules), file)
early.serve = serving
from kg.cli.main import main
code = main(sys.argv[1:])
with open(out, "w", encoding="utf-8") as file:
    json.dump(sorted(sys.modules), file)
sys.exit(code)
"""


def loaded(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_LOADED))


def run_probe(tmp_path: Path, *argv: str, one_core: bool = False) -> tuple[set[str], set[str] | None]:
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        preexec_fn=on_one_core if one_core else None,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote graph" in done.stdout, done.stdout
    child = Path(f"{out}.child")
    extraction = set(json.loads(child.read_text(encoding="utf-8"))) if child.is_file() else None
    return set(json.loads(out.read_text(encoding="utf-8"))), extraction


def on_one_core() -> None:
    """In the child before exec: one core allowed, so that kg.pipeline.early finds no idle core."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def test_neither_process_of_ingest_loads_multiprocessing(tmp_path: Path, store_copy: Path) -> None:
    document = default_sources().root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    argv = ("ingest", str(document), "--store", str(store_copy), "--slug", "forked", "--workers", "1")
    command, extraction = run_probe(tmp_path, *argv)
    assert extraction is not None and "kg.extract.registers" in extraction, "the child extracted"
    assert loaded(command) == []
    assert loaded(extraction) == []


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs sched_setaffinity")
def test_the_late_fork_on_a_busy_machine_loads_no_multiprocessing(tmp_path: Path, store_copy: Path) -> None:
    """On one core the child is forked once the command has imported what both halves need
    (LateExtraction): neither loads multiprocessing, before the fork or after."""
    document = default_sources().root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    argv = ("ingest", str(document), "--store", str(store_copy), "--slug", "busy-forked")
    command, extraction = run_probe(tmp_path, *argv, one_core=True)
    assert extraction is not None and "kg.extract.registers" in extraction
    assert loaded(command) == []
    assert loaded(extraction) == []


def echo(channel: Channel) -> None:
    """A child that sends back every value it gets until told None."""
    while (value := channel.recv()) is not None:
        channel.send(value)


def test_values_larger_than_a_pipe_go_whole_both_ways() -> None:
    child = Forked(echo)
    try:
        for value in (b"x" * (3 << 20), {"text": "é" * 200_000, "n": list(range(50_000))}, (), None):
            child.channel.send(value)
            if value is None:
                break
            assert child.channel.poll(60)
            assert child.channel.recv() == value
        child.join(timeout=60)
        assert child.exitcode == 0 and not child.is_alive()
    finally:
        child.channel.close()
        child.kill()
        child.join()


def test_a_child_gone_is_the_end_of_what_the_parent_reads() -> None:
    child = Forked(lambda channel: None)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert child.channel.poll(5)  # the end is something to read
    with pytest.raises(EOFError):
        child.channel.recv()
    child.channel.close()
    with pytest.raises(OSError):
        child.channel.send("after close")


def raising(channel: Channel) -> None:
    raise RuntimeError("a bug in the child")


def leaving(channel: Channel) -> None:
    sys.exit(3)


def test_exit_codes_as_multiprocessing_gave_them() -> None:
    """An exception let out: 1 (its traceback on stderr); sys.exit(3): 3; ended by a signal: minus it."""
    failed, left = Forked(raising), Forked(leaving)
    failed.join(timeout=60)
    left.join(timeout=60)
    assert failed.exitcode == 1
    assert left.exitcode == 3
    waiting = Forked(lambda channel: channel.recv())
    try:
        started = time.monotonic()
        waiting.join(timeout=0.2)
        assert waiting.is_alive() and waiting.exitcode is None
        assert time.monotonic() - started < 30
        waiting.kill()
        waiting.join(timeout=60)
        assert waiting.exitcode == -signal.SIGKILL and not waiting.is_alive()
        waiting.terminate()  # ended already: nothing happens
    finally:
        for child in (failed, left, waiting):
            child.channel.close()


def reading_stdin(channel: Channel) -> None:
    channel.send(sys.stdin.read())


def test_the_childs_standard_input_is_empty() -> None:
    """As multiprocessing's children: the child never reads the terminal the command was started from."""
    child = Forked(reading_stdin)
    try:
        assert child.channel.poll(60)
        assert child.channel.recv() == ""
        child.join(timeout=60)
        assert child.exitcode == 0
    finally:
        child.channel.close()
