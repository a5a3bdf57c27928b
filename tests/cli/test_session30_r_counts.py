"""Attack round 17 (session 30, engineer R): counts and shares out of range on the command line.

`kg history --limit 0` (or -1) said "no transaction recorded in the history of S" of a store with
transactions; `kg ingest --workers -1` ran as 0 does, extracting in the command's own process without the
CPU and memory limits, with no word said; `kg evaluate --min nan` (or 2) failed every register ("below nan
precision or recall"). Each is now argparse's one line, exit 2 (kg.cli.options).
"""

from __future__ import annotations

import pytest

from kg.cli.main import build_parser, main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["history", "--limit", "0"], "must be more than 0"),
        (["history", "--limit", "-1"], "must be more than 0"),
        (["ingest", "--workers", "-1", "doc.txt"], "must be 0 or more"),
        (["evaluate", "--min", "nan"], "must be a number from 0 to 1"),
        (["evaluate", "--min", "2"], "must be a number from 0 to 1"),
        (["evaluate", "--min-f1", "-0.5"], "must be a number from 0 to 1"),
    ],
)
def test_a_value_out_of_range_is_one_line(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    assert said in capsys.readouterr().err


def test_values_in_range_are_kept() -> None:
    assert build_parser().parse_args(["ingest", "--workers", "0", "doc.txt"]).workers == 0
    assert build_parser().parse_args(["evaluate", "--min", "1"]).min == 1.0
