"""An answer written for programs (`-f csv`, `tsv`, `json`, `turtle`) reaching a terminal: a value's control
characters are written as escapes there, and kept byte for byte in a pipe or a file.

Before, `kg sparql --endpoint URL -f csv` wrote an endpoint's ESC and NUL raw to the terminal: a value
could clear the screen, retitle the window or hide the rows above it (the table form was printable
already). A real HTTP server on 127.0.0.1 answers; `kg` runs as a subprocess whose standard output is a
pseudo-terminal (the `pty` module), or a pipe.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.static_endpoint import answering

HOSTILE = "Alpha\x1b]0;owned\x07\x1b[2J\x1b[1A\x00\rBeta\u202egamma"
ANSWER = json.dumps(
    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": HOSTILE}}]}}
).encode()
RAW_CONTROLS = ("\x1b", "\x00", "\x07", "\u202e")


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering({"hostile": ANSWER}) as url:
        yield f"{url}/hostile"


def command(url: str, form: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "sparql", "--endpoint", url, "-f", form, "SELECT ?x { ?x ?p ?o }"]


def on_a_terminal(arguments: list[str], cwd: Path) -> tuple[int, str]:
    """Exit code and what the program wrote to its terminal (a pseudo-terminal's master side)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(arguments, stdout=slave, stderr=subprocess.PIPE, cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the program closed its side
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    process.communicate(timeout=120)
    return process.returncode, b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("form", ["csv", "tsv", "json"])
def test_a_terminal_sees_escapes_not_controls(endpoint: str, form: str, tmp_path: Path) -> None:
    code, shown = on_a_terminal(command(endpoint, form), tmp_path)
    assert code == 0, shown[-2000:]
    assert "Alpha" in shown and "Beta" in shown
    assert not any(control in shown for control in RAW_CONTROLS), repr(shown)
    assert "\\x1b]0;owned" in shown or form != "csv", repr(shown)  # TSV and JSON write \u001b themselves


def test_a_pipe_gets_the_value_byte_for_byte(endpoint: str, tmp_path: Path) -> None:
    done = subprocess.run(
        command(endpoint, "csv"), capture_output=True, cwd=tmp_path, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert HOSTILE.encode() in done.stdout
    assert done.stdout.endswith(b"\r\n")  # CSV's line ends, as SPARQL 1.1 CSV results write them
