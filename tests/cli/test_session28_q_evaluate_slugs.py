"""`kg evaluate SLUG` with a slug that is no seed register: one line naming the seeds, exit 2.

Found by a new user's first hour (session 28, engineer Q): `kg evaluate nosuch` ended in a Python
traceback (KeyError 'nosuch' in kg.pipeline.evaluate.evaluate_seeds).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command


@pytest.mark.parametrize("slugs", [["nosuch"], ["ogf-dmtf", "ogf-dmtf-work-register.txt"], ["OGF-DMTF"]])
def test_an_unknown_slug_is_one_line_naming_the_seeds(tmp_path: Path, slugs: list[str]) -> None:
    done = kg_command("evaluate", *slugs, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "no seed register" in lines[0] and "ogf-dmtf" in lines[0] and "dmtf-snia-ofa" in lines[0]
    assert done.stdout == ""  # refused before any seed is extracted


def test_a_known_slug_is_still_scored(tmp_path: Path) -> None:
    done = kg_command("evaluate", "ogf-dmtf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ogf-dmtf (ogf-dmtf-work-register.txt)")
    assert "all facts" in done.stdout
