"""The store's own history: every write recorded as a transaction with an RDF Patch of what it changed.

Why beside the store and not in it: a named graph of history would leak into the union default
graph (kg.store.union), into VoID, dumps and every `GRAPH ?g` query. So the log is files in
`STORE/history/`:

* `patches/NNNNNN.rdfp`: one RDF Patch (https://afs.github.io/rdf-delta/rdf-patch.html) per
  transaction: headers (`H id`, `H prev`, time, command, operation...), `TX .`, the removed quads
  (`D s p o g .`), the added ones (`A s p o g .`), `TC .`. Quads, since the data lives in named
  graphs; blank nodes keep the store's own labels, so applying a patch (or its inverse) to the
  store gives back the very nodes;
* `index.jsonl`: one JSON line per transaction (id, time in UTC ISO 8601, command, operation,
  counts added and removed, graphs touched, and for a push its target, for a revert what it
  reverts);
* `origin.json`: when the history began and whether the store was empty then (it began with
  the store, so going back past its first transaction gives the empty store).

Crash safety: what the graphs a write can change hold is written ahead (`pending.rdfp`), so that
a write killed after its commit is recorded by the next writer (History.intend). The patch is
written, fsynced and renamed into place before its index line is appended and fsynced, so no index
line is without its patch. A patch without an index line (a
crash in between) is rolled forward by the next writer (applying a patch is idempotent: quads are a
set) and then indexed, so a revert interrupted half-way is completed; a torn last index line is
ignored with a warning and cut off by the next writer.

The default graph is derived data (the union of the named graphs): it is never recorded and never
reverted; whoever applies a patch resyncs it (kg.store.union.stale_window).

Costs (docs/time.md, "The store's history"): a write reads the graphs it can touch before and
after (a register: milliseconds), except a write of new graphs, recorded from the quads it wrote
(`recording`, `added`); a SPARQL Update that can write any graph (`GRAPH ?g`, `DROP ALL`,
an update rdflib cannot parse) reads every named graph twice; `--as-of` copies the whole store into
memory and undoes the later transactions there.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import json
import logging
import os
import re
import shlex
import stat
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, Protocol

import pyoxigraph as ox

from kg.errors import KgError
from kg.store.secrets import command_without_secrets
from kg.store.union import resync, stale_window

log = logging.getLogger(__name__)

DIRECTORY = "history"
INDEX = "index.jsonl"
PATCHES = "patches"
ORIGIN = "origin.json"
PENDING = "pending.rdfp"  # what the graphs a write can change held before it (see History.intend)
LOCK = "lock"
SUFFIX = ".rdfp"
TAIL_BYTES = 16_384  # the end of the index read for its last transaction (History._last)
ANY_GRAPH = None  # what graphs_touched answers for an update that can write any graph


class HistoryError(KgError):
    """The history cannot be read or does not allow what was asked (no such transaction, a
    conflicting revert, a moment before the history began)."""


# --- Patches -------------------------------------------------------------------------------------


class Rows(Protocol):
    """Quads a write added, as their N-Quads lines (kg.store.lines.GraphLines: a write of new graphs)."""

    def __len__(self) -> int: ...

    def graph_names(self) -> list[str]: ...

    def nquads_rows(self) -> Iterable[str]:
        """The lines without their newline, sorted and distinct, as nquads_lines gives them."""
        ...

    def row_pieces(self, kind: str) -> Iterable[str]:
        """The rows `kind line` of nquads_rows, each with its newline, several to a string."""
        ...


@dataclass
class Patch:
    """What one transaction changed: the named-graph quads it removed and those it added; or, for a write
    of new graphs, what it added as the lines it was written from (`added_rows`, with `added` empty).

    Why the rows: a 1 MB list-heavy document's patch is 515,741 quads; made as quads, de-duplicated by
    hashing them, read for their graph names and serialized again, it cost about 3.5 CPU-s and 257 MB
    (session 25). The lines the store was written from are those N-Quads lines already."""

    removed: list[ox.Quad] = field(default_factory=list)
    added: list[ox.Quad] = field(default_factory=list)
    added_rows: Rows | None = None

    def inverse(self) -> Patch:
        return Patch(removed=self.added_quads(), added=list(self.removed))

    def added_quads(self) -> list[ox.Quad]:
        """The quads added, parsed from `added_rows` when the patch has them."""
        if self.added_rows is None:
            return list(self.added)
        text = "\n".join(self.added_rows.nquads_rows()) + "\n"
        return list(ox.parse(text, format=ox.RdfFormat.N_QUADS))

    def added_count(self) -> int:
        return len(self.added_rows) if self.added_rows is not None else len(self.added)

    def graphs(self) -> list[str]:
        """The graphs the patch touches, sorted. Each quad's graph name is taken as the object it is and
        only the distinct ones read as text: a new graph's patch is a document's every quad (515,741 at
        1 MB list-heavy), and a list of both halves and a string per quad cost a quarter of a second."""
        names = {q.graph_name for q in itertools.chain(self.removed, self.added)}
        found = {str(name.value) for name in names}  # type: ignore[union-attr]
        return sorted(found.union(self.added_rows.graph_names() if self.added_rows is not None else ()))

    def apply(self, store: ox.Store) -> int:
        """Apply to `store` (removals, then additions), idempotently; how many quads changed.

        Not one transaction (pyoxigraph offers none that takes given blank nodes): an interrupted
        apply is finished by applying again, which `recover` does.
        """
        changed = 0
        for quad in self.removed:
            if quad in store:
                store.remove(quad)
                changed += 1
        adding = [quad for quad in self.added_quads() if quad not in store]
        store.extend(adding)
        return changed + len(adding)


def diff(before: set[ox.Quad], after: set[ox.Quad]) -> Patch:
    """The patch from `before` to `after`."""
    return Patch(removed=list(before - after), added=list(after - before))


SERIALIZED_AT_ONCE = 50_000


def nquads_lines(quads: Iterable[ox.Quad]) -> list[str]:
    """The quads as N-Quads lines (Oxigraph's writer: escapes, no newline inside a line), sorted. The
    split list is sorted in place (Oxigraph ends every line with a newline, so only the last piece is
    empty), not copied through a filter: a large document's patch is half a million lines.

    SERIALIZED_AT_ONCE quads are written and split at a time: all at once, the text (as bytes, then as
    a string) was held beside its lines, a 1 MB list-heavy document's 119 MB twice, at the peak of its
    write (the quads written are held meanwhile)."""
    given = quads if isinstance(quads, list) else list(quads)
    lines: list[str] = []
    for start in range(0, len(given), SERIALIZED_AT_ONCE):
        piece = given[start : start + SERIALIZED_AT_ONCE]
        lines += (ox.serialize(piece, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8").split("\n")
        if lines[-1] == "":
            lines.pop()
    lines.sort()
    return lines


def header_term(value: str | int) -> str:
    """A header's value as an RDF term: a literal (Oxigraph's N-Triples form)."""
    return str(ox.Literal(str(value)))


def patch_text(patch: Patch, headers: dict[str, str]) -> str:
    """The RDF Patch of one transaction: headers, TX, deletions, additions, TC (lines sorted, so
    the same change is always written the same)."""
    return "".join(patch_chunks(patch, headers))


def patch_chunks(patch: Patch, headers: dict[str, str]) -> Iterator[str]:
    """patch_text in pieces, each row with its newline: what History.record writes to the file one
    after the other, so that a patch of a million rows is never one string beside its rows."""
    yield "".join(f"H {key} {value} .\n" for key, value in headers.items())
    yield "TX .\n"
    for kind, quads in (("D", patch.removed), ("A", patch.added)):
        if quads:
            yield from rows_in_pieces(kind, nquads_lines(quads))
    if patch.added_rows is not None:
        yield from patch.added_rows.row_pieces("A")
    yield "TC .\n"


ROWS_PER_PIECE = 10_000


def rows_in_pieces(kind: str, lines: list[str]) -> Iterator[str]:
    """The rows `kind line`, each with its newline, ROWS_PER_PIECE to a string: joined by str.join rather
    than a string made and written per row (a 1 MB list-heavy document's 515,741 rows: about half a
    CPU-s), and never all in one string beside the lines."""
    separator = f"\n{kind} "
    for start in range(0, len(lines), ROWS_PER_PIECE):
        yield f"{kind} " + separator.join(lines[start : start + ROWS_PER_PIECE]) + "\n"


ROW = re.compile(r"(H|TX|TC|TA|A|D|PA|PD)(?:\s+(.*))?$")


def opened_regular(path: Path) -> int:
    """A descriptor of the history's file `path`, opened for reading when it is a regular file.

    Why: the history's files are the store's, and a store may be someone else's (an archive can hold
    links and named pipes). A patch that was a link to /dev/zero was read until memory ran out, and a
    named pipe (patch or index) kept `kg history show` and `kg sparql --as-of` waiting for ever. Never
    through a link (O_NOFOLLOW, as the index is appended to), never waiting for a pipe's writer
    (O_NONBLOCK), and nothing but a regular file read. FileNotFoundError is left to the caller."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise HistoryError(f"{path}: a symbolic link: the history is not read through it") from None
        raise HistoryError(f"{path}: cannot be read: {error}") from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise HistoryError(f"{path}: not a regular file: the history is not read from it")
    return descriptor


def regular_bytes(path: Path) -> bytes:
    """The bytes of the history's file `path` (opened_regular: a regular file, not through a link)."""
    with open(opened_regular(path), "rb", closefd=True) as opened:
        try:
            return opened.read()
        except OSError as error:
            raise HistoryError(f"{path}: cannot be read: {error}") from None


def read_patch(path: Path) -> tuple[Patch, dict[str, str]]:
    """The patch and headers (values as written) of an RDF Patch file of ours; a clear error
    naming the file and line for anything else."""
    try:
        text = regular_bytes(path).decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise HistoryError(f"{path}: cannot be read: {error}") from None
    headers: dict[str, str] = {}
    rows: dict[str, list[tuple[int, str]]] = {"A": [], "D": []}
    # Lines end at "\n" only: str.splitlines() also breaks at U+2028, U+0085 and other separators, which
    # N-Quads keeps unescaped inside a literal (a milestone holding U+2028 made the patch unreadable).
    for number, line in enumerate(text.split("\n"), 1):
        match = ROW.match(line.strip())
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if match is None:
            raise HistoryError(f"{path}, line {number}: not an RDF Patch row: {line[:80]!r}")
        kind, rest = match.group(1), (match.group(2) or "").strip()
        if kind == "H":
            key, _, value = rest.removesuffix(".").strip().partition(" ")
            headers[key] = value.strip()
        elif kind in rows:
            rows[kind].append((number, rest))
        elif kind in ("PA", "PD", "TA"):
            raise HistoryError(f"{path}, line {number}: {kind} rows are not supported in a store's history")
    return Patch(removed=_quads(path, rows["D"]), added=_quads(path, rows["A"])), headers


def _quads(path: Path, rows: list[tuple[int, str]]) -> list[ox.Quad]:
    """The quads of A or D rows, parsed by Oxigraph's N-Quads parser in one go (blank node labels kept)."""
    if not rows:
        return []
    text = "\n".join(rest for _, rest in rows) + "\n"
    try:
        quads = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    except SyntaxError as error:
        line = rows[min(max((error.lineno or 1) - 1, 0), len(rows) - 1)][0]
        raise HistoryError(f"{path}, line {line}: {' '.join(str(error).split())}") from None
    except MemoryError:  # a token past the parser's buffer (16 MiB): a literal that long, row by row
        quads = [quad for number, rest in rows for quad in _row_quads(path, number, rest)]
    if len(quads) != len(rows) or any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        raise HistoryError(f"{path}: every A and D row must be one quad in a named graph")
    return quads


LONG_ROW = 1 << 20  # characters of a row read by `_row_quads` on its own rather than by Oxigraph's parser
# A row whose object is a literal: its subject, predicate, the literal's text, language or datatype, graph.
# Possessive, so that a literal of megabytes keeps no backtracking state (docs/reliability.md, section 26).
LITERAL_ROW = re.compile(
    r'(<[^>]*+>|_:\S++)\s++(<[^>]*+>)\s++"([^"\\]*+(?:\\.[^"\\]*+)*+)"'
    r"(?:@([A-Za-z0-9-]++)|\^\^<([^>]*+)>)?\s++(<[^>]*+>|_:\S++)\s*+\.?"
)


def _row_quads(path: Path, number: int, rest: str) -> list[ox.Quad]:
    """One A or D row's quad. Oxigraph's parser holds a token in a buffer of at most 16 MiB and raises
    MemoryError past it: a literal longer than that (one SPARQL Update with the token can make one)
    made every later write that read the history ("Reached the buffer maximal size"), `--as-of` and
    `kg history revert` end in that traceback (attack round 17). Such a row's literal is read here."""
    from rdflib.plugins.parsers.ntriples import unquote

    if len(rest) <= LONG_ROW:
        return list(ox.parse(rest.encode("utf-8") + b"\n", format=ox.RdfFormat.N_QUADS))
    match = LITERAL_ROW.fullmatch(rest.strip())
    if match is None:
        raise HistoryError(f"{path}, line {number}: a row of {len(rest):,} characters that is no quad")
    subject, predicate, text, language, datatype, graph = match.groups()
    head = next(ox.parse(f'{subject} {predicate} "" {graph} .\n'.encode(), format=ox.RdfFormat.N_QUADS))
    if language:
        literal = ox.Literal(unquote(text), language=language)
    else:
        literal = ox.Literal(unquote(text), datatype=ox.NamedNode(datatype) if datatype else None)
    return [ox.Quad(head.subject, head.predicate, literal, head.graph_name)]


def named_quads(store: ox.Store, graphs: Iterable[str] | None = ANY_GRAPH) -> set[ox.Quad]:
    """The quads of the named `graphs` (of every named graph when None): the default graph is derived."""
    if graphs is None:
        names = [g for g in store.named_graphs() if not isinstance(g, ox.DefaultGraph)]
    else:
        names = [ox.NamedNode(g) for g in graphs]
    return {quad for name in names for quad in store.quads_for_pattern(None, None, None, name)}


# --- Which graphs an update can write --------------------------------------------------------------


def graphs_touched(
    update: str, base: str | None = None, prefixes: dict[str, str] | None = None
) -> set[str] | None:
    """The named graphs a SPARQL Update can change; None when it can change any (`GRAPH ?g` in a
    template, DROP ALL / NAMED, or anything this reading is not sure of).

    Why a scan of tokens and not rdflib's parser: rdflib's parser took 37 s for an INSERT DATA of
    1,000 triples (a Graph Store PUT is one), far longer than the update itself. What an update
    writes is told by few tokens: GRAPH before a name inside a DELETE or INSERT template, WITH, and
    the graphs of CLEAR, DROP, ADD, MOVE, COPY and LOAD. Writes to the default graph count for
    nothing: it is the union of the named graphs, levelled after every update (kg.store.union).
    """
    return update_scope(update, base, prefixes).touched


def inserts_into_default(
    update: str, base: str | None = None, prefixes: dict[str, str] | None = None
) -> bool:
    """Whether a SPARQL Update may add triples to the default graph: an INSERT template with triples
    outside GRAPH and no WITH, ADD / COPY / MOVE ... TO DEFAULT, LOAD without INTO; True when unsure.

    Why: what a visitor writes there must be kept in a named graph (kg.server.worker), and finding it
    afterwards takes a scan of the whole store (seconds at 1e6 triples); an update that writes named
    graphs only, as `kg push` and rdflib's named contexts do, need not pay for it.
    """
    return update_scope(update, base, prefixes).inserts_default


@dataclass(frozen=True)
class UpdateScope:
    """What one SPARQL Update can write, as the scan reads it (see graphs_touched).

    `deletes_default`: it may take triples out of the default graph itself (a DELETE template's bare
    triples without WITH, CLEAR or DROP DEFAULT, COPY or MOVE to or from it; True when unsure). A
    write that does not, and names the graphs it touches, lets the default graph be levelled for those
    graphs only (kg.store.union.stale_window's `graphs`), not resynced across the whole store.
    """

    touched: set[str] | None
    inserts_default: bool
    deletes_default: bool

    def levelled_graphs(self, *also: str, inserts_kept: bool = False) -> set[str] | None:
        """The graphs whose triples level the default graph after the update (with `also`, graphs the
        caller writes besides), or None when the whole store must be resynced: the update may write
        any graph, take triples out of the default graph, or put triples there that no named graph
        keeps (`inserts_kept`: the caller keeps them in one of `also`, as the server does)."""
        if self.touched is None or self.deletes_default or (self.inserts_default and not inserts_kept):
            return None
        return self.touched | set(also)


def update_scope(update: str, base: str | None = None, prefixes: dict[str, str] | None = None) -> UpdateScope:
    """The UpdateScope of one update, read in one pass."""
    scan = _Scan(update, base, dict(prefixes or {}))
    try:
        touched = scan.run()
    except _Unsure:
        return UpdateScope(ANY_GRAPH, True, True)
    return UpdateScope(touched, scan.inserts_default, scan.deletes_default)


def default_data(
    update: str, base: str | None = None, prefixes: dict[str, str] | None = None
) -> list[ox.Triple] | None:
    """The triples an update adds to the default graph, when it is INSERT DATA alone (what rdflib's
    Dataset.add over SPARQLUpdateStore sends), read from the update itself; else None.

    Why: what a visitor writes to the default graph must be kept in a named graph (kg.server.worker),
    and finding it after the update took a scan of the whole store (6.4 s per update at 1e6 triples).
    Read here, its cost is that of the update. Read by Oxigraph's own parser: the update is run on an
    empty scratch store in memory (INSERT DATA reads nothing, and the scan has made sure that nothing
    else is in it), whose default graph then holds exactly its triples, with the lexical forms the
    store keeps. None too when one of them has a blank node: INSERT DATA makes its blank nodes fresh,
    and the scratch store's are not the store's (the caller scans, as for any other update)."""
    scan = _Scan(update, base, dict(prefixes or {}))
    try:
        scan.run()
    except _Unsure:
        return None
    if not (scan.data_only and scan.inserts_default):
        return None
    scratch = ox.Store()
    try:
        scratch.update(update, base_iri=base, prefixes=prefixes)
    except (SyntaxError, OSError, RuntimeError, ValueError):  # the store itself will say what is wrong
        return None
    triples = [quad.triple for quad in scratch.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if any(_has_blank(t.subject) or _has_blank(t.object) for t in triples):
        return None
    return triples


def _has_blank(term: Any) -> bool:
    if isinstance(term, ox.Triple):  # a triple term (RDF 1.2)
        return _has_blank(term.subject) or _has_blank(term.object)
    return isinstance(term, ox.BlankNode)


def only_in_default(store: ox.Store, triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Of `triples` (default_data's, once the update has run), those the default graph of `store`
    holds and no named graph states: what the update put in the default graph alone. One look-up of
    each triple's quads (the graphs that state it), not a scan of the store."""
    alone = []
    for triple in triples:
        s, p, o = triple.subject, triple.predicate, triple.object
        graphs = [quad.graph_name for quad in store.quads_for_pattern(s, p, o)]
        if graphs and all(isinstance(g, ox.DefaultGraph) for g in graphs):
            alone.append(triple)
    return alone


class _Unsure(Exception):
    """The scan met something it cannot place: the update is taken to write any graph."""


_STOP = r"""\s{}()<>,;"'#"""
# An IRI, its \u and \U escapes in it (Oxigraph takes them: `<http://ex.org/\u0041#x>` is one IRI, whose `#`
# opens no comment that would hide the rest of the line from the scan: session 30, reviewer V).
_IRI_CHARS = r'[^<>"{}|^`\\\x00-\x20]*'
_IRI = rf"<{_IRI_CHARS}(?:(?:\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}){_IRI_CHARS})*>"
TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<comment>#[^\r\n]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\r\n]|\\.)*"'
    r"|'(?:[^'\\\r\n]|\\.)*')"
    r"|(?P<triple><<)"  # a triple term's opening, never an IRI's: `<<(?s?p'x>y')>>` holds no IRI `<(?s?p'x>`
    rf"|(?P<iri>{_IRI})"
    rf"|(?P<variable>[?$][^{_STOP}.]+)"
    rf"|(?P<blank>_:[^{_STOP}]+)"
    rf"|(?P<name>(?:[A-Za-z][\w.\-]*)?:(?:[^{_STOP}\\]|\\.)*)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<punctuation>.)",
    re.DOTALL,
)
SKIP = re.compile(  # the inside of a block: anything but braces, with strings, IRIs, comments whole
    # A backslash escapes the character after it (`ex:c\#x`, `ex:it\'s`: local names, PN_LOCAL_ESC), so
    # that character opens no comment or string. One character per step inside a string: a `+` there,
    # under the `*`, backtracked exponentially on a string that never closes.
    rf"""(?:[^{{}}"'#<\\]+|\\.|<<|{_IRI}|<"""
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\r\n]|\\.)*"'
    r"|'(?:[^'\\\r\n]|\\.)*'"
    r"|#[^\r\n]*)*"
)
ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# The pieces of a WHERE clause (`skip_clause`): as SKIP's, with parentheses apart. There `<` may be less-than
# (`FILTER(?o<'x>y')`, `FILTER(?o<?b#x>`): read as an IRI, `<'x>` made the scan take `'x>y'`'s closing quote
# for an opening one, and `<?b#x>` read on past a comment: the update's next operations were skipped as
# part of the WHERE clause, and the graphs they write were not levelled (session 30, reviewer V).
WHERE_PIECE = re.compile(
    rf"""(?P<plain>[^{{}}()"'#<\\]+)|(?P<escape>\\.)|(?P<iri>{_IRI})|(?P<less><)"""
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\r\n]|\\.)*"'
    r"|'(?:[^'\\\r\n]|\\.)*')"
    r"|(?P<comment>#[^\r\n]*)|(?P<open>[{(])|(?P<close>[})])"
)
NO_OPERAND = set("({[,;=!|&+*/")  # what ends no operand: a `<` after it is no less-than
AMBIGUOUS = set("'#()")  # an IRI holding one of these, where `<` may be less-than, may be no IRI


class _Scan:
    """One left-to-right pass over the tokens of an update (see graphs_touched)."""

    def __init__(self, text: str, base: str | None, prefixes: dict[str, str]) -> None:
        self.text, self.position, self.base, self.prefixes = text, 0, base, prefixes
        self.touched: set[str] = set()
        self.with_graph: str | None = None
        self.next: tuple[str, str] | None = None
        self.inserts_default = False  # an INSERT, ADD, COPY, MOVE or LOAD may write the default graph
        self.deletes_default = False  # a DELETE, CLEAR, DROP, COPY or MOVE may take triples out of it
        self.data_only = True  # every operation is an INSERT DATA (default_data)

    def peek(self) -> tuple[str, str]:
        if self.next is None:
            self.next = self._token()
        return self.next

    def _token(self) -> tuple[str, str]:
        while self.position < len(self.text):
            match = TOKEN.match(self.text, self.position)
            assert match is not None  # the last alternative takes any character
            self.position = match.end()
            if match.lastgroup not in ("space", "comment"):
                return match.lastgroup or "", match.group()
        return "end", ""

    def take(self) -> tuple[str, str]:
        token = self.peek()
        self.next = None
        return token

    def skip_block(self) -> None:
        """Past the `}` that closes the block just opened, reading strings, IRIs and comments
        whole and nothing else one by one (the bulk of an INSERT DATA goes in one regex run)."""
        depth = 1
        while depth:
            match = SKIP.match(self.text, self.position)
            self.position = match.end() if match else self.position
            if self.position >= len(self.text) or self.text[self.position] not in "{}":
                raise _Unsure  # a string that never closes, a lone backslash: not read as a brace
            depth += 1 if self.text[self.position] == "{" else -1
            self.position += 1

    def skip_where(self) -> None:
        """Past the `}` that closes the WHERE clause just opened, as skip_block, but unsure of an IRI that
        may be a less-than followed by what the IRI would hide (a quote, a comment, parentheses): where
        expressions are (inside parentheses: FILTER, BIND, a subquery's SELECT, GROUP BY, HAVING, ORDER
        BY) after something that can end an operand."""
        braces, parentheses, last = 1, 0, "{"
        while braces:
            match = WHERE_PIECE.match(self.text, self.position)
            if match is None:
                raise _Unsure  # a string that never closes, a lone backslash
            kind, piece = match.lastgroup, match.group()
            self.position = match.end()
            # after `<`, `<<(?s?p'x>y')>>` (a triple term) or `?o<<http://x#y>` (less than an IRI)
            maybe_less = last == "<" or (parentheses and last not in NO_OPERAND)
            if kind == "iri" and maybe_less and AMBIGUOUS & set(piece):
                raise _Unsure
            if kind == "open":
                braces, parentheses = (braces + 1, parentheses) if piece == "{" else (braces, parentheses + 1)
            elif kind == "close":
                braces, parentheses = (braces - 1, parentheses) if piece == "}" else (braces, parentheses - 1)
            if kind == "escape":  # a local name's escaped character (`ex:a\(`) ends an operand
                last = "a"
            elif kind != "comment" and piece.strip():
                last = piece.rstrip()[-1]

    def word(self) -> str:
        kind, text = self.peek()
        return text.upper() if kind == "word" else ""

    def expect(self, *words: str) -> None:
        if self.word() not in words:
            raise _Unsure
        self.take()

    def run(self) -> set[str]:
        while self.peek()[0] != "end":
            self.operation(*self.take())
        return self.touched

    def operation(self, kind: str, text: str) -> None:
        keyword = text.upper() if kind == "word" else ""
        if text != ";" and keyword not in ("PREFIX", "BASE") and (keyword, self.word()) != ("INSERT", "DATA"):
            self.data_only = False
        if text == ";":
            self.with_graph = None
        elif keyword == "PREFIX":
            name = self.take()[1]
            self.prefixes[name.rstrip(":")] = self.graph_name(self.take())
        elif keyword == "BASE":
            self.base = self.graph_name(self.take())
        elif keyword == "WITH":
            self.with_graph = self.graph_name(self.take())
        elif keyword in ("INSERT", "DELETE"):
            self.template(inserting=keyword == "INSERT")
        elif keyword in ("USING", "WHERE"):
            self.skip_clause()
        elif keyword in ("CLEAR", "DROP", "CREATE"):
            self.graph_ref(target=keyword != "CREATE")
        elif keyword in ("ADD", "COPY", "MOVE"):
            self.graph_ref(target=keyword == "MOVE")
            self.expect("TO")
            self.graph_ref(target=True, inserting=True)
        elif keyword == "LOAD":
            self.load()
        else:
            raise _Unsure

    def template(self, inserting: bool) -> None:
        """DELETE / INSERT [DATA | WHERE] { ... }: GRAPH names inside, WITH for its bare triples."""
        if self.word() in ("DATA", "WHERE"):
            self.take()
        if self.take()[1] != "{":
            raise _Unsure
        bare = False
        while True:
            kind, text = self.take()
            if kind == "end":
                raise _Unsure
            if text == "}":
                break
            if text == "{":  # a group inside the template holds bare triples
                bare = True
                self.skip_block()
            elif kind == "word" and text.upper() == "GRAPH":
                self.touched.add(self.graph_name(self.take()))
                if self.take()[1] != "{":
                    raise _Unsure
                self.skip_block()
            elif text not in (".", ";", ","):
                bare = True
        if bare and self.with_graph is not None:
            self.touched.add(self.with_graph)
        elif bare and inserting:
            self.inserts_default = True
        elif bare:
            self.deletes_default = True

    def skip_clause(self) -> None:
        """USING [NAMED] <g>, or WHERE { ... }: read, never written."""
        if self.word() == "NAMED":
            self.take()
        if self.peek()[1] != "{":
            self.take()
            return
        self.take()
        self.skip_where()

    def graph_ref(self, target: bool, inserting: bool = False) -> None:
        """[SILENT] (GRAPH name | name | DEFAULT | NAMED | ALL) of CLEAR, DROP, CREATE, ADD, MOVE, COPY."""
        if self.word() == "SILENT":
            self.take()
        if self.word() in ("DEFAULT", "NAMED", "ALL"):
            if self.take()[1].upper() != "DEFAULT" and target:
                raise _Unsure
            self.inserts_default |= inserting
            self.deletes_default |= target  # cleared, dropped, moved away, or copied over
            return
        if self.word() == "GRAPH":
            self.take()
        name = self.graph_name(self.take())
        if target:
            self.touched.add(name)

    def load(self) -> None:
        """LOAD [SILENT] <iri> [INTO GRAPH name]."""
        if self.word() == "SILENT":
            self.take()
        self.take()
        if self.word() == "INTO":
            self.take()
            self.expect("GRAPH")
            self.touched.add(self.graph_name(self.take()))
        else:
            self.inserts_default = True

    def graph_name(self, token: tuple[str, str]) -> str:
        """An IRI (a relative one against BASE) or a prefixed name that Oxigraph takes for one; anything
        else: unsure (`<http://ex.org/%zz>` was named, and reading the graph before the update raised
        ValueError out of EmbeddedStore.update and out of the server's write worker: session 30, V)."""
        name = self._graph_name(token)
        try:
            ox.NamedNode(name)
        except ValueError:
            raise _Unsure from None
        return name

    def _graph_name(self, token: tuple[str, str]) -> str:
        kind, text = token
        if kind == "iri" and "\\" not in text:
            iri = text[1:-1]
            if ABSOLUTE.match(iri):
                return iri
            if self.base is None:
                raise _Unsure
            return _resolved(iri, self.base)
        if kind == "name" and "\\" not in text and "%" not in text:
            prefix, _, local = text.partition(":")
            if prefix in self.prefixes:
                return self.prefixes[prefix] + local
        raise _Unsure


def _resolved(iri: str, base: str) -> str:
    """A relative IRI resolved against `base` by Oxigraph's own SPARQL parser, as the update's are:
    urllib's urljoin kept a base's fragment for `<>` (`BASE <http://ex.org/a#f>`: RFC 3986 drops it) and
    resolved nothing against a `tag:` or `urn:` base, so the scan named another graph than the one the
    update wrote, and the default graph was levelled for the wrong one (session 30, reviewer V)."""
    try:
        solutions = ox.Store().query(f"SELECT (<{iri}> AS ?iri) {{}}", base_iri=base)
        assert isinstance(solutions, ox.QuerySolutions)
        term = next(iter(solutions))[0]
    except (SyntaxError, ValueError, OSError, RuntimeError, StopIteration):
        raise _Unsure from None
    if not isinstance(term, ox.NamedNode):
        raise _Unsure
    return term.value


# --- The log -------------------------------------------------------------------------------------


# The index line's fields and their JSON kinds (Transaction's fields: `from __future__` makes those text).
TRANSACTION_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (int,),
    "time": (str,),
    "command": (str,),
    "operation": (str,),
    "added": (int,),
    "removed": (int,),
    "graphs": (list,),
    "uuid": (str,),
    "target": (str,),
    "reverts": (int,),
    "recovered": (bool,),
}
REQUIRED_FIELDS = ("id", "time", "command", "operation", "added", "removed", "graphs", "uuid")


def _of_kind(value: Any, kinds: tuple[type, ...]) -> bool:
    """Whether `value` is of one of `kinds`, a JSON true or false never counting as a number."""
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


@dataclass
class Transaction:
    """One line of the index."""

    id: int
    time: str
    command: str
    operation: str
    added: int
    removed: int
    graphs: list[str]
    uuid: str
    target: str | None = None
    reverts: int | None = None
    recovered: bool = False

    def json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and v is not False}

    @classmethod
    def from_json(cls, data: Any) -> Transaction:
        """The transaction of one index line; ValueError when the line is not one.

        Why each field is checked: the index is a file of the store, and a store may come from someone
        else (an archive, a shared folder). A line that was JSON of another shape (`[1, 2]`, an `id` of
        "x", a `time` of 12 or "yesterday", `graphs` of 5) reached the code that sorts, formats and
        dates transactions, and `kg history`, `kg sparql --as-of` ended in tracebacks."""
        if not isinstance(data, dict):
            raise ValueError(f"a JSON {type(data).__name__}, not an object")
        names = cls.__dataclass_fields__
        found = {k: v for k, v in data.items() if k in names}
        for name, kinds in TRANSACTION_FIELDS.items():
            value = found.get(name)
            required = name in REQUIRED_FIELDS
            if (value is None and required) or (value is not None and not _of_kind(value, kinds)):
                kind = " or ".join(k.__name__ for k in kinds)
                raise ValueError(f"its {name!r} is not {kind}: {value!r:.60}")
        if not all(isinstance(graph, str) for graph in found["graphs"]):
            raise ValueError("its 'graphs' are not all IRIs")
        if found["id"] < 1:
            raise ValueError(f"its 'id' is not a transaction number: {found['id']}")
        if datetime.fromisoformat(found["time"]).tzinfo is None:  # ValueError when it is no time at all
            raise ValueError(f"its 'time' has no offset from UTC: {found['time']!r:.60}")
        return cls(**found)

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.time)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def current_command() -> str:
    """The command line of this process as the user would type it (`kg ingest a.txt`), its passwords
    hidden: the history is kept with the store, copied and shown (`kg history`)."""
    argv = list(sys.argv) or ["python"]
    program = argv[0].replace("\\", "/")
    words = command_without_secrets(argv[1:])  # a --password, a URL's user information (kg.store.secrets)
    if Path(program).name == "kg" or program.endswith(("kg/cli/__main__.py", "kg/cli/main.py")):
        return shlex.join(["kg", *words])
    return shlex.join([Path(program).name, *words])


class History:
    """The history of the store at `path` (STORE/history/)."""

    def __init__(self, store_path: Path | str) -> None:
        self.store_path = Path(store_path)
        self.directory = self.store_path / DIRECTORY
        self.index = self.directory / INDEX
        self.patches = self.directory / PATCHES

    # Reading

    def exists(self) -> bool:
        return self.index.is_file() or self.patches.is_dir()

    def transactions(self) -> list[Transaction]:
        """Every indexed transaction, oldest first; a torn last line (a crash mid-append) is skipped
        with a warning; any other unreadable line is an error naming the file and line."""
        return self._read_index(warn=True)[0]

    def _read_index(self, warn: bool) -> tuple[list[Transaction], int]:
        """(transactions, byte length of the sound part of the index)."""
        try:
            data = regular_bytes(self.index)
        except FileNotFoundError:
            return [], 0
        return self._parse_index(data, warn)

    def _last(self) -> tuple[Transaction | None, int]:
        """(the last transaction, byte length of the sound part of the index), reading only the
        index's end. Why: every write needs them, and reading the whole index made each write cost
        in proportion to the store's past transactions (a batch of N documents: N^2 lines parsed).
        A damaged line met in the end read is told by the whole read, with its line number."""
        try:
            with open(opened_regular(self.index), "rb", closefd=True) as index:
                size = os.fstat(index.fileno()).st_size
        except FileNotFoundError:
            return None, 0
        except OSError as error:
            raise HistoryError(f"{self.index}: cannot be read: {error}") from None
        span = TAIL_BYTES
        while True:
            start = max(0, size - span)
            try:
                with open(opened_regular(self.index), "rb", closefd=True) as index:
                    index.seek(start)
                    data = index.read(size - start)
            except OSError as error:
                raise HistoryError(f"{self.index}: cannot be read: {error}") from None
            if start > 0:  # the first line read may be the end of a line: whole lines only
                cut = data.find(b"\n")
                data, start = (data[cut + 1 :], start + cut + 1) if cut >= 0 else (b"", size)
            try:
                found, sound = self._parse_index(data, warn=False)
            except HistoryError:
                found, sound = self._read_index(warn=False)  # raises, naming the line
                start = 0
            if found or start == 0 or span >= size:
                return (found[-1] if found else None), start + sound
            span *= 4

    def _parse_index(self, data: bytes, warn: bool) -> tuple[list[Transaction], int]:
        """The transactions of index lines, and the byte length of their sound part (a torn last
        line left out)."""
        found, sound, lines = [], 0, data.split(b"\n")
        for number, line in enumerate(lines, 1):
            last = number == len(lines)
            if not line.strip():
                sound += len(line) + (0 if last else 1)
                continue
            try:
                found.append(Transaction.from_json(json.loads(line)))
            except (ValueError, TypeError, RecursionError) as error:  # RecursionError: JSON nested deeply
                if last or (number == len(lines) - 1 and not lines[-1]):
                    if warn:
                        log.warning(
                            "%s, line %d: a torn last line (an interrupted write) is ignored",
                            self.index,
                            number,
                        )
                    break
                raise HistoryError(f"{self.index}, line {number}: not a transaction: {error}") from None
            if last:  # a complete JSON line without its newline is torn too: its fsync may not have happened
                found.pop()
                if warn:
                    log.warning(
                        "%s, line %d: a torn last line (an interrupted write) is ignored", self.index, number
                    )
                break
            sound += len(line) + 1
        return found, sound

    def get(self, transaction_id: int | str) -> Transaction:
        wanted = parse_id(transaction_id)
        for transaction in self.transactions():
            if transaction.id == wanted:
                return transaction
        raise HistoryError(
            f"no transaction {wanted} in the history of {self.store_path} ('kg history' lists them)"
        )

    def patch_path(self, transaction_id: int) -> Path:
        return self.patches / f"{transaction_id:06d}{SUFFIX}"

    def patch(self, transaction_id: int) -> Patch:
        return read_patch(self.patch_path(transaction_id))[0]

    def patch_text(self, transaction_id: int) -> str:
        path = self.patch_path(self.get(transaction_id).id)
        try:
            return regular_bytes(path).decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise HistoryError(f"{path}: cannot be read: {error}") from None

    def origin(self) -> dict[str, Any]:
        """When the history began and how many quads the store held then ({} when unknown)."""
        try:
            return dict(json.loads(regular_bytes(self.directory / ORIGIN)))
        except (OSError, HistoryError, ValueError, TypeError, RecursionError):  # not an object, or too deep
            return {}

    # Writing

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """The history's own lock: the RocksDB writer lock does not cover `kg push`, which records
        from a read-only store."""
        self.patches.mkdir(parents=True, exist_ok=True)
        with open(self.directory / LOCK, "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def begin(self, store: ox.Store | None) -> None:
        """Write origin.json once, when the history starts: whether the store was empty then (one
        quad looked for, not counted: a history may begin on a store of a million)."""
        origin = self.directory / ORIGIN
        if origin.exists():
            return
        empty = store is not None and next(_named_iter(store), None) is None
        write_durably(origin, json.dumps({"time": now_iso(), "empty": empty}) + "\n")

    def record(
        self,
        patch: Patch,
        operation: str,
        *,
        command: str | None = None,
        store: ox.Store | None = None,
        target: str | None = None,
        reverts: int | None = None,
        before: Callable[[], None] | None = None,
        intent: str | None = None,
    ) -> Transaction:
        """Append one transaction: its patch (fsynced) first, then its index line (fsynced).

        `before`, when given, runs after the patch is safely written and before it is indexed
        (a revert applies itself there: a crash in between is rolled forward by `recover`).
        `intent`: the id of this write's pending file (`intend`), which becomes the transaction's.
        """
        with self.locked():
            self._recover_locked(store, own_intent=intent)
            return self._record_locked(patch, operation, command, target, reverts, before, intent)

    def _record_locked(
        self,
        patch: Patch,
        operation: str,
        command: str | None,
        target: str | None = None,
        reverts: int | None = None,
        before: Callable[[], None] | None = None,
        intent: str | None = None,
        recovered: bool = False,
    ) -> Transaction:
        last, _ = self._last()
        moment = now_iso()
        if last is not None and moment < last.time:  # a clock set back: keep the log in order
            moment = last.time
        transaction = Transaction(
            id=(last.id if last else 0) + 1,
            time=moment,
            command=command if command is not None else current_command(),
            operation=operation,
            added=patch.added_count(),
            removed=len(patch.removed),
            graphs=patch.graphs(),
            uuid=intent or str(uuid.uuid4()),
            target=target,
            reverts=reverts,
            recovered=recovered,
        )
        headers = _headers(transaction, last)
        write_durably(self.patch_path(transaction.id), patch_chunks(patch, headers))
        if before is not None:
            before()
        self._append(transaction)
        if intent is not None:
            (self.directory / PENDING).unlink(missing_ok=True)
        return transaction

    def intend(self, graphs: list[str], before: set[ox.Quad], operation: str, command: str | None) -> str:
        """Write ahead, fsynced, what `graphs` hold before a write to them (`pending.rdfp`, its
        quads as D rows); the intent's id. A writer killed after its commit but before its patch is
        written leaves it, and the next writer records the difference from it (`_recover_pending`);
        one killed before the commit leaves a difference of nothing, and nothing is recorded."""
        intent = str(uuid.uuid4())
        headers = {
            "intent": header_term(intent),
            "operation": header_term(operation),
            "command": header_term(command if command is not None else current_command()),
            "graphs": header_term(json.dumps(graphs)),
        }
        self.patches.mkdir(parents=True, exist_ok=True)
        write_durably(self.directory / PENDING, patch_chunks(Patch(removed=list(before)), headers))
        return intent

    def discard(self, intent: str) -> None:
        """The write of `intent` failed, changing nothing: its pending file goes."""
        pending = self.directory / PENDING
        with contextlib.suppress(OSError, HistoryError):
            if pending.is_file() and _header_value(read_patch(pending)[1], "intent") == intent:
                pending.unlink()

    def _append(self, transaction: Transaction) -> None:
        _, sound = self._last()
        with self._index_for_appending() as index:
            if index.tell() > sound:  # cut a torn last line before appending
                index.truncate(sound)
            index.write(json.dumps(transaction.json(), ensure_ascii=False).encode("utf-8") + b"\n")
            index.flush()
            os.fsync(index.fileno())

    def _index_for_appending(self) -> BinaryIO:
        """The index opened to append, never through a symbolic link: a store unpacked from someone
        else's archive may hold one, and appending (and cutting a torn last line) would then write
        into whatever file it points to (the kernel refuses with O_NOFOLLOW, whatever our checks)."""
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(self.index, flags, 0o666)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise HistoryError(
                    f"{self.index}: a symbolic link: the history is not written through it (a store "
                    "folder must hold its own files; 'kg store check' tells what else is wrong)"
                ) from None
            raise
        return os.fdopen(descriptor, "ab")

    def unrecorded(self, store: ox.Store) -> tuple[Patch, datetime] | None:
        """A write killed after its commit and before its patch (`intend`), as a reader sees it: what it
        changed and when (its pending file's time); None when there is none, or it changed nothing (yet).

        Why: only the next writer records it, and until then `kg sparql --as-of 1` answered with the
        graph that write made, as if it had been there at transaction 1 (attack round 23)."""
        pending = self.directory / PENDING
        try:
            if not pending.is_file():
                return None
            before, headers = read_patch(pending)
            written = datetime.fromtimestamp(pending.stat().st_mtime, UTC)
        except (HistoryError, OSError):
            return None
        if _header_value(headers, "intent") in {t.uuid for t in self._read_index(warn=False)[0]}:
            return None
        graphs = json.loads(_header_value(headers, "graphs") or "[]")
        patch = diff(set(before.removed), named_quads(store, graphs))
        return (patch, written) if patch.removed or patch.added else None

    def recover(self, store: ox.Store) -> list[Transaction]:
        """Roll forward the patches written but not indexed (a crash between the two)."""
        if not self.patches.is_dir():
            return []
        with self.locked():
            return self._recover_locked(store)

    def _recover_locked(self, store: ox.Store | None, own_intent: str | None = None) -> list[Transaction]:
        recovered = self._recover_orphans(store)
        if store is not None:
            recovered += self._recover_pending(store, own_intent)
        return recovered

    def _recover_pending(self, store: ox.Store, own_intent: str | None) -> list[Transaction]:
        """A write killed between its commit and its patch: record what changed since its intent."""
        pending = self.directory / PENDING
        if not pending.is_file():
            return []
        try:
            before, headers = read_patch(pending)
        except HistoryError as error:  # torn while written: the write had not begun
            log.warning("%s", error)
            pending.unlink()
            return []
        value = lambda key: _header_value(headers, key) or ""  # noqa: E731
        if value("intent") == own_intent:
            return []
        if value("intent") in {t.uuid for t in self._read_index(warn=False)[0]}:
            pending.unlink()
            return []
        graphs = json.loads(value("graphs") or "[]")
        patch = diff(set(before.removed), named_quads(store, graphs))
        if not patch.removed and not patch.added:
            pending.unlink()
            return []
        done = self._record_locked(
            patch, value("operation"), value("command"), intent=value("intent"), recovered=True
        )
        log.warning("%s: a write was interrupted before it was recorded; recorded it as %d", pending, done.id)
        return [done]

    def _recover_orphans(self, store: ox.Store | None) -> list[Transaction]:
        newest, _ = self._last()
        last = newest.id if newest is not None else 0
        stems = (name.removesuffix(SUFFIX) for name in os.listdir(self.patches) if name.endswith(SUFFIX))
        numbered = sorted((int(stem), stem) for stem in stems if _numbered(stem) and int(stem) > last)
        orphans = [self.patches / f"{stem}{SUFFIX}" for _, stem in numbered]
        recovered = []
        for path in orphans:
            if store is None:  # a push records without the store's writer lock: leave them to a writer
                raise HistoryError(
                    f"{path}: a transaction was interrupted before it was indexed; run any write "
                    "to the store (a writer completes it) and try again"
                )
            patch, headers = read_patch(path)
            transaction = _from_headers(headers, patch, path)
            if _needs(patch, store):
                with stale_window(self.store_path, store, atomic=False):
                    patch.apply(store)
                    if transaction.operation == "revert":  # as `revert` finishes its own
                        drop_emptied(store, patch)
            if transaction.id != last + 1:
                path.unlink()  # a number already taken by a later index line: not ours to replay
                continue
            self._append(transaction)
            recovered.append(transaction)
            last = transaction.id
            log.warning("%s: transaction %d was interrupted before it was indexed; completed it", path, last)
        return recovered


def _needs(patch: Patch, store: ox.Store) -> bool:
    return any(q in store for q in patch.removed) or any(q not in store for q in patch.added)


def _named_iter(store: ox.Store | None) -> Iterator[ox.Quad]:
    if store is None:
        return
    for name in store.named_graphs():
        yield from store.quads_for_pattern(None, None, None, name)


HEADER_KEYS = ("time", "command", "operation", "target", "reverts", "graphs")


def _headers(transaction: Transaction, previous: Transaction | None) -> dict[str, str]:
    """The patch's headers: its id and the previous one's (RDF Patch `H id`, `H prev`), and the
    index line's fields, so that the index can be rebuilt from the patches."""
    headers = {"id": f"<uuid:{transaction.uuid}>"}
    if previous is not None:
        headers["prev"] = f"<uuid:{previous.uuid}>"
    headers["transaction"] = header_term(transaction.id)
    for key in HEADER_KEYS:
        value = getattr(transaction, key)
        if value is not None:
            headers[key] = header_term(json.dumps(value) if key == "graphs" else value)
    return headers


def _header_value(headers: dict[str, str], key: str) -> str | None:
    raw = headers.get(key)
    if raw is None:
        return None
    if raw.startswith("<") and raw.endswith(">"):
        return raw[1:-1]
    quads = list(ox.parse(f"<urn:h> <urn:h> {raw} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    return str(quads[0].object.value)


def _from_headers(headers: dict[str, str], patch: Patch, path: Path) -> Transaction:
    try:
        value = lambda key: _header_value(headers, key)  # noqa: E731
        reverts = value("reverts")
        return Transaction(
            id=int(value("transaction") or path.stem),
            time=value("time") or now_iso(),
            command=value("command") or "",
            operation=value("operation") or "",
            added=len(patch.added),
            removed=len(patch.removed),
            graphs=patch.graphs(),
            uuid=(value("id") or str(uuid.uuid4())).removeprefix("uuid:"),
            target=value("target"),
            reverts=int(reverts) if reverts else None,
            recovered=True,
        )
    except (SyntaxError, ValueError) as error:
        raise HistoryError(f"{path}: its headers cannot be read: {error}") from None


def write_durably(path: Path, text: str | Iterable[str]) -> None:
    """Write `path` whole or not at all: a file beside it, fsynced, renamed, the folder fsynced.
    `text`: the content, or its pieces in order (written one after the other: patch_chunks).

    The history's patches and index need it, and so does the marker of a large new graph
    (kg.store.embedded), which must be on disk before its first quad is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(staging, "w", encoding="utf-8") as out:
            out.writelines([text] if isinstance(text, str) else text)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:  # the pieces failed, or the disk: no staging file left behind
        staging.unlink(missing_ok=True)
        raise
    os.replace(staging, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


# --- Recording writes ------------------------------------------------------------------------------


@contextlib.contextmanager
def recording(
    path: Path | str,
    store: ox.Store,
    graphs: Iterable[str] | None,
    operation: str,
    command: str | None = None,
    added: Callable[[], list[ox.Quad] | Rows] | None = None,
) -> Iterator[None]:
    """Around one write to `store` that can change only `graphs` (any named graph when None):
    read them before and after, and record the difference. A write that raises is not recorded
    when it changed nothing (one transaction). When the graphs are known, what they held is written
    ahead (`History.intend`), so that a write killed after its commit is recorded by the next writer.

    `added`: the quads the write adds, in the form the store keeps them (kg.store.terms.Converter),
    when the caller knows them, as quads or as the lines they were written from (Rows:
    kg.store.lines.GraphLines). If the graphs held nothing before the write, those quads are what it
    changed, and they are recorded as they are instead of reading the graphs back from the store
    (a 1 MB document's 515,741 quads: 6 s and a second copy of them in memory). Else, and after a
    failure, the graphs are read back as always.
    """
    history = History(path)
    wanted = None if graphs is None else sorted(set(graphs))
    if not history.exists():
        history.patches.mkdir(parents=True, exist_ok=True)
        history.begin(store)
    if (history.directory / PENDING).is_file():
        # a write killed after its commit, before its patch: recorded before this write's intent takes
        # the file's place (the server's write worker opens the store without EmbeddedStore's recovery,
        # and its next write lost such a write from the history: attack round 23)
        history.recover(store)
    before = named_quads(store, wanted)
    # written ahead when the graphs are known (reading the whole store twice is cost enough)
    intent = history.intend(wanted, before, operation, command) if wanted is not None else None
    failed = True
    try:
        yield
        failed = False
    finally:
        if failed:  # changed nothing, as one transaction should; but see, rather than assume
            _after_failure(history, store, wanted, before, intent, operation, command)
    if added is not None and not before:
        written = added()
        if isinstance(written, list):  # quads: a set, as the store is, one of each
            patch = Patch(added=list(dict.fromkeys(written)))
        else:  # the lines the write was made from, sorted and distinct already (kg.store.lines)
            patch = Patch(added_rows=written)
    else:
        patch = diff(before, named_quads(store, wanted))
    if not patch.added_count() and not patch.removed:
        # an update that changed nothing (empty text, a prologue alone, ADD of a missing graph, the
        # same graph put back) is no transaction: `kg history` listed each as `+0 -0` (round 22 left it)
        if intent is not None:
            history.discard(intent)
        return
    history.record(patch, operation, command=command, store=store, intent=intent)


def _after_failure(
    history: History,
    store: ox.Store,
    graphs: list[str] | None,
    before: set[ox.Quad],
    intent: str | None,
    operation: str,
    command: str | None,
) -> None:
    """A write that raised: recorded if it changed something all the same (its resync failed
    after its commit, say), else its pending file goes. Never raises over the write's own error:
    what cannot be told now is told by the next writer (the pending file stays)."""
    with contextlib.suppress(Exception):
        patch = diff(before, named_quads(store, graphs))
        if patch.added or patch.removed:
            history.record(patch, operation, command=command, store=store, intent=intent)
        elif intent is not None:
            history.discard(intent)


@contextlib.contextmanager
def recorded_update(
    path: Path | str,
    store: ox.Store,
    update: str,
    base: str | None = None,
    command: str | None = None,
    prefixes: dict[str, str] | None = None,
) -> Iterator[None]:
    """`recording` around a SPARQL Update, reading only the graphs it can write (graphs_touched)."""
    with recording(path, store, graphs_touched(update, base, prefixes), "update", command):
        yield


def record_event(
    path: Path | str, operation: str, *, target: str | None = None, command: str | None = None
) -> Transaction | None:
    """A transaction that changed nothing in this store (a push from it): its time, command and target.

    None, with a warning, when it cannot be recorded: what it tells of happened elsewhere already.
    """
    try:
        return History(path).record(Patch(), operation, command=command, target=target)
    except (HistoryError, OSError) as error:
        log.warning("the %s was not recorded in the history of %s: %s", operation, path, error)
        return None


# --- Reverting -----------------------------------------------------------------------------------


def conflicts(history: History, transaction: Transaction, inverse: Patch, store: ox.Store) -> list[str]:
    """Why the inverse of `transaction` cannot be applied to the store as it is now: a quad it added
    that is gone, or one it removed that is back, each with the later transactions that did it."""
    gone = [q for q in inverse.removed if q not in store]
    back = [q for q in inverse.added if q in store]
    if not gone and not back:
        return []
    later = [t for t in history.transactions() if t.id > transaction.id]
    blamed = []
    for other in later:
        patch = history.patch(other.id)
        if set(patch.removed) & set(gone) or set(patch.added) & set(back):
            blamed.append(other.id)
    sample = (nquads_lines(gone[:1]) or nquads_lines(back[:1]))[0]
    return [
        f"{len(gone)} quad(s) it added are no longer in the store and {len(back)} it removed are back "
        f"(e.g. {sample}); changed later by transaction(s) "
        f"{', '.join(map(str, blamed)) or 'outside the history'}"
    ]


def revert_empties(path: Path | str, store: ox.Store, transaction_id: int | str) -> int:
    """How many quads reverting `transaction_id` would take out of a store it leaves with no named-graph
    quad at all; 0 when something would be left (or the revert would add some).

    Why: the first transaction of a built store is the whole store, and `kg history revert 1` emptied
    it in one line, exit 0 (round 22 left it); `kg history revert` asks first on a terminal, and says
    so afterwards (kg.cli.history.cmd_revert). Reading
    stops at the first quad the revert leaves, so a revert of a small write costs a step or two."""
    history = History(path)
    inverse = history.patch(history.get(transaction_id).id).inverse()
    if inverse.added or not inverse.removed:
        return 0
    removed = set(inverse.removed)
    if any(quad not in removed for quad in _named_iter(store)):
        return 0
    return len(removed)


def drop_emptied(store: ox.Store, patch: Patch) -> None:
    """Remove the named graphs `patch` (a revert) took the last quad out of, as `as_of` does: a graph the
    reverted transaction created did not exist before it. Why: `kg history revert` of a `kg ingest` left
    the document's graph in the store with no quad (Oxigraph keeps a named graph until it is removed), and
    ingesting the same document again was refused: "the store holds another version of this document
    (... 114 facts added, 0 removed)" (attack round 23); `GRAPH ?g {}` listed it too."""
    names = {quad.graph_name for quad in patch.removed}
    for name in names:
        if (
            isinstance(name, ox.NamedNode)
            and next(store.quads_for_pattern(None, None, None, name), None) is None
        ):
            store.remove_graph(name)


def nothing_to_revert(transaction: Transaction) -> str:
    """Why a transaction that changed no quad of this store is not reverted.

    Why: `kg history revert` of a push answered "reverted transaction 2 as transaction 3: +0 -0", exit 0,
    as if the remote store had been put back; it is not ours to change from here (attack round 23)."""
    article = "an" if transaction.operation[:1] in tuple("aeiou") else "a"
    what = f"{article} {transaction.operation}" + (f" to {transaction.target}" if transaction.target else "")
    told = f"cannot revert transaction {transaction.id}: it changed nothing in this store ({what})"
    if transaction.operation == "push":
        told += "; what it sent is not undone from here: push again to replace it there"
    return told + "; nothing was changed"


def revert(
    path: Path | str, store: ox.Store, transaction_id: int | str, command: str | None = None
) -> Transaction:
    """Undo one transaction as a new recorded one (operation "revert"); refused, with nothing
    changed, when later transactions changed the same quads in a way that conflicts."""
    history = History(path)
    history.recover(store)
    transaction = history.get(transaction_id)
    inverse = history.patch(transaction.id).inverse()
    if not inverse.added and not inverse.removed:
        raise HistoryError(nothing_to_revert(transaction))
    problems = conflicts(history, transaction, inverse, store)
    if problems:
        raise HistoryError(
            f"cannot revert transaction {transaction.id}: " + "; ".join(problems) + "; nothing was changed"
        )

    def apply() -> None:
        with stale_window(path, store, atomic=False):
            inverse.apply(store)
            drop_emptied(store, inverse)
        store.flush()

    return history.record(
        inverse, "revert", command=command, store=store, reverts=transaction.id, before=apply
    )


# --- The store as it stood -----------------------------------------------------------------------

DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def _numbered(stem: str) -> bool:
    """A patch file's name is a transaction id: ASCII digits, few enough for int() (a file named '²'
    or of 5,000 digits in a store's history folder ended its next writer in a ValueError)."""
    return stem.isascii() and stem.isdigit() and len(stem) <= 30


def parse_id(text: int | str) -> int:
    try:
        return int(str(text).strip())
    except ValueError:
        raise HistoryError(f"a transaction id is a number ('kg history' lists them), got {text!r}") from None


def parse_moment(text: str) -> int | datetime:
    """A transaction id (digits) or a moment: an ISO date (the end of that day, UTC: the store as it
    stood when the day was over) or datetime (UTC unless it says otherwise)."""
    text = text.strip()
    if text.isdigit():  # ASCII digits only, and few enough for int(): '²' or 5,000 digits were tracebacks
        return parse_id(text) if text.isascii() and len(text) <= 30 else _no_moment(text)
    try:
        if DATE.match(text):  # its last microsecond: the next day's first would not exist after 9999-12-31
            return datetime.combine(date.fromisoformat(text), time.max, UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        _no_moment(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _no_moment(text: str) -> NoReturn:
    shown = text if len(text) <= 60 else text[:60] + "..."
    raise HistoryError(
        "--as-of takes a transaction id, a date (2026-12-03) or a datetime (2026-12-03T18:30:00Z), "
        f"got {shown!r}"
    ) from None


def later_than(history: History, when: int | datetime) -> list[Transaction]:
    """The transactions after the moment (or after transaction `when`), newest first; an error for
    a moment before the history began when the store was not empty then (it is unknown)."""
    transactions = history.transactions()
    if isinstance(when, int):
        if when not in {t.id for t in transactions} and when != 0:
            raise HistoryError(
                f"no transaction {when} in the history of {history.store_path} ('kg history' lists them)"
            )
        undone = [t for t in transactions if t.id > when]
    else:
        undone = [t for t in transactions if t.moment > when]
    if transactions and len(undone) == len(transactions) and not history.origin().get("empty"):
        first = transactions[0]
        raise HistoryError(
            f"the history of {history.store_path} begins at {first.time} (transaction {first.id}); "
            "the store held data before that, which no history records"
        )
    return list(reversed(undone))


def as_of(path: Path | str, store: ox.Store, when: str) -> tuple[ox.Store, list[Transaction]]:
    """An in-memory copy of the store as it stood at `when` (parse_moment), its default graph the
    union of its named graphs; and the transactions undone to get there.

    Cost: the copy reads every named graph of the store (about as long as a bulk load of it), then
    applies the inverse patches of the later transactions, newest first.
    """
    history = History(path)
    moment = parse_moment(when)
    undone = later_than(history, moment)
    copy = ox.Store()
    copy.bulk_extend(_named_iter(store))
    emptied: set[str] = set()
    patches = [history.patch(transaction.id).inverse() for transaction in undone]
    unrecorded = history.unrecorded(store)
    if unrecorded is not None and (isinstance(moment, int) or moment < unrecorded[1]):
        patches.insert(0, unrecorded[0].inverse())  # the newest write of all
    for patch in patches:
        patch.apply(copy)
        emptied.update(str(q.graph_name.value) for q in patch.removed)  # type: ignore[union-attr]
    for name in emptied:  # a graph the later transactions created did not exist then
        if next(copy.quads_for_pattern(None, None, None, ox.NamedNode(name)), None) is None:
            copy.remove_graph(ox.NamedNode(name))
    resync(copy)
    return copy, undone
