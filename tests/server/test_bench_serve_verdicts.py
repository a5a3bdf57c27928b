"""bench_serve's verdicts and run_all summary say what issue 16 point 4 asks: Turtle documents at
least 1,500 req/s and HTML pages at least 1,000 req/s, p99 under 50 ms, without errors, in every
run, at 1e5 with 8 connections (another size or -c is measured, not judged)."""

from __future__ import annotations

from benchmarks.bench_serve import Figures, summary, verdicts


def run(scenario: str, number: int, rate: float, p99: float, errors: int = 0, cpu: float = 1.0) -> Figures:
    return Figures("kg serve", scenario, rate, p99 / 3, p99, errors, "wrk", number, {}, cpu, 3.5)


TURTLE, HTML = "document (Turtle)", "resource page (HTML)"


def rows(figures: list[Figures], size: float = 1e5, connections: int = 8) -> dict[str, tuple]:
    return {row.figure: (row.value, row.target, row.verdict) for row in summary(figures, size, connections)}


def test_every_run_must_meet_the_targets() -> None:
    figures = [
        run(TURTLE, 1, 1600, 30),
        run(TURTLE, 2, 1450, 30),
        run(HTML, 1, 1100, 40),
        run(HTML, 2, 1200, 55),
    ]
    found = rows(figures)
    assert found["document (Turtle): slowest of 2 runs"] == (1450, ">= 1,500 req/s in every run", "not met")
    assert found["document (Turtle): worst p99 of 2 runs"] == (30, "< 50 ms in every run", "met")
    assert found["resource page (HTML): slowest of 2 runs"] == (1100, ">= 1,000 req/s in every run", "met")
    assert found["resource page (HTML): worst p99 of 2 runs"] == (55, "< 50 ms in every run", "not met")
    assert found["kg serve resource page (HTML): CPU per request (median)"][0] == 1.0
    lines = verdicts(figures)
    assert lines[0].startswith("document (Turtle): slowest run 1,450 req/s (target 1,500)")
    assert lines[0].endswith("NOT met") and lines[1].endswith("NOT met")


def test_errors_fail_a_target_and_a_clean_pass_is_met() -> None:
    clean = [run(TURTLE, 1, 1600, 30), run(HTML, 1, 1100, 40)]
    assert all(line.endswith(": met") for line in verdicts(clean))
    failing = [run(TURTLE, 1, 1600, 30, errors=3), run(HTML, 1, 1100, 40)]
    assert verdicts(failing)[0].endswith("NOT met")
    assert rows(failing)["document (Turtle): slowest of 1 runs"][2] == "not met"


def test_other_sizes_are_measured_but_not_judged() -> None:
    figures = [run(TURTLE, 1, 5000, 3), run(HTML, 1, 4000, 3)]
    assert all("not judged" in line for line in verdicts(figures, 1e4, 8))
    assert {verdict for _, _, verdict in rows(figures, 1e4, 8).values()} == {""}
    assert {verdict for _, _, verdict in rows(figures, 1e5, 16).values()} == {""}
