"""The `kg` command line: one sub-command per job, each a thin layer over a module."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kg import __version__
from kg.cli.options import (
    DEFAULT_DIST,
    add_format,
    add_hide_emails,
    add_out,
    add_store,
    positive_seconds,
    replaceable_distribution,
    replaceable_store,
)
from kg.errors import KgError, ValidationFailed, printable

Handler = Callable[[argparse.Namespace], int]
VALIDATE_SECONDS = 900.0
"""`kg validate --store`'s time limit: about 80 times what a store of a million triples takes (README)."""

COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "kg.cli.query": ("query", "sparql", "push"),
    "kg.cli.network": ("network",),
    "kg.cli.agenda": ("calendar", "timeline", "due"),
    "kg.cli.ingest": ("ingest", "explain"),
    "kg.cli.evaluate": ("evaluate",),
    "kg.cli.diff": ("diff",),
    "kg.cli.serve": ("serve",),
    "kg.cli.store": ("store",),
    "kg.cli.history": ("history",),
}
"""The module that registers each command (its `add_commands`), in the order `kg --help` lists them.

Why a table: a run names one command, and importing the other modules and building their parsers
was a fifth of `kg ingest`'s start-up before its extraction process could begin (issue 16 point 1).
`build_parser(command)` loads the one module that defines `command`; anything else (no command, an
option first, a name nobody defines) gets every command, so that help and errors list them all."""


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline.build import build, default_out_dir, graph_sizes
    from kg.store.embedded import store_location

    store = None if args.no_store else replaceable_store(store_location(args.store))
    out = replaceable_distribution(Path(args.out) if args.out else default_out_dir())
    before = documents_held(store) if store is not None and not args.keep_documents else set()
    result = build(
        out,
        store=store,
        registers=args.registers,
        hide_emails=args.hide_emails,
        keep_documents=args.keep_documents,
    )
    for graph, size in sorted(graph_sizes(result.dataset).items()):
        print(f"{size:8d} triples  {graph}")
    print(f"valid: {len(result.report.warnings)} warning(s), no violations")
    for path in result.files:
        print(f"wrote {path}")
    if result.store is not None:
        print(f"wrote store {result.store}")
        say_documents_gone(result.store, before)
    return 0


def documents_held(store: Path) -> set[str]:
    """The named graphs of the store `kg build` is about to replace (none when it has no store yet)."""
    from kg.cli.store import readable_graphs

    return readable_graphs(store) if (store / "CURRENT").is_file() else set()


def say_documents_gone(store: Path, before: set[str]) -> None:
    """Name the graphs a plain `kg build` took out of the store, and how to have them back.

    Why: a `kg build` over a store holding 16 ingested documents removed them (10,441 quads) with no word,
    exit 0 (attack round 23); README says a plain build keeps only its own graphs, and `kg store load` names
    what it drops. The build is one recorded transaction, so reverting it puts them back."""
    if not before:
        return
    from kg.cli.store import readable_graphs
    from kg.store.history import History, HistoryError

    gone = sorted(before - readable_graphs(store))
    if not gone:
        return
    shown = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
    try:
        transactions = History(store).transactions()
    except (HistoryError, OSError):
        transactions = []
    undo = f"'kg history revert {transactions[-1].id}' puts them back; " if transactions else ""
    sys.stderr.write(
        printable(
            f"kg build: {len(gone)} graph(s) the store held are not the build's and are gone: {shown} "
            f"(documents added by kg ingest: {undo}'kg build --keep-documents' keeps them)"
        )
        + "\n"
    )


def cmd_validate(args: argparse.Namespace) -> int:
    if (args.store is not None) == bool(args.files):
        raise KgError("give the RDF files to validate, or --store [PATH] to validate a store (not both)")
    if args.store is not None:
        from kg.store.embedded import store_location
        from kg.store.waiting import interruptible

        location = store_location(args.store or None)  # `--store` alone (const "") is the default store
        report = interruptible(
            lambda: validate_a_store(location), args.timeout, lambda: ran_past(args.timeout)
        )
    else:
        from kg.validate.shacl import validate_files

        report = validate_files([Path(p) for p in args.files])
    sys.stdout.write(report.render(args.format))
    return 0 if report.acceptable else 1


def ran_past(seconds: float) -> KgError:
    return KgError(
        f"the validation of the store ran past {seconds:g} s (--timeout) and was given up: its shapes graph "
        "is the store's own, and one of its constraints may never end on these data ('kg build "
        "--keep-documents' gives it this version's shapes); nothing was reported"
    )


def validate_a_store(path: Path):
    """Every graph of the store but ontology and shapes, against the shapes and ontology it holds."""
    from kg.model.namespaces import SHAPES_IRI
    from kg.store import StoreError
    from kg.store.embedded import EmbeddedStore, store_location
    from kg.validate.at_scale import validate_store

    with EmbeddedStore(store_location(path)) as store:
        if SHAPES_IRI not in store.graphs():
            raise StoreError(f"the store at {path} holds no shapes graph <{SHAPES_IRI}>: run 'kg build'")
        return validate_store(store)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `kg`; with `command`, only that command's module is loaded (COMMAND_MODULES)."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="alliance-kg: a knowledge graph of standards alliances.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="assemble, validate and publish the whole graph")
    add_out(build, f"output directory (default: {DEFAULT_DIST})", metavar="DIR")
    add_store(build, "the store to write")
    build.add_argument("--no-store", action="store_true", help="write only the distribution files")
    build.add_argument(
        "--keep-documents",
        action="store_true",
        help="keep the graphs of the documents ingested into the store; replace only the ontology, shapes, "
        "reference data and seed registers (how a store is brought up to a new version of alliance-kg)",
    )
    add_hide_emails(
        build, "publish foaf:mbox_sha1sum (a SHA-1 hash) instead of e-mail addresses (see kg.model.privacy)"
    )
    build.add_argument(
        "--registers",
        choices=["documents", "curated"],
        default="documents",
        help="extract the registers from their documents (default) or load the curated gold graphs",
    )
    build.set_defaults(handler=cmd_build)

    validate = commands.add_parser("validate", help="validate RDF files or a whole store against the shapes")
    validate.add_argument("files", nargs="*", metavar="FILE", help="Turtle, TriG, N-Triples, JSON-LD…")
    add_store(
        validate,
        "validate the store instead, against the shapes and ontology it holds (compiled into SPARQL, both "
        "cores: 10.5-11.3 CPU-s at 1e6 triples, README)",
        nargs="?",
        const="",
    )
    add_format(validate, ["text", "turtle", "json"], default="text")
    validate.add_argument(
        "--timeout",
        type=positive_seconds,
        default=VALIDATE_SECONDS,
        metavar="SECONDS",
        help=f"with --store: give up after this long (default {VALIDATE_SECONDS:g}: a store's own shapes may "
        "hold a constraint that never ends)",
    )
    validate.set_defaults(handler=cmd_validate)

    for module in modules_for(command):
        importlib.import_module(module).add_commands(commands)
    return parser


def modules_for(command: str | None) -> list[str]:
    """The command modules to load for `command`: its own, or all when it is not one of theirs."""
    if command in OWN_COMMANDS:
        return []
    own = [module for module, names in COMMAND_MODULES.items() if command in names]
    return own or list(COMMAND_MODULES)


OWN_COMMANDS = ("build", "validate")  # defined here, before the modules' commands


def command_in(argv: Sequence[str]) -> str | None:
    """The command an argument list names: its first argument, unless that is an option (`kg -h`,
    `kg --version`: the whole parser)."""
    return argv[0] if argv and not argv[0].startswith("-") else None


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    args = build_parser(command_in(given)).parse_args(given)
    leave = None
    if argv is None and getattr(args, "exit_at_once", False):  # the program itself (kg.cli.ingest)
        from kg.cli.ingest import ExitAtOnce
        from kg.pipeline.collector import collect_less_often

        leave = ExitAtOnce.register()
        collect_less_often()  # before its imports (kg.pipeline.collector)
    code = run(args)
    if leave is not None:
        leave.code = code
    if argv is None and work_left():  # work given up on still runs: the teardown would wait for it
        quit_at_once(code)
    return code


def work_left() -> bool:
    """Whether kg.store.waiting gave up on work that still runs (never, when no command loaded it)."""
    waiting = sys.modules.get("kg.store.waiting")
    return waiting is not None and waiting.abandoned()


def quit_at_once(code: int) -> None:
    """End the program now, its output flushed (kg.store.waiting: a thread in the store's code is not
    stopped by anything but the end of the process, and the interpreter's teardown joins the threads of
    the validation's pools)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = code or 120
    os._exit(code)


def run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    try:
        code = handler(args)
        sys.stdout.flush()  # here, where a full output is one line (OUTPUT_FULL), not at exit
        return code
    except ValidationFailed as error:
        sys.stderr.write(f"kg {args.command}: the graph does not validate\n{error}")
        return error.exit_code
    except KgError as error:
        sys.stderr.write(f"kg {args.command}: {error}\n")
        return error.exit_code
    except BrokenPipeError:  # `kg history | head -1`: the reader has gone, which is no error of ours
        return reader_gone()
    except KeyboardInterrupt:  # Ctrl-C: the stores were closed on the way out; one line, not a traceback
        sys.stderr.write(f"\nkg {args.command}: interrupted\n")
        return INTERRUPTED
    except OSError as error:
        if error.errno in NOT_WRITABLE and error.filename is not None:
            return not_writable(args.command, error)
        if error.errno not in OUTPUT_FULL or error.filename is not None:
            raise
        return output_full(args.command, error)


INTERRUPTED = 128 + 2  # the shell's code for a command ended by SIGINT

OUTPUT_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
"""What a write to standard output redirected to a full disk (or /dev/full, or past a file-size limit)
fails with: it names no file. Files a command writes itself are named in their own message
(kg.cli.options.replaced_whole)."""


def output_full(command: str, error: OSError) -> int:
    """One line instead of a traceback, and stdout pointed at /dev/null so that the interpreter's
    last flush at exit does not fail again."""
    import os

    sys.stderr.write(f"kg {command}: cannot write the output: {error.strerror}\n")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 2


NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
"""What opening a file the user may not write fails with: a store on a read-only file system (a
snapshot, a share mounted read-only) or another user's. Its writer lock was opened without a word, and
`kg store load` and `kg build`, the repairs the other writers' messages advise, ended in a traceback
(docs/reliability.md section 16)."""


def not_writable(command: str, error: OSError) -> int:
    """One line naming the file and the reason, exit 2, instead of a traceback."""
    from kg.errors import one_line

    sys.stderr.write(f"kg {command}: cannot write {one_line(str(error.filename))}: {error.strerror}\n")
    return 2


SIGPIPE_EXIT = 141
"""What a shell reports for a program ended by SIGPIPE (128 + 13), which Python turns into BrokenPipeError."""


def reader_gone() -> int:
    """Point stdout at /dev/null, so that the interpreter's last flush at exit fails no more (it printed
    a second traceback), and end as a program ended by SIGPIPE does, without a message."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return SIGPIPE_EXIT


if __name__ == "__main__":
    raise SystemExit(main())
