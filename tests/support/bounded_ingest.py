"""The real `kg ingest --dry-run --workers 0` (the path with no kernel limit of its own) on one hostile
file, bounded in time and in address space, timed: what the document-bomb tests share."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

MEMORY = 2 << 30
"""The child's address space: a bomb that gets past the document's own bounds fails here, visibly."""


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def dry_ingest(document: Path, store: Path, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """The command's result and the seconds it took (the store named, never written: a dry run)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "ingest", "--dry-run", "--workers", "0", str(document)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limited,
        env={"ALLIANCE_KG_STORE": str(store), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    return done, time.monotonic() - started
