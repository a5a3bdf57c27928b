"""`kg network summary|path|export|draw`: the collaboration network on the command line.

Kept apart from kg.cli.main, like kg.cli.query, so the command line stays one thin layer per job:
every handler opens the graph with the shared store options of kg.cli.options (--store, --endpoint
and its credentials), builds the network with kg.network.graphs and hands it to one function.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli.options import (
    add_as_of_date,
    add_format,
    add_out,
    add_store_options,
    open_from_args,
    positive_int,
    replaced_whole,
)
from kg.errors import printable

if TYPE_CHECKING:
    import networkx as nx

    from kg.network.graphs import Queryable, Step

# The names of kg.network.graphs.KINDS and kg.network.export.FORMATS (the network CLI tests keep
# them equal), listed here so that every `kg` command does not pay for importing networkx.
KIND_NAMES = ("organizations", "org-specifications", "org-registers", "working-groups", "specifications")
EXPORT_FORMATS = ("graphml", "gexf", "json", "dot", "csv")


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `kg network` and its sub-commands on the top-level parser."""
    network = commands.add_parser("network", help="the collaboration network: summary, path, export, draw")
    actions = network.add_subparsers(dest="action", required=True, metavar="ACTION")

    summary = _action(actions, "summary", "size, components, communities and the most central nodes")
    # positive_int (attack round 17): --pivots 0 was a ZeroDivisionError traceback, -3 a ValueError one;
    # --top 0 or -5 drew everything
    summary.add_argument(
        "--top", type=positive_int, default=5, metavar="N", help="how many nodes per ranking (5)"
    )
    summary.add_argument("--pivots", type=positive_int, metavar="K", help="sample K pivots for betweenness")
    add_format(summary, ["text", "json"], default="text")
    summary.set_defaults(handler=cmd_summary)

    path = _action(actions, "path", "the shortest collaboration path between two organizations")
    path.add_argument(
        "source", metavar="FROM", help="IRI, prefixed name (organization:dmtf), label or acronym"
    )
    path.add_argument("target", metavar="TO", help="IRI, prefixed name, label or acronym")
    path.set_defaults(handler=cmd_path, kind="organizations")

    export = _action(actions, "export", "write the network for Gephi, Cytoscape, D3 or Graphviz")
    add_format(
        export, EXPORT_FORMATS, help_text="default: the --out name's suffix (.gexf, .dot...), else graphml"
    )
    add_out(export, "output file (default: KIND.FORMAT in the current folder; csv: two files)")
    export.set_defaults(handler=cmd_export)

    draw = _action(actions, "draw", "draw a picture of the network (.png, .svg or .pdf)")
    add_out(draw, "FILE.png, FILE.svg or FILE.pdf", required=True)
    draw.add_argument(
        "--colour",
        "--color",
        dest="colour",
        choices=["kind", "community"],
        default="kind",
        help="node colour by kind or by Louvain community (default: kind)",
    )
    draw.add_argument(
        "--top", type=positive_int, default=150, metavar="N", help="draw the N best connected only"
    )
    draw.set_defaults(handler=cmd_draw)


def _action(actions: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    """A sub-command with the options every network command shares."""
    parser = actions.add_parser(name, help=help_text, description=help_text)
    if name != "path":
        parser.add_argument("--kind", choices=KIND_NAMES, default="organizations", help="which network")
    add_as_of_date(parser, "the network as it stood on DATE")
    add_store_options(parser)
    return parser


def network_of(source: Queryable, args: argparse.Namespace) -> nx.Graph:
    """The network --kind names, as of --as-of; for the specifications network, which has no dates,
    a line on stderr that --as-of is not applied.

    Why: `kg network summary --kind specifications --as-of 2015-01-01` printed the whole network
    with no word that the date was passed over (kg.network.graphs.specification_graph ignores it),
    so it read as the network of that day."""
    from kg.network.graphs import build_network

    if args.as_of and args.kind == "specifications":
        sys.stderr.write(
            "kg network: the specifications network has no dates (dependencies are timeless): "
            f"--as-of {args.as_of} is not applied\n"
        )
    return build_network(source, args.kind, args.as_of)


def cmd_summary(args: argparse.Namespace) -> int:
    from kg.network.graphs import summarize

    with open_from_args(args) as source:
        summary = summarize(network_of(source, args), n=args.top, pivots=args.pivots)
    if args.format == "json":
        sys.stdout.write(json.dumps(summary.as_dict(), indent=1) + "\n")
    else:
        sys.stdout.write(printable(summary.render()))  # labels are a document's text
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from kg.network.graphs import build_network, collaboration_path, find_node

    with open_from_args(args) as source:
        graph = build_network(source, "organizations", args.as_of)
        ends = [find_node(graph, name, source) for name in (args.source, args.target)]
        steps = collaboration_path(graph, *ends)
        sys.stdout.write(printable(render_path(graph, steps, source, ends[0])))
    return 0


def render_path(graph: nx.Graph, steps: list[Step], source: Queryable, start: str) -> str:
    """`OGF -> DMTF -> OFA (2 steps)`, then each step with its registers, by short name and title.
    A path from a node to itself is `DMTF (0 steps)`: it printed " (0 steps)", no name (attack round 18)."""
    from kg.network.graphs import label_of, local_name, node_attributes

    titles = {iri: data["label"] for iri, data in node_attributes(source, "register").items()}
    first = steps[0].source if steps else start
    names = [label_of(graph, first), *(label_of(graph, s.target) for s in steps)]
    lines = [f"{' -> '.join(names)} ({len(steps)} step{'s' if len(steps) != 1 else ''})"]
    for step in steps:
        via = "; ".join(f"{local_name(r)} ({titles.get(r, r)})" for r in step.registers)
        lines.append(f"  {label_of(graph, step.source)} -> {label_of(graph, step.target)} via {via}")
    return "\n".join(lines) + "\n"


def cmd_export(args: argparse.Namespace) -> int:
    from kg.network.export import FORMATS, export_network

    fmt = export_format(args.out, args.format)
    out = Path(args.out) if args.out else Path(f"{args.kind}{FORMATS[fmt]}")
    with open_from_args(args) as source:
        graph = network_of(source, args)
    with replaced_whole(out) as staged:
        written = export_network(graph, staged, fmt)
    size = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    for path in written:
        print(f"wrote {out.parent / path.name} ({size})")
    return 0


def export_format(out: str | None, asked: str | None) -> str:
    """The format --format names, else the one the --out file's name ends in, else GraphML.

    Why: --format defaulted to graphml whatever the name, so `kg network export --out net.gexf` wrote
    GraphML under a .gexf name, and Gephi (or `dot`, for `--out net.dot`) refused the file. A name with
    no export suffix (`net.xml`) still gets GraphML, as before."""
    if asked:
        return asked
    name = Path(out).name.lower() if out else ""
    return next((fmt for fmt in EXPORT_FORMATS if name.endswith(f".{fmt}")), "graphml")


def cmd_draw(args: argparse.Namespace) -> int:
    from kg.network.draw import draw_network, picture_format

    out = Path(args.out)
    picture_format(out, None)  # a wrong suffix fails before the network is built
    with open_from_args(args) as source:
        graph = network_of(source, args)
    with replaced_whole(out) as staged:
        draw_network(graph, staged, colour_by=args.colour, top=args.top)
    print(f"wrote {out} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")
    return 0
