"""Ninth outside attack: a store's history index holding JSON of another shape.

`STORE/history/index.jsonl` is a file of the store, and a store may be someone else's (unpacked
from an archive, a shared folder). A line that was not JSON was refused in one line ("not a
transaction"); a line that was JSON of another shape reached the code that sorts, formats and dates
transactions: `[1, 2]` (AttributeError), an `id` of "x" (ValueError in a format), a `time` of 12
(TypeError), "yesterday" or a time without an offset (ValueError, TypeError comparing datetimes),
`graphs` of 5 (TypeError), and JSON nested past the recursion limit (RecursionError): each a
traceback, exit 1, of `kg history`, `kg history show`, `kg sparql --as-of` and `kg ingest`
(docs/reliability.md section 19). Now each is one line naming the file and the line, exit 2.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.cli import kg_command
from support.kg_server import served_store

GOOD = {
    "id": 90,
    "time": "2026-12-05T17:21:00Z",
    "command": "kg ingest x.txt",
    "operation": "update",
    "added": 0,
    "removed": 0,
    "graphs": [],
    "uuid": "round-9",
}
LINES = {
    "a list": "[1, 2]",
    "a string": '"text"',
    "nested past the limit": "[" * 100_000 + "]" * 100_000,
    "an id that is text": json.dumps({**GOOD, "id": "x"}),
    "a time that is a number": json.dumps({**GOOD, "time": 12}),
    "a time that is no time": json.dumps({**GOOD, "time": "yesterday"}),
    "a time without an offset": json.dumps({**GOOD, "time": "2026-12-05T17:21:00"}),
    "graphs that are a number": json.dumps({**GOOD, "graphs": 5}),
    "a count that is text": json.dumps({**GOOD, "added": "many"}),
}


def store_with(folder: Path, line: str) -> None:
    """A copy of the test store as folder/store, `line` inserted before its history's last line."""
    shutil.copytree(served_store(), folder / "store")
    index = folder / "store" / "history" / "index.jsonl"
    lines = index.read_text(encoding="utf-8").splitlines()
    index.write_text("\n".join([*lines[:-1], line, lines[-1]]) + "\n", encoding="utf-8")


@pytest.mark.parametrize("what", sorted(LINES))
def test_an_index_line_of_another_shape_is_one_line(what: str, tmp_path: Path) -> None:
    store_with(tmp_path, LINES[what])
    for command in (("history",), ("sparql", "--as-of", "2000-01-01", "ASK {}")):
        done = kg_command(*command, cwd=tmp_path)
        assert done.returncode == 2, (command, done.returncode, done.stderr[-2000:])
        assert "Traceback" not in done.stderr
        assert "index.jsonl, line" in done.stderr and "not a transaction" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]


def test_the_store_as_written_is_read(tmp_path: Path) -> None:
    shutil.copytree(served_store(), tmp_path / "store")
    for command in (("history",), ("sparql", "--as-of", "2000-01-01", "ASK {}")):
        done = kg_command(*command, cwd=tmp_path)
        assert done.returncode == 0, (command, done.stderr[-2000:])
