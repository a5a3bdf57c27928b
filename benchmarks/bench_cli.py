"""Times what a user waits for at the command line, start-up included (issue 16, point 1): `kg --version`,
`kg query` of a small named query and `kg ingest` of one register-sized document into the synthetic store.

Each command runs as the real program (the `kg` script beside this Python, else `python -m kg.cli`) in a
child process, `--repeat` times after one untimed warm-up run; the figure is the median wall time, with
the median CPU time (user + system, from the kernel's accounting of reaped children) beside it, since
on a loaded machine the wall time also counts waiting for a core. Each timed ingest adds a different
generated register (kg.testing.corpus.RegisterDocuments, about a real register's size), so every run
extracts, validates in the store's context and writes a new graph; the store is a private copy.

    python benchmarks/bench_cli.py                         # the 1e6-triple store, 5 runs each
    python benchmarks/bench_cli.py --store /tmp/kg-1e6     # copy a store of the same corpus instead
    python benchmarks/bench_cli.py --quick --summary-json /tmp/cli.json   # the 1e5 store, 3 runs

Targets (issue 16): `kg ingest FILE --store S` into the 1e6 store at most 0.5 s wall, `kg query NAME`
of a small query at most 0.3 s; `kg --version` (building the parser, nothing else) at most 0.15 s is
this benchmark's own bound. Exit status 1 when a target is missed or a command fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.bench_ingest import corpus_file, make_store
from benchmarks.bench_store import sample_params
from benchmarks.common import Figure, load_line, machine, verdict, write_summary
from kg.testing.corpus import Corpus, RegisterDocuments

TARGETS = {"version": 0.15, "query": 0.3, "ingest": 0.5}  # seconds of wall time, median


@dataclass
class Timing:
    """The runs of one command: wall and CPU seconds of each, and the first failure if any."""

    label: str
    command: list[str]
    target: float
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    failure: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def met(self) -> bool:
        return not self.failure and self.median <= self.target


def kg_command() -> list[str]:
    """The installed `kg` script next to this interpreter (what users run), else `python -m kg.cli`."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kg.cli"]


def child_environment() -> dict[str, str]:
    """This environment, but letting Python write and read its bytecode cache as an ordinary
    install does: with PYTHONDONTWRITEBYTECODE set, an editable install compiles every module of
    kg again at each start (about 0.3 s), which no user pays twice."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: Sequence[str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall and CPU seconds of one run of `command` (its whole process tree), and what it printed."""
    cpu_before, started = children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=child_environment())
    return time.perf_counter() - started, children_cpu() - cpu_before, done


def time_command(timing: Timing, arguments: Callable[[int], list[str]], repeat: int) -> Timing:
    """Run `kg ARGUMENTS(i)` once untimed (i = 0: caches warm, bytecode written), then `repeat` times."""
    for index in range(repeat + 1):
        command = timing.command + arguments(index)
        wall, cpu, done = run_once(command)
        if done.returncode != 0:
            timing.failure = f"exit {done.returncode}: {' '.join(command)}\n{done.stderr[-1500:]}"
            return timing
        if index:
            timing.wall.append(wall)
            timing.cpu.append(cpu)
    return timing


def prepare_store(size: float, existing: Path | None, target: Path) -> str:
    """The store the commands use, at `target`: a copy of `existing`, else bulk-loaded from the
    synthetic corpus of `size` triples (bench_ingest's helpers); says which and how long it took."""
    started = time.perf_counter()
    if existing is not None:
        if not (existing / "CURRENT").is_file():
            raise SystemExit(f"bench_cli: {existing} is not an Oxigraph store (no CURRENT file)")
        shutil.copytree(existing, target)
        return f"copied {existing} in {time.perf_counter() - started:.1f} s"
    seconds = make_store(corpus_file(size), target)
    return f"bulk-loaded the {size:.0e} corpus in {seconds:.1f} s"


def run_all(store: Path, documents: list[Path], org: str, repeat: int) -> list[Timing]:
    """The three commands, timed one after another on the same store."""
    kg = kg_command()
    version = Timing("kg --version", kg, TARGETS["version"])
    query = Timing("kg query collaborators --param org=IRI", kg, TARGETS["query"])
    ingest = Timing("kg ingest REGISTER.md (a new graph)", kg, TARGETS["ingest"])
    time_command(version, lambda _: ["--version"], repeat)
    asked = ["query", "collaborators", "--param", f"org={org}", "--store", str(store)]
    time_command(query, lambda _: asked, repeat)
    time_command(ingest, lambda i: ["ingest", str(documents[i]), "--store", str(store)], repeat)
    return [version, query, ingest]


def table(timings: Sequence[Timing]) -> str:
    """Command, median wall, min-max, median CPU, target and verdict, one line each."""
    header = f"{'command':42s} {'wall (s)':>9s} {'min-max':>13s} {'CPU (s)':>8s} {'target':>7s}  verdict"
    lines = [header]
    for timing in timings:
        if timing.failure:
            lines.append(f"{timing.label:42s} {'failed':>9s} {'':13s} {'':8s} {timing.target:7.2f}  not met")
            continue
        spread = f"{min(timing.wall):.3f}-{max(timing.wall):.3f}"
        lines.append(
            f"{timing.label:42s} {timing.median:9.3f} {spread:>13s} {statistics.median(timing.cpu):8.3f} "
            f"{timing.target:7.2f}  {verdict(timing.met)}"
        )
    return "\n".join(lines)


def figures(timings: Sequence[Timing], size: float) -> list[Figure]:
    """The figures run_all.py prints (benchmarks.common's summary convention)."""
    rows = []
    for timing in timings:
        value = None if timing.failure else round(timing.median, 3)
        name = f"{timing.label}, wall, median ({size:.0e} store)"
        rows.append(Figure(name, value, "s", f"<= {timing.target} s", verdict(timing.met)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e6, help="triples in the synthetic store (1e6)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each command (5)")
    parser.add_argument(
        "--store", type=Path, help="copy this store of the same synthetic corpus instead of loading one"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: the 1e5 store, 3 runs each")
    parser.add_argument("--summary-json", type=Path, help="write the figures and verdicts for run_all.py")
    args = parser.parse_args()
    if args.quick:
        args.size, args.repeat = 1e5, min(args.repeat, 3)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    where = machine()
    org = sample_params(Corpus(int(args.size)))["iri"]["org"]
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as work:
        store = Path(work, "store")
        how = prepare_store(args.size, args.store, store)
        documents = RegisterDocuments().write(Path(work, "documents"), args.repeat + 1)
        load_before = os.getloadavg()
        timings = run_all(store, documents, org, args.repeat)
        load_after = os.getloadavg()
    print(f"{where['date']}: {where['cores']} cores, {where['cpu']}, Python {where['python']}")
    print(f"store: {args.size:.0e} triples, {how}; {args.repeat} timed runs per command after one warm-up")
    print(load_line(load_before, load_after))
    print(table(timings))
    for timing in timings:
        if timing.failure:
            print(f"{timing.label} failed: {timing.failure}", file=sys.stderr)
    if args.summary_json:
        write_summary(args.summary_json, "bench_cli", figures(timings, args.size))
    return 0 if all(timing.met for timing in timings) else 1


if __name__ == "__main__":
    raise SystemExit(main())
