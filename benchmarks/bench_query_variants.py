"""Where one named query's time goes in the engine: the query and variants of it that each leave one part
out, side by side on the 1e6 store (issue 16 point 3).

Why: `specification-dependencies` is the one named query under 20x rdflib at 1e6 (rdflib 3.1 s quiet on
this project's host, ours 0.41 s, raw pyoxigraph 0.38 s: docs/benchmarks.md, session 30), and sessions 11,
30 and 31 each tried formulations by hand without keeping the script. Here the variants are files in
benchmarks/queries/NAME/ (each with its header saying what it leaves out), run in turn in one process on
the same read-only store, `--repeat` times each: the CPU seconds of Oxigraph's evaluation and of writing
its answer (TSV bytes, as kg.store.embedded reads them), the rows, whether the answer is the named query's
(same rows in the same order, for variants that keep its columns and order), and the share of the named
query's time. A variant fast enough to meet the target would show here with "same answer".

    python benchmarks/bench_query_variants.py                      # the 1e6 store of benchmarks/data
    python benchmarks/bench_query_variants.py --store /tmp/kg-1e6  # another store of the same corpus
    python benchmarks/bench_query_variants.py --size 1e5 --repeat 3
    python benchmarks/bench_query_variants.py --quick --summary-json F   # smoke run (1e4, 2 each)

The store is the bulk-loaded synthetic corpus kept in benchmarks/data (made once, as bench_update.py's).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from bench_update import base_store

from benchmarks.common import Figure, load_average, machine, write_summary
from kg.sparql.named import catalogue, load_query

HERE = Path(__file__).resolve().parent


@dataclass
class Run:
    """One query's runs: its CPU seconds and its answer (TSV bytes) from the first run."""

    name: str
    title: str
    seconds: list[float]
    answer: bytes

    @property
    def rows(self) -> int:
        return max(self.answer.count(b"\n") - 1, 0)


def named_query_text(name: str) -> str:
    """The named query's text as the catalogue reads it (fragments included)."""
    queries = catalogue()
    if name not in queries:
        raise SystemExit(f"bench_query_variants: no named query {name!r}")
    return queries[name].text


def timed(store: ox.Store, name: str, title: str, text: str, repeat: int) -> Run:
    seconds, answer = [], b""
    for turn in range(repeat):
        started = time.process_time()
        solutions = store.query(text)
        written = solutions.serialize(format=ox.QueryResultsFormat.TSV) or b""
        seconds.append(time.process_time() - started)
        if turn == 0:
            answer = written
    return Run(name, title, seconds, answer)


def variants(query: str) -> list[tuple[str, str, str]]:
    """(file name, title, text) of each variant file of `query`, in name order."""
    folder = HERE / "queries" / query
    if not folder.is_dir():
        raise SystemExit(f"bench_query_variants: no variants of {query!r} ({folder} is not a folder)")
    found = []
    for path in sorted(folder.glob("*.rq")):
        parsed = load_query(path)
        found.append((path.stem, parsed.title, parsed.text))
    return found


def table(runs: list[Run]) -> list[str]:
    named = runs[0]
    base = min(named.seconds)
    lines = [
        "| query | rows | CPU s, min | CPU s, median | share of the named query | same answer |",
        "|---|---|---|---|---|---|",
    ]
    for run in runs:
        same = "-" if run is named else ("yes" if run.answer == named.answer else "no")
        lines.append(
            f"| {run.name}: {run.title} | {run.rows:,} | {min(run.seconds):.3f} | "
            f"{statistics.median(run.seconds):.3f} | {min(run.seconds) / base:.2f} | {same} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--query", default="specification-dependencies", help="the named query")
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--store", type=Path, help="a store of the same corpus instead of benchmarks/data's")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each query (7)")
    parser.add_argument("--quick", action="store_true", help="smoke run: the 1e4 store, 2 runs each")
    parser.add_argument("--summary-json", type=Path, help="write the figures here (benchmarks/run_all.py)")
    args = parser.parse_args()
    if args.quick:
        args.size, args.repeat = 1e4, 2
    path = args.store or base_store(args.size)
    store = ox.Store.read_only(str(path))
    before = load_average()
    runs = [timed(store, args.query, "the named query", named_query_text(args.query), args.repeat)]
    runs += [timed(store, name, title, text, args.repeat) for name, title, text in variants(args.query)]
    after = load_average()
    print(f"store: {path}; {args.repeat} runs each, CPU seconds of one process (evaluation and TSV answer)")
    print(f"machine: {machine()}; load average {before[0]:.2f} before, {after[0]:.2f} after")
    print("\n".join(table(runs)))
    if args.summary_json:
        write_summary(args.summary_json, "bench_query_variants", figures(runs, args.size))
    return 0


def figures(runs: list[Run], size: float) -> list[Figure]:
    """Each query's least CPU seconds (no target: the targets are bench_store's, against rdflib)."""
    store = f"{size:.0e} store"
    return [Figure(f"{run.name}, CPU, min ({store})", round(min(run.seconds), 4), "s") for run in runs]


if __name__ == "__main__":
    sys.exit(main())
