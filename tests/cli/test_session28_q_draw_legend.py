"""Pictures of the network: the legend covers no node, and components stand side by side.

Found by a new user's first hour (session 28, engineer Q): `kg network draw` put its legend inside the
plot, in the lower left corner, and Kamada-Kawai placed a node there (OGF under "Standards
organization" on the seed graph with one more register; an isolated specification under the legend of
org-specifications --top 5); the spring layout of the plain install (no scipy) pushed two components
to opposite corners, the larger squeezed with its labels over each other. The legend now stands under
the plot, outside the nodes' axes, and each component is laid out alone and set beside the others.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import networkx as nx
import pytest
from support.cli import kg_command

from kg.network.draw import draw_network, layout


def organizations(pairs: list[tuple[str, str]], kinds: dict[str, str] | None = None) -> nx.Graph:
    """An organization graph as kg.network.graphs builds it, one register per pair, the nodes in the
    order the pairs name them (the layouts' start depends on it)."""
    graph = nx.Graph(kind="organizations")
    for a, b in pairs:
        for node in (a, b):
            kind = (kinds or {}).get(node, "StandardsOrganization")
            graph.add_node(
                node, iri=node, label=f"{node} Forum", acronym=node, kind=kind, category="organization"
            )
        graph.add_edge(a, b, weight=1, registers=[f"https://example.org/register/{a}-{b}".lower()])
    return graph


# the seed registers' organizations and one register more, in the order the store gives them
SEED_AND_ONE = organizations(
    [("DMTF", "OFA"), ("OGF", "SNIA"), ("DMTF", "OGF"), ("DMTF", "SNIA"), ("SNIA", "OFA"), ("OASIS", "OMG")],
    {"OFA": "IndustryAlliance"},
)
SEED_AND_ONE.remove_edge("OGF", "SNIA")
THREE_PARTS = organizations(
    [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("E", "F"), ("G", "H"), ("H", "I")]
)
MANY_KINDS = organizations(
    [("K1", "K2"), ("K2", "K3"), ("K3", "K4"), ("K4", "K5"), ("K5", "K1"), ("K1", "K6")],
    {f"K{i}": kind for i, kind in enumerate(["Consortium", "Forum", "Agency", "Institute", "Society"], 2)},
)


def marker_boxes(figure) -> list:
    """The display-space boxes of every node marker drawn."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PathCollection

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = figure.axes[0]
    boxes = []
    for collection in axes.collections:
        if not isinstance(collection, PathCollection):
            continue
        sizes = collection.get_sizes()
        for i, (x, y) in enumerate(axes.transData.transform(collection.get_offsets())):
            radius = (sizes[i % len(sizes)] ** 0.5) / 2 * renderer.points_to_pixels(1)
            boxes.append((x - radius, y - radius, x + radius, y + radius))
    return boxes


def legend_boxes(figure) -> list:
    renderer = figure.canvas.get_renderer()  # the Agg canvas marker_boxes drew on
    legends = [*figure.legends, *(a.get_legend() for a in figure.axes if a.get_legend())]
    return [tuple(legend.get_window_extent(renderer).extents) for legend in legends]


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def no_scipy(*args: object, **kwargs: object) -> dict:
    raise ImportError("scipy is not installed")  # as on the plain install: the spring layout then


@pytest.mark.parametrize("graph", [SEED_AND_ONE, THREE_PARTS, MANY_KINDS], ids=["seed+1", "three", "kinds"])
@pytest.mark.parametrize("colour_by", ["kind", "community"])
@pytest.mark.parametrize("scipy", [True, False], ids=["kamada-kawai", "spring"])
def test_no_node_lies_under_the_legend(
    graph: nx.Graph, colour_by: str, scipy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not scipy:
        monkeypatch.setattr(nx, "kamada_kawai_layout", no_scipy)
    figure = draw_network(graph, colour_by=colour_by)
    markers, legends = marker_boxes(figure), legend_boxes(figure)
    assert markers and legends
    assert not [(m, box) for m in markers for box in legends if overlap(m, box)]


def test_kg_network_draw_of_the_seed_store(store_copy: Path, tmp_path: Path) -> None:
    done = kg_command("network", "draw", "--out", "seed.svg", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "seed.svg").read_text(encoding="utf-8")
    assert "Standards organization" in svg and "OGF" in svg


@pytest.mark.parametrize("graph", [SEED_AND_ONE, THREE_PARTS, MANY_KINDS], ids=["seed+1", "three", "kinds"])
@pytest.mark.parametrize("scipy", [True, False], ids=["kamada-kawai", "spring"])
def test_components_stand_apart_and_close(graph: nx.Graph, scipy: bool, monkeypatch: pytest.MonkeyPatch):
    """Each component in its own region, and the picture no wider than the components side by side
    need: the spring layout pushed two components to opposite corners, the larger one squeezed."""
    if not scipy:
        monkeypatch.setattr(nx, "kamada_kawai_layout", no_scipy)
    positions = layout(graph)
    parts = sorted(nx.connected_components(graph), key=len, reverse=True)
    boxes = []
    for part in parts:
        xs, ys = [positions[n][0] for n in part], [positions[n][1] for n in part]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for a, b in itertools.combinations(boxes, 2):
        assert not overlap(a, b), (a, b)
    largest = boxes[0][2] - boxes[0][0], boxes[0][3] - boxes[0][1]
    width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
    height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    # the largest component takes a fair share of the picture's width or height
    assert max(largest[0] / width, largest[1] / height) >= 0.4, (largest, width, height)
