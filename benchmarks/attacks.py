"""Bounded attacks on a real `kg serve`, measured the way an independent attack found them.

Why a script: docs/reliability.md (section 7) lists what an attack written by nobody on the
project found, and a test for each fix. Here each attack runs again, end to end, against the
real thing: `kg build` makes a store, `kg serve` serves a copy of it on 127.0.0.1
(kg.testing.live_server), and each attack prints what it tried, what the server did (status
codes, latency, the server's resident memory from /proc, connections a recording socket saw)
and a verdict, "held" or "FAILED: why". The exit status is 0 when every verdict is "held".

    slowloris        idle connections and heads trickled a byte at a time, while a client
                     measures p50/p99 latency (and before, quiet, for comparison)
    accept-bomb      an Accept header of 30,000 `\\"` pairs (it froze the server for 38-77 s)
    nested-query     10,000 nested parentheses or braces, 10,000 operators in a row (they crashed
                     Oxigraph's parser)
    hungry-query     a cross join with ORDER BY (it grew a query worker to 4 GB in 10 s)
    service-tricks   SERVICE and LOAD towards a recording socket, with the tricks that got past
                     the old guard
    corrupted-store  200 flipped bytes in an .sst of a store copy, then `kg sparql` on it, with
                     a timeout (it grew by ~600 MB/s)
    ingest-serve     `kg ingest` into the served store: is the new graph served within 1 s
    slow-post        more connections than the server keeps, each a complete POST head whose body
                     comes a byte a second (it locked every client out; session 9)

Every address is 127.0.0.1; every loop is bounded in count and in time; the server and every
process started here are stopped at the end, by their process id.

    python benchmarks/attacks.py                   # every attack at full size (about 3 minutes)
    python benchmarks/attacks.py --quick           # smaller and shorter (about a minute)
    python benchmarks/attacks.py --only slowloris --only accept-bomb --json attacks.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from kg.cli.serve import BACKLOG, DEFAULT_MEMORY_MB, HEAD_SECONDS, MAX_CONNECTIONS, OWN_FILES
from kg.model.namespaces import register_graph_iri
from kg.model.sources import project_root
from kg.store.check import memory_limits
from kg.testing.faults import COMMITTED, Watched
from kg.testing.live_server import LiveServer, start_server
from kg.testing.recording_socket import RecordingSocket

ROOT = project_root()
REGISTER = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
PAGE = "doc/organization/dmtf"  # a page the probe fetches: negotiated, from the store
JSON = {"Accept": "application/sparql-results+json"}
QUERY_SECONDS = 10.0  # kg serve --timeout (its default)
SEEN_WITHIN = 1.0  # seconds from an ingest's commit to the new graph being served
LATENCY_BOUND = 1.0  # p99 of a client's requests during an attack
COUNT_ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
HUNGRY = (
    "SELECT ?a ?b ?c ?d WHERE { ?a ?p1 ?x1 . ?b ?p2 ?x2 . ?c ?p3 ?x3 . ?d ?p4 ?x4 } "
    "ORDER BY ?a ?b ?c ?d LIMIT 1"
)
TRICKS = (  # SERVICE queries, {url} the recording socket's; the first four got past the old guard
    "SELECT * WHERE {{ BIND(<http://x\\u0062#> AS ?i) SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ BIND(1<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\' . SERVICE <{url}> {{ ?a ?b ?c }} ?s ?p 'x' }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\# . SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "select * where {{ service silent <{url}> {{ ?a ?b ?c }} }}",
)


@dataclass(frozen=True)
class Sizes:
    """How much of each attack: --quick takes the small ones."""

    idle: int  # slowloris: idle connections (the server keeps at most MAX_CONNECTIONS)
    trickling: int  # slowloris: connections sending their head a byte every 0.2 s
    slowloris_seconds: float
    bombs: int  # at most, one after the other for bomb_seconds
    bomb_seconds: float
    nested: tuple[tuple[str, str], ...]  # (shape, how it is sent)
    hungry: int
    flips: tuple[float, ...]  # where in the .sst the 200 bytes are flipped (fraction of its size)
    ingests: int
    slow_posts: int  # connections sending a body a byte a second (more than MAX_CONNECTIONS)
    slow_post_seconds: float


FULL = Sizes(
    idle=1500,
    trickling=100,
    slowloris_seconds=15,
    bombs=400,
    bomb_seconds=15,
    nested=(
        ("parentheses", "get"),
        ("parentheses", "form"),
        ("parentheses", "direct"),
        ("braces", "direct"),
        ("flat", "direct"),
    ),
    hungry=2,
    flips=(0.25, 0.5, 0.75),
    ingests=3,
    slow_posts=MAX_CONNECTIONS + 100,
    slow_post_seconds=15,
)
QUICK = Sizes(
    idle=300,
    trickling=20,
    slowloris_seconds=5,
    bombs=60,
    bomb_seconds=3,
    nested=(("parentheses", "form"), ("parentheses", "direct"), ("flat", "direct")),
    hungry=1,
    flips=(0.5,),
    ingests=1,
    slow_posts=MAX_CONNECTIONS + 100,
    slow_post_seconds=5,
)


@dataclass
class Outcome:
    attack: str
    tried: str
    observed: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return "held" if not self.failures else "FAILED: " + "; ".join(self.failures)

    def check(self, holds: bool, failure: str) -> None:
        if not holds:
            self.failures.append(failure)


@dataclass
class Context:
    server: LiveServer
    store: Path  # the served copy
    built: Path  # the store `kg build` made (never served, never written)
    work: Path
    sizes: Sizes

    @property
    def address(self) -> tuple[str, int]:
        return self.server.address


# --- Measuring -------------------------------------------------------------------------------------


def status_kb(pid: int, field_name: str) -> int | None:
    """A `kB` field of /proc/PID/status (VmRSS, VmHWM); None when the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def group(pgid: int) -> list[int]:
    """The processes of a process group: the server and its query workers."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                pids.append(int(entry))
    return pids


def open_files(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return 0


def mb(kilobytes: float | None) -> str:
    return "-" if kilobytes is None else f"{kilobytes / 1024:.1f} MB"


def ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.1f} ms"


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Sampler(threading.Thread):
    """The server's memory (and open files) every 0.1 s, at most `seconds`: peaks and last values."""

    def __init__(self, server: LiveServer, seconds: float) -> None:
        super().__init__(daemon=True)
        self.pid = server.process.pid
        self.deadline = time.monotonic() + seconds
        self.stop = threading.Event()
        self.first = status_kb(self.pid, "VmRSS")
        self.peak_server = self.first or 0
        self.peak_worker = 0
        self.peak_group = 0
        self.peak_files = open_files(self.pid)
        self.start()

    def run(self) -> None:
        while not self.stop.is_set() and time.monotonic() < self.deadline:
            self.sample()
            self.stop.wait(0.1)

    def sample(self) -> None:
        total = 0
        for pid in group(self.pid):
            rss = status_kb(pid, "VmRSS") or 0
            total += rss
            if pid == self.pid:
                self.peak_server = max(self.peak_server, rss)
            else:
                self.peak_worker = max(self.peak_worker, rss)
        self.peak_group = max(self.peak_group, total)
        self.peak_files = max(self.peak_files, open_files(self.pid))

    def finish(self) -> int | None:
        """Stop sampling; the server's RSS now."""
        self.stop.set()
        self.join(timeout=5)
        self.sample()
        return status_kb(self.pid, "VmRSS")

    def line(self, last: int | None) -> str:
        return (
            f"server RSS {mb(self.first)} before, {mb(last)} after, peak {mb(self.peak_server)}; "
            f"largest query worker {mb(self.peak_worker)}; server with workers peak {mb(self.peak_group)}"
        )


class Probe(threading.Thread):
    """A client fetching `path` over a new connection every `interval` s (10 s timeout each), until
    stopped, `count` requests or `seconds`: statuses and latencies."""

    def __init__(
        self,
        server: LiveServer,
        path: str = PAGE,
        interval: float = 0.1,
        count: int = 400,
        seconds: float = 60,
    ) -> None:
        super().__init__(daemon=True)
        self.url = server.url + path
        self.interval, self.count, self.deadline = interval, count, time.monotonic() + seconds
        self.stop = threading.Event()
        self.statuses: Counter[str] = Counter()
        self.latencies: list[float] = []
        self.start()

    def run(self) -> None:
        while (
            not self.stop.is_set() and len(self.latencies) < self.count and time.monotonic() < self.deadline
        ):
            started = time.monotonic()
            try:
                status = str(httpx.get(self.url, timeout=10).status_code)
            except httpx.HTTPError as error:
                status = type(error).__name__
            self.latencies.append(time.monotonic() - started)
            self.statuses[status] += 1
            self.stop.wait(self.interval)

    def finish(self) -> Probe:
        self.stop.set()
        self.join(timeout=15)
        return self

    @property
    def p50(self) -> float | None:
        return percentile(self.latencies, 0.5)

    @property
    def p99(self) -> float | None:
        return percentile(self.latencies, 0.99)

    @property
    def all_ok(self) -> bool:
        return bool(self.latencies) and set(self.statuses) == {"200"}

    def line(self, label: str = "client") -> str:
        return (
            f"{label}: {len(self.latencies)} requests of /{PAGE}, statuses {dict(self.statuses)}, "
            f"latency p50 {ms(self.p50)}, p99 {ms(self.p99)}"
        )

    def figures(self) -> dict[str, Any]:
        return {
            "requests": len(self.latencies),
            "statuses": dict(self.statuses),
            "p50": self.p50,
            "p99": self.p99,
        }


def check_client(outcome: Outcome, probe: Probe, bound: float = LATENCY_BOUND) -> None:
    outcome.observed.append(probe.line())
    outcome.figures["client"] = probe.figures()
    outcome.check(probe.all_ok, f"the client got {dict(probe.statuses)}")
    outcome.check(probe.p99 is not None and probe.p99 < bound, f"client p99 {ms(probe.p99)} >= {bound:g} s")


def check_memory(outcome: Outcome, sampler: Sampler, growth_mb: float = 50) -> None:
    last = sampler.finish()
    outcome.observed.append(sampler.line(last))
    outcome.figures["server_rss_kb"] = {"before": sampler.first, "after": last, "peak": sampler.peak_server}
    outcome.figures["worker_peak_rss_kb"] = sampler.peak_worker
    grown = ((last or 0) - (sampler.first or 0)) / 1024
    outcome.check(last is not None, "the server process is gone")
    outcome.check(grown < growth_mb, f"the server grew by {grown:.0f} MB (bound {growth_mb:g} MB)")


def raw_request(where: tuple[str, int], request: bytes, timeout: float) -> tuple[str, float]:
    """Send `request` on a new connection; (the status code or what happened, seconds to the answer)."""
    started = time.monotonic()
    try:
        with socket.create_connection(where, timeout=timeout) as connection:
            connection.sendall(request)
            answer = connection.recv(256)
    except TimeoutError:
        return "no answer", time.monotonic() - started
    except OSError as error:
        return type(error).__name__, time.monotonic() - started
    seconds = time.monotonic() - started
    parts = answer.split(b" ", 2)
    return (parts[1].decode("ascii", "replace") if len(parts) > 1 else "closed"), seconds


def sparql(server: LiveServer, query: str, how: str = "get", timeout: float = 30) -> tuple[str, float]:
    """(status, seconds) of `query` sent as a GET, a form POST or a direct POST."""
    started = time.monotonic()
    url = server.url + "sparql"
    try:
        if how == "get":
            response = httpx.get(url, params={"query": query}, headers=JSON, timeout=timeout)
        elif how == "form":
            response = httpx.post(url, data={"query": query}, headers=JSON, timeout=timeout)
        else:
            headers = {**JSON, "Content-Type": "application/sparql-query"}
            response = httpx.post(url, content=query.encode(), headers=headers, timeout=timeout)
        status = str(response.status_code)
    except httpx.HTTPError as error:
        status = type(error).__name__
    return status, time.monotonic() - started


def alive(server: LiveServer) -> bool:
    return server.process.poll() is None and sparql(server, "ASK {}", timeout=30)[0] == "200"


# --- The attacks -----------------------------------------------------------------------------------


def slowloris(ctx: Context) -> Outcome:
    sizes, where = ctx.sizes, ctx.address
    outcome = Outcome(
        "slowloris",
        f"{sizes.idle:,} idle connections and {sizes.trickling} sending a 10 kB head a byte every 0.2 s, "
        f"for {sizes.slowloris_seconds:g} s, while a client fetched a page every 0.1 s; then "
        f"{HEAD_SECONDS + 1.5:g} s for the server to close the idle ones (--head-timeout {HEAD_SECONDS:g})",
    )
    quiet = Probe(ctx.server, count=30, seconds=10)
    quiet.join(timeout=20)
    outcome.observed.append(quiet.line("client before, quiet"))
    outcome.figures["quiet"] = quiet.figures()
    sampler = Sampler(ctx.server, seconds=sizes.slowloris_seconds + 60)
    idle: list[socket.socket] = []
    refused = 0
    deadline = time.monotonic() + 30
    for _ in range(sizes.idle):
        if time.monotonic() > deadline:
            break
        try:
            connection = socket.create_connection(where, timeout=5)
        except OSError:
            refused += 1
            continue
        connection.setblocking(False)
        idle.append(connection)
    stop = threading.Event()
    trickler = threading.Thread(
        target=trickle, args=(where, sizes.trickling, stop, sizes.slowloris_seconds + 5), daemon=True
    )
    trickler.start()
    probe = Probe(ctx.server, seconds=sizes.slowloris_seconds + 30)
    try:
        time.sleep(sizes.slowloris_seconds)
        probe.finish()
        stop.set()
        trickler.join(timeout=15)
        time.sleep(HEAD_SECONDS + 1.5)
        still_open = sum(not closed_by_server(connection) for connection in idle)
    finally:
        stop.set()
        for connection in idle:
            connection.close()
    bound = MAX_CONNECTIONS + 3 * BACKLOG + OWN_FILES
    check_client(outcome, probe)
    outcome.observed.append(
        f"server: {len(idle):,} idle connections opened ({refused} refused); open files peak "
        f"{sampler.peak_files:,} (bound {bound:,}); {len(idle) - still_open:,} of {len(idle):,} idle "
        f"connections closed by the server {HEAD_SECONDS + 1.5:g} s after the attack"
    )
    outcome.figures.update(open_files_peak=sampler.peak_files, idle=len(idle), idle_left_open=still_open)
    outcome.check(sampler.peak_files < bound, f"{sampler.peak_files:,} open files (bound {bound:,})")
    outcome.check(still_open == 0, f"{still_open} idle connections still open")
    check_memory(outcome, sampler)
    return outcome


def trickle(where: tuple[str, int], count: int, stop: threading.Event, seconds: float) -> None:
    """Request heads sent one byte every 0.2 s, reconnecting when the server closes them."""
    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 10_000
    deadline = time.monotonic() + seconds
    connections: list[socket.socket | None] = []
    for _ in range(count):
        try:
            connections.append(socket.create_connection(where, timeout=5))
        except OSError:
            connections.append(None)
    sent = 0
    while not stop.is_set() and time.monotonic() < deadline:
        for index, connection in enumerate(connections):
            try:
                if connection is None:
                    raise OSError("reconnect")
                connection.send(head[sent % len(head) : sent % len(head) + 1])
            except OSError:
                if connection is not None:
                    connection.close()
                try:
                    connections[index] = socket.create_connection(where, timeout=5)
                except OSError:
                    connections[index] = None
        sent += 1
        stop.wait(0.2)
    for connection in connections:
        if connection is not None:
            connection.close()


def closed_by_server(connection: socket.socket) -> bool:
    try:
        return connection.recv(1 << 16) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def accept_bomb(ctx: Context) -> Outcome:
    header = b'\\"' * 30_000
    routes = ("/id/organization/dmtf", f"/{PAGE}", "/sparql?query=ASK%7B%7D")
    outcome = Outcome(
        "accept-bomb",
        f'requests with an Accept header of 30,000 `\\"` pairs ({len(header):,} bytes), one after the '
        f"other for {ctx.sizes.bomb_seconds:g} s (at most {ctx.sizes.bombs}), on {', '.join(routes)} in "
        "turn, while a client fetched a page every 0.1 s",
    )
    sampler = Sampler(ctx.server, seconds=ctx.sizes.bomb_seconds + 60)
    probe = Probe(ctx.server, seconds=ctx.sizes.bomb_seconds + 60)
    answers: list[tuple[str, float]] = []
    deadline = time.monotonic() + ctx.sizes.bomb_seconds
    for index in range(ctx.sizes.bombs):
        if time.monotonic() > deadline:
            break
        route = routes[index % len(routes)].encode()
        request = b"GET " + route + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + header
        answers.append(raw_request(ctx.address, request + b"\r\nConnection: close\r\n\r\n", timeout=30))
    probe.finish()
    slowest = max(seconds for _, seconds in answers)
    statuses = Counter(status for status, _ in answers)
    median = percentile([seconds for _, seconds in answers], 0.5)
    outcome.observed.append(
        f"server: {len(answers)} bombs answered {dict(statuses)}, median {ms(median)}, slowest {ms(slowest)}"
    )
    outcome.figures.update(bomb_statuses=dict(statuses), bomb_slowest=slowest)
    outcome.check(all(status.isdigit() for status in statuses), f"bombs got {dict(statuses)}")
    outcome.check(slowest < 2.0, f"a bomb took {slowest:.1f} s")
    check_client(outcome, probe)
    check_memory(outcome, sampler)
    return outcome


def nested_query(ctx: Context) -> Outcome:
    shapes = {
        "parentheses": "SELECT * WHERE { BIND(" + "(" * 10_000 + "1" + ")" * 10_000 + " AS ?x) }",
        "braces": "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000,
        "flat": "SELECT * WHERE { BIND(" + "1 + " * 10_000 + "1 AS ?x) }",  # long, not deep: crashed too
    }
    outcome = Outcome(
        "nested-query",
        "SPARQL nested 10,000 deep (and flat: 10,000 operators in a row): "
        + ", ".join(f"{shape} ({how})" for shape, how in ctx.sizes.nested)
        + "; then a count of every triple",
    )
    workers_before = sorted(set(group(ctx.server.process.pid)) - {ctx.server.process.pid})
    sampler = Sampler(ctx.server, seconds=120)
    answers = {f"{shape} ({how})": sparql(ctx.server, shapes[shape], how) for shape, how in ctx.sizes.nested}
    after = sparql(ctx.server, COUNT_ALL)
    workers_after = sorted(set(group(ctx.server.process.pid)) - {ctx.server.process.pid})
    outcome.observed.append(
        "server: "
        + ", ".join(f"{name} {status} in {ms(seconds)}" for name, (status, seconds) in answers.items())
    )
    outcome.observed.append(
        f"server: then a count of every triple {after[0]} in {ms(after[1])}; query workers "
        f"{'unchanged' if workers_after == workers_before else f'{workers_before} -> {workers_after}'}"
    )
    outcome.figures.update(
        answers={name: list(answer) for name, answer in answers.items()}, after=list(after)
    )
    outcome.check(  # a GET of 10,000 parentheses (60 kB percent-encoded) is past the URL bound: 414
        all(status in ("400", "414") for status, _ in answers.values()), "a nested query was not refused"
    )
    outcome.check(all(seconds < 5 for _, seconds in answers.values()), "a nested query took 5 s or more")
    outcome.check(after[0] == "200", f"the next query got {after[0]}")
    outcome.check(workers_after == workers_before, "a query worker was replaced (crashed?)")
    check_memory(outcome, sampler)
    return outcome


def hungry_query(ctx: Context) -> Outcome:
    outcome = Outcome(
        "hungry-query",
        f"{ctx.sizes.hungry} x a four-way cross join with ORDER BY (`{HUNGRY[:60]}...`), one after the "
        f"other (--timeout {QUERY_SECONDS:g} s, --worker-memory-mb {DEFAULT_MEMORY_MB}), while a client "
        "fetched a page every 0.1 s; then a count of every triple",
    )
    sampler = Sampler(ctx.server, seconds=ctx.sizes.hungry * (QUERY_SECONDS + 40) + 30)
    probe = Probe(ctx.server, count=1000, seconds=ctx.sizes.hungry * (QUERY_SECONDS + 40) + 30)
    answers = [
        sparql(ctx.server, HUNGRY, "direct", timeout=QUERY_SECONDS + 30) for _ in range(ctx.sizes.hungry)
    ]
    probe.finish()
    after = sparql(ctx.server, COUNT_ALL)
    outcome.observed.append(
        "server: "
        + ", ".join(f"{status} in {seconds:.1f} s" for status, seconds in answers)
        + f"; then the count {after[0]} in {ms(after[1])}"
    )
    outcome.figures.update(answers=[list(answer) for answer in answers], after=list(after))
    outcome.check(all(status == "503" for status, _ in answers), f"the hungry query got {answers}")
    outcome.check(
        all(seconds < QUERY_SECONDS + 5 for _, seconds in answers), "a hungry query outlived the time limit"
    )
    outcome.check(after[0] == "200", f"the next query got {after[0]}")
    check_client(outcome, probe)
    check_memory(outcome, sampler)
    return outcome


def service_tricks(ctx: Context) -> Outcome:
    outcome = Outcome(
        "service-tricks",
        f"{len(TRICKS)} SERVICE queries towards a recording socket on 127.0.0.1 (4 got past the old "
        "guard), each as GET, form and direct POST; LOAD of the socket's URL as an update (no token); "
        "a query FROM the socket's URL",
    )
    with RecordingSocket() as recorder:
        url = recorder.url("/sparql")
        statuses: Counter[str] = Counter()
        for trick in TRICKS:
            for how in ("get", "form", "direct"):
                statuses[sparql(ctx.server, trick.format(url=url), how)[0]] += 1
        try:
            load = str(
                httpx.post(
                    ctx.server.url + "sparql", data={"update": f"LOAD <{url}> INTO GRAPH <urn:x>"}, timeout=30
                ).status_code
            )
        except httpx.HTTPError as error:
            load = type(error).__name__
        from_status = sparql(ctx.server, f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }} LIMIT 1")[0]
        time.sleep(1.0)  # stragglers
        attempts = recorder.attempts
    outcome.observed.append(
        f"server: SERVICE {dict(statuses)}; LOAD {load}; FROM {from_status} (answered from local data)"
    )
    outcome.observed.append(f"recording socket: {len(attempts)} connection(s)")
    outcome.figures.update(
        {"service": dict(statuses), "load": load, "from": from_status, "connections": len(attempts)}
    )
    outcome.check(set(statuses) == {"403"}, f"SERVICE got {dict(statuses)}")
    outcome.check(load in ("401", "403"), f"LOAD got {load}")
    outcome.check(not attempts, f"{len(attempts)} connection(s) reached the recording socket")
    outcome.check(alive(ctx.server), "the server does not answer")
    return outcome


def sst_of(store: Path, index: str = "gspo") -> Path:
    """The SST file of one Oxigraph index (gspo: what a pattern with nothing bound reads)."""
    for sst in sorted(store.glob("*.sst"), key=lambda p: -p.stat().st_size):
        if index.encode() in sst.read_bytes():
            return sst
    raise RuntimeError(f"no SST file of {index} in {store}")


def flip(path: Path, at: float, count: int = 200) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    for n in range(start, min(start + count, len(data))):
        data[n] ^= 0xFF
    path.write_bytes(bytes(data))


def kg_sparql(store: Path, timeout: float) -> dict[str, Any]:
    """`kg sparql COUNT_ALL --store STORE`, killed after `timeout`: exit, output, peak RSS, seconds."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "sparql", COUNT_ALL, "--store", str(store)],
            stdout=out,
            stderr=err,
            cwd=ROOT,
            start_new_session=True,
        )
        peak = 0
        timed_out = False
        while process.poll() is None:
            peak = max(peak, status_kb(process.pid, "VmHWM") or 0)
            if time.monotonic() - started > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                timed_out = True
                break
            time.sleep(0.05)
        process.wait()
        out.seek(0)
        err.seek(0)
        return {
            "exit": process.returncode,
            "stdout": out.read().decode(errors="replace"),
            "stderr": err.read().decode(errors="replace"),
            "peak_kb": peak,
            "seconds": time.monotonic() - started,
            "timed_out": timed_out,
        }


def corrupted_store(ctx: Context) -> Outcome:
    timeout = 120.0
    limit = memory_limits()[0]
    outcome = Outcome(
        "corrupted-store",
        f"200 bytes flipped at {', '.join(f'{at:.0%}' for at in ctx.sizes.flips)} of the gspo .sst of a "
        f"copy of the built store, then `kg sparql '{COUNT_ALL}'` on each, killed after {timeout:g} s",
    )
    intact = kg_sparql(ctx.built, timeout)
    guard = "none" if limit is None else f"{limit / 2**20:,.0f} MB"
    outcome.observed.append(
        f"intact store: exit {intact['exit']} in {intact['seconds']:.1f} s, peak RSS {mb(intact['peak_kb'])} "
        f"(the memory guard's limit for a reader: {guard})"
    )
    runs = []
    for at in ctx.sizes.flips:
        copy = ctx.work / f"corrupted-{at}"
        shutil.copytree(ctx.built, copy)
        sst = sst_of(copy)
        flip(sst, at)
        run = kg_sparql(copy, timeout)
        lines = run["stderr"].strip().splitlines()
        said = lines[-1][:150] if lines else ""
        outcome.observed.append(
            f"{sst.name} flipped at {at:.0%}: exit {run['exit']} in {run['seconds']:.1f} s, peak RSS "
            f"{mb(run['peak_kb'])}" + (f", said: {said}" if said else "")
        )
        clean_refusal = (
            run["exit"] == 2 and len(lines) == 1 and "damaged" in said and "Traceback" not in run["stderr"]
        )
        same_answer = run["exit"] == 0 and run["stdout"] == intact["stdout"]
        outcome.check(not run["timed_out"], f"at {at:.0%}: still running after {timeout:g} s")
        outcome.check(clean_refusal or same_answer, f"at {at:.0%}: exit {run['exit']}, {len(lines)} line(s)")
        if limit is not None:
            outcome.check(
                run["peak_kb"] * 1024 <= limit * 1.1,
                f"at {at:.0%}: peak RSS {mb(run['peak_kb'])} past the memory guard's {limit / 2**20:.0f} MB",
            )
        runs.append({key: run[key] for key in ("exit", "peak_kb", "seconds", "timed_out")} | {"at": at})
        shutil.rmtree(copy, ignore_errors=True)
    outcome.figures.update(runs=runs, memory_guard_bytes=limit)
    return outcome


def ingest_serve(ctx: Context) -> Outcome:
    outcome = Outcome(
        "ingest-serve",
        f"{ctx.sizes.ingests} x `kg ingest {REGISTER.relative_to(ROOT)} --slug attack-probe-N` into the "
        f"served store, while a client asks every 50 ms whether the new graph is served (and another "
        f"fetches a page every 0.1 s)",
    )
    probe = Probe(ctx.server, seconds=ctx.sizes.ingests * 120)
    delays: list[float | None] = []
    exits: list[int | None] = []
    for index in range(ctx.sizes.ingests):
        slug = f"attack-probe-{index}-{os.getpid()}"
        ask = f"ASK {{ GRAPH <{register_graph_iri(slug)}> {{ ?s ?p ?o }} }}"
        first_seen: list[float] = []
        stop = threading.Event()
        asker = threading.Thread(target=watch_for, args=(ctx.server, ask, stop, first_seen, 120), daemon=True)
        asker.start()
        run = Watched(
            ("kg.pipeline.ingest", "write_register_graph"),
            ["ingest", str(REGISTER), "--slug", slug, "--store", str(ctx.store)],
            {},
        )
        run.finish(timeout=120)
        committed = run.marks.get(COMMITTED)
        exits.append(run.process.returncode)
        asker.join(timeout=SEEN_WITHIN + 10)
        stop.set()
        if committed is not None and first_seen:
            delays.append(first_seen[0] - (run.started + committed))
        else:
            delays.append(None)
    probe.finish()
    shown = ", ".join("never" if d is None else f"{d * 1000:.0f} ms" for d in delays)
    outcome.observed.append(f"ingest exits {exits}; new graph served after its commit: {shown}")
    outcome.figures.update(ingest_exits=exits, seen_after_commit=delays)
    outcome.check(all(code == 0 for code in exits), f"kg ingest exited {exits}")
    outcome.check(
        all(d is not None and d <= SEEN_WITHIN for d in delays),
        f"not served within {SEEN_WITHIN:g} s: {shown}",
    )
    check_client(outcome, probe)
    return outcome


def watch_for(server: LiveServer, ask: str, stop: threading.Event, seen: list[float], seconds: float) -> None:
    """ASK every 50 ms until true (its time into `seen`), stopped, or `seconds` passed."""
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=10) as client:
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                answer = client.get(server.url + "sparql", params={"query": ask}, headers=JSON)
                if answer.status_code == 200 and answer.json().get("boolean"):
                    seen.append(time.monotonic())
                    return
            except (httpx.HTTPError, ValueError):
                pass
            stop.wait(0.05)


SLOW_POSTS = (
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    b"Content-Length: 100000\r\n\r\nASK",
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n3\r\nASK\r\n",
)


def slow_post(ctx: Context) -> Outcome:
    sizes, where = ctx.sizes, ctx.address
    outcome = Outcome(
        "slow-post",
        f"{sizes.slow_posts:,} connections (the server keeps {MAX_CONNECTIONS:,}), each a complete POST "
        f"head announcing a body (Content-Length or chunked) and then one byte a second, for "
        f"{sizes.slow_post_seconds:g} s, while a client fetched a page every 0.1 s",
    )
    sampler = Sampler(ctx.server, seconds=sizes.slow_post_seconds + 60)
    connections: list[socket.socket] = []
    deadline = time.monotonic() + 30
    for index in range(sizes.slow_posts):
        if time.monotonic() > deadline:
            break
        try:
            connection = socket.create_connection(where, timeout=5)
            connection.sendall(SLOW_POSTS[index % 2])
        except OSError:
            continue
        connection.setblocking(False)
        connections.append(connection)
    probe = Probe(ctx.server, seconds=sizes.slow_post_seconds + 30)
    try:
        for _ in range(int(sizes.slow_post_seconds)):
            time.sleep(1)
            for index, connection in enumerate(connections):
                with contextlib.suppress(OSError):  # closed by the server: what it may do
                    connection.send(b"1\r\n \r\n" if index % 2 else b" ")
        probe.finish()
        cut = sum(closed_by_server(connection) for connection in connections)
    finally:
        for connection in connections:
            connection.close()
    check_client(outcome, probe)
    outcome.observed.append(
        f"server: {len(connections):,} slow bodies started; {cut:,} closed by the server to make room "
        f"(or at --body-timeout) during the attack"
    )
    outcome.figures.update(slow_posts=len(connections), closed_by_server=cut)
    check_memory(outcome, sampler)
    return outcome


ATTACKS: dict[str, Callable[[Context], Outcome]] = {
    "slowloris": slowloris,
    "accept-bomb": accept_bomb,
    "nested-query": nested_query,
    "hungry-query": hungry_query,
    "service-tricks": service_tricks,
    "corrupted-store": corrupted_store,
    "ingest-serve": ingest_serve,
    "slow-post": slow_post,
}


# --- Running ---------------------------------------------------------------------------------------


def build_store(work: Path) -> Path:
    built = work / "built"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            "--store",
            str(built / "store"),
            "--out",
            str(built / "dist"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"kg build failed: {result.stderr[-2000:]}")
    return built / "store"


def serve(store: Path) -> LiveServer:
    return start_server("--store", str(store), "--timeout", f"{QUERY_SECONDS:g}")


def raise_open_files(needed: int) -> None:
    """The slowloris needs a socket per connection in this process too."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def show(outcome: Outcome) -> None:
    print(f"\n[{outcome.attack}]", flush=True)
    print(f"  tried:   {outcome.tried}")
    for line in outcome.observed:
        print(f"  saw:     {line}")
    print(f"  verdict: {outcome.verdict}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller attacks, a shorter run")
    parser.add_argument("--only", action="append", choices=sorted(ATTACKS), help="this attack (repeatable)")
    parser.add_argument("--json", metavar="FILE", help="also write what was seen as JSON")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    chosen = [name for name in ATTACKS if not args.only or name in args.only]
    raise_open_files(max(sizes.idle + sizes.trickling, sizes.slow_posts) + 256)
    started = time.monotonic()
    print(
        f"attacks on kg serve, 127.0.0.1 only ({'quick' if args.quick else 'full'}): {', '.join(chosen)}\n"
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    )
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="kg-attacks-") as directory:
        work = Path(directory)
        built = build_store(work)
        served = work / "served"
        shutil.copytree(built, served)
        server = serve(served)
        print(
            f"kg build: {built}; kg serve --store (a copy) --timeout {QUERY_SECONDS:g} at {server.url} "
            f"(pid {server.process.pid}; ready after {time.monotonic() - started:.1f} s)",
            flush=True,
        )
        try:
            for name in chosen:
                if server.process.poll() is not None:
                    print(f"(the server had exited with {server.process.returncode}: started again)")
                    server = serve(served)
                context = Context(server, served, built, work, sizes)
                try:
                    outcome = ATTACKS[name](context)
                except Exception as error:  # the attack itself broke: a failed verdict, not a traceback
                    outcome = Outcome(name, "(the attack could not run)")
                    outcome.failures.append(f"{type(error).__name__}: {error}")
                show(outcome)
                outcomes.append(outcome)
        finally:
            server.stop()
    seconds = time.monotonic() - started
    print("\nattack            verdict")
    for outcome in outcomes:
        print(f"{outcome.attack:<17} {outcome.verdict}")
    held = sum(outcome.verdict == "held" for outcome in outcomes)
    print(f"{held} of {len(outcomes)} held, in {seconds:.0f} s")
    if args.json:
        report = {
            "quick": args.quick,
            "seconds": round(seconds),
            "attacks": [
                {
                    "attack": o.attack,
                    "tried": o.tried,
                    "observed": o.observed,
                    "verdict": o.verdict,
                    **o.figures,
                }
                for o in outcomes
            ],
        }
        Path(args.json).write_text(json.dumps(report, indent=1, default=str) + "\n")
    return 0 if held == len(outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
