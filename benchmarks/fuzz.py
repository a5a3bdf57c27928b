"""The long fuzz run: every target of kg.testing.fuzzing with its long budget.

Why a script beside `pytest -m long`: it runs the targets in parallel (one process per core),
prints the number of cases tried per target with how many were accepted and refused, the
slowest case, and exits non-zero on the first case that breaks a target's promise (after
hypothesis has shrunk it). Nothing leaves the machine: the targets read files and a local store.

Reproducible: every case derives from one seed (--seed, else $KG_FUZZ_SEED, else a fixed
default; kg.testing.seeds), printed first; each chunk of a target draws from a seed derived from
it, the target's name and the chunk's number, so a failure's line ends with the command that
draws the same cases again (`--target NAME` runs that target alone, in the same chunks).

    python benchmarks/fuzz.py                  # 10,600 cases, about 5 minutes on 2 cores
    python benchmarks/fuzz.py --scale 0.1      # a quick look
    python benchmarks/fuzz.py --seed 7 --json fuzz.json
    python benchmarks/fuzz.py --seed 7 --target extractor --scale 0.1
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import shlex
import shutil
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from kg.pipeline.build import assemble, named_graphs
from kg.store import open_store
from kg.store.embedded import write_store
from kg.testing.fuzzing import Plan, document_plans, query_plans, rdf_plans, run
from kg.testing.seeds import SEED_VARIABLE, run_seed

CHUNK = 500


def all_plans(store_path: Path) -> dict[str, Plan]:
    store = open_store(store_path)
    return {plan.name: plan for plan in [*document_plans(), *rdf_plans(), *query_plans(store, store_path)]}


def quiet() -> None:
    """Libraries log about the broken inputs they are fed (pypdf, rdflib): expected, and noise here."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


def fuzz_one(job: tuple[str, int, int, int, str, str]) -> dict[str, Any]:
    """Run one chunk of a target in a worker process; a failure is reported, not raised."""
    name, examples, seed, chunk, store_path, reproduce = job
    quiet()
    plan = all_plans(Path(store_path))[name]
    target = plan.target()
    started = time.perf_counter()
    failure = ""
    try:
        run(target, plan.strategy(), examples, seed, chunk=chunk, reproduce=reproduce)
    except Exception as error:  # the shrunk counterexample: a bug to report
        failure = f"{type(error).__name__}: {error}"[:3000]
        failure += f" [seed {seed}, chunk {chunk}; reproduce with: {reproduce}]"
    tally = target.tally
    return {
        "target": name,
        "cases": tally.tried,
        "accepted": tally.accepted,
        "refused": tally.refused,
        "seconds": round(time.perf_counter() - started, 1),
        "slowest_seconds": round(tally.slowest, 2),
        "slowest_case": tally.slowest_case,
        "failure": failure,
    }


def reproduction(seed: int, scale: float, name: str) -> str:
    """The command that runs target `name` again in the same chunks with the same seeds."""
    return f"python benchmarks/fuzz.py --seed {seed} --scale {scale:g} --target {shlex.quote(name)} --jobs 1"


def chunked(plans: dict[str, Plan], scale: float, seed: int, store_path: Path) -> list[tuple]:
    """Each target's budget in chunks of at most CHUNK cases (each drawing from its own seed, derived
    from `seed`, the target and the chunk's number), so that the big targets are shared between the
    processes."""
    jobs = []
    for name, plan in plans.items():
        budget = max(1, round(plan.long * scale))
        for index, start in enumerate(range(0, budget, CHUNK)):
            reproduce = reproduction(seed, scale, name)
            jobs.append((name, min(CHUNK, budget - start), seed, index, str(store_path), reproduce))
    return sorted(jobs, key=lambda job: -job[1])


def merged(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One target's chunks added up (seconds are process seconds)."""
    slowest = max(rows, key=lambda row: row["slowest_seconds"])
    total = {key: sum(row[key] for row in rows) for key in ("cases", "accepted", "refused", "seconds")}
    return {
        "target": rows[0]["target"],
        **total,
        "seconds": round(total["seconds"], 1),
        "slowest_seconds": slowest["slowest_seconds"],
        "slowest_case": slowest["slowest_case"],
        "failure": "; ".join(row["failure"] for row in rows if row["failure"]),
    }


def seed_store(directory: Path) -> Path:
    return write_store(named_graphs(assemble()), directory / "store")


def print_row(row: dict[str, Any]) -> None:
    status = "FAILED" if row["failure"] else "ok"
    print(
        f"{row['target']:<26} {row['cases']:>7,} {row['accepted']:>9,} {row['refused']:>8,} "
        f"{row['seconds']:>8.1f} {row['slowest_seconds']:>8.2f}  {status}",
        flush=True,
    )
    if row["failure"]:
        print(f"    {row['failure']}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every long budget (default 1)")
    parser.add_argument(
        "--seed", type=int, help=f"the run's seed (default: ${SEED_VARIABLE}, else a fixed one): printed"
    )
    parser.add_argument("--target", action="append", help="only this target (repeatable)")
    parser.add_argument("--jobs", type=int, default=max(1, multiprocessing.cpu_count()), help="processes")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    seed = run_seed(args.seed)
    print(f"seed {seed} (reproduce this run: python benchmarks/fuzz.py --seed {seed} --scale {args.scale:g})")

    directory = Path(tempfile.mkdtemp(prefix="kg-fuzz-store-"))
    try:
        store_path = seed_store(directory)
        plans = all_plans(store_path)
        if args.target:
            unknown = sorted(set(args.target) - set(plans))
            if unknown:
                parser.error(f"unknown target(s) {unknown}; the targets: {sorted(plans)}")
            plans = {name: plan for name, plan in plans.items() if name in args.target}
        jobs = chunked(plans, args.scale, seed, store_path)
        started = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            chunks = list(pool.imap_unordered(fuzz_one, jobs))
        print(f"{'target':<26} {'cases':>7} {'accepted':>9} {'refused':>8} {'seconds':>8} {'slowest':>8}")
        rows = [merged([c for c in chunks if c["target"] == name]) for name in plans]
        for row in rows:
            print_row(row)
        total = sum(row["cases"] for row in rows)
        failed = [row["target"] for row in rows if row["failure"]]
        elapsed = time.perf_counter() - started
        summary = f"{total:>7,} cases in {elapsed:.0f} s, {args.jobs} process(es), {len(failed)} failure(s)"
        print(f"{'total':<26} {summary}")
        if args.json:
            Path(args.json).write_text(
                json.dumps({"seed": seed, "seconds": round(elapsed), "targets": rows}, indent=2) + "\n"
            )
        return 1 if failed else 0
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
