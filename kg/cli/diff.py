"""`kg diff OLD NEW`: a thin command-line layer over kg.pipeline.diff.

Exit codes as diff(1): 0 when the two sides are equal, 1 when they differ, 2 when a side cannot be
read (the message names the file or IRI).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from kg.cli.options import add_document_limits, add_format, add_store
from kg.errors import printable

if TYPE_CHECKING:
    from kg.pipeline.diff import Side

FORMATS = ["text", "json", "rdf-patch"]


def cmd_diff(args: argparse.Namespace) -> int:
    from kg.pipeline.diff import diff, rdf_patch

    old, new = readable_sides(args)
    result = diff(old, new)
    if args.format == "rdf-patch":
        patch, changed = rdf_patch(old.facts, new.facts)
        sys.stdout.write(patch)
        return 1 if changed else 0
    sys.stdout.write(result.as_json() if args.format == "json" else printable(result.as_text()))
    return result.exit_code


def readable_sides(args: argparse.Namespace) -> tuple[Side, Side]:
    """The sides, or an error that exits 2 as diff(1) does (whatever code `kg ingest` would give it:
    3 for a document about no alliance), its message naming the file or IRI."""
    from kg.errors import KgError
    from kg.pipeline.diff import DiffError

    try:
        return sides(args)
    except DiffError:
        raise
    except KgError as error:
        raise DiffError(str(error)) from error


def sides(args: argparse.Namespace) -> tuple[Side, Side]:
    """The two sides: files, or (with --store) graphs of the store named by graph or register IRI."""
    from pathlib import Path

    from kg.pipeline.diff import document_side, store_side
    from kg.pipeline.limits import DocumentLimits

    if args.store is None:
        limits = DocumentLimits(args.max_bytes, args.max_triples, args.max_seconds, args.max_memory)
        return document_side(Path(args.old), limits=limits), document_side(Path(args.new), limits=limits)
    from kg.store import open_store
    from kg.store.embedded import store_location

    with open_store(store_location(args.store or None)) as store:
        return store_side(store, store.to_iri(args.old)), store_side(store, store.to_iri(args.new))


class StoreTaken(argparse.Action):
    """--store [PATH] that remembers, on its parser, the word it took (see explain_missing_new)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, values)
        parser.set_defaults(store_took=values if isinstance(values, str) and values else None)


def explain_missing_new(parser: argparse.ArgumentParser) -> None:
    """When NEW is missing because --store took a word, say so and how to write the command.

    Why: --store's PATH is optional, so `kg diff --store reg:a reg:b` gives the store the path `reg:a`,
    and argparse stopped with "the following arguments are required: NEW", which says nothing of why
    (docs/time.md did). The word cannot be given back to the positionals once taken: argparse matches
    a command's positionals before the options after them, which `kg diff OLD --store= NEW` needs, so
    the message explains instead."""
    error = parser.error

    def explained(message: str) -> NoReturn:
        took = parser.get_default("store_took")
        if took is not None and "NEW" in message:
            message += (
                f" (--store took {took!r} as the store's PATH: for the default store write --store "
                "after the two sides, kg diff OLD NEW --store, or as --store=)"
            )
        error(message)

    parser.error = explained  # type: ignore[method-assign]


def add_commands(commands: argparse._SubParsersAction) -> None:
    diff = commands.add_parser(
        "diff",
        help="what changed between two versions of an alliance document (docs/time.md)",
        description=(
            "Compare two alliance documents (text, Markdown, HTML, PDF, Word: extracted as kg ingest "
            "does), two RDF files (Turtle, TriG, N-Triples...) or, with --store, two named graphs of "
            "the store, and print what changed in the domain's terms: version and dates, title, "
            "parties, milestones (matched by their text), contacts, scope and terms, approvals."
        ),
        epilog="exit codes: 0 equal, 1 different, 2 a side cannot be read",
    )
    diff.add_argument(
        "old", metavar="OLD", help="the earlier version: a file, or with --store a graph or register IRI"
    )
    diff.add_argument("new", metavar="NEW", help="the later version, given the same way")
    add_store(
        diff,
        "compare two named graphs of this store, given by graph IRI or register IRI",
        nargs="?",
        const="",
        action=StoreTaken,
    )
    explain_missing_new(diff)
    add_format(diff, FORMATS, default="text")
    add_document_limits(diff)
    diff.set_defaults(handler=cmd_diff)
