"""A visitor's SPARQL Update may not write a term longer than MAX_TERM_CHARS (attack round 18).

Why: every other way into a store is held to kg.model.rdfguard's limit on one term (262,144
characters: files, Graph Store uploads, documents through their size cap), but an update sent with
the token was not: `INSERT { <r> rdfs:label ?v } WHERE { BIND(CONCAT(...)) }` doubling 22 times
wrote a label of 64 MiB, which pyoxigraph then decodes whole at every read (0.35 s a read, the GIL
held): eight visitors of its page waited 9 s each, its Turtle document was 67 MB past
`--max-answer-bytes`, and the store's history held a 67 MB patch (section 27).

How, in the write worker, before the update is made (an update is one transaction, made or not: it
cannot be taken back once a check after it finds the term):

- An update whose INSERT has a WHERE clause can compute its terms (CONCAT, GROUP_CONCAT, REPLACE,
  IRI, ...): it runs first on a checkpoint of the store (`ox.Store.backup`: RocksDB's hard links,
  milliseconds on the store's own disk) in the store's folder, which is then scanned for terms over
  the limit in the graphs the update may write; a term found there and not in the store is new.
- An update of data only (INSERT DATA, DELETE DATA, graph management) writes only the terms its
  text spells: none can be over the limit when the text is not, and a longer text is run on an
  empty store in memory, as kg.store.history.default_data does, and its triples measured.

A Graph Store upload needs neither: its body passed rdfguard's limit on terms.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from kg.model.namespaces import PREFIXES
from kg.model.rdfguard import MAX_TERM_CHARS
from kg.server.queries import bound
from kg.sparql.lexer import lex

DRY_RUN = "alliance-kg.dry-run"  # the checkpoint's folder, in the store's folder (same disk: hard links)
COMPUTED_INSERT = re.compile(r"\bINSERT\b(?!\s*DATA\b)", re.IGNORECASE)
# What may stand between a function's name and its empty argument list: white space and comments.
EMPTY_ARGUMENTS = re.compile(r"(?:\s|#[^\r\n]*)*+\((?:\s|#[^\r\n]*)*+\)")
DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime"


class TermTooLong(Exception):
    """The update would write a term longer than MAX_TERM_CHARS: nothing was changed."""


class Unverifiable(Exception):
    """The update computes what it writes with RAND(), UUID() or STRUUID(): its dry run says nothing of
    its run (400). NOW() is pinned to one value in both runs instead (pin_now)."""


def check_terms(
    store: ox.Store, path: str, update: str, base: str | None, graphs: set[str] | None, default: bool = True
) -> None:
    """TermTooLong when `update` would write a term (IRI or literal) of more than MAX_TERM_CHARS
    characters to `store` (at `path`); `graphs`: the named graphs it may write (None: any),
    `default`: whether it may write the default graph."""
    lexed = lex(update)
    if COMPUTED_INSERT.search(lexed.keywords):
        # (functions of the moment: their value differs from one run to the next, SUBSTR(?long, 1, RAND() *
        # 1e6) short in the dry run and long in the run after it; NOW() is pinned first, by pin_now)
        if lexed.moments:
            name = lexed.moments[0][1]
            raise Unverifiable(
                f"an update whose INSERT computes its values may not call {name}(): this endpoint runs such "
                "an update once first to measure what it writes, and the value would differ the second "
                "time; compute it in your client and send it as data"
            )
        return _dry_run(store, Path(path), update, base, _scans(graphs, default))
    if len(update) <= MAX_TERM_CHARS:
        return None
    scratch = ox.Store()
    try:
        scratch.update(update, prefixes=PREFIXES, base_iri=base)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        return None  # the store itself says what is wrong with it
    for quad in scratch:
        _refuse_long(quad)
    return None


def pin_now(update: str, moment: datetime | None = None) -> str:
    """`update` with each call of NOW() replaced by one xsd:dateTime literal (the moment of the call to
    this function, or `moment`), so that the dry run and the run after it compute the same values from it
    (attack round 19: `INSERT { ?s dcterms:modified ?t } WHERE { BIND(NOW() AS ?t) }` was refused). SPARQL
    gives NOW() one value in one execution of an update, so the update means what it meant. The calls
    are found by the lexer, as Oxigraph reads the text (a NOW inside a string, an IRI, a comment or a
    prefixed name is none); only the call's own characters are replaced, by text of this function's."""
    calls = lex(update).moments
    if not any(name == "NOW" for _, name in calls):
        return update
    stamp = (moment or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    literal = f' "{stamp.replace("+00:00", "Z")}"^^<{DATE_TIME}> '
    pieces, end = [], 0
    for start, name in calls:
        arguments = EMPTY_ARGUMENTS.match(update, start + len(name)) if name == "NOW" else None
        if arguments is None:  # not NOW, or not called as NOW(): the store says what is wrong with it
            continue
        pieces += [update[end:start], literal]
        end = arguments.end()
    return "".join([*pieces, update[end:]])


def discard_dry_run(path: str) -> None:
    """Remove a checkpoint a write worker killed at the time limit left in the store's folder: its hard
    links would keep the disk space of files RocksDB has since compacted away. Every write worker calls
    this (it holds the store's gate: no other dry run is under way)."""
    shutil.rmtree(Path(path) / DRY_RUN, ignore_errors=True)


def _scans(graphs: set[str] | None, default: bool) -> list[str]:
    """The queries of quads holding a term over the limit in `graphs` (every named graph when None) and,
    when `default`, in the default graph (where an update without GRAPH writes)."""
    named = {} if graphs is None else {"graph": [ox.NamedNode(g) for g in sorted(graphs)]}
    scans = [bound("long-terms-named", **named)]  # both files write MAX_TERM_CHARS out
    return [*scans, bound("long-terms-default")] if default else scans


def _dry_run(store: ox.Store, path: Path, update: str, base: str | None, scans: list[str]) -> None:
    folder = path / DRY_RUN
    discard_dry_run(str(path))
    try:
        store.backup(str(folder))
        found = _long_quads_after(folder, update, base, scans)
    finally:  # the copy is closed: its last reference went with _long_quads_after's frame
        shutil.rmtree(folder, ignore_errors=True)
    for quad in found:
        if quad not in store:  # a term the store held before (written before this limit) may stay
            _refuse_long(quad)
    return None


def _long_quads_after(folder: Path, update: str, base: str | None, scans: list[str]) -> list[ox.Quad]:
    """The quads `scans` find on the checkpoint at `folder` once `update` has run there ([] when the update
    fails: the store itself says what is wrong with it, and it changes nothing there either)."""
    copy = ox.Store(str(folder))
    try:
        copy.update(update, prefixes=PREFIXES, base_iri=base)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        return []
    found: list[ox.Quad] = []
    for scan in scans:
        rows = copy.query(scan)
        assert isinstance(rows, ox.QuerySolutions)
        named = "graph" in [v.value for v in rows.variables]
        found += [ox.Quad(r["s"], r["p"], r["o"], r["graph"] if named else ox.DefaultGraph()) for r in rows]
    return found


def _refuse_long(quad: ox.Quad) -> None:
    for role, term in (("subject", quad.subject), ("predicate", quad.predicate), ("object", quad.object)):
        if isinstance(term, (ox.NamedNode, ox.Literal)) and len(term.value) > MAX_TERM_CHARS:
            kind = "an IRI" if isinstance(term, ox.NamedNode) else "a literal"
            raise TermTooLong(
                f"the update would write {kind} of {len(term.value):,} characters as a triple's {role}, "
                f"longer than the limit of {MAX_TERM_CHARS:,} characters on one term; nothing was changed: "
                "write shorter values (SUBSTR), or split the text over several triples"
            )
