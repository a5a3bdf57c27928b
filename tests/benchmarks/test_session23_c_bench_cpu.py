"""bench_store.py keeps each engine's CPU time and the load average beside its seconds (session 23).

On the shared 2-core machine a query's wall time moved 2-3x with the load while its CPU time did
not, and rdflib ran minutes after ours under another load: the CPU table and the load averages say
which of a ratio's moves were the machine's. Clocks are replaced by counters here; the one real
child spins for a fixed CPU time, and nothing asserts a duration.
"""

from __future__ import annotations

import time

import pytest

from benchmarks import bench_store
from benchmarks.bench_store import children_cpu, cpu_table, forked, interleaved_medians, markdown


class Clocks:
    """A wall clock and a CPU clock that actions advance by hand."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def spend(self, wall: float, cpu: float) -> None:
        self.wall += wall
        self.cpu += cpu


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    fake = Clocks()
    monkeypatch.setattr(bench_store.time, "perf_counter", lambda: fake.wall)
    monkeypatch.setattr(bench_store.time, "process_time", lambda: fake.cpu)
    return fake


def test_each_action_gets_its_median_seconds_and_cpu_seconds(clocks: Clocks) -> None:
    def busy() -> str:
        clocks.spend(wall=0.6, cpu=0.5)
        return "busy"

    def waiting() -> str:
        clocks.spend(wall=0.9, cpu=0.1)
        return "waiting"

    (busy_wall, busy_cpu, busy_result), (wait_wall, wait_cpu, wait_result) = interleaved_medians(
        [busy, waiting], repeat=3, budget=100
    )
    assert (busy_wall, busy_cpu, busy_result) == (pytest.approx(0.6), pytest.approx(0.5), "busy")
    assert (wait_wall, wait_cpu, wait_result) == (pytest.approx(0.9), pytest.approx(0.1), "waiting")


def test_a_forked_runs_cpu_is_counted_when_it_answers_and_when_it_is_cut() -> None:
    """rdflib's CPU seconds come from the children's resource usage: a cut run counts up to its cut."""

    def spin(seconds: float) -> tuple[float, object]:
        stop = time.process_time() + seconds
        while time.process_time() < stop:
            pass
        return 0.0, "done"

    before = children_cpu()
    assert forked(lambda: spin(0.2), timeout=60) == (0.0, "done")
    answered = children_cpu() - before
    assert answered >= 0.2
    before = children_cpu()
    outcome, _ = forked(lambda: spin(600), timeout=0.5)
    assert outcome == "> 0.5"
    assert children_cpu() - before > 0.0


def run_report() -> dict:
    return {
        "size": "1e6",
        "quads": 1_006_361,
        "registers": 4_808,
        "machine": "x86_64, 2 cores",
        "engine": "sparql",
        "load": {"ours": 94.4, "pyoxigraph": 15.7, "rdflib": 58.8},
        "open": {"ours": 0.04, "pyoxigraph": 0.03},
        "queries": {
            "wide": {
                "rows": 68_655,
                "ours": 3.0,
                "pyoxigraph": 2.0,
                "rdflib": "> 120",
                "load_average": 2.1,
                "ours_cpu": 1.2,
                "pyoxigraph_cpu": 1.0,
                "rdflib_load_average": 4.5,
                "rdflib_cpu": "> 54",
            },
            "sorted": {
                "rows": 10_311,
                "ours": 0.6,
                "pyoxigraph": 0.5,
                "rdflib": 15.0,
                "load_average": 2.0,
                "ours_cpu": 0.4,
                "pyoxigraph_cpu": 0.3,
                "rdflib_load_average": 4.4,
                "rdflib_cpu": 12.0,
            },
        },
    }


def test_the_table_shows_cpu_ratios_and_the_load_of_each_pass() -> None:
    table = markdown(run_report())
    assert "| wide | 2.1 | 1.2000 | 1.0000 | 1.2x | 4.5 | > 54 | > 45.0x |" in table  # rdflib cut: bounds
    assert "| sorted | 2.0 | 0.4000 | 0.3000 | 1.3x | 4.4 | 12.0000 | 30.0x |" in table


def test_reports_without_cpu_times_have_no_cpu_table() -> None:
    """Reports written before session 23 (and rows cut before any round) keep the one table."""
    report = run_report()
    for row in report["queries"].values():
        for key in ("ours_cpu", "pyoxigraph_cpu", "rdflib_cpu"):
            row.pop(key, None)
    assert cpu_table(report["queries"]) == []
    assert "CPU" not in markdown(report)
