"""Pictures of a network that people can read: labels, edge widths by weight, colours by kind or community.

Why: a picture is what people look at first (the README, the server's home page, a
notebook), and networkx's default drawing of IRIs is unreadable. Nodes are named by
acronym or label, sized by weighted degree, edges are as wide as the number of shared
registers, and on a small graph each edge names its registers. Large graphs are cut to
their most connected nodes (`top`), because 15,000 labelled nodes help nobody.

Drawing uses matplotlib's Figure directly (no pyplot, no global backend), so it works on a
server without a display and leaves a notebook's own backend alone; the layout has a fixed
seed, so the same graph gives the same picture.
"""

from __future__ import annotations

import io
import math
import re
import textwrap
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.model.patterns import safe_text
from kg.network.graphs import SEED, NetworkError, communities, label_of, local_name, undirected

DEFAULT_TOP = 150
EDGE_LABEL_LIMIT = 12
FULL_NAME_LIMIT = 12  # nodes; beyond, full names clutter the picture
KAMADA_KAWAI_LIMIT = 300
LEGEND_COLUMNS = 5
PACKED_CELL, PACKED_GAP = 2.0, 0.6  # a component's square in the grid of components, and between two
COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
PICTURE_FORMATS = ("png", "svg", "pdf")
TITLES = {
    "organizations": "Organizations collaborating in work registers",
    "org-specifications": "Organizations and the specifications their registers concern",
    "org-registers": "Organizations and their work registers",
    "working-groups": "Working groups paired in work registers",
    "specifications": "Specifications and what they build on",
}


def as_text(text: str) -> str:
    """`text` drawn as written: matplotlib typesets what stands between two '$' as mathtext, so a
    document's title or name holding '$\\frac{x$' stopped the picture with a ParseSyntaxException
    (and a deeply nested one is slow); each '$' escaped is a plain dollar. Apply after wrapping,
    which could part the backslash from its dollar. Controls (a store loaded from N-Quads, a remote one)
    become spaces or line breaks (kg.model.patterns.safe_text): matplotlib wrote them raw into SVG, which
    no XML parser then reads (docs/reliability.md section 16)."""
    return safe_text(text).replace("$", r"\$")


class DrawingUnavailable(NetworkError, ImportError):
    """matplotlib is missing (a broken install: it is a core dependency): one line for `kg network
    draw`, an ImportError for callers expecting one."""


def picture_format(out: Path | str | IO[bytes], fmt: str | None) -> str:
    if fmt is None and isinstance(out, str | Path):
        fmt = Path(out).suffix.lstrip(".").lower()
    if fmt not in PICTURE_FORMATS:
        raise NetworkError(f"cannot draw to {out!s}: give a .png, .svg or .pdf file (got format {fmt!r})")
    return fmt


def most_connected(graph: nx.Graph, top: int) -> nx.Graph:
    """The `top` nodes of highest weighted degree (ties by id) and the edges among them."""
    if graph.number_of_nodes() <= top:
        return graph
    strength = dict(undirected(graph).degree(weight="weight"))
    keep = sorted(graph, key=lambda node: (-strength[node], node))[:top]
    return graph.subgraph(keep)


def readable(kind: str) -> str:
    """'StandardsOrganization' -> 'Standards organization'."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).split()
    return " ".join([words[0], *(w.lower() for w in words[1:])]) if words else "other"


def colour_groups(graph: nx.Graph, colour_by: str) -> dict[str, str]:
    """The legend group of each node: its kind, or its Louvain community."""
    if colour_by == "kind":
        return {node: readable(data.get("kind") or "") for node, data in graph.nodes(data=True)}
    if colour_by == "community":
        found = communities(graph) if graph.number_of_nodes() else []
        return {node: f"community {i + 1}" for i, community in enumerate(found) for node in community}
    raise NetworkError(f"colour by 'kind' or 'community', not {colour_by!r}")


def layout(graph: nx.Graph) -> dict[str, Any]:
    """Each connected component laid out alone (component_layout) and the components set side by side,
    largest first (packed).

    Why: laid out whole, a graph of several components had them pushed to opposite corners by the
    spring layout (the plain install's, without scipy), the largest squeezed into one of them with its
    labels over each other; Kamada-Kawai has no distance between components to keep either."""
    view = undirected(graph)
    parts = sorted(nx.connected_components(view), key=lambda part: (-len(part), min(part)))
    if len(parts) <= 1:
        return component_layout(view)
    return packed([component_layout(view.subgraph(part)) for part in parts])


def component_layout(view: nx.Graph) -> dict[str, Any]:
    """Kamada-Kawai up to a few hundred nodes (fewest crossings of networkx's layouts on the seed
    graphs), a seeded spring layout beyond (Kamada-Kawai is quadratic in nodes)."""
    if 2 < view.number_of_nodes() <= KAMADA_KAWAI_LIMIT:
        try:
            return nx.kamada_kawai_layout(view, weight=None)
        except ImportError:  # scipy is missing: fall through to the spring layout
            pass
    return nx.spring_layout(view, seed=SEED, weight=None)


def packed(layouts: list[dict[str, Any]]) -> dict[str, Any]:
    """Components in rows of a square grid, largest first, each fitted into its cell at a size that
    grows with the square root of its nodes (a lone node is a dot, not a graph's worth of space)."""
    import numpy as np

    columns = math.ceil(math.sqrt(len(layouts)))
    largest = max(len(positions) for positions in layouts)
    placed: dict[str, Any] = {}
    for i, positions in enumerate(layouts):
        points = np.array(list(positions.values()), dtype=float).reshape(-1, 2)
        low, high = points.min(axis=0), points.max(axis=0)
        extent = float((high - low).max()) or 1.0
        side = PACKED_CELL * math.sqrt(len(positions) / largest)
        centre = np.array([i % columns, -(i // columns)], dtype=float) * (PACKED_CELL + PACKED_GAP)
        for node, point in zip(positions, points, strict=True):
            placed[node] = centre + (point - (low + high) / 2) / extent * side
    return placed


def edge_caption(data: dict[str, Any]) -> str:
    """Which registers an edge stands for, by their short names (ogf-dmtf)."""
    return "\n".join(local_name(register) for register in data.get("registers", []))


def draw_network(
    graph: nx.Graph,
    out: Path | str | IO[bytes] | None = None,
    *,
    colour_by: str = "kind",
    top: int = DEFAULT_TOP,
    fmt: str | None = None,
    title: str | None = None,
):
    """Draw the graph; save it to `out` (.png, .svg or .pdf) when given. Returns the matplotlib Figure."""
    try:
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError:
        raise DrawingUnavailable(
            "drawing needs matplotlib, a dependency of alliance-kg that is missing: "
            "reinstall alliance-kg, or pip install 'matplotlib>=3.7'"
        ) from None

    shown = most_connected(graph, top)
    side = min(16.0, 6.0 + shown.number_of_nodes() ** 0.5)
    figure = Figure(figsize=(side * 1.25, side), layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.margins(0.08)
    axes.set_title(as_text(title or heading(graph, shown)), fontsize=12)
    if shown.number_of_nodes() == 0:
        # placed in the axes' own coordinates: at data (0.5, 0.5) with no data, the margins made the
        # constrained layout collapse ("axes sizes collapsed to zero", a UserWarning on every empty draw)
        message = "no collaboration in this view"
        axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, transform=axes.transAxes)
    else:
        groups = colour_groups(shown, colour_by)
        palette = {group: COLOURS[i % len(COLOURS)] for i, group in enumerate(sorted(set(groups.values())))}
        _draw(shown, axes, layout(shown), [palette[groups[node]] for node in shown])
        handles = [Line2D([], [], marker="o", linestyle="", markersize=10, color=c) for c in palette.values()]
        names = [as_text(str(group)) for group in palette]
        # Under the plot, outside the nodes' axes: inside them ("lower left") a layout could put a node
        # under the legend, as the spring layout of the plain install (no scipy) did.
        columns = min(len(names), LEGEND_COLUMNS)
        figure.legend(handles, names, loc="outside lower center", ncols=columns, fontsize=9, frameon=False)
    if out is not None:
        fmt = picture_format(out, fmt)
        metadata = {"Date": None} if fmt == "svg" else {}
        with _svg_settings():
            figure.savefig(out, format=fmt, dpi=150, metadata=metadata)
    return figure


def _draw(graph: nx.Graph, axes: Any, positions: dict[str, Any], colours: list[str]) -> None:
    """Nodes sized by weighted degree, edges as wide as their weight, labels, register captions."""
    strength = dict(undirected(graph).degree(weight="weight"))
    biggest = max(strength.values()) or 1
    sizes = [400 + 1600 * strength[node] / biggest for node in graph]
    weights = [data.get("weight", 1) for _, _, data in graph.edges(data=True)]
    lightest, heaviest = min(weights, default=1), max(weights, default=1)
    span = heaviest - lightest
    widths = [1.5 + 4.5 * (w - lightest) / span if span else 3.0 for w in weights]
    arrows = {"arrows": True, "arrowsize": 18} if graph.is_directed() else {"arrows": False}
    nx.draw_networkx_edges(
        graph, positions, ax=axes, width=widths, edge_color="#999999", alpha=0.8, node_size=sizes, **arrows
    )
    nx.draw_networkx_nodes(
        graph, positions, ax=axes, node_color=colours, node_size=sizes, edgecolors="white", linewidths=1.5
    )
    labels = {node: as_text(textwrap.fill(label_of(graph, node), 18)) for node in graph}
    nx.draw_networkx_labels(graph, positions, labels=labels, ax=axes, font_size=9 if len(graph) < 60 else 6)
    if len(graph) <= FULL_NAME_LIMIT:
        _draw_full_names(graph, positions, axes)
    if graph.number_of_edges() <= EDGE_LABEL_LIMIT:
        captions = {(a, b): as_text(edge_caption(data)) for a, b, data in graph.edges(data=True)}
        nx.draw_networkx_edge_labels(
            graph, positions, edge_labels=captions, ax=axes, font_size=8, font_color="#555555", rotate=False
        )


def _draw_full_names(graph: nx.Graph, positions: dict[str, Any], axes: Any) -> None:
    """Under each node named by its acronym, its full name in small grey type (small graphs only)."""
    ys = [y for _, y in positions.values()]
    drop = 0.06 * ((max(ys) - min(ys)) or 1.0)
    names = {
        node: as_text(textwrap.fill(data["label"], 24))
        for node, data in graph.nodes(data=True)
        if data.get("acronym") and data.get("label") and data["label"] != data["acronym"]
    }
    below = {node: (positions[node][0], positions[node][1] - drop) for node in names}
    nx.draw_networkx_labels(
        graph.subgraph(names),
        below,
        labels=names,
        ax=axes,
        font_size=8,
        font_color="#555555",
        verticalalignment="top",
    )


def heading(graph: nx.Graph, shown: nx.Graph) -> str:
    """Title: what the graph is, as of when, and how much of it is shown."""
    kind = graph.graph.get("kind", "")
    when = f" as of {graph.graph['as_of']}" if graph.graph.get("as_of") else ""
    counted = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    if shown.number_of_nodes() < graph.number_of_nodes():
        counted += f"; the {shown.number_of_nodes()} most connected shown"
    width = "edge width: shared registers" if kind == "organizations" else "edge width: weight"
    return f"{TITLES.get(kind, kind or 'Network')}{when}\n{counted}; {width}"


def _svg_settings():
    """While saving: SVG text stays text (searchable, small, readable by screen readers) and ids are
    salted alike every time, so the same graph writes the same SVG."""
    import matplotlib

    return matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "alliance-kg"})


def network_picture(graph: nx.Graph, fmt: str = "svg", **options: Any) -> bytes:
    """The picture as bytes, for a web page (the server's home page links to it)."""
    buffer = io.BytesIO()
    draw_network(graph, buffer, fmt=fmt, **options)
    return buffer.getvalue()
