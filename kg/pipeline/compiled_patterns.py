"""Regular expressions compiled once per machine, not once per command (issue 16 point 1).

Why: the extraction rules compile about 700 regular expressions as they load, and Python's `re` parses
each pattern and generates its code in Python (re._parser, re._compiler): 0.19-0.23 CPU-s of every
`kg ingest`, on the critical path of one document's extraction, the same work with the same result in
every run. What that work produces is plain data: the integers the C engine runs, the number of groups
and their names. This module keeps it, per pattern text and flags, in an entry of kg.validate.cache's
folder (the same privacy rule, checksum and atomic writes), keyed by the interpreter's version and the
engine's magic number, and hands it to the engine (`_sre.compile`) directly, as re._compiler.compile
does at its end. The engine checks the code it is given (a damaged entry raises "invalid SRE code", and
that pattern is compiled as before); a pattern not in the table is compiled as before and added to it.

How: while installed, `re._compiler.compile` is a function that first looks the pattern up, and the
engine module that re._compiler hands its results to is wrapped to record what it is given. Both are
private names of the standard library, so only the CPython versions this was checked on take it
(`supported`); anywhere else `install` does nothing and `re` works as it always does. `re` keeps its own
in-process cache and semantics: the Pattern objects are equal (`==` compares pattern, flags and code) to
those re.compile makes, which tests/pipeline/test_compiled_patterns.py checks for every pattern the rules
compile. The table is installed only in processes that extract (kg.pipeline.ingest.preload_extraction),
never by importing the library.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from pathlib import Path
from typing import Any

from kg.validate.cache import cache_directory, private, read_entry, say_cache_is_off, write_entry

Key = tuple[str | bytes, int]
Arguments = tuple[Any, ...]
"""What re._compiler passes to the engine after the pattern: flags, code, groups and their names."""

KIND = "patterns"
MOST_ENTRIES = 8192
"""Beyond this many entries (patterns of rules since changed), a table keeps only those its process used."""

CHECKED_VERSIONS = ((3, 11), (3, 12), (3, 13))
"""The CPython versions whose re._compiler hands the engine (pattern, flags, code, groups, groupindex,
indexgroup), as this module expects."""


class PatternTable:
    """The compiled patterns of earlier runs, and what this process added to them and used."""

    def __init__(self, path: Path | None, entries: dict[Key, Arguments]) -> None:
        self.path = path
        self.entries = entries
        self.used: set[Key] = set()
        self.hits = 0
        self.misses = 0
        self.changed = False
        self.recording = True

    def save(self) -> None:
        """Write the table back if this process added to it (best effort: kg.validate.cache.write_entry)."""
        if not self.changed or self.path is None:
            return
        if len(self.entries) > MOST_ENTRIES:
            self.entries = {key: self.entries[key] for key in self.used if key in self.entries}
        write_entry(self.path, self.entries)
        self.changed = False


class RecordingEngine:
    """Stands in for the `_sre` module inside re._compiler: everything passes through, and the arguments
    of this thread's last compile are kept, so that a pattern compiled the usual way can be added to the
    table without repeating re._compiler's own steps here."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.last = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, pattern: str | bytes | None, *arguments: Any) -> re.Pattern[Any]:
        compiled = self.engine.compile(pattern, *arguments)
        self.last.arguments = arguments
        return compiled

    def taken(self) -> Arguments | None:
        """The arguments of this thread's last compile, once."""
        arguments: Arguments | None = getattr(self.last, "arguments", None)
        self.last.arguments = None
        return arguments


INSTALLED: list[PatternTable] = []


def supported() -> bool:
    compiler = getattr(re, "_compiler", None)
    return (
        sys.implementation.name == "cpython"
        and sys.version_info[:2] in CHECKED_VERSIONS
        and callable(getattr(compiler, "compile", None))
        and callable(getattr(getattr(compiler, "_sre", None), "compile", None))
    )


def install() -> PatternTable | None:
    """Compile this process's regular expressions through the table from now on (once per process);
    the installed table, or None where it cannot be used (another Python, the cache turned off)."""
    if INSTALLED:
        return INSTALLED[0]
    if not supported():
        return None
    path = table_path()
    if path is None:
        return None
    found = read_entry(path)
    entries = found[0] if found is not None and isinstance(found[0], dict) else {}
    table = PatternTable(path, entries)
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    engine = RecordingEngine(compiler._sre)
    compiler.compile = table_compile(table, engine, compiler.compile)
    compiler._sre = engine
    INSTALLED.append(table)
    return table


def save() -> None:
    """Write what this process added to the table, if it uses one."""
    for table in INSTALLED:
        table.save()


def stop_recording() -> None:
    """Write the table and add nothing more to it: from now on it only answers. Why: after the rules have
    loaded, what they compile is mostly patterns built from the names each document gives, which no other
    document asks for; kept, they grew the table by about ten entries a document (12,000 for one document
    naming 3,000 invented bodies, docs/reliability.md section 21) and made a batch rewrite it after every
    document. What the rules compile as they load is the same in every run, and nearly all of the cost."""
    for table in INSTALLED:
        table.save()
        table.recording = False


def table_path() -> Path | None:
    """The table's file for this interpreter and engine, or None when the cache is off or not private."""
    folder = cache_directory()
    if folder is None:
        return None
    if not private(folder):
        say_cache_is_off(folder)
        return None
    engine: Any = re._compiler._sre  # type: ignore[attr-defined]
    version = f"{sys.version}|{engine.MAGIC}|{engine.CODESIZE}|{engine.MAXREPEAT}|{engine.MAXGROUPS}"
    return folder / f"{KIND}-{hashlib.sha256(version.encode()).hexdigest()}.pickle"


def table_compile(table: PatternTable, engine: RecordingEngine, original: Any) -> Any:
    """re._compiler.compile through the table: a pattern found is handed to the engine with its stored
    code; any other (or one whose stored code the engine refuses) is compiled by `original` and kept."""

    def compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        key = key_of(pattern, flags)
        if key is None:
            return original(pattern, flags)
        stored = table.entries.get(key)
        if stored is not None:
            try:
                compiled: re.Pattern[Any] = engine.engine.compile(pattern, *stored)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                del table.entries[key]
            else:
                table.hits += 1
                table.used.add(key)
                return compiled
        if not table.recording:
            return original(pattern, flags)
        engine.taken()
        compiled = original(pattern, flags)
        arguments = plain(engine.taken())
        if arguments is not None and asked_by_this_program():
            table.entries[key] = arguments
            table.used.add(key)
            table.misses += 1
            table.changed = True
        return compiled

    return compile


def asked_by_this_program() -> bool:
    """Whether the pattern being compiled was asked for by this program's own code (kg), the first frame
    outside `re` and this module. Why: some standard modules build patterns from sets (email's header
    parser), whose order, and so whose text, changes with every process's hash seed: kept, they would
    make every run write the table again, and never be found."""
    frame: Any = sys._getframe(1)
    while frame is not None and module_of(frame) in ("re", __name__):
        frame = frame.f_back
    return frame is not None and module_of(frame) == "kg"


def module_of(frame: Any) -> str:
    """The frame's module: its top package, or this module's whole name."""
    name = str(frame.f_globals.get("__name__", ""))
    return name if name == __name__ else name.split(".")[0]


def key_of(pattern: object, flags: object) -> Key | None:
    """The table's key for a pattern text and its flags; None for what the table does not keep: a
    parsed pattern (no text), or the DEBUG flag (whose compile prints the code)."""
    if not isinstance(pattern, str | bytes) or not isinstance(flags, int) or flags & re.DEBUG:
        return None
    return (pattern, int(flags))


def plain(value: Any) -> Any:
    """`value` in the builtin types alone (the code's opcodes are int subclasses with names, which the
    engine takes as ints and a pickle would store as objects of re's private module); None when it holds
    anything else, which the table then does not keep."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list | tuple):
        items = [plain(item) for item in value]
        if any(item is None and original is not None for item, original in zip(items, value, strict=True)):
            return None
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        pairs = {plain(name): plain(item) for name, item in value.items()}
        return None if None in pairs or None in pairs.values() else pairs
    return None
