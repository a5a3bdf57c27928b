"""How the cost of `kg ingest` grows with the document: synthetic register documents of 10 KB,
100 KB, 1 MB and 8 MiB, the size cap (kg.testing.corpus.scaled_document), list-heavy (thousands of
milestone rows and contact lines) and prose-heavy (paragraphs of sentences), each ingested into a
new store in its own child process. Prints, per document, the time of each stage and the peak memory
(the child's maximum resident set, and its growth over the child before the document), then the
ratios between consecutive sizes.

    python benchmarks/bench_extract_scaling.py                    # 10 KB .. 8 MiB, both kinds
    python benchmarks/bench_extract_scaling.py --sizes 1e4 1e5    # a quick run
    python benchmarks/bench_extract_scaling.py --until rules      # extraction alone (kg.extract)
    python benchmarks/bench_extract_scaling.py --profile 10       # also the 10 costliest functions
    python benchmarks/bench_extract_scaling.py --store /tmp/kg-1e6 # into a copy of a store, not a new one
    python benchmarks/bench_extract_scaling.py --quick --summary-json /tmp/scaling.json  # for run_all.py
    python benchmarks/bench_extract_scaling.py --max-memory 4096  # each child's address space (8192 MiB)

The summary table gives, per kind and size, CPU and wall seconds, peak memory and the growth exponent
k of each stage's CPU time between consecutive sizes (time ~ size^k: 1 is linear, 2 quadratic;
measured on tiny stages it is noise, so stages under 0.05 s are left blank).

Goals (issue 12): a 1 MB document in at most 5 s and 300 MB; 10x the input costs at most 12x the time.
Times are CPU seconds of the child (all its threads), which other work on the machine does not
inflate as it does wall time; both are printed. Stages: read (the document's text), rules
(kg.extract: the record), mapping (kg.model: facts and provenance), graph (both as one graph),
validate and write as `kg ingest` runs them (kg.pipeline.ingest.Session: into a new store, validated
against the checkout's shapes; with `--store`, into a copy of that store, validated in its context,
the versions linked). `--until STAGE` stops after that stage (the later ones print as 0), to measure
the earlier ones at sizes the later ones cannot reach.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GOAL_SECONDS_PER_MB, GOAL_MB, GOAL_RATIO = 5.0, 300, 12.0
SIZE_CAP = 8 * 1024 * 1024  # kg.extract.documents' default cap
NOISE_SECONDS = 0.05
DEFAULT_MAX_MEMORY = 8192  # MiB per document's child (--max-memory)
OUT_OF_MEMORY = ("MemoryError", "bad_alloc", "Resource temporarily unavailable", "Cannot allocate memory")
STAGES = ("read", "rules", "mapping", "graph", "validate", "write")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def copy_store(existing: Path, target: Path) -> None:
    """A private copy of a store: its table files hard-linked (RocksDB never rewrites one), the rest
    copied (the log and manifest are appended to)."""
    target.mkdir(parents=True)
    for item in existing.iterdir():
        if item.name == "LOCK" or item.name.endswith(".views"):
            continue
        if item.suffix == ".sst":
            os.link(item, target / item.name)
        elif item.is_dir():
            shutil.copytree(item, target / item.name)
        else:
            shutil.copy2(item, target / item.name)


def child(kind: str, size: int, profile: int, until: str = "write", store: Path | None = None) -> dict:
    """Runs in the child: one document through every stage, timed; the figures as a dict."""
    from kg.extract.documents import read_document
    from kg.extract.registers import extract_register
    from kg.model.budget import TripleBudget
    from kg.model.sources import default_sources
    from kg.pipeline.ingest import Session, fewer_collections, mapped, new_resolver, utc_now
    from kg.testing.corpus import scaled_document

    sources = default_sources()
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as work, fewer_collections():
        if store is not None:
            copy_store(store, Path(work, "store"))
        session = Session(Path(work, "store"), sources=sources).__enter__()
        session.checker.shapes_ontology, session.checker.reference  # noqa: B018 - loaded before the clock
        path = Path(work, f"{kind}-{size}.md")
        path.write_text(scaled_document(kind, size), encoding="utf-8")
        resolver = new_resolver(sources)
        baseline = peak_mb()
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        times: dict[str, float] = {}
        cpu: dict[str, float] = {}

        def timed(stage: str, action):  # type: ignore[no-untyped-def]
            if STAGES.index(stage) > STAGES.index(until):
                times[stage] = cpu[stage] = 0.0
                return None
            started, used = time.perf_counter(), time.process_time()
            result = action()
            times[stage] = time.perf_counter() - started
            cpu[stage] = time.process_time() - used
            return result

        document = timed("read", lambda: read_document(path, limit=10**9))
        record = timed("rules", lambda: extract_register(document, resolver))

        def mapping():  # type: ignore[no-untyped-def]
            budget = TripleBudget(10**9)  # the scaling itself is measured, not the cap (kg.model.budget)
            return mapped(document, record, path, sources, utc_now(), utc_now, budget)  # as extract() does

        extraction = timed("mapping", mapping)
        graph = timed("graph", lambda: extraction.graph)
        report = timed("validate", lambda: session.validate(extraction))
        timed("write", lambda: session.write(extraction))
        session.__exit__(None, None, None)
        top = []
        if profiler is not None:
            profiler.disable()
            top = top_functions(profiler, profile)
    return {
        "kind": kind,
        "bytes": len(path.name) and size,
        "characters": len(document.text),
        "lines": document.text.count("\n") + 1,
        "triples": len(graph) if graph is not None else None,
        "violations": len(report.violations) if report is not None else None,
        "seconds": times,
        "cpu_seconds": cpu,
        "total": sum(times.values()),
        "cpu": sum(cpu.values()),
        "peak_mb": peak_mb(),
        "growth_mb": peak_mb() - baseline,
        "profile": top,
    }


def top_functions(profiler, count: int) -> list[tuple[str, float, float, int]]:  # type: ignore[no-untyped-def]
    """(function, own seconds, cumulative seconds, calls) of the `count` costliest by own time."""
    import pstats

    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((f"{Path(file).name}:{line}({name})", own, cumulative, calls))
    return sorted(rows, key=lambda row: -row[1])[:count]


def memory_limit(mebibytes: int) -> Callable[[], None]:
    """What the child runs before the benchmark: its address space capped by the kernel (RLIMIT_AS).
    Why: the scaling is measured with the triple cap lifted, and a list-heavy document at the size cap
    would grow an rdflib graph of millions of triples past the machine's memory (the kernel's
    out-of-memory killer would then pick a victim, not necessarily this child)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mebibytes << 20, mebibytes << 20))

    return limit


def run_child(
    kind: str,
    size: int,
    profile: int,
    timeout: float,
    until: str = "write",
    store: Path | None = None,
    max_memory: int = DEFAULT_MAX_MEMORY,
) -> dict:
    command = [sys.executable, __file__, "--child", kind, str(size)]
    command += ["--profile", str(profile), "--until", until]
    command += ["--store", str(store)] if store is not None else []
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            preexec_fn=memory_limit(max_memory),
        )
    except subprocess.TimeoutExpired:
        return {"kind": kind, "bytes": size, "error": f"stopped after {timeout:.0f} s"}
    if done.returncode != 0:
        last = " ".join(done.stderr.strip().splitlines()[-1:]).strip()
        if any(sign in last for sign in OUT_OF_MEMORY):
            return {
                "kind": kind,
                "bytes": size,
                "error": f"over the memory limit of {max_memory:,} MiB ({last})",
            }
        return {"kind": kind, "bytes": size, "error": f"exit {done.returncode}: {last}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(result: dict) -> str:
    if "error" in result:
        return f"{result['kind']:5} {result['bytes']:>9,} B  {result['error']}"
    stages = " ".join(f"{stage} {result['cpu_seconds'][stage]:6.2f}" for stage in STAGES)
    return (
        f"{result['kind']:5} {result['bytes']:>9,} B  {result['total']:7.2f} s wall "
        f"{result['cpu']:7.2f} s CPU (CPU: {stages})  "
        f"peak {result['peak_mb']:6.0f} MB (+{result['growth_mb']:.0f})  {result['triples'] or 0:,} triples"
    )


def exponent(previous: float, current: float, size_ratio: float) -> float | None:
    """k in time ~ size^k between two runs; None when either time is too small to mean anything."""
    if previous < NOISE_SECONDS or current < NOISE_SECONDS or size_ratio <= 1:
        return None
    return math.log(current / previous) / math.log(size_ratio)


def growth(before: dict | None, result: dict, stage: str | None) -> str:
    """The exponent of one stage's CPU time (the whole run's when `stage` is None), or '-'."""
    if before is None:
        return "-"

    def seconds(run: dict) -> float:
        return float(run["cpu"] if stage is None else run["cpu_seconds"][stage])

    value = exponent(seconds(before), seconds(result), result["bytes"] / before["bytes"])
    return "-" if value is None else f"{value:.2f}"


def summary(results: list[dict]) -> list[str]:
    """One row per run, side by side: size, lines, CPU and wall seconds, peak memory, and the growth
    exponent of the whole and of each stage against the previous size of the same kind."""
    header = f"{'kind':5} {'bytes':>10} {'lines':>8} {'CPU s':>8} {'wall s':>8} {'peak MB':>8} {'k':>5}  "
    header += " ".join(f"{'k ' + stage:>10}" for stage in STAGES)
    rows, previous = [header], None
    for result in results:
        if "error" in result:
            rows.append(f"{result['kind']:5} {result['bytes']:>10,} {result['error']}")
            previous = None
            continue
        before = previous if previous is not None and previous["kind"] == result["kind"] else None
        stages = " ".join(f"{growth(before, result, s):>10}" for s in STAGES)
        rows.append(
            f"{result['kind']:5} {result['bytes']:>10,} {result['lines']:>8,} {result['cpu']:>8.2f} "
            f"{result['total']:>8.2f} {result['peak_mb']:>8.0f} {growth(before, result, None):>5}  {stages}"
        )
        previous = result
    return rows


def ratios(results: list[dict]) -> list[str]:
    """Time and memory ratio of each size to the one before it, per kind; the goals checked."""
    lines = []
    for previous, current in itertools.pairwise(results):
        if previous["kind"] != current["kind"] or "error" in previous or "error" in current:
            continue
        size = current["bytes"] / previous["bytes"]
        time_ratio = current["cpu"] / previous["cpu"]
        wall_ratio = current["total"] / previous["total"]
        memory = current["growth_mb"] / max(previous["growth_mb"], 1.0)
        verdict = "ok" if time_ratio <= GOAL_RATIO * size / 10 else "SUPER-LINEAR"
        stages = " ".join(
            f"{stage} {current['cpu_seconds'][stage] / max(previous['cpu_seconds'][stage], 1e-3):.1f}x"
            for stage in STAGES
        )
        lines.append(
            f"{current['kind']:5} {previous['bytes']:>9,} -> {current['bytes']:>9,} B ({size:.0f}x): "
            f"CPU time {time_ratio:5.1f}x (wall {wall_ratio:.1f}x), memory growth {memory:5.1f}x  {verdict}  "
            f"({stages})"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e4, 1e5, 1e6, SIZE_CAP])
    parser.add_argument("--kinds", nargs="+", default=["list", "prose"], choices=["list", "prose"])
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions per run")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per document (1800)")
    parser.add_argument(
        "--max-memory",
        type=int,
        default=DEFAULT_MAX_MEMORY,
        help=f"MiB of address space per document's child ({DEFAULT_MAX_MEMORY}); a document that needs more "
        "is reported as over it",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--until", default="write", choices=STAGES[1:], help="the last stage to run (write)")
    parser.add_argument(
        "--store",
        type=Path,
        help="ingest into a copy of this store (validated in its context), not a new one",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 10 KB and 100 KB")
    parser.add_argument("--summary-json", type=Path, help="write the figures and verdicts for run_all.py")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.profile, args.until, args.store)))
        return 0
    if args.quick:
        args.sizes = [1e4, 1e5]
    if args.store is not None and not (args.store / "CURRENT").is_file():
        parser.error(f"{args.store} is not an Oxigraph store (no CURRENT file)")
    load_before = os.getloadavg()
    results = []
    for kind in args.kinds:
        for size in sorted(int(s) for s in args.sizes):
            result = run_child(
                kind, size, args.profile, args.timeout, args.until, args.store, args.max_memory
            )
            results.append(result)
            print(line(result), flush=True)
            for name, own, cumulative, calls in result.get("profile", []):
                print(f"        {own:7.2f} s own {cumulative:7.2f} s cum {calls:>9,}  {name}")
    print("\n".join(ratios(results)))
    print("\n".join(summary(results)))
    megabyte = [r for r in results if r.get("bytes") == 1_000_000 and "error" not in r]
    for result in megabyte:
        fits = result["cpu"] <= GOAL_SECONDS_PER_MB and result["peak_mb"] <= GOAL_MB
        print(
            f"1 MB {result['kind']}: {result['cpu']:.1f} s CPU ({result['total']:.1f} s wall), "
            f"{result['peak_mb']:.0f} MB peak "
            f"(goal <= {GOAL_SECONDS_PER_MB:.0f} s, <= {GOAL_MB} MB): {'met' if fits else 'NOT met'}"
            + ("" if args.until == "write" else f" for the stages up to {args.until} only")
        )
    into = f"into a copy of {args.store}" if args.store else "into a new store"
    load = (
        ", ".join(f"{v:.2f}" for v in load_before)
        + " before, "
        + ", ".join(f"{v:.2f}" for v in os.getloadavg())
    )
    print(f"{into}; load average (1, 5, 15 min): {load} after")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.summary_json:
        from benchmarks.common import write_summary

        write_summary(args.summary_json, "bench_extract_scaling", figures(results, into))
    return 0


def figures(results: list[dict], into: str) -> list:
    """The figures run_all.py prints: per kind, the 1 MB document's CPU time and peak memory against the
    goals, and each 10x step's time ratio against 12x."""
    from benchmarks.common import Figure, verdict

    rows = []
    for result in results:
        if "error" in result or result["bytes"] != 1_000_000:
            continue
        name = f"{result['kind']}-heavy 1 MB document {into}"
        rows.append(
            Figure(
                f"{name}, CPU",
                round(result["cpu"], 2),
                "s",
                f"<= {GOAL_SECONDS_PER_MB}",
                verdict(result["cpu"] <= GOAL_SECONDS_PER_MB),
            )
        )
        rows.append(
            Figure(
                f"{name}, peak",
                round(result["peak_mb"]),
                "MB",
                f"<= {GOAL_MB}",
                verdict(result["peak_mb"] <= GOAL_MB),
            )
        )
    for previous, current in itertools.pairwise(results):
        if previous["kind"] != current["kind"] or "error" in previous or "error" in current:
            continue
        size = current["bytes"] / previous["bytes"]
        ratio = current["cpu"] / previous["cpu"]
        name = f"{current['kind']}-heavy {previous['bytes']:,} -> {current['bytes']:,} B {into}, CPU ratio"
        goal = GOAL_RATIO * size / 10
        rows.append(Figure(name, round(ratio, 1), "x", f"<= {goal:.1f}", verdict(ratio <= goal)))
    return rows


if __name__ == "__main__":
    sys.exit(main())
