"""Left by attack round 20 (session 32, R2), fixed in round 21: numbers on the command line were read
by int(), which also takes ' 1', '1_000', '+5' and full-width digits, so `kg history show " 1"` showed
transaction 1 and `kg history --limit 1_0` listed ten. A transaction id is now ASCII digits alone (one
line naming the text, exit 2), and every count option (kg.cli.options.ascii_integer, `kg serve`'s
numbers too) takes ASCII digits, a minus sign at most."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.cli.options import ascii_integer, positive_int, whole_number

ODD = [" 1", "1 ", "1_0", "+5", "\uff11", "\u0661", "1e3", "0x1", "", "9" * 31]


@pytest.mark.parametrize("text", ODD)
def test_count_options_take_ascii_digits_alone(text: str) -> None:
    for read in (ascii_integer, positive_int, whole_number):
        with pytest.raises(argparse.ArgumentTypeError, match="is not a whole number"):
            read(text)


def test_plain_numbers_are_read() -> None:
    assert (ascii_integer("-3"), positive_int("12"), whole_number("0")) == (-3, 12, 0)
    assert ascii_integer("9" * 30) == int("9" * 30)


@pytest.mark.parametrize("text", [" 1", "\uff11", "1_0", "+1", "-1"])
def test_history_show_refuses_an_id_that_is_not_ascii_digits(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["history", "--store", str(tmp_path), "show", text])
    err = capsys.readouterr().err
    assert code == 2
    assert f"a transaction id is a number ('kg history' lists them), got {text!r}" in err


def test_history_limit_refuses_underscores(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["history", "--limit", "1_0"])
    assert stopped.value.code == 2
    assert "'1_0' is not a whole number (ASCII digits)" in capsys.readouterr().err


def test_serve_port_refuses_a_full_width_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--port", "\uff18\uff10\uff10\uff10"])
    assert stopped.value.code == 2
    assert "is not a whole number (ASCII digits)" in capsys.readouterr().err
