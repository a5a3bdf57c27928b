"""Python's cycle collector, run less often while `kg ingest` builds graphs.

Why: a graph is hundreds of thousands of small objects and few cycles; with the default threshold
(700 allocations) the collector ran 8 full passes over a 100 KB document's objects, 30 % of its
extraction time and a cost that grows faster than the document. The command raises the threshold as
it starts (kg.cli.main, before the imports, which allocate as much as a small document: 7-17 ms of
`kg ingest FILE`, about 2 %, measured A/B with `benchmarks/bench_cli.py --repeat 15`), the batch while
it runs, and each extraction worker for its life.

Within one document's stages after the rules (the mapping, its graph, its validation and its write:
`frozen_heap`), the objects alive as each stage starts are also left out of the collector's passes:
those stages make hundreds of thousands of objects and few cycles, and each middle or full pass
walked every object of the graphs made before (3.1 CPU-s of a 1 MB list-heavy document's 25 after
the rules, one full pass 2.2 s of them).

This module imports only the standard library: it runs before anything else is loaded.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

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


_FROZEN = {"depth": 0, "thawed": 0}
_FROZEN_LOCK = threading.Lock()
COLLECT_EVERY = 32
"""Full collections: one per this many frozen blocks left. gc.unfreeze puts every object back in the
oldest generation without counting them as new there, so Python's own rule (a full pass when a quarter
of that generation is new) never fired: a batch's documents left their cyclic garbage (rdflib graphs
and their stores refer to each other) uncollected, 1.5 MB a document (tests/robustness/
test_attack_round4_batches.py: 127 MB for 40 documents, 430 MB for 240). A full pass per block would
cost the time the freeze saves on small documents; one per 32 (a document leaves several) bounds the
garbage to about ten documents'."""


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now out of the collector's passes inside the block (gc.freeze), given back to
    it on leaving (gc.unfreeze: into the oldest generation, collected there as before).

    Why: a stage of a large document walks and adds to graphs of a million objects; a middle or full
    pass of the collector walked them all again, though they hold next to no cycles. What the block
    makes is collected as always (young passes), and what is freed by its reference count is freed at
    once; only cyclic garbage of the frozen objects waits for the end of the block. Blocks nest and
    may overlap across threads (a write running while the next document is judged,
    kg.pipeline.ingest.Session.outcomes): each entry freezes what is alive then, and the objects go back
    to the collector when the last block open leaves; every COLLECT_EVERY such leavings, a full pass
    collects their cyclic garbage."""
    with _FROZEN_LOCK:
        _FROZEN["depth"] += 1
        gc.freeze()
    try:
        yield
    finally:
        with _FROZEN_LOCK:
            _FROZEN["depth"] -= 1
            if _FROZEN["depth"] == 0:
                gc.unfreeze()
                _FROZEN["thawed"] += 1
                if _FROZEN["thawed"] >= COLLECT_EVERY:
                    _FROZEN["thawed"] = 0
                    gc.collect()


Params = ParamSpec("Params")
Result = TypeVar("Result")


def in_frozen_heap(function: Callable[Params, Result]) -> Callable[Params, Result]:
    """`function` run inside frozen_heap."""

    @wraps(function)
    def run(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        with frozen_heap():
            return function(*args, **kwargs)

    return run
