"""Python's cycle collector, run less often while `kg ingest` builds graphs.

Why: a graph is hundreds of thousands of small objects and few cycles; with the default threshold
(700 allocations) the collector ran 8 full passes over a 100 KB document's objects, 30 % of its
extraction time and a cost that grows faster than the document. The command raises the threshold as
it starts (kg.cli.main, before the imports, which allocate as much as a small document: 7-17 ms of
`kg ingest FILE`, about 2 %, measured A/B with `benchmarks/bench_cli.py --repeat 15`), the batch while
it runs, and each extraction worker for its life.

This module imports only the standard library: it runs before anything else is loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector run less often inside the block, restored on leaving. (Not gc.freeze: it would
    keep the caller's garbage alive for the whole batch.)"""
    threshold = collect_less_often()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def collect_less_often() -> tuple[int, ...]:
    """Raise the collector's first threshold to GC_THRESHOLD; the old thresholds."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    return threshold
