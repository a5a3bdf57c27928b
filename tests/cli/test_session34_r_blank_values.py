"""Attack round 22 (session 34, engineer R): `--as-of "$WHEN"` and `--out "$FILE"` with the variable unset.

`kg sparql --as-of ''` answered from the store as it stands now, `kg network summary --as-of ''` and
`kg due --as-of ''` as of today, `kg calendar --out ''` wrote standard output, `kg network export --out ''`
and `kg timeline --out ''` their default file, `kg build --out ''` the default folder: each exit 0, as if
the option were left out. Each is now refused by argparse in one line, exit 2 (kg.cli.options.not_blank).
"""

from __future__ import annotations

import pytest

from kg.cli.main import build_parser

BLANK = [
    (["sparql", "--as-of", "", "ASK {}"], "--as-of: '' names no time"),
    (["query", "collaborators", "--as-of", " "], "--as-of: ' ' names no time"),
    (["network", "summary", "--as-of", ""], "--as-of: '' names no date"),
    (["network", "export", "--out", ""], "--out: '' names no file"),
    (["network", "draw", "--out", " "], "--out: ' ' names no file"),
    (["due", "--as-of", ""], "--as-of: '' names no date"),
    (["timeline", "--as-of", ""], "--as-of: '' names no date"),
    (["timeline", "--out", ""], "--out: '' names no file"),
    (["calendar", "--out", ""], "--out: '' names no file"),
    (["build", "--out", ""], "--out: '' names no folder"),
]


@pytest.mark.parametrize(("argv", "said"), BLANK, ids=[" ".join(a[:2]) + " " + s[:8] for a, s in BLANK])
def test_a_blank_value_is_refused(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args(argv)
    assert ended.value.code == 2
    assert said in capsys.readouterr().err


def test_values_are_kept_as_given() -> None:
    parser = build_parser()
    assert parser.parse_args(["sparql", "--as-of", "3", "ASK {}"]).as_of == "3"
    assert parser.parse_args(["calendar", "--out", "-"]).out == "-"
    assert parser.parse_args(["due"]).as_of is None
