"""Read-only views that no writer can pull files from under: hard-linked snapshots of the store.

Why: a read-only RocksDB open reads the files its MANIFEST lists when it needs them, not all at
open. A writer that opens the store later compacts and deletes files; a view that then needs one
of them gets "No such file", and Oxigraph's scan meets that error again and again without end,
keeping each one: a server process at full CPU, growing by hundreds of MB a second
(tests/server/test_default_graph_set.py under load: 4.5 GB within a minute, one of the view's
files deleted by a refused update's writer session). pyoxigraph offers no way to have RocksDB
open every file up front.

So a reader opens a snapshot: a directory beside the store, `STORE.views/PID-N/`, holding a hard
link to each of the store's files, made while no writer is at work (kg.store.gate). RocksDB never
changes a file it has written (SST, write-ahead log, MANIFEST, OPTIONS are each replaced, not
rewritten; CURRENT is renamed over), so the snapshot is the store as it was, for as long as the
view lives, whatever writers do to the store afterwards. It costs one link per file (a few
milliseconds) and no copy; files the writer deleted stay on disk while a view holds them.

A view's directory is removed once nothing in the process holds its store any more (checked at
the next open, and at exit). A process that died without that leaves its directories behind, and
the next reader removes those of processes that no longer exist. Nothing of ours stays open on a
snapshot once its store is dropped (a file system holding the store can be unmounted).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import sys
import threading
from pathlib import Path

import pyoxigraph as ox

# The store's own files a snapshot needs; info logs, the LOCK and our markers are not RocksDB's data.
LEFT_OUT = ("LOCK", "LOG")
SUFFIX = ".views"


def views_of(store: Path) -> Path:
    return store.with_name(store.name + SUFFIX)


class Views:
    """This process's snapshot views: made on open, removed when no longer held."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[tuple[ox.Store, Path]] = []
        self._counter = itertools.count()
        self._dirs: set[Path] = set()

    def open(self, store: Path) -> ox.Store | None:
        """A read-only store on a fresh snapshot of `store`; None where no snapshot can be made
        (a store on a read-only file system, or of another user: no writer of ours there either).
        Call it with the reader gate held (kg.store.gate), so that no writer is at work."""
        with self._lock:
            self._release_unheld()
            snapshot = self._snapshot(store)
            if snapshot is None:
                return None
            try:
                opened = ox.Store.read_only(str(snapshot))
            except BaseException:
                shutil.rmtree(snapshot, ignore_errors=True)
                raise
            self._held.append((opened, snapshot))
            return opened

    def _snapshot(self, store: Path) -> Path | None:
        views = views_of(store)
        try:
            views.mkdir(exist_ok=True)
            self._reap(views)
            self._dirs.add(views)
            target = views / f"{os.getpid()}-{next(self._counter)}"
            target.mkdir()
        except OSError:
            return None
        try:
            for entry in os.scandir(store):
                if entry.is_file(follow_symlinks=False) and not _left_out(entry.name):
                    os.link(entry.path, target / entry.name)
        except FileNotFoundError:  # a file went between listing and linking: a writer not of ours
            shutil.rmtree(target, ignore_errors=True)
            raise
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
            return None
        return target

    def _reap(self, views: Path) -> None:
        """Remove the snapshots of processes that are gone."""
        for snapshot in views.iterdir():
            pid = snapshot.name.split("-")[0]
            numbered = pid.isascii() and pid.isdigit() and len(pid) < 12  # not '²' (int() raises)
            if numbered and int(pid) != os.getpid() and not _alive(int(pid)):
                shutil.rmtree(snapshot, ignore_errors=True)

    def release_unheld(self) -> None:
        """Close and remove the snapshots whose store nothing but this list holds any more (a
        reader that lets go of its store calls this, so that its files close at once)."""
        with self._lock:
            self._release_unheld()

    def _release_unheld(self) -> None:
        kept = []
        for index in range(len(self._held)):
            # references: this list's tuple, and getrefcount's own argument
            if sys.getrefcount(self._held[index][0]) > 2:
                kept.append(self._held[index])
            else:
                shutil.rmtree(self._held[index][1], ignore_errors=True)
        self._held = kept

    def release_all(self) -> None:
        """At exit: every snapshot of this process goes."""
        with self._lock:
            self._held.clear()
            for views in self._dirs:
                for snapshot in views.glob(f"{os.getpid()}-*"):
                    shutil.rmtree(snapshot, ignore_errors=True)
                with contextlib.suppress(OSError):
                    views.rmdir()  # when no other process has views there
            self._dirs.clear()

    def after_fork(self) -> None:
        """In a forked child: the parent's views and locks are the parent's."""
        self._lock = threading.Lock()
        self._held = []
        self._dirs = set()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _left_out(name: str) -> bool:
    return name in LEFT_OUT or name.startswith(("LOG.old", "alliance-kg.", ".")) or name.endswith(".tmp")


VIEWS = Views()
atexit.register(VIEWS.release_all)
os.register_at_fork(after_in_child=VIEWS.after_fork)
