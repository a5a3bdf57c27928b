"""Whether a job's cost grows linearly with its input, told apart from the noise of a shared machine.

Tests that guard against quadratic work compare two sizes of one input: linear work costs about the
sizes' ratio, quadratic work its square, and the bound is their geometric mean. Two kinds of noise
made such a test fail on linear work (CI of session 33: 10.6 times for five times the units):

- the cyclic garbage collector: a full collection walks every object of the process, and a test
  worker that has run thousands of tests holds millions of them, so one collection that happens to
  fall in the larger run adds seconds that have nothing to do with the input. The objects alive
  before the run are frozen out of the collector's reach and collection waits until the run ends;
- other processes: they only ever add time, so each size is measured up to `tries` times and the
  cheapest run kept.

Timing stays in the tests only as this ratio; absolute figures live in benchmarks/.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU seconds of one call of `work`, the collector kept out of it (see the module's docstring)."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        gc.enable()
        gc.unfreeze()


def cheapest_costs(
    small: Callable[[], object], large: Callable[[], object], bound: float, tries: int = 3
) -> tuple[float, float]:
    """The cheapest CPU seconds of `small` and of `large` over up to `tries` rounds, stopping early
    once large costs less than `bound` times small (the caller asserts the same bound)."""
    cheapest_small = cheapest_large = float("inf")
    for _ in range(tries):
        cheapest_small = min(cheapest_small, cpu_seconds(small))
        cheapest_large = min(cheapest_large, cpu_seconds(large))
        if cheapest_large < bound * cheapest_small:
            break
    return cheapest_small, cheapest_large
