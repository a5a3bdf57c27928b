"""`kg network ... --kind specifications --as-of DATE` says that the date is not applied.

Found by a new user's first hour (session 28, engineer Q): the specifications network has no dates
(kg.network.graphs.specification_graph ignores as_of), and `kg network summary --kind specifications
--as-of 2015-01-01` printed the whole network with no word of it, as if it were that day's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command

NOTE = "the specifications network has no dates"


@pytest.mark.parametrize(
    "action",
    [["summary"], ["export", "--format", "json", "--out", "s.json"], ["draw", "--out", "s.svg"]],
    ids=["summary", "export", "draw"],
)
def test_the_date_passed_over_is_said(store_copy: Path, tmp_path: Path, action: list[str]) -> None:
    dated = kg_command("network", *action, "--kind", "specifications", "--as-of", "2015-01-01", cwd=tmp_path)
    assert dated.returncode == 0, dated.stderr
    assert NOTE in dated.stderr and "--as-of 2015-01-01 is not applied" in dated.stderr
    undated = kg_command("network", *action, "--kind", "specifications", cwd=tmp_path)
    assert undated.returncode == 0 and NOTE not in undated.stderr
    assert dated.stdout == undated.stdout


def test_a_dated_kind_says_nothing(store_copy: Path, tmp_path: Path) -> None:
    done = kg_command("network", "summary", "--kind", "organizations", "--as-of", "2015-01-01", cwd=tmp_path)
    assert done.returncode == 0 and NOTE not in done.stderr
    assert "as of 2015-01-01" in done.stdout
