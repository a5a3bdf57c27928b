"""A damaged store: one line that says what to do, memory that stays bounded, and `kg store check`.

What damage does (reproduced on copies of a built store; tests/store/test_damaged_store.py):

* A truncated, emptied or missing SST file, a garbled or missing CURRENT, a MANIFEST cut short:
  RocksDB refuses to open the store (`Corruption: Sst file size mismatch ...`, `Invalid argument:
  Column family not found: spog`, `IO error: ...`), which pyoxigraph raises as RuntimeError or
  OSError, a traceback from every command until now.
* Flipped bytes inside a data block: the store opens, and reads of that block fail their checksum
  (`Corruption: block checksum mismatch`). Most reads raise. But a SPARQL aggregate over a scan
  that meets the block (`SELECT (COUNT(*) AS ?n) {?s ?p ?o}`) never ends: Oxigraph's scan keeps
  returning the same error and its evaluator keeps every one, ~500 MB/s until the machine is out
  of memory. An address-space limit (`ulimit -v`) does not help: Rust aborts the process when an
  allocation fails (`memory allocation of 24 bytes failed`, SIGABRT, exit status 134).
* A writer opening a store whose MANIFEST lost its column families creates them empty and deletes
  the SST files it no longer knows: the damaged store silently becomes an empty one.

What is done about it:

* `damaged(path, reason)` is the one error for all of it (StoreError, exit status 2): one line
  naming the store and the commands that check, rebuild and reload it. kg.store.embedded raises
  it for every RocksDB/Oxigraph corruption or I/O error while opening or reading, and opens a
  store read-only before opening it for writing (`probe`), so that no writer ever opens a damaged
  store. A read-only open that meets a writer's compaction (an SST just deleted) is tried again,
  and a failure while another process holds the writer lock says so (`unreadable`): that is no
  damage.
* Memory is bounded by `MemoryGuard`, a watchdog thread that runs while a store is open and ends
  the process with that one line and exit status 2 when its memory passes the limit. Why a thread:
  pyoxigraph releases the GIL for all of a query's evaluation, the iteration of its answers and
  their serialization (`py.detach` in its sparql.rs), so a Python thread keeps running while
  Oxigraph grows (and Python code that grows hands it the GIL every 5 ms); the evaluation itself
  cannot be interrupted, so the guard ends the process (`os._exit`:
  a reader has nothing to save, and a writer's transaction is all or nothing even when killed,
  tests/robustness/test_faults_store.py). An RLIMIT_AS alone would bound memory but end in
  Rust's abort, with no word about the store; reading every index before each command would cost
  what `kg store check` costs (tens of seconds at 1e6 quads) on every open; a child process per query
  would cost a process start per query and a second copy of every answer. The guard's limit is
  $ALLIANCE_KG_MEMORY_LIMIT (bytes, with K/M/G/T, or a percentage of physical memory, or `off`),
  by default half of physical memory (or of the cgroup's limit, when lower) for a writer, and
  that but at most 4 GiB for a process that only reads (at ~100-500 MB/s a runaway reaches it
  within seconds, where half of a large machine's memory took minutes); when the process has
  an address-space limit (`ulimit -v`, `prlimit --as`) the guard also speaks at half of it: the
  runaway grows by doubling buffers (a 513 MB step of address space was measured), and from below
  half the limit no doubling reaches it, so the guard speaks before Rust would abort. Where
  /proc/self/statm does not exist (not Linux) there is no guard.
* `check_store` reads every named graph end to end and every index of the store in full
  (`kg store check [PATH]`), and compares it with the published N-Quads when asked;
  `load_store` replaces a store by the graphs of dist/alliance-kg.nq (`kg store load [PATH]`).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shlex
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.model.rdfio import atomic_directory
from kg.store.gate import reader, try_reader, writer_active
from kg.store.generation import advance
from kg.store.interface import StoreError
from kg.store.union import ensure_union
from kg.store.views import VIEWS

MEMORY_VARIABLE = "ALLIANCE_KG_MEMORY_LIMIT"
DEFAULT_MEMORY_SHARE = 0.5  # of physical memory (or of the cgroup's limit)
READER_MEMORY = 4 * 2**30  # at most, by default, for a process that only reads stores
ADDRESS_SPACE_SHARE = 0.5  # of RLIMIT_AS, when set: below it, no doubling of a buffer reaches the limit
GUARD_INTERVAL = 0.05  # seconds: ~25 MB at the 500 MB/s of a runaway query
REASON_CHARACTERS = 240
# Files that make a directory a RocksDB store (a directory without them is no store at all).
STORE_FILES = re.compile(r"CURRENT|IDENTITY|MANIFEST-\d+|OPTIONS-\d+|\d+\.(sst|log)")
# What Oxigraph and RocksDB say of damaged or unreadable data (RuntimeError; OSError is always I/O).
DAMAGE_WORDS = re.compile(
    r"corrupt|checksum|column family|sst file|manifest|io error|no such file|not able to find|"
    r"invalid term encoding|not a valid term|invalid type id|found instead of|magic number|truncated",
    re.IGNORECASE,
)


class DamagedStore(StoreError):
    """The store's files are damaged or cannot be read: check it, then rebuild or reload it."""


# What RocksDB says when the store's files may not be written (a read-only file system, another user's
# files): the data is sound, and the repairs offered for damage (a rebuild, a reload) would fail alike.
NOT_WRITABLE_WORDS = re.compile(
    r"read-only file system|permission denied|operation not permitted", re.IGNORECASE
)


# What RocksDB says when the disk (or the user's quota) is full as a writer opens the store: it writes a
# new log and manifest first. The data is sound; a rebuild or a reload would need the same room.
NO_SPACE_WORDS = re.compile(r"no space left on device|disk quota exceeded", re.IGNORECASE)


def damaged(path: Path | str, reason: object) -> DamagedStore:
    """The one-line error for a damaged store: what went wrong, and the commands that repair it; for
    files that may not be written, or a full disk, what is wrong instead (they are not damaged)."""
    where = shlex.quote(str(path))
    if NO_SPACE_WORDS.search(str(reason)):  # it was "damaged or unreadable ... rebuild it" (attack round 17)
        return DamagedStore(
            f"the store at {path} cannot be written: the disk that holds it is full ({one_line(reason)}); "
            "its files are not damaged and commands that only read it still work: free space there, then "
            "run the command again"
        )
    if NOT_WRITABLE_WORDS.search(str(reason)):
        return DamagedStore(
            f"the store at {path} cannot be written ({one_line(reason)}): its files are not damaged; "
            "commands that only read it still work, and a writer needs the store on a writable file system "
            "with files of the user's own (copy it there, or run as the files' owner)"
        )
    return DamagedStore(
        f"the store at {path} is damaged or unreadable ({one_line(reason)}): see what is wrong with "
        f"'kg store check {where}', then rebuild it with 'kg build --store {where}' "
        f"or reload it from dist/ with 'kg store load {where}'"
    )


def one_line(reason: object, limit: int = REASON_CHARACTERS) -> str:
    text = " ".join(str(reason).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_damage(error: BaseException) -> bool:
    """True for errors of the store's files (not of a query): any OSError, and RuntimeErrors that say so."""
    return isinstance(error, OSError) or (
        isinstance(error, RuntimeError) and DAMAGE_WORDS.search(str(error)) is not None
    )


def looks_like_a_store(path: Path) -> bool:
    """`path` holds RocksDB files, opening or not (a store that lost CURRENT is damaged, not absent)."""
    try:
        return path.is_dir() and any(STORE_FILES.fullmatch(entry.name) for entry in os.scandir(path))
    except OSError:
        return False


OPEN_ATTEMPTS = 5  # a read-only open that meets a writer's compaction may find a file just deleted


def open_read_only(path: Path) -> ox.Store:
    """pyoxigraph's read-only store at `path`, or DamagedStore (a missing CURRENT included).

    Opened through the writer gate (kg.store.gate): a writer at work is waited for, since a
    read-only open beside a writing process is undefined behaviour in pyoxigraph.
    """
    no_store_at(path)
    with reader(path):
        return _open_read_only(path)


def try_open_read_only(path: Path) -> ox.Store | None:
    """A new read-only view of the store at `path`, or None at once while a writer is at work
    (for a reader that keeps its current view meanwhile and tries again later)."""
    no_store_at(path)
    with try_reader(path) as open_now:
        return _open_read_only(path) if open_now else None


def no_store_at(path: Path) -> None:
    """StoreError when `path` holds no store at all, told before the writer gate is taken: the gate is a
    file in the store's folder, and a reader pointed at a folder of the user's left one there."""
    if not (path / "CURRENT").is_file() and not looks_like_a_store(path):
        raise StoreError(f"no store at {path}: run 'kg build --store {shlex.quote(str(path))}' to create it")


def _open_read_only(path: Path, *, snapshot: bool = True) -> ox.Store:
    """The open itself, on a hard-linked snapshot of the store (kg.store.views) so that no later
    writer can delete a file the view still needs; directly where no snapshot can be made, and
    for a writer's own probe. A read-only open can fail for a moment (an SST file a compaction of
    a store copied or written by another tool just deleted: `IO error: No such file or
    directory`); such failures are tried again a few times (0.75 s in all), so that only lasting
    ones are called damage."""
    if not (path / "CURRENT").is_file():
        no_store_at(path)
        raise damaged(path, "its CURRENT file is missing")  # RocksDB files without it: a store, damaged
    for attempt in range(OPEN_ATTEMPTS):
        try:
            opened = VIEWS.open(path) if snapshot else None
            return opened if opened is not None else ox.Store.read_only(str(path))
        except (OSError, RuntimeError, ValueError) as error:
            failure = error
            if not ("no such file" in str(error).lower() or writer_active(path)):
                break
            time.sleep(0.05 * 2**attempt)
    raise unreadable(path, failure)


def unreadable(path: Path, reason: object) -> DamagedStore:
    """`damaged`, unless a writer is changing the store right now: then, try again."""
    if not writer_active(path):
        return damaged(path, reason)
    return DamagedStore(
        f"the store at {path} could not be read while a writer changed it ({one_line(reason)}): try again "
        f"when the writer is done; if it fails again, see what is wrong with "
        f"'kg store check {shlex.quote(str(path))}'"
    )


def probe(path: Path) -> None:
    """Open the store read-only and let it go: a writer must never open a damaged store.

    RocksDB opened for writing "repairs" a store whose MANIFEST lost its column families by
    creating them empty and deleting the SST files: a damaged store would become an empty one.
    Called by a writer that holds the store's gate (kg.store.gate), so no other writer is at work.
    """
    store = _open_read_only(path, snapshot=False)
    del store


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the RocksDB writer lock (PATH/LOCK) without opening the store: for replacing it whole."""
    import fcntl

    lock = path / "LOCK"
    if not lock.is_file():
        yield
        return
    with open(lock, "rb+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(
                f"the store at {path} is held by another writer (a running 'kg build', 'kg ingest' "
                "or server): wait for it to finish"
            ) from None
        yield


# --- Bounded memory ------------------------------------------------------------------------------


MINIMUM_LIMIT = 64 * 2**20
"""The least memory limit taken: under it no command can open a store, and a reading command that ran out
of memory called a sound store damaged (ALLIANCE_KG_MEMORY_LIMIT=1)."""


def parse_size(text: str, total: int) -> int | None:
    """Bytes from '2G', '512M', '67108864', '40%' (of `total`); None for 'off', 'none' or '0'. Anything
    else, a limit that is not a finite number or is under MINIMUM_LIMIT ('inf', '1e400', '-1G', '1'),
    is a StoreError naming the variable."""
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    if value in ("off", "none", "no", "0", ""):
        return None
    units = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
    try:
        if value.endswith("%"):
            size = total * float(value[:-1]) / 100
        else:
            scale = units.get(value[-1], 1)
            size = float(value[:-1] if value[-1] in units else value) * scale
    except ValueError:
        size = math.nan
    if not math.isfinite(size) or size < MINIMUM_LIMIT:
        raise StoreError(
            f"${MEMORY_VARIABLE}={text!r}: give bytes (with K, M, G or T), a percentage of memory, or 'off'; "
            f"at least {MINIMUM_LIMIT // 2**20} MiB"
        )
    return int(size)


def physical_memory() -> int:
    """Bytes of memory this process may have: physical memory, or its cgroup's limit when lower."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit.isdigit():
            total = min(total, int(limit))
    except OSError:
        pass
    return total


def memory_limits(writer: bool = False) -> tuple[int | None, int | None]:
    """(resident limit, address-space limit) in bytes for the guard; None where there is none.

    By default a writer (`kg build`, `kg ingest`: the whole graph in rdflib too) may take half of
    the memory, a reader half of it up to READER_MEMORY.
    """
    import resource

    configured = os.environ.get(MEMORY_VARIABLE)
    total = physical_memory()
    default = (
        int(total * DEFAULT_MEMORY_SHARE) if writer else min(int(total * DEFAULT_MEMORY_SHARE), READER_MEMORY)
    )
    resident = parse_size(configured, total) if configured else default
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    address = int(soft * ADDRESS_SPACE_SHARE) if soft not in (resource.RLIM_INFINITY, -1) else None
    if configured and resident is None:
        address = None  # 'off' means off
    return resident, address


def memory_use() -> tuple[int, int] | None:
    """(resident, virtual) bytes of this process, from /proc/self/statm; None where there is none."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            size, resident = statm.read().split()[:2]
    except (OSError, ValueError):
        return None
    page = os.sysconf("SC_PAGE_SIZE")
    return int(resident) * page, int(size) * page


def command_name() -> str:
    """'kg sparql' when run as the `kg` command (its errors start so), else the program's name."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("python")
    package = program.parent.name if program.parent.name == "kg" else program.parent.parent.name
    if program.name == "kg" or (program.name == "__main__.py" and package == "kg"):
        words = [word for word in sys.argv[1:2] if not word.startswith("-")]
        return " ".join(["kg", *words])
    return program.name


def mebibytes(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB"


class MemoryGuard:
    """While a store is open, end the process with a one-line error if its memory passes the limit.

    One per process (GUARD); `watch(path)` returns a token for `release`. The thread stops when no
    store is open, so a process that closed its stores may use what memory it likes.
    """

    def __init__(self, interval: float = GUARD_INTERVAL) -> None:
        self.interval = interval
        self._lock = threading.RLock()  # release() may run from a finalizer while this thread holds it
        self._stores: dict[int, tuple[Path, tuple[int | None, int | None]]] = {}
        self._tokens = 0
        self._thread: threading.Thread | None = None

    def watch(self, path: Path, *, writer: bool = False) -> int | None:
        limits = memory_limits(writer)
        if limits == (None, None) or memory_use() is None:
            return None
        started: threading.Thread | None = None
        with self._lock:
            self._tokens += 1
            token = self._tokens
            self._stores[token] = (Path(path), limits)
            if self._thread is None or not self._thread.is_alive():
                started = self._thread = threading.Thread(
                    target=self._run, name="kg-store-memory-guard", daemon=True
                )
        # Started outside the lock: a new thread may run a finalizer (release) before start()
        # returns, and would wait for the lock this thread holds while start() waits for it.
        if started is not None:
            started.start()
        return token

    def release(self, token: int | None) -> None:
        if token is not None:
            with self._lock:
                self._stores.pop(token, None)

    def after_fork(self) -> None:
        """In a forked child: the thread is gone, and so are the stores (RocksDB's threads did not follow)."""
        self._lock = threading.RLock()
        self._thread = None
        self._stores = {}

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._stores:
                    self._thread = None
                    return
                stores = list(dict.fromkeys(path for path, _ in self._stores.values()))
                resident_limit = _largest(limits[0] for _, limits in self._stores.values())
                address_limit = _largest(limits[1] for _, limits in self._stores.values())
            use = memory_use()
            if use is not None:
                resident, address = use
                if resident_limit is not None and resident > resident_limit:
                    self._stop(
                        stores, f"{mebibytes(resident)} of memory", resident_limit, f"${MEMORY_VARIABLE}"
                    )
                if address_limit is not None and address > address_limit:
                    self._stop(
                        stores, f"{mebibytes(address)} of address space", address_limit, "half of ulimit -v"
                    )
            time.sleep(self.interval)

    @staticmethod
    def _stop(stores: list[Path], took: str, limit: int, knob: str) -> None:
        store = stores[-1]
        others = f" (and {len(stores) - 1} other stores)" if len(stores) > 1 else ""
        why = (
            f"the process took {took}, over its limit of {mebibytes(limit)} ({knob}): a query that "
            "meets damaged data grows without end; if this one is only large, raise the limit"
        )
        message = f"{command_name()}: {damaged(store, why)}{others}\n"
        try:
            os.write(2, message.encode("utf-8", "replace"))
        finally:
            os._exit(DamagedStore.exit_code)


def _largest(limits: Iterable[int | None]) -> int | None:
    """The most generous of the open stores' limits (None, no limit, is the most generous)."""
    values = list(limits)
    numbers = [value for value in values if value is not None]
    return None if len(numbers) < len(values) or not numbers else max(numbers)


GUARD = MemoryGuard()
os.register_at_fork(after_in_child=GUARD.after_fork)


def guard_memory(path: Path, *, writer: bool = False) -> int | None:
    """Bound this process's memory while the store at `path` is open (MemoryGuard); a token for release."""
    return GUARD.watch(path, writer=writer)


def release_memory(token: int | None) -> None:
    GUARD.release(token)


# --- kg store check -------------------------------------------------------------------------------


@dataclass
class GraphSummary:
    """What a graph holds, to compare two copies: its quads, those with blank nodes, and a digest.

    The digest is order-independent (a sum of hashes) and covers the quads without blank nodes,
    whose labels differ from one copy to another.
    """

    quads: int = 0
    with_blank_nodes: int = 0
    digest: int = 0

    def add(self, quad: ox.Quad) -> None:
        self.quads += 1
        terms = (quad.subject, quad.predicate, quad.object)
        if any(_has_blank_node(term) for term in terms):
            self.with_blank_nodes += 1
            return
        text = " ".join(str(term) for term in terms).encode()
        self.digest = (self.digest + int.from_bytes(hashlib.blake2b(text, digest_size=8).digest())) % 2**64


def _has_blank_node(term: object) -> bool:
    if isinstance(term, ox.Triple):
        return any(_has_blank_node(t) for t in (term.subject, term.predicate, term.object))
    return isinstance(term, ox.BlankNode)


@dataclass
class StoreCheck:
    """What `kg store check` found: the quads per graph, and how the store compares with a file."""

    path: Path
    graphs: dict[str, GraphSummary] = field(default_factory=dict)
    default_graph: GraphSummary = field(default_factory=GraphSummary)
    files: int = 0
    size: int = 0
    seconds: float = 0.0
    against: Path | None = None
    differences: list[str] = field(default_factory=list)

    @property
    def quads(self) -> int:
        return self.default_graph.quads + sum(g.quads for g in self.graphs.values())

    def graph(self, key: str) -> int:
        """Quads in the named graph `key`, or in the default graph for ''."""
        return self.graphs[key].quads if key else self.default_graph.quads

    @property
    def sound(self) -> bool:
        return not self.differences

    def render(self) -> str:
        lines = [
            f"store {self.path}: {'sound' if self.sound else 'differs from ' + str(self.against)}",
            f"  {self.quads} quads in {len(self.graphs)} named graphs"
            + (f" and the default graph ({self.default_graph.quads})" if self.default_graph.quads else ""),
            "  read end to end: every graph, its terms (id2str) and every index "
            "(gspo spog posg ospg gpos gosp, dspo dpos dosp)",
        ]
        lines += [f"  {summary.quads:9d}  {iri}" for iri, summary in sorted(self.graphs.items())]
        lines.append(f"  {self.files} files, {self.size / 2**20:.1f} MiB; checked in {self.seconds:.2f} s")
        if self.against is not None:
            if self.sound:
                lines.append(f"  the same graphs and quads as {self.against}")
            lines += [f"  differs: {difference}" for difference in self.differences]
        return "\n".join(lines) + "\n"


def check_store(path: Path, against: Path | None = None) -> StoreCheck:
    """Verify the store at `path`: it opens, and every graph and every index reads end to end.

    Oxigraph keeps each quad in nine indexes, and a query reads whichever suits it, so each is
    read in full (_read_everything), and must hold as many quads as the graphs. DamagedStore when
    a read fails or the indexes disagree. With `against` (N-Quads, e.g. dist/alliance-kg.nq) the
    differences from that file are listed in the result: not damage, since `kg ingest` may have
    added graphs since. The store is opened read-only and not changed.
    """
    started = time.perf_counter()
    path = Path(path)
    result = StoreCheck(path=path)
    store = open_read_only(path)
    token = guard_memory(path)
    try:
        _read_everything(store, path, result)
    finally:
        release_memory(token)
        del store
    files = [entry for entry in os.scandir(path) if entry.is_file()]
    result.files, result.size = len(files), sum(entry.stat().st_size for entry in files)
    if against is not None:
        result.against = Path(against)
        result.differences = compare(result, summarize_file(Path(against)))
    result.seconds = time.perf_counter() - started
    return result


ROLES = ("subject", "predicate", "object")
VARIABLES = {"subject": "?s", "predicate": "?p", "object": "?o"}
TERMS_PER_QUERY = 1000


def _read_everything(store: ox.Store, path: Path, result: StoreCheck) -> None:
    """Read each index of Oxigraph in full, through the quad patterns that use it.

    Named graphs: by graph (gspo), subject (spog), predicate (posg), object (ospg), and predicate
    or object within a graph (gpos, gosp); the default graph likewise (dspo, dpos, dosp). (A
    pattern with nothing bound reads gspo and dspo, never spog.) The graphs are read as quads,
    which looks every term up in id2str; the other indexes are read by SPARQL with the terms
    bound through VALUES and nothing but a constant projected, so that no term is decoded again
    (about 3x faster), and no aggregate (an aggregate over damaged data runs away, see above).
    Each index must hold as many quads as the graphs do.
    """

    def scan(what: str, pattern: tuple, each=None) -> int:
        count = 0
        try:
            for quad in store.quads_for_pattern(*pattern):
                count += 1
                if each is not None:
                    each(quad)
        except (OSError, RuntimeError, ValueError) as error:
            raise unreadable(path, f"reading {what}: {error}") from None
        return count

    def pattern(role: str, term: object, graph: object = None) -> tuple:
        return (*(term if r == role else None for r in ROLES), graph)

    def count(role: str, values: set, graph: object = None) -> int:
        """Quads with one of `values` as `role` (in `graph`, else in all graphs), from that role's index."""
        where = f" in {_graph_name(graph)}" if graph is not None else ""
        written = [term for term in values if not _has_blank_node(term)]  # blank nodes: no SPARQL name
        found = sum(
            scan(f"the quads with {role} {t}{where}", pattern(role, t, graph)) for t in values - set(written)
        )
        options = {"default_graph": graph} if graph is not None else {"use_default_graph_as_union": True}
        for start in range(0, len(written), TERMS_PER_QUERY):
            chunk = written[start : start + TERMS_PER_QUERY]
            query = (
                f"SELECT (1 AS ?k) {{ VALUES {VARIABLES[role]} {{ {' '.join(map(str, chunk))} }} ?s ?p ?o }}"
            )
            try:
                solutions = store.query(query, **options)
                assert isinstance(solutions, ox.QuerySolutions)
                answer = solutions.serialize(format=ox.QueryResultsFormat.TSV) or b""
            except SyntaxError:  # a term SPARQL cannot write: read its quads instead
                found += sum(
                    scan(f"the quads with {role} {t}{where}", pattern(role, t, graph)) for t in chunk
                )
                continue
            except (OSError, RuntimeError, ValueError) as error:
                raise unreadable(path, f"reading the quads by {role}{where}: {error}") from None
            found += answer.count(b"\n") - 1
        return found

    def agree(expected: int, found: int, what: str) -> None:
        if found != expected:
            raise damaged(path, f"its indexes disagree: {expected} quads by graph, {found} {what}")

    try:
        names = [*store.named_graphs(), ox.DefaultGraph()]
    except (OSError, RuntimeError, ValueError) as error:
        raise unreadable(path, f"listing the named graphs: {error}") from None
    terms: dict[str, dict[str, set]] = {role: defaultdict(set) for role in ROLES}  # role -> graph -> terms
    for name in names:  # gspo, and dspo for the default graph
        key, summary = _iri(name), GraphSummary()

        def each(quad: ox.Quad, key: str = key, summary: GraphSummary = summary) -> None:
            summary.add(quad)
            for role in ROLES:
                terms[role][key].add(getattr(quad, role))

        scan(_graph_name(name), (None, None, None, name), each)
        if isinstance(name, ox.DefaultGraph):
            result.default_graph = summary
        else:
            result.graphs[key] = summary
    for role in ROLES:
        every = set().union(*terms[role].values())
        agree(result.quads, count(role, every), f"by {role}")  # spog, posg, ospg (and dspo, dpos, dosp)
        if role != "subject":  # by subject within a graph is gspo, read above
            for name in names:  # gpos, gosp (and dpos, dosp)
                key = _iri(name)
                agree(
                    result.graph(key),
                    count(role, terms[role][key], name),
                    f"by {role} in {_graph_name(name)}",
                )


def _graph_name(name: object) -> str:
    return "the default graph" if isinstance(name, ox.DefaultGraph) else f"graph {name}"


def _iri(name: object) -> str:
    """The key of a graph in StoreCheck.graphs: its IRI ('' for the default graph)."""
    return "" if isinstance(name, ox.DefaultGraph) else str(getattr(name, "value", name))


def summarize_file(source: Path) -> tuple[dict[str, GraphSummary], GraphSummary]:
    """The graphs of an N-Quads file, summarized as they would be in a store (Oxigraph's own terms).

    The default graph as a store keeps it (kg.store.union): the union of the named graphs, with
    whatever the file itself puts in its default graph (which `kg store load` refuses).
    """
    if not source.is_file():
        raise InputError(f"no file {source}: run 'kg build' to publish dist/, or name the N-Quads file")
    memory = ox.Store()
    try:
        memory.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(f"{source}: {one_line(error)}") from None
    memory.extend(
        [ox.Quad(q.subject, q.predicate, q.object) for q in memory if q.graph_name != ox.DefaultGraph()]
    )
    graphs: dict[str, GraphSummary] = defaultdict(GraphSummary)
    default = GraphSummary()
    for quad in memory:
        (default if isinstance(quad.graph_name, ox.DefaultGraph) else graphs[_iri(quad.graph_name)]).add(quad)
    return dict(graphs), default


def _quads_outside_graphs(source: Path) -> Iterator[ox.Quad]:
    for quad in ox.parse(path=str(source), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.DefaultGraph):
            yield quad


def compare(result: StoreCheck, expected: tuple[dict[str, GraphSummary], GraphSummary]) -> list[str]:
    """The differences between the store's graphs and a file's, one line each."""
    graphs, default = expected
    differences = [
        f"graph {iri} is missing ({graphs[iri].quads} quads)"
        for iri in sorted(set(graphs) - set(result.graphs))
    ]
    differences += [
        f"graph {iri} is not in the file ({result.graphs[iri].quads} quads)"
        for iri in sorted(set(result.graphs) - set(graphs))
    ]
    pairs = [
        (f"graph {iri}", result.graphs[iri], graphs[iri]) for iri in sorted(set(graphs) & set(result.graphs))
    ]
    pairs.append(("the default graph", result.default_graph, default))
    for what, found, wanted in pairs:
        if (found.quads, found.with_blank_nodes) != (wanted.quads, wanted.with_blank_nodes):
            differences.append(f"{what} holds {found.quads} quads, the file {wanted.quads}")
        elif found.digest != wanted.digest:
            differences.append(f"{what} holds other quads than the file (as many: {found.quads})")
    return differences


def load_store(path: Path, source: Path) -> StoreCheck:
    """Replace the store at `path` (damaged, or none) by the graphs of an N-Quads file (dist/).

    The new store is loaded and checked in a staging directory and renamed into place (the
    previous one goes), while the previous store's writer lock is held; nothing changes on error.
    """
    path, source = Path(path), Path(source)
    expected = summarize_file(source)
    if any(True for _ in _quads_outside_graphs(source)):
        raise InputError(
            f"{source}: has triples outside any named graph; a store's default graph is the union of "
            "its named graphs (docs/store.md), so put them in a named graph"
        )
    with writer_lock(path), atomic_directory(path) as staging:
        store = ox.Store(str(staging))
        try:
            store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
            ensure_union(staging, store)  # the default graph: the union of the named graphs, as a set
            store.flush()
        finally:
            del store
        result = check_store(staging)
        result.differences = compare(result, expected)
        if result.differences:
            raise StoreError(f"loading {source} into {path} went wrong: {'; '.join(result.differences)}")
    advance(path)  # servers reading the old store reopen it (kg.store.generation)
    result.path, result.against = path, source
    return result
