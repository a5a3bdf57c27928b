"""`kg due` and `kg timeline` refuse dates and windows past what the calendar arithmetic holds with one
line and exit code 2 (they ended in an OverflowError traceback); the server shares the bounds."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.agenda.due import EARLIEST, LATEST, parse_day, parse_window
from kg.agenda.items import AgendaError
from kg.cli.main import main


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "--as-of", "9999-12-31"],
        ["due", "--as-of", "0001-01-01"],
        ["due", "--within", "99999999d"],
        ["due", "--within", "9" * 5000 + "d"],
        ["timeline", "--as-of", "9999-12-31"],
    ],
)
def test_out_of_range_is_one_line_and_exit_2(
    argv: list[str], tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([*argv, "--store", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 2
    assert "give a" in err and "Traceback" not in err and len(err) < 300


def test_the_bounds_themselves_are_accepted() -> None:
    assert parse_day(EARLIEST.isoformat()) == EARLIEST and parse_day(LATEST.isoformat()) == LATEST
    assert parse_window("1000y") == dt.timedelta(days=365_000)
    with pytest.raises(AgendaError, match="at most 1000 years"):
        parse_window("1001y")
