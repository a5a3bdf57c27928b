"""`kg ... | head -1`: when the reader has gone, kg ends quietly with the exit status of a program ended
by SIGPIPE (141), not with a BrokenPipeError traceback (found by the session's second red-team round)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_reader_gone_is_no_traceback() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write of the child fails: no race with a reader that reads first
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kg", "query", "--list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.returncode == 141
