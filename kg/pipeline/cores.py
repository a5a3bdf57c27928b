"""How many cores this process may use: what the choices of processes and threads ask first.

Why a module of its own: kg.pipeline.early decides at `kg ingest`'s start whether a second process pays,
before anything heavier is imported, and kg.pipeline.ingest decides how many threads one document's checks
get; both read the same count, and early must stay free of the pipeline's other imports.
"""

from __future__ import annotations

import os


def allowed_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset` narrows), or
    the machine's count where the affinity cannot be read."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
