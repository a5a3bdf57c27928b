"""Reruns every benchmark (benchmarks/bench_*.py), one after another, and prints one table of figure,
target and verdict, headed by the machine (cores, CPU model), the load average and the date.

    python benchmarks/run_all.py            # the full sizes (the figures of docs/benchmarks.md; hours)
    python benchmarks/run_all.py --quick    # smoke sizes (minutes)
    python benchmarks/run_all.py --only bench_store bench_network --markdown table.md

Why one command: the figures are only comparable when taken on the same machine in the same
state, and the load average says how fair that state was. Scripts join by a convention
(benchmarks.common): a script that accepts `--summary-json PATH` writes its figures there, and
one that accepts `--quick` runs its smoke sizes with it. A script offering neither still runs;
its row in the table says it gave no summary. Exit status: 0 when every script ran and no target
was missed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"

# The full runs: the command lines the figures of docs/benchmarks.md come from (issue 16's).
FULL_ARGS: dict[str, list[str]] = {
    "bench_store": [
        "--size",
        "1e6",
        "--virtuoso",
        "--repeat",
        "5",
        "--timeout",
        "60",
        "--budget",
        "15",
        "--rdflib-timeout",
        "20",
    ],
    "bench_serve": [
        "--size",
        "1e5",
        "--duration",
        "10",
        "--workers",
        "2",
        "--connections",
        "8",
        "--virtuoso",
    ],
    "bench_network": ["--size", "1e6"],
}
# Added to --quick for a script that offers it.
QUICK_EXTRA: dict[str, list[str]] = {"bench_store": ["--virtuoso"]}


@dataclass
class Outcome:
    """What one script did: its command, exit status, wall time and figures (None: no summary)."""

    script: str
    command: list[str]
    exit: int | None  # None: stopped after the timeout
    seconds: float
    figures: list[dict] | None
    notes: list[str] = field(default_factory=list)
    log: str = ""


def discover(directory: Path, only: Sequence[str] = ()) -> list[Path]:
    """The benchmark scripts: bench_*.py in `directory`, by name (or only the named ones)."""
    scripts = sorted(directory.glob("bench_*.py"))
    if only:
        known = {script.stem for script in scripts}
        unknown = [name for name in only if name not in known]
        if unknown:
            raise SystemExit(
                f"no such benchmark in {directory}: {', '.join(unknown)} (known: {sorted(known)})"
            )
        scripts = [script for script in scripts if script.stem in only]
    return scripts


def child_environment() -> dict[str, str]:
    """The scripts import benchmarks.common: the checkout's root goes on their path."""
    environment = dict(os.environ)
    paths = [str(ROOT), *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    return environment


def options(script: Path) -> set[str]:
    """Which of the convention's options the script offers, read from its --help."""
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_environment(),
        check=False,
    )
    return {option for option in ("--summary-json", "--quick") if option in done.stdout}


def arguments(name: str, offered: set[str], quick: bool) -> tuple[list[str], list[str]]:
    """(arguments, notes) for one script in a quick or full run."""
    if not quick:
        return list(FULL_ARGS.get(name, [])), []
    if "--quick" in offered:
        return ["--quick", *QUICK_EXTRA.get(name, [])], []
    return [], ["offers no --quick: ran at its default sizes"]


def run_script(script: Path, quick: bool, timeout: float, logs: Path) -> Outcome:
    """Run one script as its own process and collect its summary."""
    name = script.stem
    offered = options(script)
    extra, notes = arguments(name, offered, quick)
    summary = logs / f"{name}.summary.json"
    summary.unlink(missing_ok=True)
    command = [sys.executable, str(script), *extra]
    if "--summary-json" in offered:
        command += ["--summary-json", str(summary)]
    else:
        notes.append("offers no --summary-json: no figures")
    log = logs / f"{name}.log"
    print(f"== {name}: {' '.join(command[1:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    with log.open("wb") as output:
        try:
            status: int | None = subprocess.run(
                command, stdout=output, stderr=subprocess.STDOUT, timeout=timeout, env=child_environment()
            ).returncode
        except subprocess.TimeoutExpired:
            status = None
            notes.append(f"stopped after {timeout:g} s")
    seconds = time.perf_counter() - started
    figures = read_summary(summary, notes) if "--summary-json" in offered else None
    return Outcome(name, command[1:], status, seconds, figures, notes, str(log))


def read_summary(path: Path, notes: list[str]) -> list[dict] | None:
    """The figures a script wrote, or None (with a note) when it wrote none or nothing readable."""
    if not path.is_file():
        notes.append("wrote no summary")
        return None
    try:
        figures = json.loads(path.read_text(encoding="utf-8"))["figures"]
    except (ValueError, KeyError, TypeError) as error:
        notes.append(f"unreadable summary {path}: {error}")
        return None
    return [dict(row) for row in figures]


def value_text(row: dict) -> str:
    """A figure's value with its unit: floats rounded to what they can say."""
    value, unit = row.get("value"), row.get("unit") or ""
    if value is None:
        return "-"
    if isinstance(value, float):
        value = f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{value} {unit}".strip() if unit not in ("x", "%") else f"{value}{unit}"


def status_text(outcome: Outcome) -> str:
    if outcome.exit is None:
        return "stopped"
    return "ran" if outcome.exit == 0 else f"exit {outcome.exit}"


def table_rows(outcomes: Sequence[Outcome]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, figure, value, target, verdict) rows; a script without figures gets one row
    saying why, so a missing benchmark is never a silent gap in the table."""
    rows = []
    for outcome in outcomes:
        if outcome.figures is None:
            why = "; ".join(outcome.notes) or "no figures"
            if outcome.exit != 0:  # without figures, nothing says whether it crashed or missed a target
                why += f"; see {Path(outcome.log).name or 'its output'}"
            verdict = "failed" if outcome.exit != 0 else "no summary"
            rows.append((outcome.script, f"({why})", status_text(outcome), "", verdict))
            continue
        for row in outcome.figures:
            rows.append(
                (
                    outcome.script,
                    str(row.get("figure", "")),
                    value_text(row),
                    str(row.get("target") or ""),
                    str(row.get("verdict") or ""),
                )
            )
        if failed(outcome):
            why = "; ".join(outcome.notes) or "the script failed after writing figures"
            rows.append((outcome.script, f"({why})", status_text(outcome), "", "failed"))
    return rows


def failed(outcome: Outcome) -> bool:
    """Stopped, crashed, or silent: exit 1 with figures is a missed target (its verdicts say which),
    as bench_network and bench_ingest exit; any other non-zero exit is a failure."""
    if outcome.exit is None:
        return True
    if outcome.figures is None:
        return outcome.exit != 0
    return outcome.exit not in (0, 1)


def markdown(outcomes: Sequence[Outcome], where: dict, load_after: Sequence[float]) -> str:
    """The whole report: machine, load average, date, the table, then how each script ran."""
    load = ", ".join(f"{value:.2f}" for value in where["load_average"])
    after = ", ".join(f"{value:.2f}" for value in load_after)
    lines = [
        f"Date: {where['date']}. Machine: {where['cores']} cores, {where['cpu']}, {where['system']}, "
        f"Python {where['python']}. Load average (1, 5, 15 min): {load} before, {after} after.",
        "",
        "| benchmark | figure | value | target | verdict |",
        "|---|---|---|---|---|",
    ]
    lines += [
        "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in table_rows(outcomes)
    ]
    lines.append("")
    for outcome in outcomes:
        lines.append(
            f"- `{outcome.script}`: {status_text(outcome)} in {outcome.seconds:.0f} s "
            f"(`{' '.join(Path(part).name if part.endswith('.py') else part for part in outcome.command)}`)"
        )
    return "\n".join(lines) + "\n"


def succeeded(outcomes: Sequence[Outcome]) -> bool:
    """Every script ran and no figure missed its target."""
    missed = any(row.get("verdict") == "not met" for outcome in outcomes for row in outcome.figures or [])
    return not missed and not any(failed(outcome) for outcome in outcomes)


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.common import load_average, machine

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke sizes instead of the full ones")
    parser.add_argument("--only", nargs="+", default=(), metavar="NAME", help="only these (e.g. bench_store)")
    parser.add_argument("--directory", type=Path, default=HERE, help=argparse.SUPPRESS)
    parser.add_argument(
        "--timeout", type=float, help="seconds allowed per script (default 900 quick, 14400 full)"
    )
    parser.add_argument("--json", type=Path, help="also write machine, outcomes and figures as JSON")
    parser.add_argument("--markdown", type=Path, help="also write the table (Markdown) to this file")
    parser.add_argument(
        "--logs", type=Path, help="keep each script's output here (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    timeout = args.timeout or (900.0 if args.quick else 14400.0)
    scripts = discover(args.directory, args.only)
    where = machine()
    logs = args.logs or Path(tempfile.mkdtemp(prefix="kg-bench-all-"))
    logs.mkdir(parents=True, exist_ok=True)
    outcomes = [run_script(script, args.quick, timeout, logs) for script in scripts]
    report = markdown(outcomes, where, load_average())
    sys.stdout.write(report)
    print(f"\nEach script's output: {logs}")
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    if args.json:
        record = {
            "machine": where,
            "quick": args.quick,
            "outcomes": [asdict(outcome) for outcome in outcomes],
        }
        args.json.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return 0 if succeeded(outcomes) else 1


if __name__ == "__main__":
    if str(ROOT) not in sys.path:  # run as a file: benchmarks.common lives beside it
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
