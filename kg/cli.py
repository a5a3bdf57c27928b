"""The `kg` command line: one sub-command per job, each a thin layer over a module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kg import __version__
from kg.errors import KgError, ValidationFailed

Handler = Callable[[argparse.Namespace], int]


def cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build, graph_sizes

    result = build(Path(args.out))
    for graph, size in sorted(graph_sizes(result.dataset).items()):
        print(f"{size:8d} triples  {graph}")
    print(f"valid: {len(result.report.warnings)} warning(s), no violations")
    for path in result.files:
        print(f"wrote {path}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_files

    report = validate_files([Path(p) for p in args.files])
    sys.stdout.write(report.render(args.format))
    return 0 if report.conforms else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="alliance-kg: a knowledge graph of standards alliances.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="assemble, validate and publish the whole graph")
    build.add_argument("--out", default="dist", help="output directory (default: dist)")
    build.set_defaults(handler=cmd_build)

    validate = commands.add_parser("validate", help="validate RDF files against the shapes")
    validate.add_argument("files", nargs="+", metavar="FILE", help="Turtle, TriG, N-Triples, JSON-LD…")
    validate.add_argument("--format", choices=["text", "turtle", "json"], default="text")
    validate.set_defaults(handler=cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ValidationFailed as error:
        sys.stderr.write(f"kg {args.command}: the graph does not validate\n{error}")
        return error.exit_code
    except KgError as error:
        sys.stderr.write(f"kg {args.command}: {error}\n")
        return error.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
