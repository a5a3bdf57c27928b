"""Ninth outside attack: the files of a store's history as someone else may have left them.

A store may come from an archive or a shared folder, and an archive holds links and named pipes.
Section 16 kept writers from appending through a linked index; readers still opened whatever the
history's names led to (docs/reliability.md section 19):

- a patch that is a link to /dev/zero: `kg history show 1` read it until memory ran out
  (MemoryError traceback under a 3 GB address-space limit; without one, the memory watchdog's 4 GiB);
- a patch or the index that is a named pipe: `kg history`, `kg history show`, `kg sparql --as-of`
  and `kg ingest` waited for a writer for ever;
- a patch holding ESC sequences raw: `kg history show` printed them to the terminal (retitled and
  cleared it). They are now written as N-Triples escapes (`\\u001B`), which mean the same character.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from support.cli import kg_command
from support.kg_server import served_store

AS_OF = ("sparql", "--as-of", "2000-01-01", "ASK {}")


def history_of(folder: Path) -> Path:
    """A copy of the test store as folder/store; its history folder."""
    shutil.copytree(served_store(), folder / "store")
    return folder / "store" / "history"


def refused(folder: Path, *command: str) -> str:
    """Run `kg COMMAND` in `folder`: one line on standard error, exit 2, within the timeout."""
    done = kg_command(*command, cwd=folder, timeout=60)
    assert done.returncode == 2, (command, done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    return done.stderr


def test_a_patch_linked_to_an_endless_device_is_not_read(tmp_path: Path) -> None:
    patch = history_of(tmp_path) / "patches" / "000001.rdfp"
    patch.unlink()
    patch.symlink_to("/dev/zero")
    assert "a symbolic link" in refused(tmp_path, "history", "show", "1")
    assert "a symbolic link" in refused(tmp_path, *AS_OF)


def test_a_named_pipe_in_the_history_is_not_waited_for(tmp_path: Path) -> None:
    history = history_of(tmp_path)
    patch = history / "patches" / "000001.rdfp"
    patch.unlink()
    os.mkfifo(patch)
    assert "not a regular file" in refused(tmp_path, "history", "show", "1")
    assert "not a regular file" in refused(tmp_path, *AS_OF)
    (history / "index.jsonl").unlink()
    os.mkfifo(history / "index.jsonl")
    assert "not a regular file" in refused(tmp_path, "history")


def test_a_patch_cannot_drive_the_terminal(tmp_path: Path) -> None:
    patch = history_of(tmp_path) / "patches" / "000001.rdfp"
    patch.write_text(
        'TX .\nA <http://example.org/s> <http://example.org/p> "\x1b]0;pwned\x07\x1b[2J\u202e" .\nTC .\n',
        encoding="utf-8",
    )
    done = kg_command("history", "show", "1", cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\u202e" not in done.stdout
    assert '"\\u001B]0;pwned\\u0007\\u001B[2J\\u202E"' in done.stdout


def test_a_patch_kg_wrote_is_shown_as_written(tmp_path: Path) -> None:
    patch = history_of(tmp_path) / "patches" / "000001.rdfp"
    done = kg_command("history", "show", "1", cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == patch.read_text(encoding="utf-8")
