"""What recording the store's history costs (issue 15.3): library ingests (kg.pipeline.ingest.ingest,
what `kg ingest FILE` runs) of register-sized documents into the 1e6-triple store, with and without
recording, side by side.

The store is the synthetic corpus (kg.testing.corpus), bulk-loaded as benchmarks/bench_ingest.py does
(its helpers; the store is made once in benchmarks/data and copied for each run). Each ingest writes
a new document (kg.testing.corpus.RegisterDocuments, each its own graph), so none is a no-op; runs
with and without recording alternate, so that the machine's other load falls on both alike, and the
median of each is compared. "Without" runs the very same code with EmbeddedStore's recording replaced
by a no-op (kg.store.embedded.EmbeddedStore._recording): the difference is what recording costs.
The write step of each ingest (EmbeddedStore.replace_graphs, where recording happens) is timed
too: on a busy machine whole ingests vary by seconds, that step by milliseconds, so the difference
of its medians over the median ingest is the steadier figure of what recording costs.

    python benchmarks/bench_history.py                     # 1e6 triples, 8 ingests each way
    python benchmarks/bench_history.py --size 1e5 --rounds 4   # a smaller run
    python benchmarks/bench_history.py --quick --summary-json F  # smoke run (1e4, 2 rounds) for run_all.py

Target: with / without <= 1.10 (both the ingests' ratio and 1 + the write step's share).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_ingest import DATA, corpus_file, make_store

from benchmarks.common import Figure, verdict, write_summary
from kg.pipeline.ingest import ingest
from kg.store.embedded import EmbeddedStore
from kg.store.history import History
from kg.testing.corpus import RegisterDocuments

TARGET = 1.10


def base_store(size: float) -> tuple[Path, float]:
    """The bulk-loaded store of `size` triples in benchmarks/data (made once), and its load seconds
    (0 when reused)."""
    path = DATA / f"history-store-{size:.0e}".replace("+0", "")
    if (path / "CURRENT").is_file():
        return path, 0.0
    shutil.rmtree(path, ignore_errors=True)
    return path, make_store(corpus_file(size), path)


@contextlib.contextmanager
def recording(enabled: bool) -> Iterator[None]:
    """Recording as it is, or replaced by a no-op for the "without" runs."""
    if enabled:
        yield
        return
    original = EmbeddedStore._recording
    EmbeddedStore._recording = lambda self, graphs, operation: contextlib.nullcontext()  # type: ignore[method-assign]
    try:
        yield
    finally:
        EmbeddedStore._recording = original  # type: ignore[method-assign]


@contextlib.contextmanager
def write_step_timer(spent: list[float]) -> Iterator[None]:
    """Time EmbeddedStore.replace_graphs, the ingest's write (and its recording), into `spent`:
    that step is far less noisy than the whole ingest on a busy machine."""
    original = EmbeddedStore.replace_graphs

    def timed(self: EmbeddedStore, *args: object, **kwargs: object) -> None:
        started = time.perf_counter()
        try:
            original(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent.append(time.perf_counter() - started)

    EmbeddedStore.replace_graphs = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        EmbeddedStore.replace_graphs = original  # type: ignore[method-assign]


def timed_ingest(document: Path, store: Path, enabled: bool, writes: list[float]) -> float:
    """Seconds of one library ingest; the seconds of its write step go to `writes`."""
    with recording(enabled), write_step_timer(writes):
        started = time.perf_counter()
        ingest(document, store=store)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--rounds", type=int, default=8, help="ingests with and as many without (8)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1e4 triples, 2 rounds")
    parser.add_argument("--summary-json", type=Path, help="figures for benchmarks/run_all.py's table")
    args = parser.parse_args()
    if args.quick:
        args.size, args.rounds = 1e4, 2
    source, load = base_store(args.size)
    with tempfile.TemporaryDirectory(prefix="bench-history-") as work:
        store = Path(work, "store")
        shutil.copytree(source, store)
        documents = RegisterDocuments().write(Path(work, "documents"), 2 * args.rounds + 1)
        ingest(documents[0], store=store)  # warm-up: imports, caches, the first write
        times: dict[bool, list[float]] = {True: [], False: []}
        writes: dict[bool, list[float]] = {True: [], False: []}
        for index, document in enumerate(documents[1:]):
            enabled = index % 4 in (0, 3)  # with, without, without, with, ...: ABBA
            times[enabled].append(timed_ingest(document, store, enabled, writes[enabled]))
        recorded = History(store).transactions()
        patch_bytes = sum(History(store).patch_path(t.id).stat().st_size for t in recorded[-args.rounds :])
    with_median, without_median = statistics.median(times[True]), statistics.median(times[False])
    ratio = with_median / without_median
    write_with, write_without = statistics.median(writes[True]), statistics.median(writes[False])
    cost = (
        write_with - write_without
    ) / without_median  # recording's share of an ingest, from the write step
    report = {
        "size": args.size,
        "rounds": args.rounds,
        "store_load_seconds": round(load, 1),
        "with_recording_seconds": [round(t, 3) for t in times[True]],
        "without_recording_seconds": [round(t, 3) for t in times[False]],
        "median_with": round(with_median, 3),
        "median_without": round(without_median, 3),
        "ratio": round(ratio, 3),
        "write_step_with_seconds": [round(t, 4) for t in writes[True]],
        "write_step_without_seconds": [round(t, 4) for t in writes[False]],
        "write_step_median_with": round(write_with, 4),
        "write_step_median_without": round(write_without, 4),
        "recording_share_of_ingest": round(cost, 4),
        "transactions_recorded": len(recorded),
        "patch_bytes_per_ingest": patch_bytes // max(args.rounds, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cores": os.cpu_count(),
    }
    print(f"store: {args.size:,.0f} triples" + (f", bulk-loaded in {load:.1f} s" if load else " (reused)"))
    print(f"{'ingest of one register':28s} {'with recording':>15s} {'without':>10s} {'ratio':>7s}")
    label = f"median of {args.rounds} (s)"
    print(f"{label:28s} {with_median:15.3f} {without_median:10.3f} {ratio:7.3f}")
    label = "its write step, median (s)"
    print(f"{label:28s} {write_with:15.3f} {write_without:10.3f} {write_with / write_without:7.3f}")
    print(f"recording costs {write_with - write_without:.3f} s per ingest: {100 * cost:.1f} % of the ingest")
    print(f"target: ratio <= {TARGET}; patch per ingest: {report['patch_bytes_per_ingest']:,} bytes")
    print(f"load average (1, 5, 15 min): {report['load_average']} on {report['cores']} cores")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    met = ratio <= TARGET and 1 + cost <= TARGET
    if args.summary_json:
        write_summary(args.summary_json, "bench_history", summary(args.size, ratio, cost))
    return 0 if met else 1


def summary(size: float, ratio: float, cost: float) -> list[Figure]:
    """The run_all.py rows: the ingest-time ratio and recording's share, judged at 1e6 only."""
    judged = size >= 1e6
    return [
        Figure(
            f"ingest with / without recording at {size:.0e}".replace("+0", ""),
            round(ratio, 3),
            "x",
            f"<= {TARGET}",
            verdict(ratio <= TARGET if judged else None),
        ),
        Figure(
            f"recording's share of an ingest at {size:.0e}".replace("+0", ""),
            round(100 * cost, 1),
            "%",
            f"<= {100 * (TARGET - 1):.0f} %",
            verdict(1 + cost <= TARGET if judged else None),
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
