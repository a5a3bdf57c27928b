"""The fault-injection run: kill `kg build` and `kg ingest` at random points,
race two writers, fill the disk; count what survived.

Why as a script: each trial is a real process killed with SIGKILL (kg.testing.faults), so 50+
trials take a few minutes, too long for the default tests (which run two per command). What
is counted: the store opens read-write afterwards (the dead writer's lock is released and
RocksDB recovers), holds exactly the old or the new graphs (per-graph fingerprints), the
distribution directory is the old or the new one, and `kg validate` passes on every state
seen. Full-disk runs use a small tmpfs (needs root; skipped otherwise).

Only a kill inside the write window (after the writer's "write-begin" marker, before its
"write-committed" one) is proof: half the trials are aimed there, more are run (up to as many
again) until --min-in-window of them landed there, and the run fails if they fall short, or if
any trial, wherever its kill landed, left a broken store. Every delay derives from one seed
(--seed, else $KG_FUZZ_SEED, else a fixed default), printed first.

    python benchmarks/fault_injection.py                 # 40 trials per command, 10 races
    python benchmarks/fault_injection.py --trials 5 --races 2 --json faults.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.testing.faults import (
    ROOT,
    Scenario,
    Trial,
    campaign,
    export_trig,
    fingerprint,
    opens_for_writing,
    scenarios,
    state,
    trial_store,
)
from kg.testing.seeds import SEED_VARIABLE, derive, run_seed

FREE_KIB = (0, 64, 128, 256, 384, 512, 1024, 4096)


def kg(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *argv], capture_output=True, text=True, cwd=ROOT, **kwargs
    )


def killing(scenario: Scenario, count: int, in_window: int, seed: int, work: Path) -> list[Trial]:
    rng = random.Random(derive(seed, scenario.name))
    return campaign(
        scenario, count, in_window, rng, work, report=lambda t: print(f"  {t.line()}", flush=True)
    )


def validate_states(scenario: Scenario, trials: list[Trial], work: Path) -> dict[str, int]:
    """`kg validate` (exit code) of one store per state seen: equal fingerprints, equal content."""
    codes = {}
    for index, trial in enumerate(trials):
        if trial.store in codes or trial.store == "MIX":
            continue
        store = trial_store(work, scenario, index)
        codes[trial.store] = kg(
            ["validate", str(export_trig(store, work / f"{trial.store}.trig"))]
        ).returncode
    return codes


def races(scenario: Scenario, rounds: int, work: Path) -> Counter:
    """Two copies of the command started together on one store: each succeeds, or fails saying why."""
    outcomes: Counter = Counter()
    for index in range(rounds):
        store, out = scenario.prepare(work / f"race-{index}")
        command = [sys.executable, "-m", "kg.cli", *scenario.command(store, out)]
        env = {**os.environ, **scenario.env}
        pair = [
            subprocess.Popen(
                command, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
            )
            for _ in range(2)
        ]
        codes = sorted((p.wait(timeout=300), p.communicate()[1]) for p in pair)
        clear = all(
            code == 0 or ("held by another writer" in err and "Traceback" not in err) for code, err in codes
        )
        intact = opens_for_writing(store) and fingerprint(store) == scenario.new
        outcomes[
            f"exits {codes[0][0]},{codes[1][0]}; {'clear' if clear else 'UNCLEAR'}; "
            f"{'store new' if intact else 'STORE WRONG'}"
        ] += 1
    return outcomes


def full_disk(scenario: Scenario, work: Path) -> list[dict[str, Any]]:
    """The command on a 48 MiB tmpfs filled to its last KiBs (store and distribution on it)."""
    mount_point = work / f"tmpfs-{scenario.name.replace(' ', '-')}"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mount_point)]).returncode != 0:
        return [{"skipped": "cannot mount a tmpfs (needs root)"}]
    results = []
    try:
        for free in FREE_KIB:
            store, out = scenario.prepare(mount_point / "trial")
            filler = mount_point / "filler"
            stats = os.statvfs(mount_point)
            filler.write_bytes(b"\0" * max(0, stats.f_bavail * stats.f_frsize - free * 1024))
            result = kg(scenario.command(store, out), env={**os.environ, **scenario.env})
            filler.unlink()
            message = result.stderr.strip().splitlines()
            results.append(
                {
                    "free_kib": free,
                    "exit": result.returncode,
                    "one_line_message": len(message) <= 1 and "Traceback" not in result.stderr,
                    "message": message[-1][:160] if message else "",
                    "store": state(fingerprint(store), scenario.old, scenario.new)
                    if opens_for_writing(store)
                    else "BAD",
                }
            )
            print(f"  {scenario.name:<10} {free:>5} KiB free: {results[-1]}", flush=True)
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=40, help="kill trials per command (default 40)")
    parser.add_argument("--races", type=int, default=10, help="rounds of two writers at once (default 10)")
    parser.add_argument(
        "--min-in-window",
        type=int,
        help="kills inside the write window required per command (default: half of --trials)",
    )
    parser.add_argument(
        "--seed", type=int, help=f"the run's seed (default: ${SEED_VARIABLE}, else a fixed one)"
    )
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    seed = run_seed(args.seed)
    minimum = args.trials // 2 if args.min_in_window is None else args.min_in_window
    print(
        f"seed {seed} (reproduce: python benchmarks/fault_injection.py --seed {seed} --trials {args.trials})"
    )
    report: dict[str, Any] = {"seed": seed}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kg-faults-") as directory:
        work = Path(directory)
        prepared = scenarios(work / "setup")
        for scenario in prepared:
            timing = (
                f"run {scenario.duration:.2f} s, write from {scenario.write_starts:.2f} s "
                f"to {scenario.write_commits:.2f} s (committed)"
            )
            print(f"{scenario.name}: {timing}")
            trials = killing(scenario, args.trials, minimum, seed, work)
            codes = validate_states(scenario, trials, work)
            rounds = races(scenario, args.races, work)
            disk = full_disk(scenario, work)
            report[scenario.name] = {
                "trials": len(trials),
                "killed": sum(t.killed for t in trials),
                "phases": dict(Counter(t.phase for t in trials)),
                "in_window": sum(t.in_window for t in trials),
                "survived_in_window": sum(t.survived for t in trials),
                "required_in_window": minimum,
                "broken": sum(t.broken for t in trials),
                "store_states": dict(Counter(t.store for t in trials)),
                "distribution_states": dict(Counter(t.distribution for t in trials)),
                "kg_validate_exit_per_state": codes,
                "races": dict(rounds),
                "full_disk": disk,
                "trial_list": [asdict(t) for t in trials],
            }
            summary = {k: v for k, v in report[scenario.name].items() if k not in ("trial_list", "full_disk")}
            print(json.dumps(summary, indent=1), flush=True)
    report["seconds"] = round(time.monotonic() - started)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    failed = any(
        r["broken"] > 0
        or r["survived_in_window"] < minimum
        or any(code != 0 for code in r["kg_validate_exit_per_state"].values())
        for name, r in report.items()
        if name not in ("seconds", "seed")
    )
    verdict = "FAILED" if failed else f"every kill inside the write window survived (at least {minimum} each)"
    print(f"{verdict} in {report['seconds']} s, seed {seed}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
