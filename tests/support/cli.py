"""The real `kg` program run as a child process, in a folder of its own with its own default store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kg_command(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m kg.cli ARGS` in `cwd`, whose store defaults to cwd/store; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "ALLIANCE_KG_STORE": str(cwd / "store")},
        cwd=cwd,
        check=False,
    )


def dry_ingest(cwd: Path, *paths: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`kg ingest --dry-run --workers 0 PATHS` (extraction in the command's own process)."""
    return kg_command("ingest", "--dry-run", "--workers", "0", *paths, cwd=cwd, timeout=timeout)
