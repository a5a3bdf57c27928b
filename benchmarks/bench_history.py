"""What recording the store's history costs (issue 15.3): library ingests (kg.pipeline.ingest.ingest,
what `kg ingest FILE` runs) of register-sized documents into the 1e6-triple store, with and without
recording, side by side.

The store is the synthetic corpus (kg.testing.corpus), bulk-loaded as benchmarks/bench_ingest.py does
(its helpers; the store is made once in benchmarks/data and copied for each run). Each ingest writes
a new document (kg.testing.corpus.RegisterDocuments, each its own graph), so none is a no-op; runs
with and without recording alternate, so that the machine's other load falls on both alike, and the
median of each is compared. "Without" runs the very same code with EmbeddedStore's recording replaced
by a no-op (kg.store.embedded.EmbeddedStore._recording): the difference is what recording costs.

    python benchmarks/bench_history.py                     # 1e6 triples, 8 ingests each way
    python benchmarks/bench_history.py --size 1e5 --rounds 4   # a quick run

Target: with / without <= 1.10.
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


def timed_ingest(document: Path, store: Path, enabled: bool) -> float:
    with recording(enabled):
        started = time.perf_counter()
        ingest(document, store=store)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--rounds", type=int, default=8, help="ingests with and as many without (8)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    source, load = base_store(args.size)
    with tempfile.TemporaryDirectory(prefix="bench-history-") as work:
        store = Path(work, "store")
        shutil.copytree(source, store)
        documents = RegisterDocuments().write(Path(work, "documents"), 2 * args.rounds + 1)
        ingest(documents[0], store=store)  # warm-up: imports, caches, the first write
        times: dict[bool, list[float]] = {True: [], False: []}
        for index, document in enumerate(documents[1:]):
            enabled = index % 4 in (0, 3)  # with, without, without, with, ...: ABBA
            times[enabled].append(timed_ingest(document, store, enabled))
        recorded = History(store).transactions()
        patch_bytes = sum(History(store).patch_path(t.id).stat().st_size for t in recorded[-args.rounds :])
    with_median, without_median = statistics.median(times[True]), statistics.median(times[False])
    ratio = with_median / without_median
    report = {
        "size": args.size,
        "rounds": args.rounds,
        "store_load_seconds": round(load, 1),
        "with_recording_seconds": [round(t, 3) for t in times[True]],
        "without_recording_seconds": [round(t, 3) for t in times[False]],
        "median_with": round(with_median, 3),
        "median_without": round(without_median, 3),
        "ratio": round(ratio, 3),
        "transactions_recorded": len(recorded),
        "patch_bytes_per_ingest": patch_bytes // max(args.rounds, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cores": os.cpu_count(),
    }
    print(f"store: {args.size:,.0f} triples" + (f", bulk-loaded in {load:.1f} s" if load else " (reused)"))
    print(f"{'ingest of one register':28s} {'with recording':>15s} {'without':>10s} {'ratio':>7s}")
    label = f"median of {args.rounds} (s)"
    print(f"{label:28s} {with_median:15.3f} {without_median:10.3f} {ratio:7.3f}")
    print(f"target: ratio <= {TARGET}; patch per ingest: {report['patch_bytes_per_ingest']:,} bytes")
    print(f"load average (1, 5, 15 min): {report['load_average']} on {report['cores']} cores")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
