"""Reading the store's small marker files only when they are regular files.

Why: a store may be someone else's (an archive, a shared folder), and an archive can hold named
pipes and links. Beside RocksDB's files the store keeps small markers of its own (the default
graph's state, the write generation); opened as usual, a named pipe in place of one kept every
reader (`kg sparql`, `kg query`, `kg serve`) waiting for a writer for ever. Opened without waiting
(O_NONBLOCK), not through a symbolic link (O_NOFOLLOW), and refused unless regular and small, such a
marker reads as unreadable, which every caller already takes as "no marker".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegular(OSError):
    """The path leads to something other than a regular file (a pipe, a device, a folder)."""


MARKER_BYTES = 4096
"""More than any marker holds (a state word and a number): a bigger file is no marker of ours."""


def regular_text(path: Path, encoding: str = "ascii") -> str:
    """The text of the regular file `path`; OSError when it cannot be read, is a symbolic link or not a
    regular file, or holds more than MARKER_BYTES. Why not through a link: the writers replace a marker
    by a rename, never a link, and one to a file of gigabytes was read whole (the history's files are
    opened alike: kg.store.history.opened_regular)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOFOLLOW)
    with open(descriptor, "rb", closefd=True) as opened:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegular(f"{path}: not a regular file")
        text = opened.read(MARKER_BYTES + 1)
        if len(text) > MARKER_BYTES:
            raise NotRegular(f"{path}: more than {MARKER_BYTES} bytes: no marker of a store")
        return text.decode(encoding)
