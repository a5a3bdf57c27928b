"""Attack round 17 (session 30, engineer R): `kg network` counts of 0 or less.

`kg network summary --pivots 0` ended in a ZeroDivisionError traceback, `--pivots -3` in a ValueError one
("Sample larger than population or is negative"); `--top 0` or `-5` drew and ranked everything. Each is
now argparse's one line, exit 2 (kg.cli.options.positive_int).
"""

from __future__ import annotations

import pytest

from kg.cli.main import main


@pytest.mark.parametrize(
    "argv",
    [
        ["network", "summary", "--pivots", "0"],
        ["network", "summary", "--pivots", "-3"],
        ["network", "summary", "--top", "0"],
        ["network", "draw", "--top", "-5", "--out", "net.svg"],
    ],
)
def test_a_count_of_zero_or_less_is_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    assert "must be more than 0" in capsys.readouterr().err
