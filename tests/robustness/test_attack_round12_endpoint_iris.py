"""A hostile endpoint's answer naming an IRI with a control character in it (`"http://x/a\\u0000b"`, an
ESC sequence), which no IRI holds (SPARQL's IRIREF keeps out #x00-#x20, RFC 3987 DEL and C1 too).

rdflib made a URIRef of it whatever it held, and `kg network export --endpoint URL` used the IRI as
the node's ID, which section 9's cleaning of labels (kg.network.export.flat_value) does not reach:
GraphML ended in a ValueError traceback (exit 1), GEXF was written not well-formed and DOT a file
`dot` stops reading (docs/reliability.md section 22). The server in front of an endpoint refused such
an answer already (pyoxigraph's NamedNode, 502). Now the reader of every endpoint's answer
(kg.sparql.read) refuses it in one line, exit 2, naming the endpoint. A real HTTP server on 127.0.0.1
answers; `kg` runs as a subprocess.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import kg_command
from support.static_endpoint import answering

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def network_answer(first: str, second: str) -> bytes:
    """SPARQL JSON holding every variable the organizations network asks for: two nodes and their edge."""

    def node(iri: str, label: str) -> dict[str, dict[str, str]]:
        return {
            "node": {"type": "uri", "value": iri},
            "source": {"type": "uri", "value": first},
            "target": {"type": "uri", "value": second},
            "kind": {"type": "literal", "value": "organization"},
            "label": {"type": "literal", "value": label},
            "weight": {"type": "literal", "value": "1", "datatype": XSD_INTEGER},
            "registers": {"type": "literal", "value": "http://example.org/register"},
            "register": {"type": "uri", "value": "http://example.org/register"},
            "specification": {"type": "uri", "value": "http://example.org/specification"},
        }

    rows = [node(first, "A"), node(second, "B")]
    return json.dumps({"head": {"vars": list(rows[0])}, "results": {"bindings": rows}}).encode()


ANSWERS = {
    "nul": network_answer("http://example.org/a\x00b", "http://example.org/c"),
    "escape": network_answer("http://example.org/a", "http://example.org/c\x1b[2Jd"),
    "plain": network_answer("http://example.org/a", "http://example.org/c"),
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(ANSWERS) as url:
        yield url


@pytest.mark.parametrize(("answer", "fmt"), [("nul", "graphml"), ("escape", "dot"), ("nul", "gexf")])
def test_an_iri_holding_a_control_is_refused_in_one_line(
    endpoint: str, answer: str, fmt: str, tmp_path: Path
) -> None:
    url = f"{endpoint}/{answer}"
    out = tmp_path / f"network.{fmt}"
    arguments = ("network", "export", "--endpoint", url, "--format", fmt, "--out", str(out))
    done = kg_command(*arguments, cwd=tmp_path)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert url in done.stderr and "not allowed in an IRI" in done.stderr
    assert not out.exists()


def test_plain_iris_are_exported(endpoint: str, tmp_path: Path) -> None:
    out = tmp_path / "network.graphml"
    done = kg_command(
        "network",
        "export",
        "--endpoint",
        f"{endpoint}/plain",
        "--format",
        "graphml",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "http://example.org/c" in out.read_text(encoding="utf-8")
