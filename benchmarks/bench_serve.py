"""Load test of `kg serve` on 127.0.0.1: dereferencing, a small SELECT and a dump download.

Why: the server must keep up with crawlers and SPARQL clients on a 2-core machine (target:
at least 1,000 dereferences per second and p99 under 50 ms for resource pages on the 1e5
corpus). Every run is bounded in time and sends traffic to 127.0.0.1 only. The load comes
from wrk (Debian's `wrk`) when installed, else from a bounded Python generator (httpx,
asyncio); with --virtuoso the same requests go to Virtuoso serving the same data (DESCRIBE
for a dereference: Virtuoso has no linked-data pages of ours).

    python benchmarks/bench_serve.py --size 1e5 --duration 10 --virtuoso
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from kg.model.namespaces import BASE
from kg.store.embedded import EmbeddedStore
from kg.testing.corpus import Corpus, write
from kg.testing.servers import free_port

DATA = Path(__file__).resolve().parent / "data"

SMALL_SELECT = (
    "SELECT ?party WHERE { ?register a <https://w3id.org/alliance-kg/ontology#WorkRegister> ; "
    "<https://w3id.org/alliance-kg/ontology#party> ?party } LIMIT 10"
)
WRK_SCRIPT = """
paths = {%s}
accept = "%s"
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept"] = accept})
end
"""


@dataclass
class Figures:
    target: str
    scenario: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    tool: str


def corpus_file(size: float) -> Path:
    path = DATA / f"corpus-{size:.0e}.nq".replace("+0", "")
    if not path.exists():
        write(Corpus(int(size), 20261121), path)
    return path


def build_store(corpus: Path, work: Path) -> Path:
    store = EmbeddedStore(work / "store", readonly=False)
    store.bulk_load(corpus)
    store.close()
    return work / "store"


def sample_resources(store_path: Path, count: int) -> list[str]:
    """Resource IRIs of every kind (organizations, registers, milestones, persons, ...), sampled."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    query = f'SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{BASE}id/")) }}'
    subjects = [row[0].value for row in store.query(query)]
    random.Random(7).shuffle(subjects)
    return subjects[:count]


def start_kg_serve(store: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "kg.cli",
        "serve",
        "--store",
        str(store),
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/sparql?query=ASK%7B%7D", timeout=2)
            return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("kg serve did not start")


def parse_wrk(output: str) -> tuple[float, float, float, int]:
    def millis(label: str) -> float:
        match = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failed = int(errors.group(1)) if errors else 0
    if socket_errors:
        failed += sum(int(x) for x in socket_errors.groups())
    return rate, millis("50"), millis("99"), failed


def run_wrk(base: str, paths: list[str], accept: str, duration: float, connections: int) -> tuple:
    listed = ", ".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % (listed, accept))
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{int(duration)}s",
        "--latency",
        "--timeout",
        "10s",
        "-s",
        script.name,
        base,
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60).stdout
    Path(script.name).unlink()
    return parse_wrk(output)


async def python_load(base: str, paths: list[str], accept: str, duration: float, connections: int) -> tuple:
    """A bounded generator: `connections` clients in a loop until the time is up."""
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + duration

    async def client(offset: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=10) as session:
            index = offset
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    response = await session.get(paths[index % len(paths)], headers={"Accept": accept})
                    errors += response.status_code >= 400
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - started)
                index += connections

    began = time.monotonic()
    await asyncio.gather(*(client(i) for i in range(connections)))
    elapsed = time.monotonic() - began
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / elapsed, statistics.median(latencies) * 1000, p99 * 1000, errors


def measure(target: str, scenario: str, base: str, paths: list[str], accept: str, args) -> Figures:
    connections = 4 if scenario.startswith("dump") else args.connections
    if shutil.which("wrk") and not args.python_load:
        rate, p50, p99, errors = run_wrk(base, paths, accept, args.duration, connections)
        tool = "wrk"
    else:
        rate, p50, p99, errors = asyncio.run(python_load(base, paths, accept, args.duration, connections))
        tool = "python"
    figures = Figures(target, scenario, round(rate, 1), round(p50, 2), round(p99, 2), errors, tool)
    print(
        f"{target:9} {scenario:26} {rate:9.1f} req/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  errors {errors}",
        flush=True,
    )
    return figures


def ours(store: Path, resources: list[str], args) -> list[Figures]:
    process, base = start_kg_serve(store, args.workers)
    try:
        documents = ["/doc/" + iri[len(BASE) + 3 :] for iri in resources]
        for _ in range(
            4 * args.workers
        ):  # every server process builds its dump once, as for a mirror's first fetch
            httpx.get(base + "/dumps/alliance-kg.nq.gz", timeout=300, headers={"Connection": "close"})
        select = ["/sparql?" + urllib.parse.urlencode({"query": SMALL_SELECT})]
        return [
            measure(
                "kg serve", "dereference 303", base, ["/id/" + d[5:] for d in documents], "text/turtle", args
            ),
            measure("kg serve", "document (Turtle)", base, documents, "text/turtle", args),
            measure("kg serve", "resource page (HTML)", base, documents, "text/html", args),
            measure("kg serve", "small SELECT (JSON)", base, select, "application/sparql-results+json", args),
            measure("kg serve", "dump (N-Quads, gzip)", base, ["/dumps/alliance-kg.nq.gz"], "*/*", args),
        ]
    finally:
        process.terminate()
        process.wait(timeout=30)


def virtuoso(store: Path, resources: list[str], args) -> list[Figures]:
    from kg.store import open_store
    from kg.store.remote import EndpointError, SparqlEndpoint, push
    from kg.testing.servers import ServerUnavailable, start_virtuoso

    try:
        server = start_virtuoso()
    except ServerUnavailable as missing:
        print(f"virtuoso: {missing}")
        return []
    try:
        with open_store(store) as source:
            try:
                push(
                    source,
                    SparqlEndpoint(server.query_url, graph_store_url=server.graph_store_url, **server.auth),
                )
            except EndpointError:  # Virtuoso drops large Graph Store PUTs: SPARQL Update in chunks instead
                push(source, SparqlEndpoint(server.query_url, timeout=600), protocol="update")
        path = urllib.parse.urlparse(server.query_url).path
        describe = [f"{path}?" + urllib.parse.urlencode({"query": f"DESCRIBE <{iri}>"}) for iri in resources]
        select = [f"{path}?" + urllib.parse.urlencode({"query": SMALL_SELECT})]
        base = server.query_url[: -len(path)]
        return [
            measure("virtuoso", "DESCRIBE (Turtle)", base, describe, "text/turtle", args),
            measure("virtuoso", "small SELECT (JSON)", base, select, "application/sparql-results+json", args),
        ]
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e5, help="corpus size in triples (default 1e5)")
    parser.add_argument("--duration", type=float, default=10, help="seconds per scenario (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="kg serve processes (uvicorn workers)")
    parser.add_argument("--resources", type=int, default=2000, help="distinct resources dereferenced")
    parser.add_argument("--virtuoso", action="store_true", help="also load Virtuoso with the same data")
    parser.add_argument(
        "--python-load", action="store_true", help="use the Python generator even if wrk exists"
    )
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-serve-") as work:
        store = build_store(corpus_file(args.size), Path(work))
        resources = sample_resources(store, args.resources)
        figures = ours(store, resources, args)
        if args.virtuoso:
            figures += virtuoso(store, resources, args)
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in figures], indent=1))


if __name__ == "__main__":
    main()
