"""Fault injection for `kg build` and `kg ingest`, shared by tests/robustness/test_faults_*.py and
benchmarks/fault_injection.py.

Why fingerprints: after a writer is killed, "the store holds the old or the new graph, never
a mix" must be checked on every graph of the store, not only the one being written. A
fingerprint is, per named graph, a digest of its triples with blank-node labels and
timestamps blanked out (an ingest records when it ran), so that two runs of the same
command compare equal and any partial write does not.

A trial copies a template store (and distribution), starts the real command (`python -m
kg.cli.main ...`), sends SIGKILL after a random delay, and then opens the store for writing (the
dead writer's lock must be gone), fingerprints it, and checks the distribution directory.
Half the delays fall anywhere in the command's run, half inside its write window, which a
calibration run measures by marking the start of the write (an unkilled, instrumented run).
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
import time
from collections import defaultdict
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
import sys, time, importlib
module = importlib.import_module(sys.argv[1])
real = getattr(module, sys.argv[2])
def marked(*args, **kwargs):
    print(f"write-begin {time.monotonic()}", file=sys.stderr, flush=True)
    return real(*args, **kwargs)
setattr(module, sys.argv[2], marked)
from kg.cli.main import main
raise SystemExit(main(sys.argv[3:]))
"""

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


def kg_command(argv: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
        cwd=ROOT,
        start_new_session=True,
    )


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
    calibrated: Path | None = None  # the store the calibration run left: the "new" state

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

    def calibrate(self, workdir: Path) -> None:
        """One unkilled run, instrumented: its result is "new" and its timing places the write window."""
        store, out = self.prepare(workdir)
        started = time.monotonic()
        process = subprocess.run(
            [sys.executable, "-c", MARKING_RUNNER, *self.marked, *self.command(store, out)],
            capture_output=True,
            text=True,
            env={**os.environ, **self.env},
            cwd=ROOT,
            timeout=300,
        )
        self.duration = time.monotonic() - started
        if process.returncode != 0:
            raise RuntimeError(f"{self.name}: calibration run failed: {process.stderr[-2000:]}")
        marks = [
            float(line.split()[1]) for line in process.stderr.splitlines() if line.startswith("write-begin")
        ]
        self.write_starts = marks[0] - started if marks else 0.0
        self.new, self.new_quads = fingerprint(store), distribution_quads(out)
        self.calibrated = store


def sources_with_one_register_removed(directory: Path) -> Path:
    """A checkout (ontology and data) whose build differs from the real one: a register fewer."""
    for part in ("ontology", "data"):
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
    """`kg build` from changed sources over an existing store, and `kg ingest` of a seed register."""
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
        ["ingest", str(REGISTER), "--store", "{store}"],
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


@dataclass(frozen=True)
class Trial:
    scenario: str
    delay: float
    killed: bool
    store: str  # "old", "new" or "MIX"
    opens: bool
    distribution: str  # "old", "new", "missing" or "MIX" ("-" for ingest)

    @property
    def survived(self) -> bool:
        return self.opens and self.store in ("old", "new") and self.distribution in ("old", "new", "-")


def delays(scenario: Scenario, count: int, rng: random.Random) -> list[float]:
    """Half anywhere in the run, half from just before the write starts to a little after the end of
    the calibration run (a killed run may be slower than the calibration: Python starts up again)."""
    window = (max(0.0, scenario.write_starts - 0.05), 1.2 * scenario.duration + 0.05)
    return [
        rng.uniform(0, scenario.duration) if index % 2 == 0 else rng.uniform(*window)
        for index in range(count)
    ]


def state(value: object, old: object, new: object) -> str:
    return "old" if value == old else "new" if value == new else "MIX"


def run_trial(scenario: Scenario, delay: float, workdir: Path) -> Trial:
    """Start the command, SIGKILL it after `delay` seconds, and inspect what it left."""
    store, out = scenario.prepare(workdir)
    process = kg_command(scenario.command(store, out), scenario.env)
    try:
        process.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        killed = True
    if process.stderr is not None:
        process.stderr.close()
    opens = opens_for_writing(store)
    stored = state(fingerprint(store), scenario.old, scenario.new) if opens else "MIX"
    if scenario.template_dist is None:
        distribution = "-"
    else:
        quads = distribution_quads(out)
        distribution = "missing" if quads is None else state(quads, scenario.old_quads, scenario.new_quads)
    return Trial(scenario.name, round(delay, 3), killed, stored, opens, distribution)


def export_trig(store_path: Path, target: Path) -> Path:
    """The store's named graphs as one TriG file, for `kg validate`."""
    store = ox.Store.read_only(str(store_path))
    store.dump(target, format=ox.RdfFormat.TRIG)
    return target
