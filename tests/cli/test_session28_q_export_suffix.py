"""`kg network export --out FILE` writes the format FILE's name says when --format is not given.

Found by a new user's first hour (session 28, engineer Q): --format defaulted to graphml whatever the
name, so `--out organizations.gexf` wrote GraphML under a .gexf name and Gephi refused it, as Graphviz
refused `--out organizations.dot`. The suffix now chooses; an explicit --format still wins, and a name
with no export suffix still gets GraphML.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import kg_command


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("organizations.gexf", "<gexf"),
        ("net.dot", "strict graph"),
        ("Net.JSON", "{"),
        ("pairs.graphml", "<graphml"),
    ],
)
def test_the_out_file_s_suffix_chooses_the_format(store_copy: Path, tmp_path: Path, name: str, opening: str):
    done = kg_command("network", "export", "--out", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / name).read_text(encoding="utf-8")
    body = text.split("?>", 1)[-1].lstrip() if text.startswith("<?xml") else text
    assert body.startswith(opening), body[:200]
    if opening == "{":
        assert json.loads(text)["links"]


def test_a_csv_name_writes_the_two_csv_files(store_copy: Path, tmp_path: Path):
    done = kg_command("network", "export", "--kind", "org-registers", "--out", "parties.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "parties.csv").read_text(encoding="utf-8").startswith("source,target")
    assert (tmp_path / "parties.nodes.csv").read_text(encoding="utf-8").startswith("id,")


def test_an_explicit_format_wins_and_an_unknown_suffix_gets_graphml(store_copy: Path, tmp_path: Path):
    done = kg_command("network", "export", "--format", "gexf", "--out", "asked.dot", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "<gexf" in (tmp_path / "asked.dot").read_text(encoding="utf-8")[:300]
    done = kg_command("network", "export", "--out", "plain.xml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "<graphml" in (tmp_path / "plain.xml").read_text(encoding="utf-8")[:300]
    done = kg_command("network", "export", "--format", "dot", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "organizations.dot").read_text(encoding="utf-8").startswith("strict graph")
