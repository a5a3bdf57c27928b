"""A writer waits a moment for another writer before it is refused (kg.store.gate.BUSY_WAIT; attack round 23,
R's request): `kg serve` with an update token holds the store for the milliseconds each write takes, and a
`kg ingest` started while visitors wrote was refused now and then, where a wait of a second would do. A
writer that holds the store longer than that still refuses the next one, within seconds, naming the store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store.gate import StoreBusy, hold_for_writing

HOLD = (
    "import sys, time; from kg.store.gate import hold_for_writing\n"
    "gate = hold_for_writing(sys.argv[1]); print('held', flush=True)\n"
    "time.sleep(float(sys.argv[2])); gate.release()"
)


def other_writer(store: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store's gate for writing, `seconds` long (as a server's write does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_writer_waits_for_a_short_write_of_another_process(tmp_path: Path) -> None:
    holder = other_writer(tmp_path, 0.3)
    try:
        hold_for_writing(tmp_path, busy_wait=10).release()  # refused at once before BUSY_WAIT
    finally:
        holder.wait(timeout=30)


def test_a_long_write_still_refuses_the_next_writer_naming_the_store(tmp_path: Path) -> None:
    holder = other_writer(tmp_path, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusy, match=f"store at {tmp_path} is held by another writer"):
            hold_for_writing(tmp_path, busy_wait=0.3)
        assert 0.3 <= time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait(timeout=30)
