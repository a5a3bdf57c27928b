"""What a small SPARQL Update costs on a large store: the default graph levelled for the graphs the
update names (kg.store.union.stale_window's `graphs`) against the whole store's resync, side by side.

Every update ends with the default graph brought level with the union of the named graphs
(kg.store.union). Until session 30 that was a resync of the whole store after any update: a Graph
Store write of ten triples took 8 s at 448,000 quads (attack round 16), past the server's default
--timeout on a busy machine. An update that names every graph it writes and takes nothing out of the
default graph now levels those graphs' triples only. This script runs the same updates through
EmbeddedStore.update both ways, alternating (ABBA), on one copy of the synthetic store (made once in
benchmarks/data, as benchmarks/bench_history.py's): "levelled" is the code as it is; "whole store" the
same code with kg.store.history.UpdateScope.levelled_graphs answering None (what it did before).
Each update inserts `--triples` new triples into a graph of its own and deletes the previous
update's; at the end the default graph is checked against the union (a whole resync changes nothing).

    python benchmarks/bench_update.py                  # 1e6 triples, 6 updates each way
    python benchmarks/bench_update.py --size 1e5
    python benchmarks/bench_update.py --quick --summary-json F   # smoke run (1e4, 2 each) for run_all.py

Target: the levelled update of ten triples under 1 s at 1e6 (the server's default --timeout is 10 s).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from bench_ingest import DATA, corpus_file, make_store

from benchmarks.common import Figure, verdict, write_summary
from kg.store.embedded import EmbeddedStore
from kg.store.history import UpdateScope
from kg.store.union import resync

TARGET_SECONDS = 1.0


def base_store(size: float) -> Path:
    """The bulk-loaded synthetic store of `size` triples in benchmarks/data (made once)."""
    path = DATA / f"update-store-{size:.0e}".replace("+0", "")
    if not (path / "CURRENT").is_file():
        shutil.rmtree(path, ignore_errors=True)
        make_store(corpus_file(size), path)
    return path


@contextlib.contextmanager
def whole_store(enabled: bool) -> Iterator[None]:
    """As it was before: every update resyncs the whole store's default graph."""
    if not enabled:
        yield
        return
    original = UpdateScope.levelled_graphs
    UpdateScope.levelled_graphs = lambda self, *also, inserts_kept=False: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        UpdateScope.levelled_graphs = original  # type: ignore[method-assign]


def update_text(round_number: int, triples: int) -> str:
    """Insert this round's triples into its own graph; delete the last round's."""

    def data(number: int) -> str:
        return " ".join(f"<urn:bench:s{number}-{k}> <urn:bench:p> {k} ." for k in range(triples))

    insert = f"INSERT DATA {{ GRAPH <urn:bench:g{round_number}> {{ {data(round_number)} }} }}"
    if round_number == 0:
        return insert
    last = round_number - 1
    return f"DELETE DATA {{ GRAPH <urn:bench:g{last}> {{ {data(last)} }} }} ;\n{insert}"


def timed_update(store: EmbeddedStore, text: str, whole: bool) -> tuple[float, float]:
    """(seconds, CPU seconds) of one update."""
    with whole_store(whole):
        wall, cpu = time.perf_counter(), time.process_time()
        store.update(text)
        return time.perf_counter() - wall, time.process_time() - cpu


def default_graph_is_the_union(path: Path) -> bool:
    """Whether a whole resync would change nothing (the default graph's size stays)."""
    raw = ox.Store(str(path))
    before = sum(1 for _ in raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    resync(raw)
    after = sum(1 for _ in raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return before == after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--rounds", type=int, default=6, help="updates each way (6)")
    parser.add_argument("--triples", type=int, default=10, help="triples each update inserts (10)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1e4 triples, 2 rounds")
    parser.add_argument("--summary-json", type=Path, help="figures for benchmarks/run_all.py's table")
    args = parser.parse_args()
    if args.quick:
        args.size, args.rounds = 1e4, 2
    source = base_store(args.size)
    times: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(prefix="bench-update-") as work:
        path = Path(work, "store")
        shutil.copytree(source, path, ignore=shutil.ignore_patterns("LOCK"))
        with EmbeddedStore(path, readonly=False) as store:
            store.update(update_text(0, args.triples))  # warm-up: the first write opens the history
            for index in range(1, 2 * args.rounds + 1):
                whole = index % 4 in (2, 3)  # levelled, whole, whole, levelled, ...: ABBA
                times[whole].append(timed_update(store, update_text(index, args.triples), whole))
        level = default_graph_is_the_union(path)
    print(f"bench_update: {args.size:.0e} triples, {args.rounds} updates each way of {args.triples} triples")
    print("| mode | seconds (median) | CPU seconds (median) | each run's seconds |")
    print("|---|---|---|---|")
    medians = {}
    for whole, label in ((False, "levelled (as it is)"), (True, "whole store (before)")):
        wall = statistics.median(t for t, _ in times[whole])
        cpu = statistics.median(c for _, c in times[whole])
        medians[whole] = wall
        runs = ", ".join(f"{t:.3f}" for t, _ in times[whole])
        print(f"| {label} | {wall:.3f} | {cpu:.3f} | {runs} |")
    speedup = medians[True] / medians[False] if medians[False] else float("inf")
    print(f"whole store / levelled: {speedup:.1f}x; default graph the union at the end: {level}")
    met = medians[False] < TARGET_SECONDS and level
    print(f"target: levelled < {TARGET_SECONDS} s at this size: {verdict(met)}")
    if args.summary_json:
        write_summary(
            args.summary_json,
            "bench_update.py",
            [
                Figure(
                    f"SPARQL Update of {args.triples} triples at {args.size:.0e}",
                    round(medians[False], 3),
                    "s",
                    f"< {TARGET_SECONDS} s",
                    verdict(met),
                ),
                Figure("the same with the whole store's resync (before)", round(medians[True], 3), "s"),
            ],
        )
    return 0 if level else 1


if __name__ == "__main__":
    sys.exit(main())
