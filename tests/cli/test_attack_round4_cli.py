"""The fourth outside attack (session 12): odd values for the CLI's own query paths, against the real
`kg` (docs/reliability.md, section 12).

`--as-of 9999-12-31` (a date Python can hold) ended `kg query`, `kg sparql` and every command taking
--as-of in an OverflowError traceback, exit 1: the end of a day was computed as the next day's first
moment minus one microsecond, and 10000-01-01 does not exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("round4")
    done = kg_command("ingest", "--workers", "0", str(SEED), cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize(
    "moment, rows",
    [("9999-12-31", "(1 row)"), ("9999-12-31T23:59:59-05:00", "(1 row)"), ("0001-01-01", "(0 rows)")],
)
def test_the_calendar_s_last_and_first_days_as_of(store_folder: Path, moment: str, rows: str) -> None:
    done = kg_command("query", "alliances", "--as-of", moment, cwd=store_folder)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(rows), done.stdout


def test_sparql_as_of_the_last_day_answers(store_folder: Path) -> None:
    done = kg_command("sparql", "--as-of", "9999-12-31", "ASK { ?s ?p ?o }", cwd=store_folder)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert "true" in done.stdout
