"""Python's cycle collector paused around work that makes many long-lived objects and no cycles.

Why one place: loading a cache entry (kg.validate.cache), turning a query's answer into terms
(kg.store.terms) and an extraction process's warm-up (kg.pipeline.early) each make tens of thousands of
objects that are not garbage; every collector pass they set off walks them all, and the older passes every
object the process holds. Paused, those passes do not run; what the work leaves is collected as before
once the collector runs again. Standard library only: kg.pipeline.early imports it in a process that has
loaded nothing else yet.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector disabled inside the block, enabled again on leaving if it was enabled."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
