"""`kg diff --store OLD NEW`: the error says that --store took OLD as its PATH, and how to write it.

Found by a new user's first hour (session 28, engineer Q): --store's PATH is optional, so
`kg diff --store reg:ogf-dmtf reg:dmtf-snia-ofa` gave the store the path `reg:ogf-dmtf` and argparse
stopped with "the following arguments are required: NEW", which said nothing of why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command

OGF_DMTF = "https://w3id.org/alliance-kg/id/register/ogf-dmtf"


@pytest.mark.parametrize(
    "words",
    [
        ["--store", "reg:ogf-dmtf", "reg:dmtf-snia-ofa"],
        ["--store", OGF_DMTF, "reg:dmtf-snia-ofa"],
        ["--format", "json", "--store", "reg:ogf-dmtf", "reg:dmtf-snia-ofa"],
    ],
)
def test_store_before_the_sides_is_explained(store_copy: Path, tmp_path: Path, words: list[str]) -> None:
    done = kg_command("diff", *words, cwd=tmp_path)
    assert done.returncode == 2
    taken = words[words.index("--store") + 1]
    assert f"--store took {taken!r} as the store's PATH" in done.stderr, done.stderr
    assert "kg diff OLD NEW --store" in done.stderr
    sides = [word for word in words if word.startswith(("reg:", "https:"))]
    after = kg_command("diff", *sides, "--store", cwd=tmp_path)  # as the message says
    assert after.returncode == 1, after.stderr  # two different registers


def test_a_missing_new_without_store_says_nothing_of_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("OGF / DMTF Work Register\n", encoding="utf-8")
    done = kg_command("diff", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "required: NEW" in done.stderr and "--store took" not in done.stderr
    done = kg_command("diff", "a.txt", "--store=", cwd=tmp_path)
    assert done.returncode == 2
    assert "required: NEW" in done.stderr and "--store took" not in done.stderr
