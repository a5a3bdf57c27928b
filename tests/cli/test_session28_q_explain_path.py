"""`kg explain` cites the source file by a path that opens from the folder it runs in.

Found by a new user's first hour (session 28, engineer Q): a seed register's path is recorded relative
to the resources (`data/registers/ogf-dmtf-work-register.txt`), and `kg explain` printed it so: from a
wheel's install (kg/_resources) or any folder but the checkout, no such file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.cli import kg_command

CITED = re.compile(r"\((?P<path>[^()]+?):(?P<line>\d+)(?:, [^()]*)?\)$")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where `kg build` ran (the registers extracted from their documents, with provenance)."""
    folder = tmp_path_factory.mktemp("built")
    done = kg_command("build", "--out", str(folder / "dist"), cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize(
    ("iri", "words"),
    [
        ("reg:ogf-dmtf/milestone-1", "Establish a work relationship"),
        ("reg:dmtf-snia-ofa/contact-1", "OFA"),
        ("organization:ogf", "Open Grid Forum"),
    ],
)
def test_the_cited_file_opens_from_where_kg_runs(built: Path, iri: str, words: str) -> None:
    done = kg_command("explain", iri, cwd=built)
    assert done.returncode == 0, done.stderr
    cited = [m for line in done.stdout.splitlines() if (m := CITED.search(line))]
    assert cited, done.stdout
    for match in cited:
        source = Path(match["path"])
        assert source.is_absolute() and source.is_file(), match["path"]
        assert source.name.endswith("-work-register.txt")
        assert int(match["line"]) <= len(source.read_text(encoding="utf-8").splitlines())
    assert words in done.stdout
