"""Network files and pictures (kg.network.export, kg.network.draw): every format round-trips through
networkx to the same nodes, edges and attributes; Graphviz accepts the DOT; pictures are readable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from kg.network.draw import draw_network, most_connected, network_picture
from kg.network.export import FORMATS, export_network, nodes_file, read_network
from kg.network.graphs import KINDS, build_network
from kg.store import open_store

DMTF = "https://w3id.org/alliance-kg/id/organization/dmtf"
OGF = "https://w3id.org/alliance-kg/id/organization/ogf"
R2011 = "https://w3id.org/alliance-kg/id/register/ogf-dmtf"


@pytest.fixture(scope="module")
def networks(seed_store: Path) -> dict[str, nx.Graph]:
    with open_store(seed_store) as store:
        return {kind: build_network(store, kind) for kind in KINDS}


def assert_same(written: nx.Graph, read: nx.Graph) -> None:
    assert read.is_directed() == written.is_directed()
    assert dict(read.nodes(data=True)) == dict(written.nodes(data=True))
    edges = {(a, b): data for a, b, data in written.edges(data=True)}
    back = {(a, b) if (a, b) in edges else (b, a): data for a, b, data in read.edges(data=True)}
    assert back == edges


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_format_round_trips(networks, tmp_path: Path, kind: str, fmt: str) -> None:
    graph = networks[kind]
    files = export_network(graph, tmp_path / f"{kind}{FORMATS[fmt]}")
    assert all(path.stat().st_size for path in files)
    assert_same(graph, read_network(files[0]))


def test_lists_are_space_separated_strings_where_a_format_has_no_lists(networks, tmp_path: Path) -> None:
    graph = networks["organizations"]
    (path,) = export_network(graph, tmp_path / "o.graphml")
    root = ET.parse(path).getroot()
    values = [element.text for element in root.iter() if element.tag.endswith("data")]
    joined = " ".join(graph.edges[DMTF, OGF]["specifications"])
    assert joined in values and " " in joined
    plain = nx.read_graphml(path)  # what Gephi or Cytoscape sees
    assert plain.edges[DMTF, OGF]["registers"] == R2011


def test_node_link_json_is_ready_for_d3(networks, tmp_path: Path) -> None:
    (path,) = export_network(networks["organizations"], tmp_path / "o.json")
    data = json.loads(path.read_text())
    assert {"nodes", "links"} <= set(data)
    link = next(link for link in data["links"] if {link["source"], link["target"]} == {DMTF, OGF})
    assert link["registers"] == [R2011] and link["weight"] == 1


def test_csv_is_an_edge_table_and_a_node_table_for_gephi(networks, tmp_path: Path) -> None:
    files = export_network(networks["specifications"], tmp_path / "s.csv")
    assert files == [tmp_path / "s.csv", nodes_file(tmp_path / "s.csv")] and files[1].name == "s.nodes.csv"
    assert files[0].read_text().splitlines()[0].startswith("source,target,type,weight")
    assert ",Directed," in files[0].read_text()
    assert files[1].read_text().splitlines()[0].startswith("id,iri,label,kind,acronym")


def test_graphviz_accepts_the_dot(networks, tmp_path: Path) -> None:
    dot = shutil.which("dot")
    if dot is None:
        if os.environ.get("CI"):
            pytest.fail("graphviz (dot) must be installed in CI by .ci/run")
        pytest.skip("graphviz is not installed")
    for kind in ("organizations", "specifications"):
        (path,) = export_network(networks[kind], tmp_path / f"{kind}.dot")
        result = subprocess.run([dot, "-Tsvg", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stderr, result.stderr
        assert "<svg" in result.stdout
        assert ("DMTF" if kind == "organizations" else "Redfish") in result.stdout


def test_pictures_are_png_or_svg_with_readable_labels(networks, tmp_path: Path) -> None:
    draw_network(networks["organizations"], tmp_path / "o.png")
    assert (tmp_path / "o.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = network_picture(networks["organizations"], colour_by="community")
    ET.fromstring(svg)  # well-formed
    for text in (b"DMTF", b"OGF", b"SNIA", b"OFA", b"ogf-dmtf", b"dmtf-snia-ofa", b"community 1"):
        assert text in svg  # labels, the registers on each edge, the legend
    assert svg == network_picture(networks["organizations"], colour_by="community")  # the same every time


def test_an_empty_view_and_a_large_graph_still_draw(tmp_path: Path) -> None:
    empty = nx.Graph(kind="organizations", as_of="2010-01-01")
    assert b"no collaboration in this view" in network_picture(empty)
    big = nx.barabasi_albert_graph(400, 2, seed=1)
    nx.relabel_nodes(big, {n: f"urn:x:{n}" for n in big}, copy=False)
    shown = most_connected(big, 50)
    assert shown.number_of_nodes() == 50
    assert b"the 50 most connected shown" in network_picture(big, top=50)
