"""Times `kg ingest` of a batch: generated register documents (kg.testing.corpus.RegisterDocuments, about
a real register's size) in one run into the synthetic store (kg.testing.corpus.Corpus, bulk-loaded as
benchmarks/bench_store.py does), and prints documents per second and how busy the cores were.

The batch runs as the real command (`python -m kg.cli ingest FOLDER --store STORE`) in a child process;
the CPU time of it and of everything it started (the extraction workers) is read from the kernel's
accounting of reaped children, so "both cores busy" is measured, not assumed.

    python benchmarks/bench_ingest.py                      # 200 documents into the 1e6-triple store
    python benchmarks/bench_ingest.py --store /tmp/kg-1e6  # copy a store of the same corpus instead
    python benchmarks/bench_ingest.py --size 1e5 --documents 40   # a quick run
    python benchmarks/bench_ingest.py --quick --summary-json /tmp/ingest.json   # for run_all.py

Target (issue 12): at least 2 documents per second on a 2-core machine, both cores busy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, load_line, machine, verdict, write_summary
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


class TreeCpu:
    """The CPU seconds (user + system) of every process under this one, read from /proc every 20 ms
    while the command runs, the last reading of each process kept.

    Why not only the kernel's accounting of reaped children (RUSAGE_CHILDREN): the extraction workers
    are children of multiprocessing's fork server, which is not reaped by `kg ingest`, so their CPU time
    never reached this process: the figure said 44 % busy where the tree was 80 % busy. A process that
    ends between two readings loses at most its last 20 ms; on a system without /proc the reaped
    children's time is all there is."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[str, float]] = {}
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def sample(self) -> None:
        parents: dict[int, list[tuple[int, str, float]]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    head, _, rest = stat.read().rpartition(")")
            except OSError:
                continue
            fields = rest.split()
            name = head.partition("(")[2]
            cpu = (int(fields[11]) + int(fields[12])) / self.tick
            parents.setdefault(int(fields[1]), []).append((int(entry), name, cpu))
        stack = [os.getpid()]
        while stack:
            for pid, name, cpu in parents.get(stack.pop(), []):
                self.seen[pid] = (name, max(cpu, self.seen.get(pid, (name, 0.0))[1]))
                stack.append(pid)

    def watch(self, process: subprocess.Popen) -> None:
        while process.poll() is None:
            with contextlib.suppress(OSError, ValueError, IndexError):
                self.sample()
            time.sleep(0.02)

    @property
    def total(self) -> float:
        return sum(cpu for _, cpu in self.seen.values())

    def of(self, pid: int) -> float:
        return self.seen.get(pid, ("", 0.0))[1]


def run_batch(folder: Path, store: Path, workers: int | None, dry_run: bool) -> dict:
    """The real command over the folder; wall time, CPU time of the whole process tree (and of the
    writing process alone), output."""
    command = [sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store)]
    command += ["--workers", str(workers)] if workers is not None else []
    command += ["--dry-run"] if dry_run else []
    tree = TreeCpu()
    cpu_before, started = children_cpu(), time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        tree.watch(process)
        wall, reaped = time.perf_counter() - started, children_cpu() - cpu_before
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    totals = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    return {
        "exit": process.returncode,
        "wall": wall,
        "cpu": max(tree.total, reaped),
        "cpu_writer": tree.of(process.pid),
        "cpu_reaped": reaped,
        "totals": totals,
        "stderr": stderr[-2000:],
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
    parser.add_argument(
        "--store", type=Path, help="copy this store of the same synthetic corpus instead of loading one"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: the 1e5 store, 20 documents")
    parser.add_argument("--summary-json", type=Path, help="write the figures and verdicts for run_all.py")
    args = parser.parse_args()
    if args.quick:
        args.size, args.documents = 1e5, min(args.documents, 20)
    cores = os.cpu_count() or 1
    where = machine()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as work:
        folder, store = Path(work, "documents"), Path(work, "store")
        RegisterDocuments().write(folder, args.documents)
        load = copy_store(args.store, store) if args.store else make_store(corpus_file(args.size), store)
        load_before = os.getloadavg()
        result = run_batch(folder, store, args.workers, args.dry_run)
        load_after = os.getloadavg()
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
        "cpu_seconds_writer": round(result["cpu_writer"], 2),
        "cores": cores,
        "cores_busy": round(busy, 2),
        "exit": result["exit"],
        "totals": result["totals"],
    }
    how = f"copied from {args.store}" if args.store else "bulk-loaded"
    print(f"{where['date']}: {where['cores']} cores, {where['cpu']}, Python {where['python']}")
    print(f"store: {args.size:.0e} triples, {how} in {load:.1f} s")
    print(load_line(load_before, load_after))
    print(
        f"batch: {args.documents} documents in {result['wall']:.1f} s: {rate:.2f} documents/s "
        f"(target >= {TARGET})"
    )
    print(
        f"CPU: {result['cpu']:.1f} s over {cores} cores: {100 * busy:.0f} % busy (the writing process "
        f"{result['cpu_writer']:.1f} s, the extraction workers the rest); exit {result['exit']}"
    )
    print(result["totals"])
    if result["exit"] != 0:
        print(result["stderr"], file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    met = result["exit"] == 0 and rate >= TARGET
    if args.summary_json:
        name = f"kg ingest FOLDER: {args.documents} registers into the {args.size:.0e} store"
        rows = [
            Figure(f"{name}, documents/s", round(rate, 2), "documents/s", f">= {TARGET}", verdict(met)),
            Figure(f"{name}, CPU seconds (all processes)", round(result["cpu"], 1), "s"),
            Figure(f"{name}, cores busy", round(busy, 2), "of the cores"),
        ]
        write_summary(args.summary_json, "bench_ingest", rows)
    return 0 if met else 1


def copy_store(existing: Path, target: Path) -> float:
    """A private copy of a store of the same corpus (the batch writes into it); the seconds it took."""
    if not (existing / "CURRENT").is_file():
        raise SystemExit(f"bench_ingest: {existing} is not an Oxigraph store (no CURRENT file)")
    started = time.perf_counter()
    shutil.copytree(existing, target, ignore=shutil.ignore_patterns("LOCK", "*.views"))
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
