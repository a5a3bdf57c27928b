"""Times `kg ingest` of a batch: generated register documents (kg.testing.corpus.RegisterDocuments, about
a real register's size) in one run into the synthetic store (kg.testing.corpus.Corpus, bulk-loaded as
benchmarks/bench_store.py does), and prints documents per second and how busy the cores were.

The batch runs as the real command (`python -m kg.cli ingest FOLDER --store STORE`) in a child process;
the CPU time of it and of everything it started (the extraction workers) is read from the kernel's
accounting of reaped children, so "both cores busy" is measured, not assumed.

    python benchmarks/bench_ingest.py                      # 200 documents into the 1e6-triple store
    python benchmarks/bench_ingest.py --size 1e5 --documents 40   # a quick run

Target (issue 12): at least 2 documents per second on a 2-core machine, both cores busy.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.store.embedded import EmbeddedStore
from kg.testing.corpus import Corpus, RegisterDocuments, write

DATA = Path(__file__).resolve().parent / "data"
TARGET = 2.0  # documents per second


def corpus_file(size: float) -> Path:
    """The synthetic corpus as N-Quads (made once, kept in benchmarks/data like bench_store's)."""
    path = DATA / f"corpus-{size:.0e}.nq".replace("+0", "")
    if not path.exists():
        write(Corpus(int(size)), path)
    return path


def make_store(corpus: Path, target: Path) -> float:
    """Bulk-load the corpus into a new store at `target`; the seconds it took."""
    started = time.perf_counter()
    store = EmbeddedStore(target, readonly=False)
    store.bulk_load(corpus)
    store.close()
    return time.perf_counter() - started


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_batch(folder: Path, store: Path, workers: int | None, dry_run: bool) -> dict:
    """The real command over the folder; wall time, CPU time of the whole process tree, output."""
    command = [sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store)]
    command += ["--workers", str(workers)] if workers is not None else []
    command += ["--dry-run"] if dry_run else []
    cpu_before, started = children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu_before
    totals = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return {
        "exit": done.returncode,
        "wall": wall,
        "cpu": cpu,
        "totals": totals,
        "stderr": done.stderr[-2000:],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--documents", type=int, default=200, help="documents in the batch (200)")
    parser.add_argument(
        "--workers", type=int, help="extraction processes (default: kg ingest's, one per core)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="validate in the store's context, write nothing"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as work:
        folder, store = Path(work, "documents"), Path(work, "store")
        RegisterDocuments().write(folder, args.documents)
        load = make_store(corpus_file(args.size), store)
        result = run_batch(folder, store, args.workers, args.dry_run)
        shutil.rmtree(folder)
    rate = args.documents / result["wall"]
    busy = result["cpu"] / result["wall"] / cores
    report = {
        "size": args.size,
        "documents": args.documents,
        "store_load_seconds": round(load, 1),
        "seconds": round(result["wall"], 2),
        "documents_per_second": round(rate, 2),
        "cpu_seconds": round(result["cpu"], 2),
        "cores": cores,
        "cores_busy": round(busy, 2),
        "exit": result["exit"],
        "totals": result["totals"],
    }
    print(f"store: {args.size:.0e} triples, bulk-loaded in {load:.1f} s")
    print(
        f"batch: {args.documents} documents in {result['wall']:.1f} s: {rate:.2f} documents/s "
        f"(target >= {TARGET})"
    )
    print(f"CPU: {result['cpu']:.1f} s over {cores} cores: {100 * busy:.0f} % busy; exit {result['exit']}")
    print(result["totals"])
    if result["exit"] != 0:
        print(result["stderr"], file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if result["exit"] == 0 and rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
