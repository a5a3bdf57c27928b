"""What the benchmark scripts share: loading Virtuoso so that one intermittent error does not cost a
whole column, and the summary every script can hand to `benchmarks/run_all.py`.

The summary convention (docs/benchmarks.md, "One command for every benchmark"): a script that
accepts `--summary-json PATH` writes there {"script": NAME, "figures": [ROW, ...]}, each ROW
{"figure", "value", "unit", "target", "verdict"}; verdict is "met", "not met" or "" (a figure
with no target). A script that also accepts `--quick` runs its smoke sizes with it. Scripts that
offer neither still run; the runner says they gave no summary.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import URIRef

from kg.store.interface import KnowledgeGraph
from kg.store.remote import EndpointError, PushedGraph, SparqlEndpoint, push
from kg.testing.servers import Server

log = logging.getLogger(__name__)

VERDICTS = ("met", "not met", "")


@dataclass(frozen=True)
class Figure:
    """One measured figure and how it stands against its target."""

    figure: str
    value: float | str | None
    unit: str = ""
    target: str = ""
    verdict: str = ""

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict {self.verdict!r} of {self.figure!r}: use one of {VERDICTS}")


def verdict(met: bool | None) -> str:
    """'met' / 'not met' for a checked target, '' where there is none (or nothing was measured)."""
    return "" if met is None else "met" if met else "not met"


def write_summary(path: Path, script: str, figures: Iterable[Figure]) -> None:
    """The summary file run_all.py reads (the convention in this module's docstring)."""
    rows = [asdict(figure) for figure in figures]
    path.write_text(json.dumps({"script": script, "figures": rows}, indent=1) + "\n", encoding="utf-8")


def cpu_model() -> str:
    """The CPU's model name (Linux /proc/cpuinfo), else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_average() -> tuple[float, float, float]:
    """The 1, 5 and 15 minute load averages (zeros where the system has none)."""
    try:
        return os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)


def load_line(before: tuple[float, ...], after: tuple[float, ...]) -> str:
    """The load averages around a measurement, as the scripts print them: how fair the machine was."""
    return (
        "load average (1, 5, 15 min): "
        + ", ".join(f"{v:.2f}" for v in before)
        + " before, "
        + ", ".join(f"{v:.2f}" for v in after)
        + " after"
    )


def machine() -> dict[str, object]:
    """Where and when figures were taken: cores, CPU model, load average, date, Python."""
    return {
        "cores": os.cpu_count(),
        "cpu": cpu_model(),
        "load_average": [round(value, 2) for value in load_average()],
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


@dataclass
class Loaded:
    """How a store was copied to an endpoint: seconds, graphs, and which went by SPARQL Update."""

    seconds: float
    graphs: list[PushedGraph]
    fallbacks: list[str]

    @property
    def protocol(self) -> str:
        used = {pushed.protocol for pushed in self.graphs}
        return "+".join(sorted(used))


def load_endpoint(
    source: KnowledgeGraph,
    graph_store: SparqlEndpoint,
    update: SparqlEndpoint,
    graphs: Iterable[URIRef] | None = None,
) -> Loaded:
    """Every named graph of `source` into the endpoint: by Graph Store PUT, and where one fails
    (Virtuoso now and then drops a large upload: EndpointError), that graph again by SPARQL Update
    through `update`, then the next graphs by PUT again. Why per graph: one intermittent error
    used to cost the whole Virtuoso column of a benchmark; a graph that fails both ways still
    raises (the endpoint is really broken)."""
    started = time.perf_counter()
    pushed: list[PushedGraph] = []
    fallbacks: list[str] = []
    for iri in graphs if graphs is not None else source.graphs():
        try:
            pushed += push(source, graph_store, [iri], protocol="graph-store")
        except EndpointError as error:
            log.warning("Graph Store PUT of <%s> failed (%s): sending it by SPARQL Update", iri, error)
            fallbacks.append(str(iri))
            pushed += push(source, update, [iri], protocol="update")
    return Loaded(time.perf_counter() - started, pushed, fallbacks)


def load_virtuoso(source: KnowledgeGraph, server: Server) -> Loaded:
    """`load_endpoint` into a Virtuoso started by kg.testing.servers.start_virtuoso: PUTs to its
    authenticated Graph Store endpoint, fallback Updates to its /sparql (granted to test setups)."""
    graph_store = SparqlEndpoint(
        server.query_url, graph_store_url=server.graph_store_url, timeout=600, **server.auth
    )
    update = SparqlEndpoint(server.query_url, timeout=600)
    return load_endpoint(source, graph_store, update)
