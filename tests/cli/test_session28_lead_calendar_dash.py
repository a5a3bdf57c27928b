"""`kg calendar --out -` writes the calendar to standard output, as leaving --out out does (it wrote a
file named "-" in the working folder: the fifteenth outside attack, session 28)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def calendar(seed_store: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kg", "calendar", "--store", str(seed_store), *args],
        cwd=folder,
        capture_output=True,
        timeout=120,
        check=False,
    )


def unstamped(feed: bytes) -> bytes:
    """The feed without its DTSTAMP values: two runs a second apart stamp their events apart (RFC 5545
    3.8.7.2: the time the feed was made), which made this comparison fail on a second's boundary."""
    return re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"DTSTAMP:", feed)


def test_a_dash_is_standard_output(seed_store: Path, tmp_path: Path) -> None:
    dashed = calendar(seed_store, tmp_path, "--out", "-")
    assert dashed.returncode == 0, dashed.stderr
    assert dashed.stdout.startswith(b"BEGIN:VCALENDAR")
    assert not (tmp_path / "-").exists()
    assert unstamped(dashed.stdout) == unstamped(calendar(seed_store, tmp_path).stdout)


def test_a_file_is_still_a_file(seed_store: Path, tmp_path: Path) -> None:
    done = calendar(seed_store, tmp_path, "--out", "agenda.ics")
    assert done.returncode == 0 and done.stdout == b""
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
