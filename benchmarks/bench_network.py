"""Times the collaboration network on a synthetic corpus (kg.testing.corpus) in the embedded store.

Target: at 1e6 triples, building the organization graph and computing its summary
(degree, weighted degree, sampled betweenness with a fixed seed, eigenvector, components,
Louvain communities) takes under 10 s. Also times each named query the graph is built from,
each analysis, the same view as of a date, and every other kind of network. Prints a table
and writes the figures as JSON next to the corpus.

    python benchmarks/bench_network.py --size 1e6
    python benchmarks/bench_network.py --size 1e6 --store /tmp/kg-1e6   # reuse a loaded store
    python benchmarks/bench_network.py --quick --summary-json /tmp/network.json   # smoke run, 1e4
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Figure, verdict, write_summary
from kg.network import graphs as network
from kg.store import open_store
from kg.store.embedded import EmbeddedStore
from kg.testing.corpus import Corpus, write

DATA = Path(__file__).resolve().parent / "data"

TARGET_SECONDS = 10.0
AS_OF = "2016-06-30"
ORGANIZATION_QUERIES = [
    ("network-organizations", {}),
    ("network-register-specifications", {}),
    ("network-nodes", {"category": "organization"}),
]


def median_time(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def loaded_store(size: str, store: Path | None, work: Path) -> tuple[Path, float | None]:
    """The corpus in an embedded store: the one given, or a fresh one (load time reported apart)."""
    if store is not None and (store / "CURRENT").is_file():
        return store, None
    corpus_file = DATA / f"corpus-{size}.nq"
    if not corpus_file.exists():
        write(Corpus(int(float(size))), corpus_file)
    path = store or work / "store"
    started = time.perf_counter()
    writer = EmbeddedStore(path, readonly=False)
    writer.bulk_load(corpus_file)
    writer.close()
    return path, time.perf_counter() - started


def build_and_summarize(graph_source, as_of: str | None) -> tuple[float, float, object]:
    """(build seconds, summary seconds, summary) for the organization graph: the target's measure."""
    started = time.perf_counter()
    graph = network.organization_graph(graph_source, as_of)
    built = time.perf_counter()
    summary = network.summarize(graph)
    return built - started, time.perf_counter() - built, summary


def time_analyses(graph, repeat: int) -> dict[str, float]:
    """Each analysis of the summary on its own."""
    analyses = {
        "degree and weighted degree": lambda: (dict(graph.degree()), dict(graph.degree(weight="weight"))),
        "betweenness": lambda: network.betweenness(graph),
        "eigenvector": lambda: network.eigenvector(graph),
        "components": lambda: network.components(graph),
        "communities (Louvain)": lambda: network.communities(graph),
    }
    return {name: median_time(action, repeat)[0] for name, action in analyses.items()}


def run(args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix="kg-bench-network-"))
    try:
        path, load_seconds = loaded_store(args.size, args.store, work)
        with open_store(path) as graph_source:
            return measure(graph_source, args, load_seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(graph_source, args: argparse.Namespace, load_seconds: float | None) -> dict:
    report: dict = {
        "size": args.size,
        "load_seconds": load_seconds,
        "repeat": args.repeat,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"networkx {network.nx.__version__}",
    }
    report["queries"] = {
        f"{name} {params or ''}".strip(): median_time(
            lambda n=name, p=params: graph_source.select(n, **p), args.repeat
        )[0]
        for name, params in ORGANIZATION_QUERIES
    }
    for label, as_of in (("organizations", None), (f"organizations as of {AS_OF}", AS_OF)):
        runs = [build_and_summarize(graph_source, as_of) for _ in range(args.repeat)]
        build, summary_time = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        summary = runs[-1][2]
        report[label] = {
            "nodes": summary.nodes,
            "edges": summary.edges,
            "components": len(summary.components),
            "communities": len(summary.communities),
            "betweenness": summary.betweenness_method,
            "build_seconds": build,
            "summary_seconds": summary_time,
            "total_seconds": build + summary_time,
        }
    graph = network.organization_graph(graph_source)
    report["analyses"] = time_analyses(graph, args.repeat)
    report["other kinds"] = {}
    for kind in network.KINDS:
        if kind != "organizations":
            seconds, built = median_time(lambda k=kind: network.build_network(graph_source, k), args.repeat)
            report["other kinds"][kind] = {
                "nodes": built.number_of_nodes(),
                "edges": built.number_of_edges(),
                "build_seconds": seconds,
            }
    report["target"] = f"organization graph + summary < {TARGET_SECONDS:.0f} s"
    report["met"] = report["organizations"]["total_seconds"] < TARGET_SECONDS
    return report


def render(report: dict) -> str:
    lines = [f"collaboration network, synthetic corpus {report['size']} ({report['machine']})"]
    if report["load_seconds"] is not None:
        lines.append(f"  bulk load into the store: {report['load_seconds']:.1f} s (not part of the target)")
    lines.append(f"  queries (median of {report['repeat']}):")
    lines += [f"    {name:55s} {seconds:6.2f} s" for name, seconds in report["queries"].items()]
    for label in ("organizations", f"organizations as of {AS_OF}"):
        row = report[label]
        lines.append(
            f"  {label}: {row['nodes']} nodes, {row['edges']} edges, {row['components']} components, "
            f"{row['communities']} communities; build {row['build_seconds']:.2f} s + summary "
            f"{row['summary_seconds']:.2f} s = {row['total_seconds']:.2f} s ({row['betweenness']})"
        )
    lines.append("  analyses of the organization graph:")
    lines += [f"    {name:55s} {seconds:6.2f} s" for name, seconds in report["analyses"].items()]
    lines.append("  other networks:")
    lines += [
        f"    {kind:20s} {row['nodes']:7d} nodes {row['edges']:8d} edges  build {row['build_seconds']:6.2f} s"
        for kind, row in report["other kinds"].items()
    ]
    verdict = "met" if report["met"] else "NOT MET"
    lines.append(f"  target {report['target']}: {verdict} ({report['organizations']['total_seconds']:.2f} s)")
    return "\n".join(lines) + "\n"


def summary(report: dict) -> list[Figure]:
    """The target's figure and the others beside it, for benchmarks/run_all.py."""
    size, total = report["size"], report["organizations"]["total_seconds"]
    rows = [
        Figure(
            f"{size}: organization graph + summary",
            round(total, 2),
            "s",
            f"< {TARGET_SECONDS:g} s",
            verdict(total < TARGET_SECONDS),
        ),
        Figure(
            f"{size}: the same as of {AS_OF}",
            round(report[f"organizations as of {AS_OF}"]["total_seconds"], 2),
            "s",
        ),
    ]
    rows += [Figure(f"{size}: query {name}", round(took, 3), "s") for name, took in report["queries"].items()]
    rows += [
        Figure(f"{size}: build the {kind} network", round(row["build_seconds"], 2), "s")
        for kind, row in report["other kinds"].items()
    ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1e6", help="corpus size: 1e4, 1e5 or 1e6 (default 1e6)")
    parser.add_argument("--store", type=Path, help="a store to use (filled from the corpus when empty)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the median is reported")
    parser.add_argument("--quick", action="store_true", help="smoke run: the 1e4 corpus, one run per measure")
    parser.add_argument("--summary-json", type=Path, help="write the figures and verdicts for run_all.py")
    args = parser.parse_args()
    if args.quick:
        args.size, args.repeat = "1e4", 1
    report = run(args)
    sys.stdout.write(render(report))
    out = DATA / f"network-{args.size}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"  wrote {out}")
    if args.summary_json:
        write_summary(args.summary_json, "bench_network", summary(report))
    return 0 if report["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
