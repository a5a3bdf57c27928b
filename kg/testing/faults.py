"""Fault injection for `kg build` and `kg ingest`, shared by tests/robustness/test_faults_*.py and
benchmarks/fault_injection.py.

Why fingerprints: after a writer is killed, "the store holds the old or the new graph, never
a mix" must be checked on every graph of the store, not only the one being written. A
fingerprint is, per named graph, a digest of its triples with blank-node labels and
timestamps blanked out (an ingest records when it ran), so that two runs of the same
command compare equal and any partial write does not.

A trial copies a template store (and distribution), starts the real command (`kg ARGS`, through
MARKING_RUNNER), sends SIGKILL, and then opens the store for writing (the dead writer's lock must
be gone), fingerprints it, and checks the distribution directory. Half the kills are aimed
anywhere in the command's run (a delay from its start), half inside its write window (a delay
from its "write-begin" marker, within the window's length in an unkilled calibration run).

Why markers: a kill that lands before the write, or after it committed, proves nothing about the
write. MARKING_RUNNER runs the command with two markers on stderr, both on the system-wide
monotonic clock: "write-begin" when the writer function is entered (it is wrapped), and
"write-committed" when the writer calls kg.store.embedded.write_committed (replaced) right after
its transaction committed. A trial is in the window when SIGKILL was sent after the first marker
and the process died without printing the second (Trial.in_window); only such trials are proof
(Trial.survived), and the tests require a minimum number of them. Every delay comes from a
random.Random seeded from the run's one seed (kg.testing.seeds).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.model.sources import project_root

ROOT = project_root()
REGISTER = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
REMOVED_IN_NEW = "data/curated/dmtf-snia-ofa.ttl"
DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
STAMP = re.compile(r"\d{8}T\d{6}Z")
MARKING_RUNNER = """
import importlib, sys, time
import kg.store.embedded

def mark(what):
    print(f"{what} {time.monotonic()}", file=sys.stderr, flush=True)

module = importlib.import_module(sys.argv[1])
real = getattr(module, sys.argv[2])
def marked(*args, **kwargs):
    mark("write-begin")
    return real(*args, **kwargs)
setattr(module, sys.argv[2], marked)
kg.store.embedded.write_committed = lambda: mark("write-committed")
from kg.cli.main import main
raise SystemExit(main(sys.argv[3:]))
"""
BEGIN, COMMITTED = "write-begin", "write-committed"

Fingerprint = dict[str, str]


def _term(term: object) -> str:
    """The term, with what differs between two runs of one command blanked: blank nodes, timestamps
    (literals, and in the IRIs of extraction activities)."""
    if isinstance(term, ox.BlankNode):
        return "_:b"
    if isinstance(term, ox.Literal) and term.datatype.value == DATETIME:
        return "DATETIME"
    return STAMP.sub("STAMP", str(term))


def fingerprint(store_path: Path) -> Fingerprint:
    """Per named graph: SHA-256 of its sorted triples (blank nodes and timestamps blanked)."""
    store = ox.Store.read_only(str(store_path))
    lines: dict[str, list[str]] = defaultdict(list)
    for quad in store:
        lines[str(quad.graph_name)].append(
            " ".join(_term(t) for t in (quad.subject, quad.predicate, quad.object))
        )
    del store
    return {
        graph: hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest() for graph, rows in lines.items()
    }


def opens_for_writing(store_path: Path) -> bool:
    """The killed writer's lock is gone and RocksDB recovers: the store opens read-write."""
    from kg.store import StoreError
    from kg.store.embedded import EmbeddedStore

    try:
        EmbeddedStore(store_path, readonly=False).close()
    except StoreError:
        return False
    return True


def distribution_quads(out_dir: Path) -> int | None:
    """Quads in the N-Quads file of a distribution; None when the directory or a file is missing."""
    from kg.pipeline.build import DIST_NAME, DISTRIBUTION_FORMATS

    files = [out_dir / f"{DIST_NAME}.{suffix}" for suffix in DISTRIBUTION_FORMATS]
    if not all(f.is_file() for f in files):
        return None
    return sum(1 for _ in ox.parse(path=files[2], format=ox.RdfFormat.N_QUADS))


class Watched:
    """`kg ARGV` through MARKING_RUNNER, its stderr read by a thread: the markers' times (seconds since
    the start), when the write began (an event), and the last lines (for a failed calibration)."""

    def __init__(self, marked: tuple[str, str], argv: list[str], env: dict[str, str]) -> None:
        self.marks: dict[str, float] = {}
        self.began = threading.Event()
        self.tail: deque[str] = deque(maxlen=40)
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-c", MARKING_RUNNER, *marked, *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, **env},
            cwd=ROOT,
            start_new_session=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        with self.process.stderr:
            for raw in self.process.stderr:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                name, _, value = line.partition(" ")
                if name in (BEGIN, COMMITTED) and name not in self.marks:
                    self.marks[name] = float(value) - self.started
                    if name == BEGIN:
                        self.began.set()
                else:
                    self.tail.append(line)
        self.began.set()  # the process ended (with or without a write): nobody waits any longer

    def since_start(self) -> float:
        return time.monotonic() - self.started

    def finish(self, timeout: float) -> None:
        """Wait for the process (killing it after `timeout`) and for its last marker lines."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._reader.join(timeout=30)


# --- Scenarios -------------------------------------------------------------------------------------


@dataclass
class Scenario:
    """A command that rewrites a store (and for a build, a distribution), its before and after."""

    name: str
    argv: list[str]  # with {store} and {out} placeholders
    env: dict[str, str]
    marked: tuple[str, str]  # the function that starts the write: (module, name)
    template_store: Path
    template_dist: Path | None
    old: Fingerprint = field(default_factory=dict)
    new: Fingerprint = field(default_factory=dict)
    old_quads: int | None = None
    new_quads: int | None = None
    duration: float = 0.0
    write_starts: float = 0.0
    write_commits: float = 0.0
    calibrated: Path | None = None  # the store the calibration run left: the "new" state

    @property
    def window(self) -> float:
        """How long the write took in the calibration run: from its start to its commit."""
        return self.write_commits - self.write_starts

    def command(self, store: Path, out: Path) -> list[str]:
        return [arg.format(store=store, out=out) for arg in self.argv]

    def prepare(self, workdir: Path) -> tuple[Path, Path]:
        """A fresh copy of the template store (and distribution) for one trial."""
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        store, out = workdir / "store", workdir / "dist"
        shutil.copytree(self.template_store, store)
        if self.template_dist is not None:
            shutil.copytree(self.template_dist, out)
        return store, out

    def watch(self, store: Path, out: Path) -> Watched:
        return Watched(self.marked, self.command(store, out), self.env)

    def calibrate(self, workdir: Path) -> None:
        """One unkilled run: its result is "new" and its markers place the write window."""
        store, out = self.prepare(workdir)
        run = self.watch(store, out)
        run.finish(timeout=300)
        self.duration = run.since_start()
        tail = "\n".join(run.tail)[-2000:]
        if run.process.returncode != 0:
            raise RuntimeError(f"{self.name}: calibration run failed: {tail}")
        if BEGIN not in run.marks or COMMITTED not in run.marks:
            raise RuntimeError(f"{self.name}: no {BEGIN} or {COMMITTED} marker: trials would prove nothing")
        self.write_starts, self.write_commits = run.marks[BEGIN], run.marks[COMMITTED]
        self.new, self.new_quads = fingerprint(store), distribution_quads(out)
        self.calibrated = store


def sources_with_one_register_removed(directory: Path) -> Path:
    """A checkout (ontology, data and the queries validation asks) whose build differs from the real one:
    a register fewer."""
    for part in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / part, directory / part)
    (directory / REMOVED_IN_NEW).unlink()
    return directory


def template(directory: Path) -> tuple[Path, Path]:
    """The "old" state: a store and a distribution built from the checkout's curated register graphs
    (so that both a build from the documents and an ingest of one document change them)."""
    from kg.pipeline.build import build

    store, out = directory / "store", directory / "dist"
    build(out, store=store, registers="curated")
    return store, out


def scenarios(directory: Path) -> list[Scenario]:
    """`kg build` from changed sources over an existing store, and `kg ingest` of a seed register (with
    --replace: the store's curated graph of the same document would make a plain ingest "unchanged")."""
    store, out = template(directory / "template")
    checkout = sources_with_one_register_removed(directory / "checkout-new")
    build = Scenario(
        "kg build",
        ["build", "--store", "{store}", "--out", "{out}"],
        {"ALLIANCE_KG_HOME": str(checkout)},
        ("kg.store.embedded", "write_store"),
        store,
        out,
    )
    ingest = Scenario(
        "kg ingest",
        ["ingest", str(REGISTER), "--replace", "--store", "{store}"],
        {},
        ("kg.pipeline.ingest", "write_register_graph"),
        store,
        None,
    )
    for scenario in (build, ingest):
        scenario.old, scenario.old_quads = fingerprint(store), distribution_quads(out)
        scenario.calibrate(directory / f"calibrate-{scenario.name.replace(' ', '-')}")
        if scenario.new == scenario.old:
            raise RuntimeError(f"{scenario.name} changes nothing: its trials would prove nothing")
    return [build, ingest]


# --- Trials --------------------------------------------------------------------------------------

Aim = tuple[str, float]  # ("run", seconds after the start) or ("window", seconds after write-begin)


@dataclass(frozen=True)
class Trial:
    scenario: str
    aim: str  # "run" or "window"
    kill_at: float | None  # seconds from the start to SIGKILL; None when the command ended first
    killed: bool  # SIGKILL was sent and the process died of it
    began: float | None  # seconds from the start to the write-begin marker; None: never printed
    committed: float | None  # ... to the write-committed marker
    exit_code: int | None
    store: str  # "old", "new" or "MIX"
    opens: bool
    distribution: str  # "old", "new", "missing" or "MIX" ("-" for ingest)

    @property
    def in_window(self) -> bool:
        """Killed after the write began and before it was marked committed: a kill that proves something.
        (A kill that races the commit marker counts as after it: never more proof than there is.)"""
        return (
            self.killed
            and self.kill_at is not None
            and self.began is not None
            and self.began < self.kill_at
            and self.committed is None
        )

    @property
    def phase(self) -> str:
        if not self.killed:
            return "not killed"
        if self.in_window:
            return "in window"
        return "after commit" if self.committed is not None else "before write"

    @property
    def intact(self) -> bool:
        """The store opens for writing and holds the old or the new graphs; so does the distribution."""
        return self.opens and self.store in ("old", "new") and self.distribution in ("old", "new", "-")

    @property
    def survived(self) -> bool:
        """Proof: killed inside the write window, and what it left is intact."""
        return self.in_window and self.intact

    @property
    def broken(self) -> bool:
        """What the store or the distribution must never be, wherever the kill landed; an unkilled
        command must succeed too."""
        return not self.intact or (not self.killed and self.exit_code != 0)

    def line(self) -> str:
        at = "-" if self.kill_at is None else f"{self.kill_at:6.3f}"
        began = "-" if self.began is None else f"{self.began:.3f}"
        committed = "-" if self.committed is None else f"{self.committed:.3f}"
        return (
            f"{self.scenario:<10} aim={self.aim:<6} kill at {at:>6} s (write {began}..{committed}) "
            f"{self.phase:<12} store={self.store:<4} distribution={self.distribution:<7} opens={self.opens}"
        )


def aims(scenario: Scenario, count: int, rng: random.Random, *, window_only: bool = False) -> list[Aim]:
    """Alternately anywhere in the run (up to a little after the calibration run's end: a killed run
    may be slower) and inside the write window (`window_only`: every one)."""
    return [
        ("run", rng.uniform(0, 1.1 * scenario.duration))
        if index % 2 == 0 and not window_only
        else ("window", rng.uniform(0, scenario.window))
        for index in range(count)
    ]


def state(value: object, old: object, new: object) -> str:
    return "old" if value == old else "new" if value == new else "MIX"


def run_trial(scenario: Scenario, aim: Aim, workdir: Path) -> Trial:
    """Start the command, SIGKILL it where `aim` says, and inspect what it left."""
    kind, delay = aim
    store, out = scenario.prepare(workdir)
    run = scenario.watch(store, out)
    limit = 10 * scenario.duration + 60  # bounded however slow the machine is
    if kind == "window":
        run.began.wait(timeout=limit)
        deadline = run.marks.get(BEGIN, run.since_start()) + delay
    else:
        deadline = delay
    kill_at: float | None = None
    try:
        run.process.wait(timeout=max(0.0, deadline - run.since_start()))
    except subprocess.TimeoutExpired:
        kill_at = run.since_start()
        os.killpg(run.process.pid, signal.SIGKILL)
    run.finish(timeout=limit)
    killed = kill_at is not None and run.process.returncode == -signal.SIGKILL
    opens = opens_for_writing(store)
    stored = state(fingerprint(store), scenario.old, scenario.new) if opens else "MIX"
    if scenario.template_dist is None:
        distribution = "-"
    else:
        quads = distribution_quads(out)
        distribution = "missing" if quads is None else state(quads, scenario.old_quads, scenario.new_quads)
    return Trial(
        scenario.name,
        kind,
        kill_at,
        killed,
        run.marks.get(BEGIN),
        run.marks.get(COMMITTED),
        run.process.returncode,
        stored,
        opens,
        distribution,
    )


def campaign(
    scenario: Scenario,
    count: int,
    in_window: int,
    rng: random.Random,
    workdir: Path,
    *,
    window_only: bool = False,
    report: Callable[[Trial], None] | None = None,
) -> list[Trial]:
    """`count` trials (aims), then trials aimed at the write window until at least `in_window` landed
    there, at most `count` more: a harness that kills too early or too late runs out and falls short
    (the caller asserts the number)."""
    trials: list[Trial] = []

    def one(aim: Aim) -> None:
        trials.append(run_trial(scenario, aim, trial_store(workdir, scenario, len(trials)).parent))
        if report is not None:
            report(trials[-1])

    for aim in aims(scenario, count, rng, window_only=window_only):
        one(aim)
    while len(trials) < 2 * count and sum(t.in_window for t in trials) < in_window:
        one(aims(scenario, 1, rng, window_only=True)[0])
    return trials


def trial_store(workdir: Path, scenario: Scenario, index: int) -> Path:
    """The store trial `index` of a campaign in `workdir` left."""
    return workdir / f"{scenario.name.replace(' ', '-')}-{index}" / "store"


def export_trig(store_path: Path, target: Path) -> Path:
    """The store's named graphs as one TriG file, for `kg validate`."""
    store = ox.Store.read_only(str(store_path))
    store.dump(target, format=ox.RdfFormat.TRIG)
    return target
