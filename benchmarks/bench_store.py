"""Times the store side by side: our store (kg.store.embedded), raw pyoxigraph, rdflib in memory, and
Virtuoso when asked (--virtuoso), on a synthetic corpus (kg.testing.corpus).

It times bulk load, opening the store, every named query in queries/, whole-corpus SHACL
validation, and validating and adding one more register to the store. Prints medians and
ratios, and writes them as JSON next to the corpus. The passes, in this order, so that none
pays for another: ours and raw pyoxigraph, run in turn in one forked child per query (at least
--repeat rounds, more while they take under a second); then Virtuoso (loaded now, stopped
after); then rdflib, loaded last and run once per query in a forked child, cut after
--rdflib-timeout s or --rdflib-ratio times our median, whichever is later.

    python benchmarks/bench_store.py --size 1e6 --virtuoso --repeat 5 --timeout 60 --budget 15 \
        --rdflib-timeout 20
    python benchmarks/bench_store.py --quick --summary-json /tmp/store.json   # smoke run, 1e4

Virtuoso is loaded by Graph Store PUTs, one graph at a time; a graph whose PUT fails (Virtuoso
drops a large upload now and then) goes again by SPARQL Update (benchmarks.common.load_endpoint),
so one intermittent error no longer costs the whole Virtuoso column.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from benchmarks.common import Figure, load_virtuoso, machine, verdict, write_summary
from kg.sparql.named import catalogue
from kg.store import open_store
from kg.store.embedded import EmbeddedStore
from kg.testing.corpus import Corpus, write
from kg.validate.at_scale import add_graph, engine, validate_store

DATA = Path(__file__).resolve().parent / "data"

OPEN_SECONDS, WRAPPER_RATIO, RDFLIB_RATIO, VALIDATION_SECONDS, ADD_SECONDS = 1.0, 1.5, 20.0, 12.0, 1.0
TARGETS = f"open < {OPEN_SECONDS:g} s; each query <= {WRAPPER_RATIO}x raw pyoxigraph and "
TARGETS += f">= {RDFLIB_RATIO:g}x faster than rdflib; whole-corpus validation <= {VALIDATION_SECONDS:g} s; "
TARGETS += f"one more register < {ADD_SECONDS:g} s"
TARGET_SIZE = "1e6"  # the size the targets are set for (issue 16)
QUICK = {"size": "1e4", "repeat": 3, "timeout": 60.0, "budget": 5.0, "rdflib_timeout": 10.0}
MIN_SECONDS = 1.0  # per query and engine pair, before the median is taken
MAX_ROUNDS = 200


def median_time(
    action: Callable[[], object], repeat: int, budget: float = float("inf")
) -> tuple[float, object]:
    """Median of up to `repeat` runs; stops repeating once `budget` seconds have been spent."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
        if sum(times) > budget:
            break
    return statistics.median(times), result


def interleaved_medians(
    actions: Sequence[Callable[[], object]], repeat: int, budget: float
) -> list[tuple[float, float, object]]:
    """(median seconds, median CPU seconds, last result) of each action, run in turn (a, b, a, b...)
    so that a passing load on the machine falls on all of them alike. At least `repeat` rounds, more
    (up to MAX_ROUNDS) while the rounds take under MIN_SECONDS, so sub-millisecond queries get a
    stable median; no new round once `budget` seconds have been spent.

    The CPU time is this process's (a query runs on one thread): on a machine shared with other work
    it moves far less than the seconds do (session 23: a wall time 2-3x its CPU time at load 5), so a
    ratio of the two engines' CPU times says whether a wall-time ratio is the load's or the code's."""
    times: list[list[float]] = [[] for _ in actions]
    cpu: list[list[float]] = [[] for _ in actions]
    results: list[object] = [None for _ in actions]
    spent = 0.0
    while True:
        rounds = len(times[0])
        if rounds >= MAX_ROUNDS or (rounds >= 1 and spent > budget):
            break
        if rounds >= repeat and spent >= MIN_SECONDS:
            break
        for k, action in enumerate(actions):
            started, started_cpu = time.perf_counter(), time.process_time()
            results[k] = action()
            times[k].append(time.perf_counter() - started)
            cpu[k].append(time.process_time() - started_cpu)
            spent += times[k][-1]
    return [
        (statistics.median(t), statistics.median(c), r) for t, c, r in zip(times, cpu, results, strict=True)
    ]


def load_average() -> float:
    """The machine's load average over the last minute, kept beside each figure taken under it."""
    return round(os.getloadavg()[0], 2)


def sample_params(corpus: Corpus) -> dict[str, dict[str, str]]:
    """Values for each parameter type, from the corpus: an organization with registers, a register, a date."""
    return {
        "iri": {"org": corpus.org(corpus.parties_of(0)[0]), "register": corpus.register(0)},
        "date": {"as_of": "2016-06-30"},
        "string": {"label": "SO00000", "category": "organization"},
    }


def params_for(query, samples) -> dict[str, str]:
    chosen = {}
    for parameter in query.parameters:
        value = samples.get(parameter.type, {}).get(parameter.name)
        if value is not None and (parameter.required or parameter.type in ("iri", "date")):
            chosen[parameter.name] = value
    return chosen


def load_ours(corpus_file: Path, path: Path) -> None:
    store = EmbeddedStore(path, readonly=False)
    store.bulk_load(corpus_file)
    store.close()


def load_raw(corpus_file: Path, path: Path) -> None:
    store = ox.Store(str(path))
    store.bulk_load(path=str(corpus_file), format=ox.RdfFormat.N_QUADS)
    store.optimize()  # as EmbeddedStore.bulk_load does: the comparison is then of the query path alone


def raw_query(store: ox.Store, text: str) -> int:
    answer = store.query(text, use_default_graph_as_union=True)
    if isinstance(answer, ox.QueryBoolean):
        return int(bool(answer))
    return (
        len([list(solution) for solution in answer])
        if isinstance(answer, ox.QuerySolutions)
        else len(list(answer))
    )


def rdflib_query(dataset: Dataset, text: str) -> int:
    return len(list(dataset.query(text)))


def run(args: argparse.Namespace) -> dict:
    size = int(float(args.size))
    corpus = Corpus(size)
    corpus_file = DATA / f"corpus-{args.size}.nq"
    if not corpus_file.exists():
        write(corpus, corpus_file)
    quads = sum(1 for _ in corpus_file.open("rb"))
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    report: dict = {"size": args.size, "quads": quads, "registers": corpus.registers, "engine": engine()}
    report["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report["where"] = machine()
    try:
        report["load"] = time_loads(corpus_file, work, args)
        report["open"] = time_open(work, args.repeat)
        bound = bound_queries(corpus, work, args.queries)
        report["queries"] = time_queries(bound, work, args)
        if args.virtuoso:  # after ours: its background work after a load would share our 2 cores
            report["load"]["virtuoso"] = timed_or_error(
                lambda: start_and_load_virtuoso(work, args, report), 1
            )
            if getattr(args, "endpoint", None) is not None:  # loaded
                time_virtuoso(bound, report["queries"], args)
            server = args.__dict__.pop("virtuoso_server", None)
            if server is not None:
                server.stop()
        if not args.skip_rdflib:  # last: no other engine's child should inherit its ~10M objects
            dataset = load_rdflib(corpus_file, report["load"])
            time_rdflib(bound, report["queries"], dataset, args)
            del dataset
            gc.unfreeze()
            gc.collect()
        if not args.skip_validation:
            report["validation"] = time_validation(work, args)
            report["add_register"] = time_add(corpus, work, args.repeat)
    finally:
        virtuoso = args.__dict__.pop("virtuoso_server", None)
        if virtuoso is not None:
            virtuoso.stop()
        shutil.rmtree(work, ignore_errors=True)
    return report


def time_loads(corpus_file: Path, work: Path, args) -> dict:
    loads = {}
    loads["ours"], _ = median_time(lambda: load_ours(corpus_file, work / "ours"), 1)
    loads["pyoxigraph"], _ = median_time(lambda: load_raw(corpus_file, work / "raw"), 1)
    return loads


def load_rdflib(corpus_file: Path, loads: dict) -> Dataset:
    """The corpus in an in-memory rdflib Dataset (union default graph), its load time into `loads`."""
    loads["rdflib"], dataset = median_time(
        lambda: Dataset(default_union=True).parse(corpus_file, format="nquads"), 1
    )
    # Out of the garbage collector's sight: each forked child inherits these ~10M objects, and
    # every full gc pass in it would walk them all, a cost no real process pays.
    gc.freeze()
    return dataset


def start_and_load_virtuoso(work: Path, args, report: dict) -> float:
    """Start Virtuoso and load our store into it (per graph, Update where a PUT fails); the seconds."""
    from kg.store.remote import SparqlEndpoint
    from kg.testing.servers import start_virtuoso

    server = start_virtuoso()
    args.virtuoso_server = server
    with open_store(work / "ours") as source:
        loaded = load_virtuoso(source, server)
    report["virtuoso_load"] = {"protocol": loaded.protocol, "update_fallbacks": loaded.fallbacks}
    args.endpoint = SparqlEndpoint(server.query_url, timeout=600)
    return loaded.seconds


def time_open(work: Path, repeat: int) -> dict:
    def ours() -> None:
        with open_store(work / "ours") as store:
            store.ask("ASK { ?s ?p ?o }")

    def raw() -> None:
        bool(ox.Store.read_only(str(work / "raw")).query("ASK { ?s ?p ?o }"))

    return {"ours": median_time(ours, repeat)[0], "pyoxigraph": median_time(raw, repeat)[0]}


def bound_queries(corpus: Corpus, work: Path, only: Sequence[str] = ()) -> dict[str, tuple[dict, str]]:
    """Every named query (or the `only` ones) with sample parameters: {name: (params, bound text)}."""
    samples = sample_params(corpus)
    bound = {}
    queries = catalogue()
    unknown = sorted(set(only) - set(queries))
    if unknown:
        raise SystemExit(
            f"no such named query: {', '.join(unknown)} (queries/ has {', '.join(sorted(queries))})"
        )
    with open_store(work / "ours") as ours:
        for name, query in queries.items():
            if only and name not in only:
                continue
            params = params_for(query, samples)
            bound[name] = (params, query.bind(params, resolve=ours.resolve))
    return bound


def time_queries(bound: dict[str, tuple[dict, str]], work: Path, args) -> dict:
    """Ours and raw pyoxigraph, run in turn in one forked child per query (time budget per query)."""
    results = {}
    for name, (params, text) in bound.items():
        row: dict = {"params": params}

        def pair_run(n=name, p=params, t=text) -> tuple[float, object]:
            ours = open_store(work / "ours")
            raw = ox.Store.read_only(str(work / "raw"))
            timed = interleaved_medians(
                [lambda: len(ours.query(n, p)), lambda: raw_query(raw, t)], args.repeat, args.budget
            )
            return 0.0, timed

        row["load_average"] = load_average()
        outcome, timed = forked(pair_run, args.timeout)
        if isinstance(timed, list):
            ours_timed, raw_timed = timed
            row["ours"], row["ours_cpu"], row["rows"] = ours_timed
            row["pyoxigraph"], row["pyoxigraph_cpu"], raw_rows = raw_timed
            if raw_rows != row["rows"]:
                row["mismatch"] = raw_rows
        else:  # cut after --timeout, or an error
            row["ours"] = row["pyoxigraph"] = outcome
        results[name] = row
        print(f"  {name}: {row}", file=sys.stderr, flush=True)
    return results


def time_virtuoso(bound: dict[str, tuple[dict, str]], results: dict, args) -> None:
    """Each named query through kg.store.remote against Virtuoso (HTTP + JSON), median of --repeat."""
    for name, (params, _text) in bound.items():
        results[name]["virtuoso"], _ = forked(
            lambda n=name, p=params: median_time(
                lambda: len(args.endpoint.query(n, p)), args.repeat, args.budget
            ),
            args.timeout,
        )
        print(f"  {name}: virtuoso {results[name]['virtuoso']}", file=sys.stderr, flush=True)


def time_rdflib(bound: dict[str, tuple[dict, str]], results: dict, dataset: Dataset, args) -> None:
    """rdflib once per query, in a forked child (it cannot be interrupted), cut per rdflib_cutoff."""
    for name, (_params, text) in bound.items():
        results[name]["rdflib_load_average"] = load_average()
        before = children_cpu()
        results[name]["rdflib"], _ = forked(
            lambda t=text: median_time(lambda: rdflib_query(dataset, t), 1),
            rdflib_cutoff(results[name]["ours"], args),
        )
        spent = round(children_cpu() - before, 3)
        cut = isinstance(results[name]["rdflib"], str) and results[name]["rdflib"].startswith("> ")
        results[name]["rdflib_cpu"] = f"> {spent:g}" if cut else spent
        print(f"  {name}: rdflib {results[name]['rdflib']}", file=sys.stderr, flush=True)


def children_cpu() -> float:
    """CPU seconds of this process's ended and waited-for children: the difference across one forked
    run is that child's, whether it answered or was cut (then a lower bound, like its seconds)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def rdflib_cutoff(ours: object, args: argparse.Namespace) -> float:
    """When rdflib is cut: --rdflib-timeout, or later when our time x --rdflib-ratio is later still.

    A cut run then still shows rdflib at least that many times slower than ours (the "> N" cells).
    """
    scaled = ours * args.rdflib_ratio if isinstance(ours, float) else 0.0
    return max(args.rdflib_timeout, scaled)


def forked(action: Callable[[], tuple[float, object]], timeout: float) -> tuple[float | str, object]:
    """Run `action` (returning (seconds, a picklable result)) in a forked child, killed after `timeout` s.

    The child sees what the parent loaded (the rdflib dataset) and opens stores itself;
    neither pyoxigraph nor rdflib can be interrupted in-process.
    """
    receiver, sender = multiprocessing.Pipe(duplex=False)

    def child() -> None:
        try:
            sender.send(action())
        except (Exception, RecursionError) as error:  # rdflib's engine fails on deep paths
            sender.send((f"error: {type(error).__name__}", None))

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    if receiver.poll(timeout):
        result = receiver.recv()
        process.join()
        return result
    process.kill()
    process.join()
    return f"> {timeout:g}", None


def timed_or_error(action: Callable[[], object], repeat: int) -> float | str:
    try:
        return median_time(action, repeat)[0]
    except (Exception, RecursionError) as error:  # rdflib's engine fails on deep paths
        return f"error: {type(error).__name__}"


def time_validation(work: Path, args) -> dict:
    """Whole-corpus validation (validate_store): median of up to 3 runs, every run kept."""
    validation = {}
    with open_store(work / "ours") as store:
        runs = []

        def once():
            started = time.perf_counter()
            result = validate_store(store)
            runs.append(round(time.perf_counter() - started, 3))
            return result

        seconds, report = median_time(once, min(args.repeat, 3))
        validation[engine()] = seconds
        validation["runs"] = runs
        validation["conforms"] = report.conforms
        validation["results"] = len(report.results)
        if args.pyshacl:
            validation["pyshacl"] = median_time(lambda: validate_store(store, use="pyshacl"), 1)[0]
    return validation


def time_add(corpus: Corpus, work: Path, repeat: int) -> dict:
    times = []
    with open_store(work / "ours", readonly=False) as store:
        for k in range(repeat):
            index = corpus.registers + k
            graph = corpus.register_graph(index)
            started = time.perf_counter()
            report = add_graph(store, corpus.graph(index), graph)
            times.append(time.perf_counter() - started)
            assert report.acceptable
        triples = len(graph)
    return {"median": statistics.median(times), "max": max(times), "triples": triples}


def ratio(a: object, b: object) -> str:
    """a / b; for a run cut after N s ("> N"), the lower bound it proves."""
    if isinstance(a, str) and a.startswith("> ") and isinstance(b, float) and b > 0:
        return f"> {float(a[2:]) / b:.1f}x"
    return f"{a / b:.1f}x" if isinstance(a, float) and isinstance(b, float) and b > 0 else "-"


def ratio_value(a: object, b: object) -> float | None:
    """a / b as a number: for a run cut after N s ("> N"), the lower bound it proves; None if unmeasured."""
    if isinstance(a, str) and a.startswith("> "):
        a = float(a[2:])
    return a / b if isinstance(a, float) and isinstance(b, float) and b > 0 else None


def query_figures(  # type: ignore[no-untyped-def]
    queries: dict, ratio_of, label: str, bound: float, at_least: bool, each: bool = True, size: str = ""
) -> list[Figure]:
    """One row counting the queries whose ratio meets `bound` (at least it, or at most it), its worst
    ratio, then (`each`) one row per query that misses it or was not measured: what to fix."""
    target = f"{'>=' if at_least else '<='} {bound:g}x"

    def met(value: float) -> bool:
        return value >= bound if at_least else value <= bound

    ratios = {name: ratio_of(row) for name, row in queries.items()}
    failing = {name: value for name, value in ratios.items() if value is None or not met(value)}
    measured = [value for value in ratios.values() if value is not None]
    rows = [
        Figure(
            f"{size}: queries {label}",
            f"{len(queries) - len(failing)} of {len(queries)}",
            "",
            target,
            verdict(not failing if queries else None),
        )
    ]
    if measured:
        worst = min(measured) if at_least else max(measured)
        figure = f"{size}: queries {label}: worst"
        rows.append(Figure(figure, round(worst, 2), "x", target, verdict(met(worst))))
    for name, value in sorted(failing.items()) if each else ():
        shown = None if value is None else round(value, 2)
        rows.append(Figure(f"{name}: {label}", shown, "x", target, "not met"))
    return rows


def summary(report: dict) -> list[Figure]:
    """The figures of a run against the targets, for benchmarks/run_all.py. The targets are set for
    TARGET_SIZE: at other sizes (a --quick run) the figures are shown beside them, not judged."""
    rows = measured_figures(report)
    if report["size"] == TARGET_SIZE:
        return rows
    at = f"at {TARGET_SIZE}: "
    return [replace(row, target=at + row.target, verdict="") if row.target else row for row in rows]


def measured_figures(report: dict) -> list[Figure]:
    """Every figure of the run with its target and verdict (see summary)."""
    size, queries = report["size"], report["queries"]
    each = size == TARGET_SIZE
    rows = [
        Figure(f"{size}: load, ours", round(report["load"]["ours"], 2), "s"),
        Figure(
            f"{size}: open",
            round(report["open"]["ours"], 4),
            "s",
            f"< {OPEN_SECONDS:g} s",
            verdict(report["open"]["ours"] < OPEN_SECONDS),
        ),
    ]
    rows += query_figures(
        queries,
        lambda row: ratio_value(row["ours"], row["pyoxigraph"]),
        "ours ÷ raw pyoxigraph",
        WRAPPER_RATIO,
        at_least=False,
        each=each,
        size=size,
    )
    if any("rdflib" in row for row in queries.values()):
        rows += query_figures(
            queries,
            lambda row: ratio_value(row.get("rdflib"), row["ours"]),
            "rdflib ÷ ours",
            RDFLIB_RATIO,
            at_least=True,
            each=each,
            size=size,
        )
    if "virtuoso" in report["load"]:
        answered = sum(isinstance(row.get("virtuoso"), float) for row in queries.values())
        load = report["load"]["virtuoso"]
        how = report.get("virtuoso_load", {})
        rows.append(
            Figure(
                f"{size}: Virtuoso load ({how.get('protocol', 'failed')}, "
                f"{len(how.get('update_fallbacks', []))} graphs by Update)",
                round(load, 1) if isinstance(load, float) else load,
                "s" if isinstance(load, float) else "",
            )
        )
        rows.append(Figure(f"{size}: queries Virtuoso answered", f"{answered} of {len(queries)}"))
    validation = report.get("validation", {}).get(report["engine"])
    if isinstance(validation, float):
        rows.append(
            Figure(
                f"{size}: whole-store validation",
                round(validation, 2),
                "s",
                f"<= {VALIDATION_SECONDS:g} s",
                verdict(validation <= VALIDATION_SECONDS),
            )
        )
    add = report.get("add_register")
    if add:
        rows.append(
            Figure(
                f"{size}: validate and add one register (median)",
                round(add["median"], 3),
                "s",
                f"< {ADD_SECONDS:g} s",
                verdict(add["median"] < ADD_SECONDS),
            )
        )
    return rows


def seconds(value: object) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value) if value is not None else "-"


def markdown(report: dict) -> str:
    lines = [
        f"### {report['size']} ({report['quads']:,} quads, {report['registers']:,} registers)",
        "",
        f"Machine: {report['machine']}. SHACL engine: {report['engine']}. Targets: {TARGETS}.",
        "",
        "| step | ours | pyoxigraph | rdflib | virtuoso |",
        "|---|---|---|---|---|",
    ]
    for step in ("load", "open"):
        row = report[step]
        cells = [seconds(row.get(k)) for k in ("ours", "pyoxigraph", "rdflib", "virtuoso")]
        lines.append(f"| {step} (s) | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| query | rows | ours (s) | pyoxigraph (s) | ours ÷ pyoxigraph | rdflib (s) | rdflib ÷ ours "
        "| virtuoso (s) | virtuoso ÷ ours |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, row in report["queries"].items():
        lines.append(
            f"| {name} | {row['rows']} | {seconds(row['ours'])} | {seconds(row['pyoxigraph'])} "
            f"| {ratio(row['ours'], row['pyoxigraph'])} | {seconds(row.get('rdflib'))} "
            f"| {ratio(row.get('rdflib'), row['ours'])} | {seconds(row.get('virtuoso'))} "
            f"| {ratio(row.get('virtuoso'), row['ours'])} |"
        )
    lines += cpu_table(report["queries"])
    validation, add = report.get("validation"), report.get("add_register")
    if validation is None or add is None:  # --skip-validation
        return "\n".join(lines) + "\n"
    lines += [
        "",
        f"Whole-corpus SHACL validation: {seconds(validation.get(report['engine']))} s"
        f" with {report['engine']}"
        + (f", {seconds(validation['pyshacl'])} s with pyshacl" if "pyshacl" in validation else "")
        + f" (conforms: {validation['conforms']}, {validation['results']} results).",
        f"Validate in context and add one register ({add['triples']} triples): median {add['median']:.3f} s,"
        f" max {add['max']:.3f} s.",
    ]
    return "\n".join(lines) + "\n"


def cpu_table(queries: dict) -> list[str]:
    """The same queries in CPU seconds, with the load average each pass ran under (runs that kept them)."""
    kept = {name: row for name, row in queries.items() if "ours_cpu" in row}
    if not kept:
        return []
    lines = [
        "",
        "| query | load (ours, raw) | ours CPU (s) | pyoxigraph CPU (s) | ours ÷ pyoxigraph CPU "
        "| load (rdflib) | rdflib CPU (s) | rdflib ÷ ours CPU |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in kept.items():
        lines.append(
            f"| {name} | {row.get('load_average', '-')} | {seconds(row['ours_cpu'])} "
            f"| {seconds(row.get('pyoxigraph_cpu'))} | {ratio(row['ours_cpu'], row.get('pyoxigraph_cpu'))} "
            f"| {row.get('rdflib_load_average', '-')} | {seconds(row.get('rdflib_cpu'))} "
            f"| {ratio(row.get('rdflib_cpu'), row['ours_cpu'])} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1e4", help="1e4, 1e5 or 1e6 (target triples)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument(
        "--rdflib-timeout", type=float, default=30, help="seconds before an rdflib query is cut"
    )
    parser.add_argument(
        "--rdflib-ratio",
        type=float,
        default=25,
        help="cut rdflib no sooner than this many times our median (so a cut proves the ratio)",
    )
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed per query and engine")
    parser.add_argument("--budget", type=float, default=20, help="stop repeating a query after this many s")
    parser.add_argument("--skip-rdflib", action="store_true", help="leave rdflib out (minutes at 1e6)")
    parser.add_argument("--virtuoso", action="store_true", help="start Virtuoso and time it too")
    parser.add_argument("--pyshacl", action="store_true", help="also time plain pyshacl (minutes from 1e5)")
    parser.add_argument(
        "--queries",
        "--only",
        nargs="+",
        default=(),
        metavar="NAME",
        help="time only these named queries (--only is the same option)",
    )
    parser.add_argument(
        "--skip-validation",
        action="store_true",
        help="leave out whole-store validation and adding a register (a run of queries only)",
    )
    parser.add_argument("--quick", action="store_true", help="smoke sizes: " + str(QUICK))
    parser.add_argument("--summary-json", type=Path, help="write the figures and verdicts for run_all.py")
    args = parser.parse_args()
    if args.quick:
        vars(args).update(QUICK)
    report = run(args)
    out = DATA / f"results-{args.size}.json"
    out.write_text(json.dumps(report, indent=1, default=str))
    print(markdown(report))
    if args.summary_json:
        write_summary(args.summary_json, "bench_store", summary(report))


if __name__ == "__main__":
    main()
