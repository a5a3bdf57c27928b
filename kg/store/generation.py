"""The store's generation: a number every committed write raises, so that readers can follow.

Why: a read-only Oxigraph (RocksDB) store sees the data as it was when it was opened. A
server that opened the store keeps answering from that state while `kg ingest`, `kg build`
or another server process writes, and each of its query workers holds its own view. A
small file beside the store, `<store>.generation`, holds a counter that every writer raises
after its transaction is committed; readers look at it (one stat, at most every
CHECK_SECONDS) and reopen their view when it moved. So every process answers from the
latest committed state within a fraction of a second of a write.

The file is replaced atomically (written beside it, then renamed), so a reader sees the
old number or the new one, never a torn one; a missing or unreadable file reads as 0.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from kg.store.files import regular_text

CHECK_SECONDS = 0.1
SUFFIX = ".generation"


def marker(store: Path | str) -> Path:
    """The generation file of the store at `store` (beside its directory, not inside RocksDB's)."""
    path = Path(store)
    return path.with_name(path.name + SUFFIX)


def current(store: Path | str) -> int:
    """The store's generation (0 when no write has recorded one)."""
    try:
        return int(regular_text(marker(store)).strip() or 0)  # a named pipe there never answers
    except (OSError, ValueError):
        return 0


def last_written(store: Path | str) -> float:
    """When the last committed write recorded itself (the generation file's time, seconds since the
    epoch), 0 when none did: what a write worker holding the store's gate compares a client's
    If-Unmodified-Since with (kg.server.worker.unmet_precondition)."""
    try:
        return marker(store).stat().st_mtime
    except OSError:
        return 0.0


def advance(store: Path | str) -> int:
    """Record that a write was committed: the next generation, written atomically.

    Unique per process and time, so two writers racing cannot leave the same number a reader
    already saw (only one process writes at a time, but a crash could leave a stale number).
    """
    target = marker(store)
    number = max(current(store) + 1, time.time_ns())
    staging = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):  # a reader that misses one change catches the next
        staging.write_text(f"{number}\n", encoding="ascii")
        os.replace(staging, target)
    return number


class Follower:
    """Tells a reader when the store moved on, looking at the file at most every CHECK_SECONDS."""

    def __init__(self, store: Path | str) -> None:
        self.store = Path(store)
        self.generation: int | None = current(self.store)
        self._checked = time.monotonic()

    def moved(self) -> bool:
        """Whether a write was committed since the last call that returned True (or since start)."""
        now = time.monotonic()
        if now - self._checked < CHECK_SECONDS:
            return False
        self._checked = now
        latest = current(self.store)
        if latest == self.generation:
            return False
        self.generation = latest
        return True

    def look_again(self) -> None:
        """Report the last move once more at the next check: the reader could not follow it yet
        (a writer was still at work, kg.store.gate)."""
        self.generation = None
