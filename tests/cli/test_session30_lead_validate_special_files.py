"""`kg validate` names what a path that is no regular file leads to, instead of calling it missing
(R, attack round 17): a folder, a named pipe (never opened: it would wait for a writer)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", "validate", str(path)], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_path_that_is_no_regular_file_is_named_so(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "graph.ttl"
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    result = validate(path)
    assert result.returncode != 0
    assert f"{path}: not a regular file" in result.stderr and "no such file" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_still_missing(tmp_path: Path) -> None:
    result = validate(tmp_path / "absent.ttl")
    assert result.returncode != 0 and "absent.ttl: no such file" in result.stderr
