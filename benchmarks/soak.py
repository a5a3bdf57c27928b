"""The soak test: minutes of mixed load on `kg serve`, on 127.0.0.1 only.

Cheap requests (resource documents, 303 redirects, a small SPARQL query, VoID) arrive at a
fixed rate (open loop, so that latency is service time, not a queue the generator built),
while phases alternate: quiet, then slow, where deliberately slow queries (a four-way cross
product) run back to back and are stopped at the server's time limit. Measured: every answer
that is not the expected one (an error; the slow queries' 503 at the limit is expected), the
server's resident memory over the run, and the p99 latency of cheap requests sent while a
slow query was running against those sent while none was.

Passes when: zero errors, memory growth (server process, median of the last fifth of the
samples against the first fifth after warm-up) under 10 %, p99 while slow within 2x of quiet.

    python benchmarks/soak.py                        # 5 minutes on the 1e4 corpus
    python benchmarks/soak.py --duration 60 --json soak.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from bench_serve import build_store, corpus_file, sample_resources

from kg.model.namespaces import BASE
from kg.testing.live_server import LiveServer, start_server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP_QUERY = "SELECT ?register ?party WHERE { ?register a akg:WorkRegister ; akg:party ?party } LIMIT 10"
JSON_RESULTS = {"Accept": "application/sparql-results+json"}
KINDS = ("document", "redirect", "sparql", "void")


@dataclass
class Sample:
    kind: str
    sent: float
    seconds: float
    status: int
    during_slow: bool


@dataclass
class Run:
    """Everything observed; the figures are computed from it."""

    cheap: list[Sample] = field(default_factory=list)
    slow: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rss: list[tuple[float, int, int]] = field(default_factory=list)  # (time, server kB, process tree kB)
    slow_running: int = 0


# --- The load -------------------------------------------------------------------------------------


def cheap_request(rng: random.Random, resources: list[str]) -> tuple[str, str, dict, dict, int]:
    """(kind, path, params, headers, expected status), in the mix a crawler and a client make."""
    resource = rng.choice(resources).removeprefix(BASE)
    roll = rng.random()
    if roll < 0.5:
        return "document", f"/doc/{resource.removeprefix('id/')}.ttl", {}, {}, 200
    if roll < 0.7:
        return "redirect", f"/{resource}", {}, {"Accept": "text/turtle"}, 303
    if roll < 0.9:
        return "sparql", "/sparql", {"query": CHEAP_QUERY}, JSON_RESULTS, 200
    return "void", "/.well-known/void.ttl", {}, {}, 200


async def send_cheap(client: httpx.AsyncClient, run: Run, request: tuple, started: float) -> None:
    kind, path, params, headers, expected = request
    during = run.slow_running > 0
    sent = time.monotonic()
    try:
        response = await client.get(path, params=params, headers=headers)
        status = response.status_code
    except httpx.HTTPError as error:
        run.errors.append(f"{kind} {path}: {type(error).__name__}: {error}")
        return
    run.cheap.append(Sample(kind, sent - started, time.monotonic() - sent, status, during))
    if status != expected:
        run.errors.append(f"{kind} {path}: HTTP {status} (expected {expected}): {response.text[:200]}")


async def cheap_load(
    client, run: Run, resources: list[str], rate: float, started: float, stop: float
) -> None:
    """Open loop: one request every 1/rate seconds, whatever the answers' latency."""
    rng = random.Random(7)
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task] = set()
    due = loop.time()
    while time.monotonic() < stop:
        task = loop.create_task(send_cheap(client, run, cheap_request(rng, resources), started))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        due += 1 / rate
        await asyncio.sleep(max(0.0, due - loop.time()))
    await asyncio.gather(*tasks)


def slow_phase(elapsed: float, warmup: float, phase: float) -> bool:
    """Quiet during warm-up, then quiet and slow phases alternate."""
    return elapsed >= warmup and int((elapsed - warmup) // phase) % 2 == 1


async def slow_load(client, run: Run, started: float, stop: float, warmup: float, phase: float, limit: float):
    """During slow phases, one slow query after another; each should be stopped at the limit (503)."""
    while time.monotonic() < stop - limit:
        if not slow_phase(time.monotonic() - started, warmup, phase):
            await asyncio.sleep(0.1)
            continue
        run.slow_running += 1
        sent = time.monotonic()
        try:
            response = await client.get(
                "/sparql", params={"query": SLOW}, headers=JSON_RESULTS, timeout=limit + 30
            )
        except httpx.HTTPError as error:
            run.errors.append(f"slow query: {type(error).__name__}: {error}")
            continue
        finally:
            run.slow_running -= 1
        run.slow.append(Sample("slow", sent - started, time.monotonic() - sent, response.status_code, True))
        if response.status_code != 503 or "stopped after" not in response.text:
            run.errors.append(f"slow query: HTTP {response.status_code}: {response.text[:200]}")


# --- Memory -------------------------------------------------------------------------------------


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid: int) -> list[int]:
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found += children
            frontier += children
    return found


async def sample_memory(run: Run, pid: int, started: float, stop: float) -> None:
    while time.monotonic() < stop:
        tree = rss_kb(pid) + sum(rss_kb(child) for child in descendants(pid))
        run.rss.append((time.monotonic() - started, rss_kb(pid), tree))
        await asyncio.sleep(2)


async def soak(server: LiveServer, resources: list[str], args: argparse.Namespace) -> Run:
    run = Run()
    started = time.monotonic()
    stop = started + args.duration
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    async with httpx.AsyncClient(base_url=server.url.rstrip("/"), timeout=30, limits=limits) as client:
        await asyncio.gather(
            cheap_load(client, run, resources, args.rate, started, stop),
            slow_load(client, run, started, stop, args.warmup, args.phase, args.timeout),
            sample_memory(run, server.process.pid, started, stop),
        )
    return run


# --- Figures --------------------------------------------------------------------------------------


def p99(samples: list[Sample]) -> float:
    times = sorted(s.seconds for s in samples)
    return times[min(len(times) - 1, int(0.99 * len(times)))] * 1000 if times else float("nan")


def figures(run: Run, args: argparse.Namespace) -> dict[str, Any]:
    cheap = [s for s in run.cheap if s.sent >= args.warmup]
    quiet, during = [s for s in cheap if not s.during_slow], [s for s in cheap if s.during_slow]
    memory = [(t, server, tree) for t, server, tree in run.rss if t >= args.warmup]
    fifth = max(1, len(memory) // 5)
    first = statistics.median(m[1] for m in memory[:fifth])
    last = statistics.median(m[1] for m in memory[-fifth:])
    ratio = p99(during) / p99(quiet)
    return {
        "duration_s": args.duration,
        "cheap_requests": len(run.cheap),
        "cheap_by_kind": {
            k: sum(1 for s in run.cheap if s.kind == k) for k in sorted({s.kind for s in run.cheap})
        },
        "slow_queries": len(run.slow),
        "slow_stopped_503": sum(1 for s in run.slow if s.status == 503),
        "errors": len(run.errors),
        "first_errors": run.errors[:5],
        "p50_quiet_ms": round(statistics.median(s.seconds for s in quiet) * 1000, 1),
        "p99_quiet_ms": round(p99(quiet), 1),
        "p50_during_slow_ms": round(statistics.median(s.seconds for s in during) * 1000, 1)
        if during
        else None,
        "p99_during_slow_ms": round(p99(during), 1),
        "p99_ratio": round(ratio, 2),
        "p99_by_kind_quiet_ms": {k: round(p99([s for s in quiet if s.kind == k]), 1) for k in KINDS},
        "p99_by_kind_during_slow_ms": {k: round(p99([s for s in during if s.kind == k]), 1) for k in KINDS},
        "server_rss_first_mb": round(first / 1024, 1),
        "server_rss_last_mb": round(last / 1024, 1),
        "server_rss_max_mb": round(max(m[1] for m in memory) / 1024, 1),
        "tree_rss_max_mb": round(max(m[2] for m in memory) / 1024, 1),
        "rss_growth_percent": round(100 * (last - first) / first, 1),
        "passes": {
            "zero errors": not run.errors,
            "rss growth < 10 %": (last - first) / first < 0.10,
            "p99 during slow <= 2x quiet": ratio <= 2.0,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=300, help="seconds of load (default 300)")
    parser.add_argument("--warmup", type=float, default=20, help="seconds left out of the figures")
    parser.add_argument("--phase", type=float, default=20, help="seconds per quiet or slow phase")
    parser.add_argument("--rate", type=float, default=60, help="cheap requests per second")
    parser.add_argument("--timeout", type=float, default=2, help="the server's query time limit, seconds")
    parser.add_argument("--query-workers", type=int, default=3)
    parser.add_argument("--size", type=float, default=1e4, help="corpus size in triples (default 1e4)")
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-soak-") as directory:
        store = build_store(corpus_file(args.size), Path(directory))
        resources = sample_resources(store, 2000)
        server = start_server(
            "--store", str(store), "--timeout", str(args.timeout), "--query-workers", str(args.query_workers)
        )
        try:
            run = asyncio.run(soak(server, resources, args))
        finally:
            server.stop()
    result = figures(run, args)
    print(json.dumps(result, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps({"settings": vars(args), "figures": result}, indent=1) + "\n")
    return 0 if all(result["passes"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
