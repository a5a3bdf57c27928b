"""What every `kg ingest` derives from the same fixed inputs, kept on disk between runs (issue 16 point 1).

Why: a `kg ingest` of one register spent about 0.2 s of its 1 s reading the store's shapes and ontology
into rdflib graphs, compiling the shapes to SPARQL (kg.validate.core_sparql) and parsing the
reference data, the same work with the same answer in every run while those inputs do not change.
Unpickling the answer takes a fraction of that (rdflib graphs unpickle about 6x faster than they are
built from Oxigraph's quads).

An entry is keyed by the SHA-256 of its inputs' bytes *and* of the code that derives it (the source
of the modules named, the Python, rdflib and pyoxigraph versions), so an entry is never trusted
across versions: any change of inputs or code is another key, and the old entry is simply not read
again (the oldest entries of a kind are pruned). Each file carries the SHA-256 of its payload, checked
before unpickling: a damaged or truncated entry is ignored and made again. Entries are written to a
temporary file and renamed into place (atomic on POSIX and Windows), so a reader sees a whole entry or
none, and two processes writing the same entry at once both succeed. A cache that cannot be read or
written (read-only home, full disk) costs only the time: the value is made as if it were absent.

Where: $ALLIANCE_KG_CACHE, else $XDG_CACHE_HOME/alliance-kg, else ~/.cache/alliance-kg; the value
`off` turns the cache off. The entries are pickles, which run code when loaded: the folder is
created private to the user (0700), and a folder another user owns or may write is not used at all
(`private`), so that it holds only what this program, run by this user, wrote there.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from kg.model.collector import collector_paused

CACHE_VARIABLE = "ALLIANCE_KG_CACHE"
FORMAT = b"alliance-kg cache 1\n"  # the file layout itself: FORMAT, then the payload's SHA-256, then it
KEPT_PER_KIND = 8  # entries of one kind kept (a few stores or checkouts side by side)
PICKLING = b"rdflib terms by TermPickler 2\0"  # part of every key: another pickling's entry is not read
T = TypeVar("T")


def cache_directory() -> Path | None:
    """The folder entries go to, or None when $ALLIANCE_KG_CACHE is `off`."""
    configured = os.environ.get(CACHE_VARIABLE, "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "alliance-kg"


@lru_cache(maxsize=16)
def code_version(modules: tuple[str, ...]) -> bytes:
    """A digest of the code that derives an entry: the modules' source files, and the versions of
    Python, rdflib and pyoxigraph (whose objects are pickled, or whose parsers made them)."""
    import pyoxigraph
    import rdflib

    digest = hashlib.sha256(f"{sys.version}|{rdflib.__version__}|{pyoxigraph.__version__}".encode())
    for name in modules:
        source = source_file(name)
        digest.update(name.encode() + b"\0")
        if source:
            with contextlib.suppress(OSError):
                digest.update(Path(source).read_bytes())
    return digest.digest()


def source_file(name: str) -> str | None:
    """The source file of module `name`, whether this process has imported it or not (found as the import
    system would find it, importing neither it nor its packages: an extraction process loads no kg.store).
    Why not only sys.modules: a module the process had not imported yet (kg.store.terms, in an
    extraction process) was keyed by its name alone, so an entry it derives was trusted after its code
    changed."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, "__file__", None)
    from importlib.machinery import PathFinder

    search: list[str] | None = None  # found on sys.path, then inside each package: none is imported
    parts = name.split(".")
    spec = None
    for index, part in enumerate(parts):
        package = sys.modules.get(".".join(parts[: index + 1]))
        if package is not None and index < len(parts) - 1:  # imported already: where it was found
            search = list(getattr(package, "__path__", []))
            continue
        spec = PathFinder.find_spec(part, search)
        if spec is None:
            return None
        search = list(spec.submodule_search_locations or [])
    return spec.origin if spec is not None and spec.has_location else None


def cached(kind: str, inputs: Iterable[bytes], code: tuple[str, ...], make: Callable[[], T]) -> T:
    """The value `make()` gives for these inputs, from the cache when an entry made by the same code
    from the same input bytes is there and whole; else made, stored (best effort) and returned."""
    return cached_by_digests(kind, (hashlib.sha256(part).digest() for part in inputs), code, make)


def cached_by_digests(kind: str, digests: Iterable[bytes], code: tuple[str, ...], make: Callable[[], T]) -> T:
    """`cached`, given the SHA-256 of each input instead of its bytes (the same entry): for inputs whose
    digest is known without reading them (kg.store.digests)."""
    folder = cache_directory()
    if folder is None:
        return make()
    if not private(folder):
        say_cache_is_off(folder)
        return make()
    digest = hashlib.sha256(kind.encode() + b"\0" + PICKLING + code_version(code))
    for part in digests:
        digest.update(part)
    path = folder / f"{kind}-{digest.hexdigest()}.pickle"
    found = read_entry(path)
    if found is not None:
        return cast(T, found[0])
    value = make()
    write_entry(path, value)
    return value


def private(folder: Path) -> bool:
    """Whether only this user can have written the entries of `folder`: a folder (not a link) owned
    by this user and writable by nobody else, or none yet (write_entry makes it 0700).

    Why: entries are pickles, which run code when loaded, and their SHA-256 header proves an entry
    whole, not whose it is. The folder was made private only when this program made it: one already
    there (a shared `ALLIANCE_KG_CACHE=/tmp/kg-cache` made world-writable by whoever came first, or
    another user's) was read all the same, so another user who replaced an entry ran code as the next
    `kg ingest` (docs/reliability.md section 16). Such a folder is neither read nor written.
    """
    try:
        found = os.lstat(folder)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    mine = found.st_uid == os.geteuid()
    return stat.S_ISDIR(found.st_mode) and mine and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


_TOLD: set[Path] = set()


def say_cache_is_off(folder: Path) -> None:
    """Say once per process on standard error that the cache is not used, and why: a folder made 0775
    by a umask of 002, a link, or another user's (NFS, a container's mapped uid) made every `kg ingest`
    slower without a word (the session 16 review)."""
    if folder in _TOLD:
        return
    _TOLD.add(folder)
    sys.stderr.write(
        f"kg: the cache in {folder} is not used: it is a link, another user's, or writable by others "
        "(its entries run code when loaded); make it a folder of your own with mode 0700, or set "
        "ALLIANCE_KG_CACHE to one\n"
    )


def read_entry(path: Path) -> tuple[object] | None:
    """(value,) when the file is a whole entry, None when absent, damaged or unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(FORMAT) + 32
    if not data.startswith(FORMAT) or hashlib.sha256(data[head:]).digest() != data[len(FORMAT) : head]:
        return None
    try:
        return (unpickled(data[head:]),)
    except Exception:  # an entry a library change made unreadable (any error it raises): made again
        return None


def unpickled(payload: bytes) -> object:
    """pickle.loads with the cycle collector paused (as kg.store.terms pauses it to convert terms).

    Why: an entry of rdflib graphs unpickles into tens of thousands of dicts and tuples (the reference
    data: 1 MB, 64,000 objects), none of them garbage; each collector pass it set off walked them, and the
    older passes every object the process held (the rules, their patterns): loading the reference data
    in the extraction process took 27-71 CPU-ms with the collector, 23-36 without (the same entry, one
    process). What the load leaves is collected as before once the collector runs again."""
    with collector_paused():
        return pickle.loads(payload)


def write_entry(path: Path, value: object) -> None:
    """Write the entry atomically (a temporary file renamed into place); failures are ignored."""
    try:
        payload = dumps(value)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(FORMAT + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        prune(path.parent, path.name.rsplit("-", 1)[0])
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return


def prune(folder: Path, kind: str, keep: int = KEPT_PER_KIND) -> None:
    """Remove all but the `keep` most recently written entries of `kind`."""

    def written(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    entries = sorted(folder.glob(f"{kind}-*.pickle"), key=written, reverse=True)
    for stale in entries[keep:]:
        with contextlib.suppress(OSError):
            stale.unlink()


def dumps(value: object) -> bytes:
    """`value` pickled as pickle.dumps does, but rdflib's IRIs and plain literals (TermPickler)."""
    buffer = io.BytesIO()
    TermPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class TermPickler(pickle.Pickler):
    """Pickles rdflib's IRIs and plain (or language-tagged) string literals as their text, made again by
    rdflib_iri and rdflib_plain_literal: the very objects rdflib's constructors make (a `str` in rdflib's
    own slots), without the checks those constructors run on every term. Why: loading an entry of rdflib
    graphs (the reference data, the store's shapes) was mostly those constructors, 20,000 terms each
    time, on the critical path of every `kg ingest`. Any other term (a typed literal, a blank node, a
    subclass) is pickled as pickle does.

    An IRI is made by `str.__new__(URIRef, text)` itself, called by the unpickler in C (URIRef has no slot
    of its own), not by a Python function that calls it: one Python call less per IRI, about a sixth of
    the time to load the reference data's entry (3-5 of 25-38 CPU-ms, the extraction process's warm-up;
    session 27)."""

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if kind.__module__ != "rdflib.term":
            return NotImplemented
        if kind.__name__ == "URIRef":
            return (str.__new__, (kind, str.__str__(obj)))
        if kind.__name__ == "Literal" and plain_literal(obj):
            return (rdflib_plain_literal, (str.__str__(obj), obj._language))
        return NotImplemented


def plain_literal(literal: Any) -> bool:
    """A literal rdflib_plain_literal makes again slot for slot: no datatype, its value its own text."""
    value = literal._value
    return (
        literal._datatype is None
        and literal._ill_typed is None
        and type(value) is str
        and value == str.__str__(literal)
    )


_TERM_CLASSES: dict[str, Any] = {}


def _term_class(name: str) -> Any:
    found = _TERM_CLASSES.get(name)
    if found is None:
        from rdflib import term

        found = _TERM_CLASSES[name] = getattr(term, name)
    return found


def rdflib_plain_literal(text: str, language: str | None) -> Any:
    """rdflib's Literal of `text` in `language` (or none), as its constructor sets the slots."""
    made = str.__new__(_term_class("Literal"), text)
    made._language = language
    made._datatype = None
    made._value = text
    made._ill_typed = None
    return made
