"""benchmarks/run_all.py: one command reruns every benchmark and prints figure, target and verdict.

The table logic is checked on outcomes made here; the runner itself runs for real, as a child
process, over a folder of small scripts that keep the convention, ignore it or fail (so a new
benchmark that has not joined yet shows up as such), and once over the real bench_network.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from benchmarks.common import Figure, write_summary
from benchmarks.run_all import Outcome, arguments, failed, markdown, succeeded, table_rows, value_text

ROOT = Path(__file__).resolve().parents[2]
RUN_ALL = ROOT / "benchmarks" / "run_all.py"
WHERE = {
    "cores": 2,
    "cpu": "AMD EPYC 7B13",
    "load_average": [1.5, 1.25, 1.0],
    "date": "2026-12-03 18:00 UTC",
    "python": "3.11.7",
    "system": "Linux 6.1 x86_64",
}


def figures(*rows: Figure) -> list[dict]:
    return [asdict(row) for row in rows]


def outcome(
    script: str, exit: int | None, rows: list[dict] | None, notes: list[str] | None = None
) -> Outcome:
    return Outcome(script, [f"{script}.py"], exit, 12.0, rows, notes or [])


def test_each_figure_is_a_row_and_a_silent_script_says_why() -> None:
    store = outcome(
        "bench_store",
        0,
        figures(
            Figure("1e6: open", 0.008, "s", "< 1 s", "met"),
            Figure("network-nodes: rdflib ÷ ours", 18.4, "x", ">= 20x", "not met"),
            Figure("1e6: queries Virtuoso answered", "27 of 27"),
        ),
    )
    silent = outcome("bench_ingest", 0, None, ["offers no --summary-json: no figures"])
    rows = table_rows([store, silent])
    assert rows[0] == ("bench_store", "1e6: open", "0.008 s", "< 1 s", "met")
    assert rows[1] == ("bench_store", "network-nodes: rdflib ÷ ours", "18.4x", ">= 20x", "not met")
    assert rows[2] == ("bench_store", "1e6: queries Virtuoso answered", "27 of 27", "", "")
    assert rows[3] == ("bench_ingest", "(offers no --summary-json: no figures)", "ran", "", "no summary")
    assert not succeeded([store, silent])  # a missed target
    assert succeeded([silent])  # no summary is said, not a failure


def test_failures_are_rows_too() -> None:
    stopped = outcome("bench_serve", None, None, ["stopped after 60 s"])
    crashed = outcome("bench_cli", 2, figures(Figure("start-up", 0.2, "s", "<= 0.3 s", "met")))
    missed = outcome("bench_network", 1, figures(Figure("graph + summary", 12.0, "s", "< 10 s", "not met")))
    rows = table_rows([stopped, crashed, missed])
    assert rows[0] == ("bench_serve", "(stopped after 60 s; see its output)", "stopped", "", "failed")
    assert rows[2] == ("bench_cli", "(the script failed after writing figures)", "exit 2", "", "failed")
    assert [row[-1] for row in rows[3:]] == ["not met"]  # exit 1 with figures: a missed target, said once
    assert failed(stopped) and failed(crashed) and not failed(missed)
    assert not succeeded([crashed])


def test_values_keep_their_units_and_precision() -> None:
    assert value_text({"value": 0.05612, "unit": "s"}) == "0.05612 s"
    assert value_text({"value": 1334.6, "unit": "req/s"}) == "1,335 req/s"
    assert value_text({"value": 21.04, "unit": "x"}) == "21.04x"
    assert value_text({"value": None, "unit": "s"}) == "-"
    assert value_text({"value": "25 of 27", "unit": ""}) == "25 of 27"


def test_the_report_heads_the_table_with_machine_load_and_date() -> None:
    report = markdown([outcome("bench_x", 0, figures(Figure("a | b", 1.0, "s")))], WHERE, [2.0, 1.5, 1.0])
    head = report.splitlines()[0]
    assert "2026-12-03 18:00 UTC" in head and "2 cores, AMD EPYC 7B13" in head
    assert "1.50, 1.25, 1.00 before, 2.00, 1.50, 1.00 after" in head
    assert "| bench_x | a \\| b | 1 s |  |  |" in report  # a bar in a figure does not break the table
    assert "- `bench_x`: ran in 12 s (`bench_x.py`)" in report


def test_quick_and_full_arguments() -> None:
    assert arguments("bench_store", {"--quick", "--summary-json"}, quick=True) == (
        ["--quick", "--virtuoso"],
        [],
    )
    assert arguments("bench_store", {"--quick"}, quick=False)[0][:2] == ["--size", "1e6"]
    assert arguments("bench_new", set(), quick=True) == ([], ["offers no --quick: ran at its default sizes"])
    assert arguments("bench_new", {"--quick"}, quick=True) == (["--quick"], [])


JOINED = """
import argparse, json, sys
sys.path.insert(0, {root!r})
from benchmarks.common import Figure, write_summary
parser = argparse.ArgumentParser()
parser.add_argument("--quick", action="store_true")
parser.add_argument("--summary-json")
args = parser.parse_args()
size = "small" if args.quick else "large"
write_summary(__import__("pathlib").Path(args.summary_json), "bench_joined",
              [Figure(size + ": speed", 2.5, "x", ">= 2x", "met"), Figure("argv", " ".join(sys.argv[1:2]))])
"""
SILENT = 'import sys\nprint("figures only on stdout", sys.argv[1:])\n'
BROKEN = """
import argparse
parser = argparse.ArgumentParser()
parser.add_argument("--summary-json")
parser.parse_args()
raise SystemExit("no corpus here")
"""


def run_all(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(RUN_ALL), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
        check=False,
    )


def test_the_runner_runs_every_script_whether_or_not_it_joined(tmp_path: Path) -> None:
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "bench_joined.py").write_text(JOINED.format(root=str(ROOT)))
    (scripts / "bench_silent.py").write_text(SILENT)
    (scripts / "bench_broken.py").write_text(BROKEN)
    (scripts / "helper.py").write_text("raise SystemExit('not a benchmark: never run')\n")
    done = run_all("--directory", str(scripts), "--quick", "--json", str(tmp_path / "all.json"))
    assert done.returncode == 1, done.stderr  # bench_broken failed
    table = done.stdout
    assert "| bench_joined | small: speed | 2.5x | >= 2x | met |" in table
    assert "| bench_joined | argv | --quick |  |  |" in table
    no_quick = "offers no --quick: ran at its default sizes"
    silent = f"| bench_silent | ({no_quick}; offers no --summary-json: no figures) | ran |  | no summary |"
    assert silent in table
    broken = f"| bench_broken | ({no_quick}; wrote no summary; see bench_broken.log) | exit 1 |  | failed |"
    assert broken in table
    assert "helper" not in table
    assert "Load average (1, 5, 15 min)" in table.splitlines()[0]
    record = json.loads((tmp_path / "all.json").read_text())
    assert record["quick"] is True and record["machine"]["cores"] == os.cpu_count()
    assert [entry["script"] for entry in record["outcomes"]] == [
        "bench_broken",
        "bench_joined",
        "bench_silent",
    ]

    only = run_all("--directory", str(scripts), "--only", "bench_joined")
    assert only.returncode == 0, only.stderr
    assert "| bench_joined | large: speed | 2.5x | >= 2x | met |" in only.stdout
    assert "bench_silent" not in only.stdout

    unknown = run_all("--directory", str(scripts), "--only", "bench_nothing")
    assert (
        unknown.returncode != 0 and "no such benchmark" in unknown.stderr and "bench_joined" in unknown.stderr
    )


def test_summary_rows_refuse_an_unknown_verdict(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="verdict 'ok'"):
        Figure("x", 1.0, "s", "< 2 s", "ok")
    write_summary(tmp_path / "s.json", "bench_x", [Figure("x", 1.0, "s", "< 2 s", "met")])
    assert json.loads((tmp_path / "s.json").read_text())["figures"][0]["verdict"] == "met"


def test_the_real_network_benchmark_joins(tmp_path: Path) -> None:
    """bench_network.py --quick through the runner: its target row comes back with a verdict."""
    done = run_all("--only", "bench_network", "--quick", "--logs", str(tmp_path))
    assert done.returncode in (0, 1), done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| bench_network |")]
    target = next(row for row in rows if "organization graph + summary" in row)
    assert target.endswith("| < 10 s | met |") or target.endswith("| < 10 s | not met |")
    assert any("query network-nodes" in row for row in rows)
    assert (tmp_path / "bench_network.log").read_text().strip()
