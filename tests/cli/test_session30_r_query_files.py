"""Attack round 17 (session 30, engineer R): what `kg sparql` reads as a query file.

A query file (or standard input) was read whole before anything looked at it: 300 MB of blanks took
21 s and 1.8 GB to be refused. It is now read to one byte past MAX_QUERY_BYTES (64 MiB), then refused in
one line. A `.rq` argument naming a folder or a named pipe was "no such file"; it is "not a regular file".
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from kg.cli import query
from kg.cli.main import main
from kg.errors import InputError


def test_a_query_past_the_cap_is_read_no_further(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query, "MAX_QUERY_BYTES", 1000)
    stream = io.BytesIO(b"ASK {" + b" " * 5000 + b"}")
    with pytest.raises(InputError, match="more than a query may be"):
        query.read_capped(stream, "standard input")
    assert stream.tell() == 1001


def test_a_query_file_past_the_cap_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(query, "MAX_QUERY_BYTES", 1000)
    big = tmp_path / "big.rq"
    big.write_text("ASK {" + " " * 5000 + "}")
    assert main(["sparql", "--store", str(tmp_path / "none"), str(big)]) == 2
    assert "big.rq: more than 1,000 bytes, more than a query may be" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_query_file_that_is_no_regular_file_says_so(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "q.rq"
    target.mkdir() if kind == "folder" else os.mkfifo(target)
    assert main(["sparql", "--store", str(tmp_path / "none"), str(target)]) == 2
    assert "q.rq: not a regular file" in capsys.readouterr().err


def test_a_query_within_the_cap_is_read(tmp_path: Path) -> None:
    small = tmp_path / "q.rq"
    small.write_text("ASK {}")
    assert query.read_query_text(str(small)) == ("ASK {}", small)
