"""`kg ingest` and `kg explain`: thin command-line layers over kg.pipeline.ingest and
kg.model.provenance (`kg evaluate` is in kg.cli.evaluate).

Start-up (issue 16): rdflib, the model and the pipeline are imported inside the handlers, so that
building the parser (every `kg` command does) loads none of them (tests/cli/test_startup.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kg.cli.options import add_document_limits, add_store, process_count, replaceable_store
from kg.errors import InputError, KgError, one_line, printable

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

    from kg.pipeline.early import EarlyExtraction, LateExtraction
    from kg.pipeline.ingest import Extraction, Outcome


QUOTED = 200  # characters of an argument a message quotes


def expand_iri(text: str) -> URIRef:
    """A full IRI, <IRI>, or a prefixed name such as organization:dmtf or reg:ogf-dmtf/milestone-1."""
    from rdflib import URIRef

    from kg.model.namespaces import PREFIXES

    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, _, rest = text.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        return URIRef(PREFIXES[prefix] + rest)
    # (the argument quoted at most QUOTED characters long: one of 100,000 was echoed whole, attack round 19)
    shown = repr(text[:QUOTED]) + (f" (cut; {len(text):,} characters)" if len(text) > QUOTED else "")
    if "://" not in text:
        raise InputError(f"{shown} is not an IRI or a prefixed name (known prefixes: {', '.join(PREFIXES)})")
    if any(c in '<>"{}|^`\\' or ord(c) <= 0x20 or 0x7F <= ord(c) < 0xA0 for c in text):
        # rdflib's "does not look like a valid URI, trying to serialize this will break." came first, with
        # an ESC or a line break of the argument raw on the terminal (attack round 17)
        raise InputError(f'{shown} is not an IRI: it holds a blank, a control or one of <>"{{}}|^`\\')
    return URIRef(text)


# --- kg ingest --------------------------------------------------------------------------------------


EXIT_CODES = """exit codes: 0 every document was added, replaced or already there unchanged; otherwise the
highest code of the refused ones: 1 SHACL violations, 2 unreadable (missing, empty, binary, too large, over
the triple cap, the CPU limit or the memory cap, a link loop, not a register), 3 about no alliance, 4
changes a graph the store holds (use --replace)"""


def register_slug(text: str) -> str:
    """`--slug`, refused unless it is one IRI path segment (kg.model.namespaces.slug_problem); `--slug ''`
    was read as no slug."""
    from kg.model.namespaces import slug_problem

    problem = slug_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text


def cmd_ingest(args: argparse.Namespace) -> int:
    """One document: its extraction starts in a second process before this one imports anything
    (kg.pipeline.early), and overlaps opening the store; several: the pool of kg.pipeline.ingest."""
    from kg.pipeline.early import start

    early = start(args.paths, args.workers)
    try:
        return ingest_documents(args, early)
    finally:
        if early is not None:
            early.shutdown()


def ingest_documents(args: argparse.Namespace, early: EarlyExtraction | LateExtraction | None) -> int:
    from kg.pipeline.early import LateExtraction
    from kg.pipeline.ingest import documents_in, exit_code, ingest_batch

    if isinstance(early, LateExtraction):
        early.fork()  # now: its imports are done, and the store is not open yet
    paths, problems = documents_in(Path(p) for p in args.paths)
    if args.slug and len(paths) != 1:
        raise InputError("--slug names one document's register: give one file with it")
    single = len(args.paths) == 1 and len(paths) == 1 and not Path(args.paths[0]).is_dir()
    store = Path(args.store) if args.store else None
    if not args.dry_run:  # a store it makes must not be made among someone's files
        from kg.store.embedded import store_location

        replaceable_store(store_location(store))
    outcomes = ingest_batch(
        paths,
        store=store,
        dry_run=args.dry_run,
        replace=args.replace,
        strict=args.strict,
        limit=args.max_bytes,
        max_triples=args.max_triples,
        max_seconds=args.max_seconds,
        max_memory=args.max_memory,
        workers=args.workers,
        slug=args.slug,
        skipped=problems,
        extractor=early if single else None,
    )
    report = Report(args, single)
    done = report.follow(outcomes, total=len(paths) + len(problems))
    if not single:
        report.table(done)
    return exit_code(done)


def incomplete_items(outcome: Outcome, extraction: Extraction) -> list[tuple[str, str]]:
    """(item, message) for each Warning on one of the document's own items (a milestone whose target was
    not read, a contact without an address: nodes under the register's IRI), which the user can mend in
    the document; Warnings on the bodies and specifications it names are the reference data's business
    (its "needs review" lines). The item is named by its prefixed IRI and its label."""
    from kg.model.namespaces import REG

    return own_warnings(outcome, extraction, f"{REG}{extraction.slug}/")


def register_warnings(outcome: Outcome, extraction: Extraction) -> list[tuple[str, str]]:
    """(register, message) for each Warning on the register itself (no version printed, no topic of
    the scheme). Why: they were counted in "N warning(s)" and named nowhere (session 28)."""
    from kg.model.namespaces import REG

    return own_warnings(outcome, extraction, f"{REG}{extraction.slug}", exact=True)


def own_warnings(
    outcome: Outcome, extraction: Extraction, prefix: str, *, exact: bool = False
) -> list[tuple[str, str]]:
    """(node, message) for the Warnings on the node `prefix` (exact) or on the nodes under it."""
    from rdflib import RDFS, URIRef

    from kg.model.namespaces import REG

    results = outcome.report.warnings if outcome.report is not None else []
    items = []
    for result in results:
        if result.focus_node != prefix if exact else not result.focus_node.startswith(prefix):
            continue
        label = extraction.facts.value(URIRef(result.focus_node), RDFS.label)
        named = f" ('{one_line(str(label))}')" if label is not None and not exact else ""
        items.append((f"reg:{result.focus_node.removeprefix(str(REG))}{named}", result.message))
    return items


class ExitAtOnce:
    """Ends the program, once it is done, without the interpreter's teardown.

    Why: tearing down the objects of one `kg ingest` (rdflib graphs, compiled shapes, patterns: a few
    hundred thousand objects freed one by one) took 0.1-0.2 s after the work was done, and nothing in
    it matters once the store is closed (Session closes it, flushed, before the command returns) and
    the output is flushed. An exit handler, registered before the command runs (so that it runs after
    every handler registered later: multiprocessing's, weakref finalizers, logging's, and after whatever
    code wraps the program has finished), calls os._exit with the command's exit code. Not used when a
    handler was registered earlier (it would be skipped), nor for main(argv) called in-process, nor
    when the command raised (the code is then not set: the ordinary exit)."""

    def __init__(self) -> None:
        self.code: int | None = None

    @classmethod
    def register(cls) -> ExitAtOnce | None:
        import atexit

        count = getattr(atexit, "_ncallbacks", None)
        if count is None or count() != 0:  # not CPython, or a handler this one would skip
            return None
        leave = cls()
        atexit.register(leave.exit)
        return leave

    def exit(self) -> None:
        if self.code is None:
            return
        import os

        code = self.code
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # e.g. a closed pipe: what Python exits with when it cannot flush
            code = code or 120
        os._exit(code)


class Report:
    """What `kg ingest` prints: each document as it is decided, and for batches a closing table."""

    def __init__(self, args: argparse.Namespace, single: bool) -> None:
        self.args, self.single = args, single
        self.terminal = sys.stdout.isatty()

    @property
    def out(self) -> TextIO:
        """Where an accepted document is reported: stderr when stdout carries the dry run's Turtle.
        Looked up at each write, so that what is written while the progress bar runs goes through
        the stream rich puts in place (above the bar), not under it."""
        return sys.stderr if self.args.dry_run and self.single else sys.stdout

    def follow(self, outcomes: Iterable[Outcome], total: int) -> list[Decided]:
        """Every outcome, printed as it comes, and kept as its row of the closing table (its graphs
        let go); a progress bar on a terminal for batches."""
        done: list[Decided] = []
        if not self.terminal or self.single:
            for outcome in outcomes:
                self.one(outcome)
                done.append(Decided.of(outcome, self.args.dry_run))
            return done
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, transient=True) as progress:
            task = progress.add_task("ingest", total=total)
            for outcome in outcomes:
                self.one(outcome)
                done.append(Decided.of(outcome, self.args.dry_run))
                progress.advance(task)
        return done

    def one(self, outcome: Outcome) -> None:
        """A refusal on stderr (the file, the reason, what failed); an accepted document on stdout."""
        from kg.pipeline.ingest import UNCHANGED

        if outcome.error is not None:
            # the message may run over several lines (a validation report), the file's name may not
            message = str(outcome.error).replace(printable(outcome.path), one_line(outcome.path))
            sys.stderr.write(f"kg ingest: {message}\n")
            return
        extraction = outcome.extraction
        assert extraction is not None
        if self.args.dry_run and self.single:
            from kg.pipeline.ingest import as_turtle

            sys.stdout.write(as_turtle(extraction.graph))
        if outcome.verdict == UNCHANGED and outcome.held_as is not None:
            self.out.write(
                f"{one_line(outcome.path)}: unchanged: the store's graph {outcome.held_as} holds this very "
                f"document (the same SHA-256), read then as another identity; nothing was written (ingest "
                f"with --replace to add it as {extraction.graph_iri})\n"
            )
            return
        if outcome.verdict == UNCHANGED and outcome.change is not None and not outcome.change.none:
            self.out.write(
                f"{one_line(outcome.path)}: unchanged: the store's graph {extraction.graph_iri} holds this "
                "very document (the same SHA-256, read by this extractor); read again in the store's "
                f"context it gives {outcome.change.summary()}; nothing was written (ingest with --replace to "
                "store that reading)\n"
            )
            return
        if outcome.verdict == UNCHANGED:
            self.out.write(
                f"{one_line(outcome.path)}: unchanged: the store's graph {extraction.graph_iri} holds "
                "these facts already; nothing was written\n"
            )
            return
        self.accepted(outcome, extraction)

    def accepted(self, outcome: Outcome, extraction: Extraction) -> None:
        warnings = outcome.warnings
        self.out.write(
            f"{one_line(outcome.path)}: register {extraction.slug}: {len(extraction.facts)} fact triples, "
            f"{len(extraction.provenance)} provenance triples, {warnings} warning(s), no violations\n"
        )
        if outcome.change is not None:
            self.out.write(f"  replaces the stored version: {outcome.change.summary()}\n")
        if extraction.record.warnings:  # a partial document: what it holds is kept, what it lacks named
            self.out.write(f"  partial: it has no {', '.join(extraction.record.warnings)}\n")
        for dropped in outcome.dropped:  # Violations of the rules' reading: kg.pipeline.salvage
            self.out.write(f"  dropped: {one_line(dropped.line())}\n")
        for focus, message in register_warnings(outcome, extraction):
            self.out.write(f"  warning: {focus}: {one_line(message)}\n")
        for focus, message in incomplete_items(outcome, extraction):
            self.out.write(f"  incomplete: {focus}: {one_line(message)}\n")
        for entity in extraction.record.new_entities:
            self.out.write(
                f"  needs review: {entity.iri} ({entity.kind} '{one_line(entity.label)}', "
                "not in the reference data)\n"
            )
        if not self.args.dry_run:
            from kg.store.embedded import store_location

            self.out.write(f"wrote graph {extraction.graph_iri} to {store_location(self.args.store)}\n")

    def table(self, outcomes: list[Decided]) -> None:
        """document, kind, parties, facts, warnings, verdict: one row per document, then the totals."""
        header = ("document", "kind", "parties", "facts", "warnings", "verdict")
        rows = [outcome.row for outcome in outcomes]
        if self.terminal:
            from rich.console import Console
            from rich.table import Table
            from rich.text import Text

            table = Table(*header)
            for row in rows:  # as plain text: a file named "[red]x.md" is no markup
                table.add_row(*(Text(cell) for cell in row))
            Console().print(table)
        else:
            sys.stdout.write(plain_table(header, rows))
        sys.stdout.write(totals(outcomes, self.args.dry_run) + "\n")


@dataclass(frozen=True)
class Decided:
    """What the closing table and the exit code need of a document's outcome. Why not the outcome
    itself: it holds the document's text and offsets, its graphs and its validation report, a megabyte
    or more for a page, and a batch kept every one of them until its table was printed (a folder of
    10,000 small files would have held 14 GB)."""

    row: tuple[str, str, str, str, str, str]
    verdict: str
    refused: bool
    exit_code: int

    @classmethod
    def of(cls, outcome: Outcome, dry_run: bool) -> Decided:
        return cls(row_of(outcome, dry_run), outcome.verdict, outcome.refused, outcome.exit_code)


def row_of(outcome: Outcome, dry_run: bool) -> tuple[str, str, str, str, str, str]:
    extraction = outcome.extraction
    kind = extraction.kind if extraction else "-"
    parties = ", ".join(extraction.parties) if extraction else "-"
    facts = str(outcome.facts) if extraction else "-"
    verdict = outcome.verdict
    if outcome.error is not None:
        verdict = f"refused ({outcome.exit_code})"
    elif dry_run and verdict != "unchanged":
        verdict = f"would be {verdict}"
    return one_line(outcome.path), kind, one_line(parties), facts, str(outcome.warnings), verdict


def plain_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, two spaces apart (for pipes and logs)."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    ]
    return "\n".join(lines) + "\n"


def totals(outcomes: list[Decided], dry_run: bool) -> str:
    counts = Counter(outcome.verdict for outcome in outcomes)
    parts = [f"{counts[verdict]} {verdict}" for verdict in ("added", "replaced", "unchanged", "refused")]
    note = " (dry run: nothing was written)" if dry_run else ""
    return f"{len(outcomes)} document(s): {', '.join(parts)}{note}"


# --- kg explain --------------------------------------------------------------------------------------


def graphs_explaining(iri: URIRef, args: argparse.Namespace) -> list[Graph]:
    if args.document:
        from kg.pipeline.ingest import extract

        return [extract(Path(args.document)).graph]
    from rdflib import URIRef

    from kg.model.namespaces import GRAPH
    from kg.store import open_store

    with open_store(Path(args.store) if args.store else None) as store:
        rows = store.select("explained-graphs", {"iri": iri})
        names = [row["g"] for row in rows]
        return [store.graph(name) for name in names if isinstance(name, URIRef) and name.startswith(GRAPH)]


def source_of(graph: Graph) -> tuple[str, str | None]:
    """(where the source is, the source text when the file is there to count lines in).

    Where: the file read when it is there, else the path as recorded. Why: a seed register's path is
    recorded relative to the resources (`data/registers/...`), which outside the checkout (a wheel's
    kg/_resources) named a file the user could not open from any folder."""
    from rdflib import URIRef
    from rdflib.namespace import PROV

    from kg.model.namespaces import AKG
    from kg.model.sources import default_sources

    document = next(iter(graph.objects(graph.identifier, PROV.wasDerivedFrom)), None)
    path = str(graph.value(document, AKG.path)) if document is not None else "?"
    file = default_sources().root / path
    fmt = str(graph.value(document, URIRef("http://purl.org/dc/terms/format")) or "")
    if not file.is_file():
        return path, None
    path = str(file)
    if fmt.startswith("text/"):
        return path, file.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    from kg.extract.documents import text_layer

    try:  # PDF and Word: the offsets point into the text layer read from the file
        return path, text_layer(file, fmt)
    except KgError:
        return path, None


def cmd_explain(args: argparse.Namespace) -> int:
    from kg.model.provenance import explanations

    iri = expand_iri(args.iri)
    graphs = graphs_explaining(iri, args)
    found = 0
    for graph in graphs:
        path, source = source_of(graph)
        for what, quotes, positions in explanations(graph, iri):
            found += 1
            where = ", ".join(
                f"{path}:{source.count(chr(10), 0, start) + 1}"
                if source is not None
                else f"{path} chars {start}-{end}"
                for start, end in positions
            )
            print(f"{printable(what)}  ({one_line(where)})")  # a document's words drive no terminal
            for quote in quotes:
                print(f"    “{one_line(' '.join(quote.split()))}”")
    if not found:
        raise KgError(
            f"no extracted statement about {iri} (ingest its register first, or pass --document FILE)"
        )
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    ingest = commands.add_parser(
        "ingest",
        help="extract alliance documents, validate them, store each as its own graph",
        description="Extract each document (files, and folders walked for supported files), validate it in "
        "the store's context and add it as its own named graph. Refused documents are reported and the "
        "batch goes on.",
        epilog=EXIT_CODES,
    )
    ingest.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="documents (text, Markdown, HTML, PDF, .docx, .doc, .pptx, .odt, .eml) and folders holding them",
    )
    ingest.add_argument(
        "--dry-run", action="store_true", help="validate but write nothing (one file: print Turtle)"
    )
    ingest.add_argument(
        "--replace", action="store_true", help="replace a stored graph whose document changed (else refused)"
    )
    ingest.add_argument(
        "--strict",
        action="store_true",
        help="refuse a document at the first SHACL Violation (by default the facts a Violation names are "
        "dropped with a warning and the rest kept, if it then validates)",
    )
    add_document_limits(ingest)
    ingest.add_argument(
        "--workers",
        type=process_count,
        metavar="N",
        help="extraction processes (default: one per core; one file: one, started at once when a core is "
        "idle or the file is 32 KiB or more, else after this command's imports; 0: none, in this process "
        "without the CPU and memory limits)",
    )
    add_store(ingest, "the store to add the graphs to")
    ingest.add_argument("--slug", type=register_slug, help="the register's IRI segment (one document only)")
    ingest.set_defaults(handler=cmd_ingest, exit_at_once=True)  # kg.cli.main: no teardown (ExitAtOnce)

    explain = commands.add_parser("explain", help="print the source sentences an extracted fact came from")
    explain.add_argument(
        "iri",
        metavar="IRI",
        help="a full IRI or a prefixed name (organization:dmtf, reg:ogf-dmtf/milestone-1)",
    )
    add_store(explain, "the store to read")
    explain.add_argument(
        "--document", metavar="FILE", help="extract this document instead of reading the store"
    )
    explain.set_defaults(handler=cmd_explain)
