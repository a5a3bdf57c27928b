"""Digests of a few of a store's graphs, kept beside it and trusted while its files are as a writer left
them (issue 16 point 1).

Why: every `kg ingest` found its compiled shapes in kg.validate.cache by the SHA-256 of the store's shapes
and ontology graphs as Oxigraph writes them, and dumping the two graphs to hash them cost 0.025-0.04 CPU-s
of every run, on the chain that ends where the document's validation begins, for an answer that changes
only when someone writes those graphs (kg build, kg store load: seldom).

How: a writer (which holds the store's gate: no other writer of kg is at work) reads the state of RocksDB's
files (`files_state`: each data file's name, size, modification time and inode) before RocksDB opens, and
the digests file (`alliance-kg.graph-digests`) holds digests only for the state it names. The writer
keeps the digests it was given or computed, forgets those of the graphs it writes (all of them for a write
whose graphs it does not know), and once RocksDB is closed writes what is left with the files' new state.
Any other change of the files (another program's write, a crash before the close, a copy of the store:
new inodes) gives another state, and then the digests are computed again from the graphs. The file is
small and read like the store's other markers (kg.store.files.regular_text).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from kg.store.files import regular_text

DIGESTS = "alliance-kg.graph-digests"
KEPT = 8  # digests a file holds at most (the shapes and the ontology are what kg ingest asks)
OWN_FILES = ("LOG", "LOCK", "alliance-kg.", ".")  # not RocksDB's data: logs, locks, kg's markers


def files_state(store: Path) -> str | None:
    """A digest of the name, size, modification time (ns) and inode of each of RocksDB's files in
    `store`, or None when it cannot be read. Any write RocksDB commits changes one of them (its log
    grows, a flush or compaction adds and removes table files)."""
    entries = []
    try:
        with os.scandir(store) as found:
            for entry in found:
                if entry.name.startswith(OWN_FILES) or not entry.is_file(follow_symlinks=False):
                    continue
                seen = entry.stat(follow_symlinks=False)
                entries.append(f"{entry.name}\0{seen.st_size}\0{seen.st_mtime_ns}\0{seen.st_ino}")
    except OSError:
        return None
    return hashlib.sha256("\n".join(sorted(entries)).encode()).hexdigest()


def read_digests(store: Path, state: str) -> dict[str, str]:
    """The digests the file holds for `state` (graph IRI -> hex digest); none for another state, no
    file, or a file that is not one of ours."""
    return read_kept(store, state)[1]


def read_kept(store: Path, state: str) -> tuple[bool, dict[str, str]]:
    """Whether the file was written for `state`, that is whether RocksDB's files are now as a writer of
    kg left them when it had closed the store, flushed (EmbeddedStore.close: it writes the file only then,
    still holding the store's gate); and the digests it holds for that state."""
    try:
        lines = regular_text(store / DIGESTS, encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False, {}
    if not lines or lines[0] != f"state {state}":
        return False, {}
    digests = {}
    for line in lines[1:]:
        digest, _, iri = line.partition(" ")
        if len(digest) == 64 and iri:
            digests[iri] = digest
    return True, digests


def write_digests(store: Path, state: str | None, digests: dict[str, str]) -> None:
    """Keep `digests` for the files' `state` (atomically: written beside, then renamed), the state alone
    when there is no digest to keep (the next writer then knows the files are as this one left them:
    EmbeddedStore._read_digests); no state removes the file. Best effort: a file that cannot be written
    costs the next run the dump and the read-only probe."""
    target = store / DIGESTS
    if state is None:
        forget_digests(store)
        return
    kept = list(digests.items())[:KEPT]
    text = "".join([f"state {state}\n", *(f"{digest} {iri}\n" for iri, digest in kept)])
    staging = target.with_name(f"{DIGESTS}.{os.getpid()}.tmp")
    try:
        staging.write_text(text, encoding="utf-8")
        os.replace(staging, target)
    except OSError:
        with contextlib.suppress(OSError):
            staging.unlink()


def forget_digests(store: Path) -> None:
    with contextlib.suppress(OSError):
        (store / DIGESTS).unlink()
