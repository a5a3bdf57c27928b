"""`kg query --list --format json` lists the catalogue as JSON; a format it cannot print is refused.

Found by a new user's first hour (session 28, engineer Q): `kg query --list -f json` printed the text
table, the format ignored without a word, so a program had to parse columns.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import kg_command


@pytest.mark.parametrize("flag", ["-f", "--format"])
def test_the_list_as_json_names_what_the_table_names(tmp_path: Path, flag: str) -> None:
    table = kg_command("query", "--list", cwd=tmp_path)
    listed = kg_command("query", "--list", flag, "json", cwd=tmp_path)
    assert table.returncode == 0 and listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [e["name"] for e in entries] == [line.split()[0] for line in table.stdout.splitlines()]
    resolve = next(e for e in entries if e["name"] == "resolve-entity")
    assert resolve["parameters"][0] | {"description": ""} == {
        "name": "label",
        "type": "string",
        "required": True,
        "default": None,
        "description": "",
    }
    collaborators = next(e for e in entries if e["name"] == "collaborators")
    assert collaborators["title"] and collaborators["description"]
    assert {p["name"] for p in collaborators["parameters"]} == {"org", "versions"}


@pytest.mark.parametrize("fmt", ["csv", "turtle"])
def test_a_format_the_list_has_not_is_one_line(tmp_path: Path, fmt: str) -> None:
    done = kg_command("query", "--list", "-f", fmt, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "--list" in done.stderr and fmt in done.stderr
