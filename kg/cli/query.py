"""`kg query`, `kg sparql` and `kg push`: asking the store or any endpoint, and copying graphs to one.

Kept apart from kg.cli.main so that the command line stays one thin layer per job; every
handler opens the graph with kg.store.open_store and renders with kg.sparql.render.

Start-up (issue 16): rdflib, the store and the SPARQL modules are imported inside the handlers,
so that building the parser (every `kg` command does) and `kg query --list` load none of them
(tests/cli/test_startup.py checks what is imported).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.cli.options import add_format, add_store_options, connection, not_blank, open_from_args
from kg.errors import InputError, printable_lines

if TYPE_CHECKING:
    from kg.sparql.named import NamedQuery
    from kg.store import KnowledgeGraph

# kg.sparql.render.FORMATS, here so that building the parser does not import rdflib
# (tests/cli/test_startup.py keeps them in step).
FORMATS = ("table", "csv", "tsv", "json", "md", "turtle", "jsonld")


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """`--param key=value` pairs; `as-of` and `as_of` name the same parameter."""
    from kg.sparql.named import QueryError, chosen

    params: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param expects KEY=VALUE, got {pair!r} (example: --param org=DMTF)")
        name = key.strip().replace("-", "_")
        if name in params:  # `-p org=DMTF -p org=OGF` asked for OGF alone, silently (attack round 18)
            raise QueryError(
                f"--param {key.strip()} is given twice ({params[name]!r} and {value!r}): a named query takes "
                "one value per parameter; run it once for each"
            )
        params[name] = chosen(name, value)
    return params


def cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        sys.stdout.write(list_queries(args.format))
        return 0
    from kg.sparql.named import QueryError
    from kg.sparql.render import render
    from kg.store.waiting import interruptible

    if not args.name:
        raise QueryError("give a query name, or --list to see them")
    params = parse_params(args.param)
    with graph_as_of(args) as graph:
        result = interruptible(lambda: graph.query(args.name, params))
        write_answer(render(result, args.format))
    return 0


def write_answer(text: str) -> None:
    """An answer on standard output: as rendered into a file or a pipe (a program's data, byte for byte),
    with its control characters written as escapes on a terminal (kg.errors.printable_lines). The table
    and Markdown forms are printable already; CSV, TSV, JSON, Turtle and JSON-LD keep a value's text."""
    sys.stdout.write(printable_lines(text) if sys.stdout.isatty() else text)


def list_queries(fmt: str | None = None) -> str:
    """The catalogue: a line per query (table, the default), or JSON for programs.

    Why JSON: `kg query --list -f json` printed the text lines, the format ignored without a word, so a
    program (a notebook's widget, a shell completion) had to parse the columns of a table."""
    from kg.sparql.named import QueryError, catalogue

    if fmt == "json":
        return json.dumps([query_entry(query) for query in catalogue().values()], indent=1) + "\n"
    if fmt not in (None, "table"):
        raise QueryError(f"--list prints a table or, with --format json, JSON; not {fmt}")
    lines = []
    for name, query in catalogue().items():
        params = ", ".join(p.describe() for p in query.parameters)
        lines.append(f"{name:32s} {query.title}" + (f"  [{params}]" if params else ""))
    return "\n".join(lines) + "\n"


def query_entry(query: NamedQuery) -> dict[str, object]:
    """A named query as `kg query --list -f json` lists it: what its header comment says."""
    return {
        "name": query.name,
        "title": query.title,
        "description": query.description,
        "parameters": [
            {
                "name": p.name,
                "type": p.type,
                "required": p.required,
                "default": p.default,
                "description": p.description,
            }
            for p in query.parameters
        ],
    }


def query_text(data: bytes, shown: str) -> str:
    """A query file's text: UTF-8 (SPARQL 1.1 Query 19.1), a byte order mark at its start left out.

    Why: a file with a byte that is not UTF-8 (a Latin-1 editor's `é`) ended `kg sparql` in a
    UnicodeDecodeError traceback, standard input in a UnicodeEncodeError one; a file saved with a byte
    order mark (Windows Notepad) was "a syntax error at line 1, column 8" (attack round 16)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        byte, column = data[error.start], error.start - line_start + 1
        raise InputError(
            f"{shown}, line {line}, byte {column} of the line: 0x{byte:02X} is not UTF-8; a SPARQL query "
            "is UTF-8 text (convert it, e.g. with iconv -t UTF-8)"
        ) from None
    return text.removeprefix("\ufeff")


MAX_QUERY_BYTES = 64 << 20
"""The most a query file or standard input may hold: a query of a million VALUES rows fits. A file of
300 MB of blanks took 21 s and 1.8 GB to be read whole and refused (attack round 17)."""


def read_capped(stream: BinaryIO, shown: str) -> bytes:
    """At most MAX_QUERY_BYTES of `stream`, read no further than one byte past them."""
    data = stream.read(MAX_QUERY_BYTES + 1)
    if len(data) > MAX_QUERY_BYTES:
        raise InputError(
            f"{shown}: more than {MAX_QUERY_BYTES:,} bytes, more than a query may be (split a VALUES "
            "block over several queries)"
        )
    return data


def read_query_text(query_or_file: str) -> tuple[str, Path | None]:
    """The query itself, the text of a .rq file, or standard input for '-'; and the file it is from."""
    if query_or_file == "-":
        return query_text(read_capped(sys.stdin.buffer, "standard input"), "standard input"), None
    path = Path(query_or_file)
    looks_like_path = "\n" not in query_or_file and len(query_or_file) < 4096 and "{" not in query_or_file
    if looks_like_path and path.is_file():
        with path.open("rb") as stream:
            return query_text(read_capped(stream, str(path)), str(path)), path
    if looks_like_path and path.suffix in (".rq", ".sparql"):
        if path.exists():  # it said "no such file" of a folder, a named pipe or a device
            raise InputError(
                f"{path}: not a regular file (a folder, a named pipe or a device): give a query file"
            )
        raise InputError(f"{path}: no such file")
    # An argument's bytes that are not UTF-8 reach Python as lone surrogates (PEP 383): the bytes again.
    return query_text(query_or_file.encode("utf-8", "surrogateescape"), "the query"), None


def cmd_sparql(args: argparse.Namespace) -> int:
    from kg.sparql.named import QueryError, compose_query
    from kg.sparql.render import render
    from kg.store.waiting import interruptible

    text, path = read_query_text(args.query)
    query = compose_query(text, path)  # `# include: NAME` lines, as in the named queries
    if query.lexed.too_deep:  # before any engine parses it: Oxigraph's parser would overflow its stack
        raise QueryError(f"{path}: {query.lexed.too_deep}" if path else query.lexed.too_deep)
    with graph_as_of(args) as graph:
        try:
            result = interruptible(lambda: graph.execute(query.form, query.text))
        except QueryError as error:
            if query.text == text:
                raise
            raise QueryError(query.locate(str(error))) from None  # lines of the file or its fragments
        write_answer(render(result, args.format))
    return 0


@contextlib.contextmanager
def graph_as_of(args: argparse.Namespace) -> Iterator[KnowledgeGraph]:
    """The graph the options name, or with --as-of the embedded store as it stood then (kg.store.history)."""
    if not args.as_of:
        with open_from_args(args) as graph:
            yield graph
        return
    if args.endpoint:
        from kg.sparql.named import QueryError

        raise QueryError("--as-of reads the embedded store's own history: it cannot be used with --endpoint")
    from kg.store.embedded import EmbeddedStore, store_location

    with EmbeddedStore(store_location(args.store)) as store, store.as_of(args.as_of) as past:
        yield past


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        dest="as_of",
        type=not_blank("time"),
        metavar="TIME",
        help="ask the store as it stood then: a transaction id of 'kg history', a date (its end, UTC) "
        "or a datetime (UTC unless it says); costs a copy of the store in memory",
    )


def cmd_push(args: argparse.Namespace) -> int:
    from kg.store import open_store
    from kg.store.remote import push, push_target

    target = push_target(args.to, args.protocol, **connection(args))
    with open_store(args.store) as source:
        graphs = [source.to_iri(g) for g in args.graph] if args.graph else None
        for pushed in push(source, target, graphs, protocol=args.protocol):
            print(f"{pushed.triples:8d} triples  {pushed.graph}  ({pushed.protocol})")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register query, sparql and push on the `kg` parser."""
    query = commands.add_parser("query", help="run a named query from queries/ (kg query --list)")
    query.add_argument("name", nargs="?", metavar="NAME", help="the query's name, e.g. collaborators")
    query.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    query.add_argument(
        "--param",
        "-p",
        action="append",
        metavar="KEY=VALUE",
        help="a parameter, e.g. org=DMTF or as-of=2012-01-01",
    )
    add_format(query, FORMATS, short=True, help_text="table (default), csv, tsv, json, md; turtle, jsonld")
    add_store_options(query)
    add_as_of(query)
    query.set_defaults(handler=cmd_query)

    sparql = commands.add_parser("sparql", help="run an ad hoc SPARQL query (text, .rq file, or - for stdin)")
    sparql.add_argument("query", metavar="QUERY_OR_FILE")
    add_format(sparql, FORMATS, short=True, help_text="as for kg query")
    add_store_options(sparql)
    add_as_of(sparql)
    sparql.set_defaults(handler=cmd_sparql)

    push = commands.add_parser("push", help="upload every named graph of the store to a SPARQL server")
    push.add_argument("--to", required=True, metavar="URL", help="Graph Store endpoint (or Update endpoint)")
    push.add_argument(
        "--protocol",
        choices=["auto", "graph-store", "update"],
        default="auto",
        help="auto: Graph Store PUT, falling back to SPARQL Update where URL is no Graph Store",
    )
    push.add_argument("--graph", action="append", metavar="IRI", help="push only this graph (repeatable)")
    add_store_options(push, endpoint=False)
    push.set_defaults(handler=cmd_push)
