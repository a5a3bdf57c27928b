"""What reaches the user's tools from text an attacker controls (session 9, second red-team round):
named-query parameters from the command line, labels in the terminal's table and in network files.
See docs/reliability.md section 9."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

import networkx as nx
import pytest

from kg.cli.main import main
from kg.network.export import export_network, read_network


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# A byte that is not UTF-8 on the command line ('Télécom' typed on a Latin-1 terminal) reaches Python
# as a lone surrogate (surrogateescape); it ended in a UnicodeEncodeError traceback.
NOT_UTF8 = "T\udce9l\udce9com"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["resolve-entity", "--param", f"label={NOT_UTF8}"], "not UTF-8"),
        (["collaborators", "--param", f"org={NOT_UTF8}"], "not UTF-8"),
        (["collaborators", "--param", f"org=https://example.org/{NOT_UTF8}"], "not UTF-8"),
        # a control character in an IRI was sent to the store and came back as a SPARQL syntax error
        # telling the user to fix the query text
        (["collaborators", "--param", "org=https://example.org/a\x01b"], "not allowed in an IRI"),
        (["collaborators", "--param", "org=urn:x\x7f"], "not allowed in an IRI"),
    ],
)
def test_a_parameter_that_cannot_be_a_term_gets_one_line(seed_store: Path, capsys, args, message) -> None:
    code, out, err = run(capsys, "query", *args, "--store", str(seed_store))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err, err
    assert "\udce9" not in err and "\x01" not in err and "\x7f" not in err


# --- Labels from a document in the terminal --------------------------------------------------------

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: kept by ingest (it is text); a terminal reverses what follows

HOSTILE_REGISTER = f"""# DMTF / The Green Grid{RLO}LIVE Work Register
Version 2.0
Date Initiated: 2 October 2012
## Alliance Organizations
DMTF and The Green Grid (TGG)
## Alliance Scope
The DMTF Server Management Working Group (SMWG) and The Green Grid Technical Committee will make data usable.
## Milestones
| Work item | Responsible | Target |
|---|---|---|
| =HYPERLINK("http://evil.example","click") power{RLO} telemetry | The Green Grid | 1Q2013 |
| Power and thermal profile update | DMTF SMWG | 4Q2013 |
## Work Register Review Date
The work register will be reviewed in October 2013.
## Contacts
The Green Grid: Harriet Osei{RLO}, Technical Committee Chair, h.osei@tgg.example
## Approval
Approved by the DMTF Board of Directors on 11/08/2012.
"""


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    document = folder / "hostile.md"
    document.write_text(HOSTILE_REGISTER, encoding="utf-8")
    store = folder / "store"
    assert main(["ingest", str(document), "--store", str(store)]) in (0, None)
    return store


@pytest.mark.parametrize(
    "args",
    [
        ["query", "agenda"],
        ["query", "agenda", "--format", "md"],
        ["query", "contacts"],
        ["network", "path", "DMTF", "TGG"],
        ["due", "--as-of", "2013-01-01", "--within", "9999d"],
    ],
)
def test_a_label_cannot_drive_the_terminal(hostile_store: Path, capsys, args: list[str]) -> None:
    code, out, err = run(capsys, *args, "--store", str(hostile_store))
    assert code == 0, err
    assert "\\u202e" in out  # the label is there, its control shown as an escape
    assert RLO not in out and RLO not in err


def test_a_diff_of_hostile_documents_cannot_drive_the_terminal(tmp_path: Path, capsys) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(HOSTILE_REGISTER.replace(f"power{RLO}", "power"), encoding="utf-8")
    new.write_text(HOSTILE_REGISTER, encoding="utf-8")
    code, out, err = run(capsys, "diff", str(old), str(new))
    assert code != 2 and "\\u202e" in out, err
    assert RLO not in out


# --- Labels in pictures: matplotlib reads text between two '$' as mathtext --------------------------

MATH_TITLES = ["$\\frac{x$", "$" + "\\frac{" * 60 + "x" + "}{y}" * 60 + "$", "a $x^{y^{z}}$ b $5"]


@pytest.fixture(scope="module")
def math_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Registers whose titles (the timeline's lanes, the register network's nodes) hold '$...$'."""
    folder = tmp_path_factory.mktemp("math")
    documents = []
    for index, math in enumerate(MATH_TITLES):
        document = folder / f"math{index}.md"
        text = HOSTILE_REGISTER.replace(f"Green Grid{RLO}LIVE", f"Green Grid {math}").replace(
            "2.0", f"{index}.0"
        )
        document.write_text(text.replace("power{RLO} telemetry", f"telemetry {math}"), encoding="utf-8")
        documents.append(str(document))
    store = folder / "store"
    assert main(["ingest", *documents, "--store", str(store)]) in (0, None)
    return store


@pytest.mark.parametrize(
    "args",
    [["timeline", "--as-of", "2013-06-01"], ["network", "draw", "--kind", "org-registers"]],
)
def test_a_label_with_dollars_is_drawn_as_text(math_store: Path, tmp_path: Path, capsys, args) -> None:
    out = tmp_path / "picture.svg"
    code, _, err = run(capsys, *args, "--store", str(math_store), "--out", str(out))
    assert code == 0, err  # '$\frac{x$' was a ParseSyntaxException traceback
    svg = out.read_text(encoding="utf-8")
    assert "frac{x" in svg  # the title as written, not typeset


# --- Network files: labels from a store loaded from N-Quads or an endpoint's answers ------------------

CONTROLS = "Evil\x00\x01\x1b[31m\x0bCorp\x7f"  # `kg store load` and --endpoint take any literal


def _hostile_network() -> nx.Graph:
    graph = nx.Graph(kind="organizations")
    for index, label in enumerate([CONTROLS, "ends in a backslash \\", 'q"uote ] [URL="x"] -> <b>b</b>']):
        iri = f"https://w3id.org/alliance-kg/id/organization/o{index}"
        graph.add_node(iri, iri=iri, label=label, kind="Organization", acronym="", category="organization")
    graph.add_edge(*list(graph)[:2], weight=1, registers=["https://w3id.org/alliance-kg/id/register/r"])
    graph.add_edge(*list(graph)[1:], weight=2, registers=["https://w3id.org/alliance-kg/id/register/r"])
    return graph


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "csv", "json"])
def test_a_control_in_a_label_leaves_every_network_file_readable(tmp_path: Path, fmt: str) -> None:
    graph = _hostile_network()
    files = export_network(graph, tmp_path / f"n.{fmt}")  # GraphML raised ValueError
    if fmt in ("graphml", "gexf"):
        ET.parse(files[0])  # GEXF was not well-formed XML
    if fmt == "dot" and shutil.which("dot"):
        done = subprocess.run(["dot", "-Tsvg", str(files[0])], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr  # NUL ended the file for dot: a syntax error
    back = read_network(files[0])
    labels = sorted(str(data["label"]) for _, data in back.nodes(data=True))
    assert labels[1:] == sorted(data["label"] for _, data in graph.nodes(data=True))[1:]
    assert "Evil" in labels[0] and "Corp" in labels[0]
    assert not any(ch in labels[0] for ch in "\x00\x01\x1b\x7f") or fmt == "json"


# --- kg query --format md: a value is text in the table, never Markdown or HTML -------------------------

MARKDOWN_VALUES = [
    "<img src=x onerror=alert(1)>",
    "*[z](javascript:alert(1))*",
    "x\\|y",
    "a|b ends\\",
    "`code` _under_ ~~gone~~ &amp; ![i](http://e.example/i.png)",
]


@pytest.mark.parametrize("value", MARKDOWN_VALUES)
def test_a_markdown_cell_shows_its_value_as_written(value: str) -> None:
    from markdown_it import MarkdownIt  # rich's dependency: a CommonMark renderer with GFM tables
    from rdflib import Literal

    from kg.sparql.render import as_markdown
    from kg.sparql.results import QueryResult

    result = QueryResult(form="SELECT", variables=["a", "b"], rows=[{"a": Literal(value), "b": Literal("B")}])
    html = MarkdownIt("commonmark").enable("table").render(as_markdown(result))
    cells = re.findall(r"<td>(.*?)</td>", html.split("<tbody>")[1])
    assert cells == [escape(value, quote=False), "B"], html  # raw HTML and links were rendered
