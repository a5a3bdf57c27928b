"""Reading the store's small marker files only when they are regular files.

Why: a store may be someone else's (an archive, a shared folder), and an archive can hold named
pipes and links. Beside RocksDB's files the store keeps small markers of its own (the default
graph's state, the write generation); opened as usual, a named pipe in place of one kept every
reader (`kg sparql`, `kg query`, `kg serve`) waiting for a writer for ever. Opened without waiting
(O_NONBLOCK) and refused unless regular, such a marker reads as unreadable, which every caller
already takes as "no marker".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegular(OSError):
    """The path leads to something other than a regular file (a pipe, a device, a folder)."""


def regular_text(path: Path, encoding: str = "ascii") -> str:
    """The text of the regular file `path`; OSError when it cannot be read or is not a regular file."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with open(descriptor, "rb", closefd=True) as opened:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegular(f"{path}: not a regular file")
        return opened.read().decode(encoding)
