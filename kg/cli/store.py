"""`kg store check` and `kg store load`: verify the embedded store, and reload it from dist/ (kg.store.check).

kg store check [PATH] [--against [FILE]]   exit 0: sound; 1: differs from FILE; 2: damaged
kg store load [PATH] [--from FILE]         replace the store by the graphs of FILE (dist/)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli.options import DEFAULT_DIST, DEFAULT_STORE, replaceable_store

NQUADS = "alliance-kg.nq"


def published_nquads(given: str | None) -> Path:
    """FILE when given, else the N-Quads of the distribution ($ALLIANCE_KG_DIST, else ./dist)."""
    if given:
        return Path(given)
    from kg.pipeline.build import default_out_dir

    return default_out_dir() / NQUADS


def cmd_check(args: argparse.Namespace) -> int:
    from kg.store.check import check_store
    from kg.store.embedded import store_location

    against = None if args.against is None else published_nquads(args.against)
    result = check_store(store_location(args.path), against=against)
    sys.stdout.write(result.render())
    return 0 if result.sound else 1


def cmd_load(args: argparse.Namespace) -> int:
    from kg.store.check import load_store
    from kg.store.embedded import store_location

    path, source = replaceable_store(store_location(args.path)), published_nquads(args.source)
    before = readable_graphs(path)
    result = load_store(path, source)
    sys.stdout.write(result.render())
    gone = sorted(before - set(result.graphs))
    if gone:
        shown = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
        sys.stderr.write(
            f"kg store load: {len(gone)} graph(s) the store held are not in {source} and are gone: {shown} "
            "(documents added by kg ingest: ingest them again)\n"
        )
    return 0


def readable_graphs(path: Path) -> set[str]:
    """The named graphs of the store at `path`, or none when it is missing or cannot be read.

    Why: `kg store load` puts the published N-Quads in place of the store, and the documents
    `kg ingest` had added since the last `kg build` went without a word; the command now names them.
    A damaged store (what the command is for) may not open at all: then there is nothing to name."""
    if not path.exists():
        return set()
    from kg.store import open_store

    try:
        with open_store(path) as store:
            return {str(graph) for graph in store.graphs()}
    except Exception:  # a damaged store fails in any way; the load replaces it whatever it holds
        return set()


def add_commands(commands: argparse._SubParsersAction) -> None:
    store = commands.add_parser(
        "store", help="check the embedded store, or reload it from the distribution (docs/store.md)"
    )
    actions = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    where = f"the store (default: {DEFAULT_STORE})"
    nquads = f"{NQUADS} in {DEFAULT_DIST.replace(', else ', ', else in ')}"

    check = actions.add_parser(
        "check",
        help="read every graph and index of the store end to end: exit 0 sound, 2 damaged",
        description="Open the store read-only, read every named graph and every index end to end and "
        "count the quads per graph. Exit 0 when sound, 1 when it differs from --against FILE, 2 "
        "(with one line saying what to do) when damaged. The store is not changed.",
    )
    check.add_argument("path", nargs="?", metavar="PATH", help=where)
    check.add_argument(
        "--against",
        nargs="?",
        const="",
        metavar="FILE",
        help=f"also compare graphs and quads with published N-Quads (default FILE: {nquads})",
    )
    check.set_defaults(handler=cmd_check)

    load = actions.add_parser(
        "load",
        help="replace the store (a damaged one, say) by the graphs of the published N-Quads",
        description="Load the N-Quads into a new store, check it, and put it in place of the store at "
        "PATH (if any) in one step, while holding its writer lock; the graphs of the store that the "
        "file does not hold (documents ingested since it was published) go, and are named. 'kg build' "
        "makes the store again from the sources instead.",
    )
    load.add_argument("path", nargs="?", metavar="PATH", help=where)
    load.add_argument("--from", dest="source", metavar="FILE", help=f"the N-Quads (default: {nquads})")
    load.set_defaults(handler=cmd_load)
