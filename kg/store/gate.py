"""The gate between a store's writer and the processes that open it read-only.

Why: pyoxigraph says of `Store.read_only` that "opening as read-only while having an other
process writing the database is undefined behavior". We met it: a server process that reopened
its read-only view while `kg serve`'s write worker was still closing the store (RocksDB flushes
and rewrites its MANIFEST then) got a view on which a three-row query over the default graph ran
at full CPU for minutes (tests/server/test_default_graph_set.py, about one run in ten under load).

So a writer holds an exclusive lock on `PATH/alliance-kg.gate` from before it opens the store
for writing until after it has closed it, and a reader holds a shared lock on it while it opens
the store (a few milliseconds; an open view goes on reading the files it already has). The locks
are flock(2) locks, kept by the kernel: they go with the process, however it ends, so a crashed
writer never leaves the gate shut, and no bug in our own bookkeeping can let a reader open while
a writer is at work.

A reader that cannot wait (the server's event loop, a query worker with a view still open) asks
`try_reader`, and keeps its old view when a writer is at work; one that has no view yet waits,
up to READER_WAIT seconds, and is then told plainly which store is busy.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from kg.store.interface import StoreError

GATE = "alliance-kg.gate"
READER_WAIT = 60.0  # seconds a reader with no view waits for a writer to close the store
WRITER_WAIT = 10.0  # seconds a writer waits for readers that are opening the store (milliseconds each)
BUSY_WAIT = 2.0  # seconds a writer waits for another writer before it is refused (a server's write: ms)
POLL = 0.02


class StoreBusy(StoreError):
    """Another process is writing the store, and this one could not wait for it to finish."""


def gate_of(path: Path | str) -> Path:
    return Path(path) / GATE


def _open_gate(path: Path | str, *, create: bool) -> int | None:
    """A descriptor on the gate file; None where there is none and none can be made (a store on a
    read-only file system or of another user: no writer of ours can be at work there either)."""
    gate = gate_of(path)
    try:
        return os.open(gate, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        if not create and not Path(path).is_dir():
            return None
    except OSError:
        return None
    try:
        return os.open(gate, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:
        return None


def _lock(descriptor: int, mode: int) -> bool:
    try:
        fcntl.flock(descriptor, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def try_reader(path: Path | str) -> Iterator[bool]:
    """Around a read-only open: True (and the gate held shared) when no writer is at work, else
    False at once, for a caller that keeps its old view and tries again later."""
    descriptor = _open_gate(path, create=False)
    if descriptor is None:
        yield True
        return
    try:
        yield _lock(descriptor, fcntl.LOCK_SH)
    finally:
        os.close(descriptor)  # closing the last descriptor of the file releases the lock


@contextlib.contextmanager
def reader(path: Path | str, wait: float | None = None) -> Iterator[None]:
    """Around a read-only open by a process with no view yet: waits for a writer to finish (at
    most `wait` seconds, READER_WAIT by default)."""
    wait = READER_WAIT if wait is None else wait
    descriptor = _open_gate(path, create=False)
    if descriptor is None:
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while not _lock(descriptor, fcntl.LOCK_SH):
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"the store at {path} is being written by another process (a 'kg build', "
                    f"'kg ingest' or server update) and was still busy after {wait:g} s: try again "
                    "when it has finished"
                )
            time.sleep(POLL)
        yield
    finally:
        os.close(descriptor)


class WriterGate:
    """The exclusive hold of a writer, from before its open to after its close (`release`)."""

    def __init__(self, path: Path | str, descriptor: int | None) -> None:
        self.path = Path(path)
        self._descriptor = descriptor

    def release(self) -> None:
        """Let readers open again: call only once the writer's store is closed (dropped)."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            os.close(descriptor)


def hold_for_writing(path: Path | str, wait: float = WRITER_WAIT, busy_wait: float = BUSY_WAIT) -> WriterGate:
    """Shut the gate before opening the store for writing. Readers that are opening it hold it
    for milliseconds: wait for them, up to `wait` seconds. Another writer holds it for as long as it
    writes: wait `busy_wait` seconds for it, then StoreBusy, as RocksDB's own lock would say.

    Why the short wait for a writer: `kg serve` with an update token holds the store for the tens of
    milliseconds each write takes, and a `kg ingest` started while visitors wrote was refused now and
    then (2 of 16 beside a PUT every 1.7 s, attack round 23), where the server's own writes wait for each
    other. A long writer (a build, a batch) still refuses the second one within seconds."""
    Path(path).mkdir(parents=True, exist_ok=True)
    descriptor = _open_gate(path, create=True)
    if descriptor is None:
        return WriterGate(path, None)
    started = time.monotonic()
    while not _lock(descriptor, fcntl.LOCK_EX):
        writing = gate_shut(path) or writer_active(Path(path))
        if time.monotonic() - started >= (busy_wait if writing else wait):
            os.close(descriptor)
            raise StoreBusy(
                f"the store at {path} is held by another writer (a running 'kg build', 'kg ingest' "
                "or server): wait for it to finish, or open the store read-only"
            )
        time.sleep(POLL)
    return WriterGate(path, descriptor)


def writer_active(path: Path) -> bool:
    """Another process holds the store's writer lock (RocksDB's fcntl lock on PATH/LOCK).

    Read from /proc/locks: opening the LOCK file to ask would drop this process's own lock on it
    (POSIX locks go with the first close of any descriptor of the file).
    """
    return any(kind == "POSIX" and pid != os.getpid() for kind, _, pid in _locks_on(Path(path) / "LOCK"))


def gate_shut(path: Path | str) -> bool:
    """A writer (of any process, this one included) holds the gate: waiting would not help soon."""
    return any(kind == "FLOCK" and mode == "WRITE" for kind, mode, _ in _locks_on(gate_of(path)))


def _locks_on(file: Path) -> list[tuple[str, str, int]]:
    """(kind, mode, pid) of every lock held on `file`, from /proc/locks (Linux; elsewhere none)."""
    try:
        inode = str(file.stat().st_ino)
        table = Path("/proc/locks").read_text()
    except OSError:
        return []
    held = []
    for line in table.splitlines():
        fields = [field for field in line.split() if field != "->"]  # '->': a process waiting
        # 1: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF
        if len(fields) > 5 and fields[4].isdigit() and fields[5].rsplit(":", 1)[-1] == inode:
            held.append((fields[1], fields[3], int(fields[4])))
    return held
