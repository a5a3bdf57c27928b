"""Attack round 19 (session 32, R): `kg explain` quoted an argument that is no IRI whole in its one-line
error: 100,000 characters given, 100,217 printed. It quotes 200 and says how long the rest was."""

from __future__ import annotations

import pytest

from kg.cli.main import main


@pytest.mark.parametrize("argument", ["x" * 100_000, "http://example.org/" + "a b" * 50_000])
def test_a_long_argument_is_quoted_cut(argument: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", argument]) == 2
    err = capsys.readouterr().err
    assert len(err) < 1_000 and err.count("\n") == 1, err[:300]
    assert f"(cut; {len(argument):,} characters)" in err
