"""Attack round 22 (session 34, engineer R): `kg serve --query-workers 1000`, `kg ingest --workers 1000`.

The count had a floor and no ceiling: a thousand query worker processes started at once (each an
interpreter with the store open, about 30 MB), the load average passed 600 on the 2-core machine and
every other program there stalled. At most four worker processes a core (at least 64) in all server
processes are started; more is refused in one line before anything starts (kg.cli.serve.most_query_workers).
"""

from __future__ import annotations

import pytest

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError


def _config(*options: str):
    return serve.config_from(build_parser().parse_args(["serve", *options]))


TOO_MANY = [("--query-workers", "1000"), ("--query-workers", "33", "--workers", "8"), ("--workers", "500")]


@pytest.mark.parametrize("options", TOO_MANY)
def test_more_workers_than_the_machine_runs_are_refused(
    options: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 2)
    with pytest.raises(KgError, match=r"query worker processes, each about 30 MB .*: at most 64 on this"):
        _config(*options)


def test_the_ceiling_grows_with_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 64)
    assert _config("--query-workers", "256").workers == 256


def test_the_usual_counts_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 2)
    assert _config().workers == 2
    assert _config("--query-workers", "16", "--workers", "4").workers == 16
    assert _config("--query-workers", "64").workers == 64


def test_kg_ingest_workers_have_the_same_ceiling(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kg ingest --workers 1000` made a pool of a thousand extraction processes (each with the rules
    loaded and 2 GiB of address space of its own); argparse's one line now, exit 2, before any is started."""
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 2)
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args(["ingest", "--workers", "1000", "a.txt"])
    assert ended.value.code == 2
    assert "--workers: at most 64 on this machine of 2 cores" in capsys.readouterr().err
    assert build_parser().parse_args(["ingest", "--workers", "64", "a.txt"]).workers == 64
    assert build_parser().parse_args(["ingest", "--workers", "0", "a.txt"]).workers == 0
