"""The real `kg ingest --dry-run --workers 0` (the path with no kernel limit of its own) on one hostile
file, bounded in time and in address space, timed: what the document-bomb tests share."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

MEMORY = 2 << 30
"""The child's address space: a bomb that gets past the document's own bounds fails here, visibly."""


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def dry_ingest_command(document: Path) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "ingest", "--dry-run", "--workers", "0", str(document)]


def dry_ingest_environment(store: Path) -> dict[str, str]:
    """The store named (never written: a dry run), and nothing of the test's own environment."""
    return {"ALLIANCE_KG_STORE": str(store), "PATH": "/usr/bin:/bin"}


def dry_ingest(document: Path, store: Path, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """The command's result and the seconds it took."""
    started = time.monotonic()
    done = subprocess.run(
        dry_ingest_command(document),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limited,
        env=dry_ingest_environment(store),
        check=False,
    )
    return done, time.monotonic() - started


CPU_LIMIT = 40
"""Seconds of CPU a child of `dry_ingest_cpu` may spend (RLIMIT_CPU): a hole ends the run, not the suite."""

SCALE = 4
"""How many times larger the hostile part of the full run is than that of the small run."""

GROWTH = 8.0
"""The most the extraction's work (CPU, start-up taken off) may grow when the hostile part grows SCALE
times. A linear rule's grows about 4 times (3.2-5.3 measured at load 2-9); a quadratic one's 16. What this
catches is a rule whose quadratic term dominates at the test's size, as the holes of the seventh attack
did (16-25 CPU-s at these sizes, 1-6 after their fixes); a quadratic term that is a fifth of the work (the
bare names' scan of session 17: 4.9-5.8 times) it cannot tell from a loaded machine's noise."""

NOISE = 0.5
"""CPU seconds below which a run's work is not told from the noise of start-up: the small run's work is
taken as at least this, so that a rule costing next to nothing is not judged by the ratio of two noises."""


def limited_cpu() -> None:
    limited()
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


def dry_ingest_cpu(document: Path, store: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """The real command on one file, and the CPU seconds (user + system) it spent: what grows faster than
    the input, where the wall clock also counts what else the machine does.

    The child's own CPU, from `os.wait4` on it: the difference of RUSAGE_CHILDREN around the run also
    counted any earlier child of the test process (a server a fixture stopped) reaped meanwhile."""
    command = dry_ingest_command(document)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            command, stdout=out, stderr=err, preexec_fn=limited_cpu, env=dry_ingest_environment(store)
        )
        watchdog = threading.Timer(CPU_LIMIT * 6, child.kill)  # a child blocked, not computing
        watchdog.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(
            command,
            child.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )
    return done, usage.ru_utime + usage.ru_stime


def assert_ended_well(done: subprocess.CompletedProcess[str], cpu: float, name: str) -> None:
    """Read, or refused as no alliance document; never killed by the CPU limit or ended by a traceback."""
    assert done.returncode >= 0, f"{name}: ended by signal {-done.returncode} after {cpu:.1f} CPU-s"
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode in (0, 3), done.stderr[-2000:]


def assert_linear_growth(
    folder: Path, name: str, build: Callable[[int], str], size: int, suffix: str
) -> None:
    """The document `build(size)` costs at most GROWTH times the work of `build(size // SCALE)`.

    A growth ratio rather than a bound in seconds: a bound holds for the rules of the day and the machine of
    the day, and broke each time the extractor learnt a linear rule more; the ratio is what "linear" means.
    `build(0)`, the document without its hostile part, measures the start-up taken off both. Each size is
    run once; only when that ratio is over GROWTH is each run again and the lesser CPU kept, because a busy
    machine only adds to a run's CPU (one full run 35 % slower than the other was seen at load 6-9). A
    quadratic rule grows 16 times, twice GROWTH: one run's noise cannot hide it, so the second round is
    needed only to clear a linear rule a busy machine made look slow, and the suite pays it only then."""
    counts = (0, size // SCALE, size)
    first = [dry_run_cpu(folder, name, build, count, suffix, 1) for count in counts]
    if not within_growth(*first):
        again = [dry_run_cpu(folder, name, build, count, suffix, 2) for count in counts]
        first = [min(one, other) for one, other in zip(first, again, strict=True)]
    start_up, small, full = first
    work_small, work_full = max(small - start_up, NOISE), full - start_up
    assert within_growth(start_up, small, full), (
        f"{name}: {start_up:.1f} / {small:.1f} / {full:.1f} CPU-s at 0 / {size // SCALE} / {size}: "
        f"the work grew {work_full / work_small:.1f} times when the input grew {SCALE} times"
    )


def within_growth(start_up: float, small: float, full: float) -> bool:
    """Whether the work past start-up grew at most GROWTH times from the small run to the full one."""
    return full - start_up <= GROWTH * max(small - start_up, NOISE)


def dry_run_cpu(
    folder: Path, name: str, build: Callable[[int], str], count: int, suffix: str, run: int = 1
) -> float:
    """The CPU seconds of a dry run on `build(count)`, which must end well (`assert_ended_well`)."""
    document = folder / f"{count}-{run}{suffix}"
    document.write_text(build(count))
    done, cpu = dry_ingest_cpu(document, folder / f"store-{count}-{run}")
    assert_ended_well(done, cpu, f"{name} ({count})")
    return cpu
