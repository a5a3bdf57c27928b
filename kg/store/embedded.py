"""The embedded store: Oxigraph (RocksDB on disk, via pyoxigraph) in this process.

Why: rdflib in memory needs tens of seconds to parse a million triples and seconds per
query; the embedded Oxigraph store opens in well under a second and answers 10-50x faster.
rdflib stays the model for building, serializing and validating graphs.

A damaged store (kg.store.check): every corruption or I/O error of RocksDB or Oxigraph while
the store is opened or read is one DamagedStore line naming the store and the commands that
check, rebuild and reload it; a writer opens the store read-only first (RocksDB opened for
writing turns a store whose MANIFEST lost its column families into an empty one); the process's
memory is guarded while a store is open (kg.store.check.MemoryGuard); and a writer prunes the
`LOG.old.*` files RocksDB leaves, one per writer open (prune_info_logs).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.model.namespaces import PREFIXES, bind_prefixes
from kg.sparql.lexer import lex, may_have_from
from kg.sparql.named import QueryError
from kg.sparql.results import QueryResult
from kg.sparql.text import syntax_error
from kg.store.check import (
    DamagedStore,
    damaged,
    guard_memory,
    is_damage,
    looks_like_a_store,
    open_read_only,
    probe,
    unreadable,
    writer_lock,
)
from kg.store.check import release_memory as _release_memory
from kg.store.gate import hold_for_writing
from kg.store.generation import advance
from kg.store.interface import KnowledgeGraph, StoreError, refuse_unparseable
from kg.store.terms import Converter, ntriples, rdflib_triple, rows_from_tsv, term_converter
from kg.store.union import (
    ensure_union,
    leaving,
    listed_dataset,
    merged_dataset,
    query_options,
    stale_window,
    union_snapshot,
)
from kg.store.views import VIEWS
from kg.store.waiting import interruptible_here

if TYPE_CHECKING:
    from kg.store.history import Transaction
    from kg.store.lines import GraphLines

# kg.store.history (the transactions' record) is imported by the writes that record, not by every reader:
# `kg query` never writes (issue 16 point 1: 4-6 ms of its start).


def recording(*args: Any, **kwargs: Any) -> contextlib.AbstractContextManager:
    """kg.store.history.recording, imported when a write first records."""
    from kg.store.history import recording as record

    return record(*args, **kwargs)


def write_durably(path: Path, text: str) -> None:
    """kg.store.history.write_durably, imported when first used."""
    from kg.store.history import write_durably as write

    write(path, text)


STORE_VARIABLE = "ALLIANCE_KG_STORE"
BULK_FROM = 50_000  # quads from which a new graph goes to the bulk loader (EmbeddedStore._add_in_bulk)
BULK_CHUNK = 100_000  # quads given to the bulk loader at a time (its memory: EmbeddedStore._add_in_bulk)
ADDING = "alliance-kg.adding"  # the graphs a bulk add is writing, until it has finished


def store_location(path: Path | str | None = None) -> Path:
    """`path` when given (--store), else the default store (default_store_path).

    An empty string is refused rather than read as "not given": `--store ""` (an unset shell variable)
    or open_store("") from the Python API would otherwise open, or for a writer create, the default
    store in the current folder without a word."""
    if isinstance(path, str) and not path.strip():
        raise InputError(
            f"the store's path {path!r} is empty: name the store's folder, or leave the option out for"
            f" the default ({default_store_path()})"
        )
    return Path(path) if path else default_store_path()


def default_store_path() -> Path:
    """$ALLIANCE_KG_STORE, else .alliance-kg/store in the current folder, like dist/ (README: outputs).

    Never the source tree or the installed package: what a command writes goes where the user is.
    """
    configured = os.environ.get(STORE_VARIABLE)
    return Path(configured) if configured else Path.cwd() / ".alliance-kg" / "store"


def _lock_held(error: OSError) -> bool:
    return "lock" in str(error).lower()


INFO_LOGS_KEPT = 3


def prune_info_logs(path: Path, keep: int = INFO_LOGS_KEPT) -> None:
    """Delete all but the newest `keep` of the `LOG.old.*` files RocksDB leaves, one per writer open.

    Oxigraph sets RocksDB's info log (warnings only, 1 MB a file) but not `keep_log_file_num`
    (RocksDB's default: 1,000 files), and pyoxigraph passes no RocksDB option on: so the writer,
    which holds the store's lock (no other process rotates the logs meanwhile), prunes them.
    """

    def age(log: Path) -> tuple[int, float]:  # LOG.old.<microseconds>
        suffix = log.name.rsplit(".", 1)[-1]
        numbered = suffix.isascii() and suffix.isdigit() and len(suffix) < 30  # not '²', not 5,000 digits
        return (int(suffix) if numbered else 0, log.stat().st_mtime)

    with contextlib.suppress(OSError):
        old = sorted(path.glob("LOG.old.*"), key=age)
        for log in old[: max(len(old) - keep, 0)]:
            with contextlib.suppress(OSError):
                log.unlink()


class EmbeddedStore(KnowledgeGraph):
    """The persistent local store: Oxigraph (RocksDB) in this process."""

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = True,
        queries_directory: Path | None = None,
        announce_writes: bool = True,
        command: str | None = None,
    ) -> None:
        super().__init__(queries_directory)
        self.path = Path(path)
        self.readonly = readonly
        self.announce_writes = announce_writes  # raise the store's generation after each write
        self.command = command  # what the history records as the command (default: this process's)
        self._is_union = False  # whether the default graph is the union of the named graphs (kg.store.union)
        self._files_state: str | None = None  # a writer's: RocksDB's files as found (kg.store.digests)
        self._digests: dict[str, str] = {}  # graph IRI -> digest of its export, while true
        self._store: ox.Store | None = self._open()

    def _open(self) -> ox.Store:
        store = self._open_files()
        self._guard = guard_memory(self.path, writer=not self.readonly)  # bounded memory (kg.store.check)
        weakref.finalize(self, _release_memory, self._guard)
        if not self.readonly:
            prune_info_logs(self.path)
            self._keep_union(store)
            self._undo_unfinished_add(store)
            self._recover_history(store)
        return store

    def _recover_history(self, store: ox.Store) -> None:
        """Complete a transaction a crash left written but not indexed (kg.store.history)."""
        from kg.store.history import History

        try:
            if History(self.path).recover(store):
                self._written(None)  # a patch applied: named graphs may have changed since the digests
        except OSError as error:
            raise self._write_failed(error) from None

    def _keep_union(self, store: ox.Store) -> None:
        """A writer makes the default graph the union of the named graphs if it is not known to be."""
        try:
            ensure_union(self.path, store)
        except (OSError, RuntimeError) as error:
            raise self._write_failed(error) from None
        self._is_union = True

    def _open_files(self) -> ox.Store:
        if not (self.path / "CURRENT").is_file():
            if looks_like_a_store(self.path):
                raise damaged(self.path, "its CURRENT file is missing")
            if self.readonly:
                raise StoreError(
                    f"no store at {self.path}: run 'kg build' to create it, "
                    f"or pass --store PATH (or set {STORE_VARIABLE}), or a remote store's --endpoint URL "
                    "to the commands that take one"
                )
        elif self.readonly:  # damage told from a writer's passing change (kg.store.check)
            store, self._is_union = union_snapshot(self.path, lambda: open_read_only(self.path))
            return store
        self._gate = hold_for_writing(self.path)  # readers wait until close (kg.store.gate)
        weakref.finalize(self, self._gate.release)  # at the latest when this object goes
        try:
            # not as the last writer closed it: read-only first (RocksDB opened for writing empties some
            # damaged stores)
            if (self.path / "CURRENT").is_file() and not self._read_digests():
                probe(self.path)
            return self._open_for_writing()
        except BaseException:
            self._gate.release()
            raise

    def _open_for_writing(self) -> ox.Store:
        try:
            return ox.Store(str(self.path))
        except OSError as error:
            if _lock_held(error):
                raise StoreError(
                    f"the store at {self.path} is held by another writer (a running 'kg build', "
                    "'kg ingest' or server): wait for it to finish, or open the store read-only"
                ) from None
            raise unreadable(self.path, error) from None
        except (RuntimeError, ValueError) as error:
            raise unreadable(self.path, error) from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store, for what this API does not cover (benchmarks, validation)."""
        if self._store is None:
            raise StoreError(f"the store at {self.path} is closed")
        return self._store

    def __enter__(self) -> EmbeddedStore:
        return self

    def close(self) -> None:
        """Flush a writer's data to disk and let go of the store (and of its lock)."""
        store, self._store = self._store, None
        _release_memory(getattr(self, "_guard", None))
        if store is None or self.readonly:
            del store
            VIEWS.release_unheld()  # a read-only store's snapshot closes now (kg.store.views)
            return
        prune_info_logs(self.path)
        flushed = False
        try:
            store.flush()
            flushed = True
        except RuntimeError as error:  # RocksDB met damaged data while flushing
            raise damaged(self.path, error) from None
        except OSError as error:  # e.g. a full disk: what was committed is in RocksDB's log already
            raise StoreError(
                f"could not flush the store at {self.path}: {' '.join(str(error).split())}"
                " (free some disk space; committed writes are kept)"
            ) from None
        finally:
            del store  # the last reference: RocksDB closes here, and only then may readers open
            try:
                self._keep_digests(flushed)  # still holding the gate: no other writer has changed a file
            finally:
                self._gate.release()

    # --- digests of graphs, trusted while the files are as this writer left them (kg.store.digests) ---

    def _read_digests(self) -> bool:
        """The digests kept for the files as this writer finds them, before RocksDB opens (and changes
        them); whether the files are exactly as the last writer of kg left them once it had closed the
        store, flushed (kg.store.digests.read_kept: each file's name, size, modification time and inode).

        Why the answer: the read-only probe before a writer opens (kg.store.check.probe) guards against
        RocksDB turning a store whose MANIFEST lost its column families into an empty one; a store whose
        files are those a writer closed soundly, not one of them changed, added or removed since (a
        truncated MANIFEST, a copy, a crash, another program's write all change the state), is the store
        that writer had open, and the probe (12-15 CPU-ms, 17-28 ms wall on the 1e6 store, before `kg
        ingest` can send its document to the extraction process) is left out for it."""
        from kg.store.digests import files_state, read_kept

        self._files_state = files_state(self.path)
        kept, self._digests = read_kept(self.path, self._files_state) if self._files_state else (False, {})
        return kept

    def graph_digest(self, iri: URIRef) -> bytes | None:
        """The SHA-256 of graph `iri` as `export` writes it, when known without reading the graph: kept
        by the last writer for the files as they are (kg.store.digests), or given by `keep_digest` in
        this session, and not written since. None for a reader, which holds no gate."""
        found = self._digests.get(str(iri)) if not self.readonly else None
        return bytes.fromhex(found) if found is not None else None

    def keep_digest(self, iri: URIRef, digest: bytes) -> None:
        """Keep the SHA-256 of graph `iri` as `export` writes it now (a writer's: kept for the next one)."""
        if not self.readonly and self._files_state is not None:
            self._digests[str(iri)] = digest.hex()

    def _written(self, graphs: Iterable[str] | None) -> None:
        """Forget the digests of the graphs a write changed: all of them when which is not known."""
        if graphs is None:
            self._digests.clear()
            return
        for iri in graphs:
            self._digests.pop(str(iri), None)

    def _keep_digests(self, flushed: bool) -> None:
        """Once RocksDB is closed: the digests still true, for the files as they now are; none if the
        close did not finish (the next writer computes them again)."""
        from kg.store.digests import files_state, forget_digests, write_digests

        if self._files_state is None:
            return
        if not flushed:
            forget_digests(self.path)
            return
        write_digests(self.path, files_state(self.path), self._digests)

    def execute(self, form: str, text: str) -> QueryResult:
        refuse_unparseable(text)
        # In a thread of its own when asked from the main thread, so that an interrupt ends the wait
        # (kg.store.waiting): Oxigraph's answer is made, read and dropped in that thread (pyo3 lets it go
        # nowhere else), and only the converted result comes back.
        return interruptible_here(lambda: self._evaluate(form, text))

    def _evaluate(self, form: str, text: str) -> QueryResult:
        try:
            store, options = self._dataset(text)
            answer = store.query(text, prefixes=PREFIXES, **options)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except (OSError, RuntimeError) as error:
            raise self._failed(error) from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(form="ASK", boolean=bool(answer))
        try:  # Oxigraph evaluates lazily: errors can come while the answer is read
            if isinstance(answer, ox.QueryTriples):
                graph, convert = bind_prefixes(Graph()), term_converter()
                for triple in answer:
                    graph.add(rdflib_triple(triple, convert))
                return QueryResult(form=form, graph=graph)
            variables = [v.value for v in answer.variables]
            tsv = answer.serialize(format=ox.QueryResultsFormat.TSV) or b""
        except (OSError, RuntimeError) as error:
            raise self._failed(error) from None
        return QueryResult(form="SELECT", variables=variables, rows=rows_from_tsv(tsv, variables))

    def _dataset(self, text: str) -> tuple[ox.Store, dict]:
        """Where to ask `text`: the store and its default graph (the union, a set), or for FROM of
        several graphs a merged copy of them (kg.store.union.merged_dataset)."""
        store = self.oxigraph
        if may_have_from(text) and len(lex(text).from_graphs) >= 2:
            graphs = [g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
            listed = listed_dataset(text, graphs)
            if listed is not None:
                return merged_dataset(store, *listed)
        return store, query_options(store, self._is_union)

    def _failed(self, error: OSError | RuntimeError) -> StoreError | QueryError:
        """A failed query: the store's files (DamagedStore, naming the store), or the query itself."""
        if is_damage(error):
            return unreadable(self.path, error)
        return QueryError(f"the query failed: {' '.join(str(error).split())}")

    def graphs(self) -> list[URIRef]:
        try:
            names = list(self.oxigraph.named_graphs())
        except (OSError, RuntimeError) as error:
            raise unreadable(self.path, error) from None
        return sorted(URIRef(g.value) for g in names if isinstance(g, ox.NamedNode))

    def graph(self, iri: URIRef) -> Graph:
        graph = bind_prefixes(Graph(identifier=URIRef(iri)))
        try:
            for quad in self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(iri))):
                graph.add(rdflib_triple(quad))
        except (OSError, RuntimeError) as error:
            raise unreadable(self.path, error) from None
        return graph

    def export(self, iri: URIRef, rdf_format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        """One named graph serialized by Oxigraph (fast: no rdflib on the way), for push and downloads."""
        try:
            return self.oxigraph.dump(format=rdf_format, from_graph=ox.NamedNode(str(iri))) or b""
        except (OSError, RuntimeError) as error:
            raise unreadable(self.path, error) from None

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update as one transaction: every operation in it takes effect, or none does.

        Then the default graph is brought level with the named graphs (kg.store.union): for the
        graphs the update names, when it names them all and takes nothing out of the default graph
        itself (kg.store.history.update_scope), else across the whole store.
        """
        from kg.store.history import update_scope

        self._check_writable()
        scope = update_scope(sparql_update, prefixes=PREFIXES)
        self._written(None)  # before: a failed update may have written some of it
        levelled = scope.levelled_graphs()
        with (
            self._recording(scope.touched, "update"),
            stale_window(self.path, self.oxigraph, graphs=levelled),
        ):
            self._write(sparql_update)
        self._announce()

    def _recording(
        self,
        graphs: list[str] | set[str] | None,
        operation: str,
        added: Callable[[], list[ox.Quad] | GraphLines] | None = None,
    ) -> contextlib.AbstractContextManager:
        """Record the write in the store's history (kg.store.history): the graphs it can change,
        read before and after (`added`: the quads it adds, when known: kg.store.history.recording).
        Reading them meets damaged data first: that is DamagedStore, as for the write itself (kg build
        then replaces the store)."""
        return self._damage_told(
            recording(self.path, self.oxigraph, graphs, operation, self.command, added=added)
        )

    @contextlib.contextmanager
    def _damage_told(self, inner: contextlib.AbstractContextManager) -> Iterator[None]:
        try:
            with inner:
                yield
        except RuntimeError as error:
            if is_damage(error):
                raise damaged(self.path, error) from None
            raise

    def _write(self, sparql_update: str) -> None:
        try:
            self.oxigraph.update(sparql_update, prefixes=PREFIXES)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except (OSError, RuntimeError, ValueError) as error:
            raise self._write_failed(error) from None

    def _write_failed(self, error: Exception) -> StoreError:
        if isinstance(error, RuntimeError) and is_damage(error):
            return damaged(self.path, error)
        return StoreError(f"the write failed, nothing was changed: {' '.join(str(error).split())}")

    def _announce(self) -> None:
        if self.announce_writes:
            advance(self.path)  # servers reading this store reopen their views (kg.store.generation)

    def replace_graphs(
        self,
        graphs: Mapping[URIRef, Graph],
        *,
        clear_others: bool = False,
        lines: GraphLines | None = None,
    ) -> None:
        """One transaction that keeps the default graph the union: graphs the store does not hold yet
        (what `kg ingest` writes most) are added from their N-Triples lines (`add_new_graphs`);
        otherwise one SPARQL Update (DROP, then INSERT DATA of every graph and of their triples into the
        default graph). `lines`: the graphs' lines (kg.store.lines.GraphLines), when the caller made
        them already (kg.pipeline.ingest reads them while the write runs); used only when the store
        holds none of the graphs."""
        from kg.store.history import ANY_GRAPH
        from kg.store.lines import GraphLines

        self._check_writable()
        touched = ANY_GRAPH if clear_others else [str(iri) for iri in graphs]
        new = not clear_others and not any(self.holds_graph(iri) for iri in graphs)
        named = (GraphLines.of(graphs) if lines is None else lines) if new else None
        written = None if named is None else lambda: named  # the history records them, not a read-back
        self._written(None if clear_others else touched)
        with self._recording(touched, "replace-all" if clear_others else "replace", written):
            if named is not None:
                self._add_new_graphs(named)
            else:
                self._write(replacement_update(graphs, clear_others=clear_others))
        self._announce()

    def holds_no_graph(self) -> bool:
        """Whether the store has no named graph at all (one step of the graph listing, not all of it)."""
        try:
            return next(iter(self.oxigraph.named_graphs()), None) is None
        except (OSError, RuntimeError) as error:
            raise unreadable(self.path, error) from None

    def holds_graph(self, iri: URIRef) -> bool:
        """Whether the store has a named graph `iri` (one index look-up: listing the graphs of a
        large store to ask for one cost 0.1 s at 4,800 graphs)."""
        try:
            return bool(self.oxigraph.contains_named_graph(ox.NamedNode(str(iri))))
        except (OSError, RuntimeError) as error:
            raise unreadable(self.path, error) from None

    def _add_new_graphs(self, named: GraphLines) -> None:
        """Graphs the store does not hold (`named`: their lines), and their triples in the default
        graph, in one transaction (pyoxigraph's `extend`). Why not INSERT DATA: writing the graph out
        as SPARQL text and parsing it again cost more than the write itself and grew faster than the
        graph (a 62,000-triple document: 15.9 CPU-s as text and update, 4.7 s as quads); and INSERT
        DATA names blank nodes anew. Nothing to drop, nothing leaves the default graph: the update's
        other half is empty for a new graph. The quads, named and default-graph copies, are parsed
        from the lines a piece at a time as the store takes them (kg.store.lines), never all held."""
        quads = itertools.chain.from_iterable(named.quad_pieces(max(BULK_CHUNK // 2, 1)))
        try:
            if 2 * len(named) <= BULK_FROM:
                self.oxigraph.extend(quads)
            else:
                self._add_in_bulk(quads, [URIRef(iri) for iri in named.graphs])
        except (OSError, RuntimeError, ValueError, SyntaxError) as error:
            raise self._write_failed(error) from None

    def _add_in_bulk(self, quads: Iterable[ox.Quad], graphs: list[URIRef]) -> None:
        """A large new graph by Oxigraph's bulk loader (table files written and ingested), all or
        nothing all the same.

        Why: one Oxigraph transaction costs more per quad the larger it is (120,000 quads 2.2 CPU-s,
        1,200,000 quads 45 s: 20x for 10x), and the bulk loader is linear and 4x faster (a 62,000-triple
        document's 124,000 quads: 0.8 s against 3.2 s). It is not a transaction: readers never see a
        part all the same, since they open their views only while no writer holds the store
        (kg.store.gate); a failure takes the part written out again; a crash leaves the graphs' names in
        ADDING, and the next writer takes the part out before anything else (`_undo_unfinished_add`),
        so the store holds the graphs as they were (none), and the history records nothing.

        The quads go to the loader BULK_CHUNK at a time: given all at once, it held them all in memory
        before writing (a 1 MB document's 1,031,482 quads: 1.1 GB more at its peak, 2,336 MB against
        1,345 MB in chunks, for the same 10 CPU-s). `quads` are parsed from their lines as the chunks
        are taken (kg.store.lines.GraphLines.quad_pieces: C iterators, no Python frame per quad), and
        each chunk is given as an iterator, not a list: the loader converts each Python quad as it
        pulls it, so a chunk's Python quads are never all alive (session 29, a 1 MB list-heavy
        document's 1,031,482 quads: 7.1 -> 5.9 CPU-s, +206 -> +139 MB at the loader's peak). A
        failure or a crash after some chunks is undone as one after some quads is."""
        marker = self.path / ADDING
        write_durably(marker, "\n".join(str(iri) for iri in graphs) + "\n")
        try:
            given = iter(quads)
            for first in given:  # each chunk an iterator the loader pulls: no list of Python quads
                self.oxigraph.bulk_extend(itertools.chain((first,), itertools.islice(given, BULK_CHUNK - 1)))
        except BaseException:
            self._undo_add(self.oxigraph, graphs)
            raise
        self.oxigraph.flush()
        marker.unlink()

    def _undo_add(self, store: ox.Store, graphs: list[URIRef] | list[str]) -> None:
        """Take the graphs being added out again (and their triples out of the default graph), in one
        transaction; the marker goes once that has committed."""
        names = [ox.NamedNode(str(iri)).value for iri in graphs]  # ValueError for a name that is no IRI
        store.update(" ;\n".join([leaving(names), *(f"DROP SILENT GRAPH <{iri}>" for iri in names)]))
        store.flush()
        (self.path / ADDING).unlink(missing_ok=True)

    def _undo_unfinished_add(self, store: ox.Store) -> None:
        """A writer killed while bulk-loading a large new graph (ADDING names the graphs): what it
        wrote goes, before the history looks at the store (it then finds nothing to record)."""
        marker = self.path / ADDING
        try:
            names = [line for line in marker.read_text(encoding="utf-8").splitlines() if line.strip()]
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as error:
            raise self._write_failed(error) from None
        self._written(None)
        try:
            self._undo_add(store, names)
        except (OSError, RuntimeError, ValueError) as error:
            raise self._write_failed(error) from None

    def revert(self, transaction_id: int | str) -> Transaction:
        """Undo one transaction of the history as a new recorded one (kg.store.history.revert)."""
        from kg.store.history import revert

        self._check_writable()
        self._written(None)
        try:
            done = revert(self.path, self.oxigraph, transaction_id, self.command)
        except (OSError, RuntimeError) as error:
            raise self._write_failed(error) from None
        self._announce()
        return done

    def as_of(self, when: str) -> EmbeddedStore:
        """A read-only view of the store as it stood at `when` (a transaction id, an ISO date or
        datetime): an in-memory copy with the later transactions undone (kg.store.history.as_of)."""
        from kg.store.history import as_of

        copy, _ = as_of(self.path, self.oxigraph, when)
        past = EmbeddedStore.__new__(EmbeddedStore)
        KnowledgeGraph.__init__(past, self.queries_directory)
        past.path, past.readonly, past.announce_writes, past.command = self.path, True, False, None
        past._is_union, past._store = True, copy
        return past

    def bulk_load(self, path: Path, *, graph: URIRef | None = None) -> None:
        """Load a large file fast, outside transactions: only for filling a new store (benchmarks)."""
        from kg.store.history import History, Patch, named_quads

        self._check_writable()
        rdf_format = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        if rdf_format is None:
            raise InputError(f"{path}: unknown RDF file type")
        target = ox.NamedNode(str(graph)) if graph is not None else None
        self._written(None)
        history = History(self.path)
        history.begin(self.oxigraph)
        new = self._new_quads(path, rdf_format, target) if self.graphs() else None
        with stale_window(self.path, self.oxigraph, atomic=False):
            if new is None:  # a new store: what it holds afterwards is what was added
                self.oxigraph.bulk_load(path=str(path), format=rdf_format, to_graph=target)
            else:  # the very quads parsed (the bulk loader would name blank nodes anew)
                self.oxigraph.bulk_extend(new)
        self.oxigraph.optimize()
        added = new if new is not None else list(named_quads(self.oxigraph))
        history.record(Patch(added=added), "bulk-load", command=self.command, store=self.oxigraph)

    def _new_quads(self, path: Path, rdf_format: ox.RdfFormat, graph: ox.NamedNode | None) -> list[ox.Quad]:
        """The quads of the file the store does not hold yet (what a load into a non-empty store adds):
        Oxigraph's parser keeps blank node labels, as its bulk loader does."""
        store, found = self.oxigraph, []
        for quad in ox.parse(path=str(path), format=rdf_format):
            if graph is not None:
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, graph)
            if not isinstance(quad.graph_name, ox.DefaultGraph) and quad not in store:
                found.append(quad)
        return list(dict.fromkeys(found))


def replacement_update(graphs: Mapping[URIRef, Graph], *, clear_others: bool = False) -> str:
    """The SPARQL Update text that replaces `graphs`: all graphs in one INSERT DATA (shared blank nodes).

    It keeps the default graph the union of the named graphs (kg.store.union): the triples only
    the old graphs stated leave it first, and the new graphs' triples go into it in the same
    INSERT DATA, with the same blank node labels, so that they are the same nodes.
    """
    if clear_others:
        drops = ["CLEAR ALL"]
    else:
        drops = [leaving(map(str, graphs)), *(f"DROP SILENT GRAPH <{iri}>" for iri in graphs)]
    texts = {iri: ntriples(graph) for iri, graph in graphs.items() if len(graph)}
    blocks = [f"GRAPH <{iri}> {{\n{text}}}" for iri, text in texts.items()]
    blocks += [text for text in texts.values()]  # the default graph: Oxigraph keeps one of each triple
    operations = [*drops, "INSERT DATA {\n" + "\n".join(blocks) + "\n}"] if blocks else drops
    return " ;\n".join(op for op in operations if op)


def new_graph_quads(graphs: Mapping[URIRef, Graph]) -> list[ox.Quad]:
    """The graphs' triples as quads of their named graphs (one Converter: blank nodes fresh, one store
    node per rdflib node), as EmbeddedStore.replace_graphs added graphs the store does not hold before
    it wrote them from their lines (kg.store.lines); kept for readers that want the quads."""
    convert = Converter()
    quads: list[ox.Quad] = []
    for iri, graph in graphs.items():
        quads += convert.quads(graph, ox.NamedNode(str(iri)))
    return quads


def write_committed() -> None:
    """Called by the writers (write_store; kg.pipeline.ingest.write_register_graph) as soon as their
    write has committed. It does nothing: kg.testing.faults replaces it with a marker on stderr, so
    that a kill trial knows whether it landed inside the write window."""


def write_store(graphs: Mapping[URIRef, Graph], path: Path | None = None, keep_others: bool = False) -> Path:
    """Make the store at `path` hold exactly `graphs` (what `kg build` does), atomically; with
    `keep_others`, replace only `graphs` and keep every other graph an existing store holds (the
    documents ingested into it: `kg build --keep-documents`).

    An existing store is rewritten in one transaction while this process holds its lock;
    a new store is filled in a staging directory and renamed into place, so no reader
    ever finds a half-made store. A damaged store is replaced like that too (its data is of no
    use: `kg build` makes all of it again), while its writer lock is held.
    """
    from kg.model.rdfio import atomic_directory

    path = store_location(path)
    if (path / "CURRENT").is_file():
        try:
            with EmbeddedStore(path, readonly=False) as store:
                store.replace_graphs(graphs, clear_others=not keep_others)
                write_committed()
            return path
        except DamagedStore:
            pass
    with writer_lock(path), atomic_directory(path) as staging:
        store = EmbeddedStore(staging, readonly=False, announce_writes=False)
        try:
            store.replace_graphs(graphs, clear_others=True)
        finally:
            store.close()
            del store
    write_committed()  # the staging directory is in place
    advance(path)
    return path
