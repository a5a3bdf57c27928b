"""One document's extraction in a second process, started before this one loads anything (issue 16 point 1).

Why: `kg ingest FILE` did its two halves one after the other on one core: the extraction half (import
the rules and compile their patterns, read the reference data, resolve names, extract, map) and the
store half (import the store and validation, open the store, read what it knows, load its shapes,
then validate and write). Only the last steps of each depend on the other: the extraction needs the
names the store knows (known-organizations), the store half needs the extraction. Forked as the
command starts, the extraction process does its imports and reads the reference data while this one
opens the store; then it gets the task (with the store's names), and this process loads the shapes
while it extracts. Each half keeps a core busy, and the wall time is the longer half, not the sum.

It is forked as the command starts when a core is idle (`a_core_is_idle`: the load average leaves one
free), when the file is large, or when `--workers N` asks for it. On a busy machine a process forked
then would only add its own imports (rdflib, kg.model) to the one core there is, so a small file's
process is forked later (LateExtraction), once this one has imported what both halves need: the child
inherits those, imports the rules itself while this one opens the store, and no import is done twice
(this process, which never extracts, does not import the rules either). Every extraction but one asked
with `--workers 0` runs under the kernel's limits.

The early child is forked from a process that has loaded only the command line (no thread, no store, no
rdflib: nothing that is unsafe to fork), on platforms where `fork` is the ordinary way (Linux and the
other POSIX systems but macOS); elsewhere, and with `--workers 0`, the document is extracted in this
process as before. If the child is ended by a signal while it extracts (its kernel CPU limit, the
out-of-memory killer: kg.pipeline.limits), the document is refused; if it went away otherwise (its
pipe broke), the document is extracted in this process instead: the result is the same, only slower.
A task's own errors (an unreadable document) come back as values from
kg.pipeline.ingest.extract_quietly, as from a pool worker.

This module imports only the standard library: it runs before anything else is loaded.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.pipeline.cores import allowed_cores

STOP = None


def fork_available() -> bool:
    """Whether a child can be forked safely and cheaply here (not on macOS, where system libraries
    forbid it, nor on Windows, which has no fork)."""
    return sys.platform != "darwin" and hasattr(os, "fork")


class Channel:
    """One end of the two pipes between the command and its extraction process: whole values, each sent
    pickled behind its length (the part of multiprocessing's Connection this module used).

    Why not multiprocessing: importing it (its context, reduction and connection modules, and through them
    socket and selectors) cost 8-10 CPU-ms of the command's start before the fork, on the critical path of
    both processes of `kg ingest FILE`, for a pipe and a fork."""

    def __init__(self, reading: int, writing: int) -> None:
        self.reading, self.writing = reading, writing

    def send(self, value: Any) -> None:
        """The value pickled, behind its length (OSError when the other end is gone or this one closed)."""
        import pickle

        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._write(len(payload).to_bytes(8, "big"))
        self._write(payload)

    def _write(self, data: bytes) -> None:
        if self.writing < 0:
            raise OSError("the channel is closed")
        view = memoryview(data)
        while view:
            view = view[os.write(self.writing, view) :]

    def recv(self) -> Any:
        """The next value sent (EOFError when the other end closed before a whole one came)."""
        import pickle

        size = int.from_bytes(self._read(8), "big")
        return pickle.loads(self._read(size))

    def _read(self, size: int) -> bytes:
        if self.reading < 0:
            raise OSError("the channel is closed")
        parts, left = [], size
        while left:
            part = os.read(self.reading, min(left, 1 << 20))
            if not part:
                raise EOFError
            parts.append(part)
            left -= len(part)
        return b"".join(parts)

    def poll(self, seconds: float) -> bool:
        """Whether something can be read (a value, or the end) within `seconds`."""
        return readable(self.reading, seconds)

    def close(self) -> None:
        for descriptor in {self.reading, self.writing} - {-1}:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        self.reading = self.writing = -1


def readable(descriptor: int, seconds: float | None) -> bool:
    """Whether `descriptor` can be read (data, or its other end closed) within `seconds` (None: no end)."""
    import select

    if descriptor < 0:
        raise OSError("the channel is closed")
    poller = select.poll()
    poller.register(descriptor, select.POLLIN)
    return bool(poller.poll(None if seconds is None else max(0, int(seconds * 1000))))


class Forked:
    """A child made by os.fork that runs `target(channel)` and ends with os._exit: what this module used of
    multiprocessing.Process (pid, exitcode, is_alive, join, kill, terminate), and the parent's end of the
    pipes to it (`channel`).

    As multiprocessing's fork start does: the standard streams are flushed before the fork (nothing
    buffered is written twice), the child's standard input is /dev/null, an exception the target lets
    out is printed and ends the child with 1, and the child never returns into the parent's code. Its end
    is watched through a pipe only the child holds open (`sentinel`), so `join` wakes when it ends."""

    def __init__(self, target: Callable[[Channel], None]) -> None:
        from_parent, to_child = os.pipe()  # (the end read, the end written)
        from_child, to_parent = os.pipe()
        watched, held = os.pipe()  # `held` is the child's alone: its end is the end of `watched`
        flush_standard_streams()
        try:
            pid = os.fork()
        except BaseException:
            for descriptor in (to_child, from_parent, from_child, to_parent, watched, held):
                os.close(descriptor)
            raise
        if pid == 0:  # the child: never back into the caller's code
            code = 1
            try:
                for descriptor in (to_child, from_child, watched):
                    os.close(descriptor)
                code = run_child(target, Channel(from_parent, to_parent))
            finally:
                os._exit(code)
        for descriptor in (from_parent, to_parent, held):
            os.close(descriptor)
        self.pid = pid
        self.channel = Channel(from_child, to_child)
        self.sentinel = watched
        self._code: int | None = None

    @property
    def exitcode(self) -> int | None:
        """None while the child runs; else its exit status, or minus the signal that ended it."""
        self._reap(os.WNOHANG)
        return self._code

    def is_alive(self) -> bool:
        return self.exitcode is None

    def join(self, timeout: float | None = None) -> None:
        """Wait for the child to end, at most `timeout` seconds (None: as long as it takes)."""
        if self._code is None and (timeout is None or readable(self.sentinel, timeout)):
            self._reap(0)

    def _reap(self, flags: int) -> None:
        if self._code is not None:
            return
        try:
            pid, status = os.waitpid(self.pid, flags)
        except ChildProcessError:  # reaped by someone else: its status is lost
            pid, status = self.pid, 1 << 8
        if pid == self.pid:
            self._code = os.waitstatus_to_exitcode(status)
            with contextlib.suppress(OSError):
                os.close(self.sentinel)
            self.sentinel = -1

    def kill(self) -> None:
        self._signal("SIGKILL")

    def terminate(self) -> None:
        self._signal("SIGTERM")

    def _signal(self, name: str) -> None:
        import signal

        if self.exitcode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, getattr(signal, name))


def flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()


def run_child(target: Callable[[Channel], None], channel: Channel) -> int:
    """The child's life after the fork, as multiprocessing's process bootstrap leads it: its exit code."""
    try:
        if sys.stdin is not None:
            with contextlib.suppress(OSError, ValueError):
                sys.stdin.close()
                sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (its stdin while it lives)
        target(channel)
        return 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        import traceback

        sys.stderr.write("kg-ingest-extraction:\n")
        traceback.print_exc()
        return 1
    finally:
        flush_standard_streams()


class EarlyExtraction:
    """A one-process executor (what kg.pipeline.ingest.extractions needs of one: `map`) whose process
    is forked when the object is made and warms up (imports, reference data) before any task."""

    extracts_elsewhere = True  # in another process: kg.pipeline.ingest gives it CPU-limited tasks

    def __init__(self, one_map: bool = False) -> None:
        self.process = Forked(serve)
        self.connection = self.process.channel
        self.broken = False
        self.one_map = one_map
        self.released = False

    def map(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """task(item) for each item, in order, computed in the child; the first item is sent at once
        (so that the caller can do its own work meanwhile), each next one when the last came back.
        `one_map`: the child is told to stop as soon as the last answer is in (see `let_go`)."""
        if self.released:
            raise RuntimeError("this extraction process served its one map and was let go")
        pending = list(items)
        sent = self.send(task, pending[0]) if pending else False
        return self.results(task, pending, sent)

    def results(self, task: Callable[[Any], Any], pending: list[Any], sent: bool) -> Iterator[Any]:
        for index, item in enumerate(pending):
            if index and not self.broken:
                sent = self.send(task, item)
            answer = self.receive(patience(task)) if sent else None
            if answer is not None and self.one_map and index == len(pending) - 1:
                self.let_go()
            yield answer[0] if answer is not None else self.without_the_child(task, item)

    def let_go(self) -> None:
        """Tell the child to stop now that it has given its last answer, rather than at `shutdown`.

        Why: `kg ingest FILE` maps one document once; the child then idled while this process judged,
        wrote and closed the store, and only then was told to stop and waited for (its exit, a few
        milliseconds of freeing its memory, came after the store's close, on the command's wall time).
        Told here, it ends while this process works, and `shutdown` finds it gone."""
        self.released = True
        if not self.broken:
            with contextlib.suppress(OSError, ValueError):
                self.connection.send(STOP)

    def without_the_child(self, task: Callable[[Any], Any], item: Any) -> Any:
        """The answer for `item` once the child is gone: its refusal (`task.stopped`, as
        kg.pipeline.limits.LimitedTask gives) when the child was ended by a signal while it had the
        item (its CPU limit, or killed: doing it here would undo the limit), else the task here, without
        the limits (`unlimited`: set in this process, which holds the store, they would stay set)."""
        self.process.join(timeout=10)
        code = self.process.exitcode
        stopped = getattr(task, "stopped", None)
        if stopped is not None and code is not None and code < 0:
            return stopped(item, code)
        return unlimited(task)(item)

    def send(self, task: Callable[[Any], Any], item: Any) -> bool:
        try:
            self.connection.send((task, item))
        except (OSError, ValueError):
            self.broken = True
            return False
        return True

    def receive(self, seconds: float | None = None) -> tuple[Any] | None:
        """(the task's value,), or None when the child ended without answering, or gave no answer within
        `seconds` of wall time (then it is ended: a child blocked without using CPU, on a lock copied
        locked by fork, say, never reaches its CPU limit)."""
        try:
            if seconds is not None and not self.connection.poll(seconds):
                self.process.kill()
                self.broken = True
                return None
            kind, value = self.connection.recv()
        except (EOFError, OSError):
            self.broken = True
            return None
        if kind == "error":  # not a refusal (those are values) but a bug: raised here, with its type
            raise value
        return (value,)

    def shutdown(self) -> None:
        """Tell the child to stop and wait for it (briefly: it has nothing left to do)."""
        if not self.broken and not self.released:
            with contextlib.suppress(OSError, ValueError):
                self.connection.send(STOP)
        self.connection.close()
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()

    def __enter__(self) -> EarlyExtraction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


class LateExtraction:
    """The extraction process of one small file on a busy machine: forked once this process has imported
    what both halves need (`fork`, called by the command before it opens the store; else by `map`),
    rather than as the command starts.

    Why: on a busy machine an early process only adds its own imports to the one core there is (see
    `a_core_is_idle`), so a small file used to be extracted in the command's own process, where no kernel
    limit can be set (kg.pipeline.limits: ending that process is not what a limit is for). A fork made
    late inherits the imports and costs a few milliseconds, and the document's extraction runs under the
    same CPU limit and memory cap as every other.

    The store is not open yet when `kg ingest` forks (its RocksDB threads could hold a lock that the child
    would inherit locked); where `map` forks, as for `kg diff`, no store is open. The child ends with
    os._exit (Forked, as multiprocessing's fork start did); a child that gives no answer in time is ended
    (EarlyExtraction.receive)."""

    extracts_elsewhere = True  # in another process: kg.pipeline.ingest gives it CPU-limited tasks

    def __init__(self, preload: bool = True, one_map: bool = False) -> None:
        self.forked: EarlyExtraction | None = None
        self.preload = preload
        self.one_map = one_map  # EarlyExtraction's: the child let go once its one map is answered

    def fork(self) -> None:
        """Fork now: the command calls it once its imports are done and before it opens the store, so
        that the child copies no thread of the store's and no lock they may hold. Without this call
        `map` forks.

        `preload`: the extraction rules are imported here first and the child inherits them (kg diff,
        whose two sides each fork a child, imports them once). Without it the child imports them itself
        (EarlyExtraction's warm-up) while this process opens the store: `kg ingest` forks once the
        imports both halves need are done (rdflib, kg.model, the pipeline), and this process, which
        never extracts, no longer imports the rules (about 0.2 CPU-s) before it can open the store."""
        if self.forked is None:
            if self.preload:
                from kg.pipeline.ingest import preload_extraction

                preload_extraction()
            with contextlib.suppress(OSError):  # no more processes: `map` extracts here
                self.forked = EarlyExtraction()
                self.forked.one_map = self.one_map

    def map(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        if self.forked is None:
            self.fork()
        if self.forked is None:  # no process could be made: here, without the limits (`unlimited`)
            return map(unlimited(task), items)
        return self.forked.map(task, items)

    def shutdown(self) -> None:
        if self.forked is not None:
            self.forked.shutdown()

    def __enter__(self) -> LateExtraction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def unlimited(task: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The task without the kernel limits a LimitedTask sets before it runs (its `task`), for this
    process: the limits are set on the process that runs them and stay set, and this one holds the
    store (a later write past the CPU limit would be ended by the kernel halfway)."""
    return getattr(task, "task", task)


def patience(task: Callable[[Any], Any]) -> float | None:
    """How long to wait for a child's answer: three times its CPU allowance (the load may slow it down)
    and a minute, for a LimitedTask; no end for another task."""
    seconds = getattr(task, "seconds", None)
    return 3 * seconds + 60 if isinstance(seconds, int | float) else None


@contextlib.contextmanager
def warm_and_kept() -> Iterator[None]:
    """The child's warm-up with Python's cycle collector paused, and what it made then left out of the
    collector's passes (gc.freeze) until a stage gives them back (kg.pipeline.collector.frozen_heap).

    Why: the warm-up (rdflib, the model, the pipeline and the rules imported, the reference data loaded:
    about 100,000 objects that live as long as the process, and next to no cycles) filled the youngest
    generation, so that the first pass of the collector, in the warm-up or in the document's extraction,
    walked all of it: one pass of 45-70 ms, on the critical path of `kg ingest FILE`. Frozen, they are
    walked by no pass; what the extraction makes is collected as before."""
    from kg.model.collector import collector_paused  # (standard library only)

    with collector_paused():
        try:
            yield
        finally:
            gc.freeze()


def serve(connection: Channel) -> None:
    """The child: warm up, then run each task received until told to stop or the parent is gone."""
    try:
        with warm_and_kept():
            from kg.model.sources import resources_root
            from kg.pipeline.ingest import warm_worker

            warm_worker(resources_root())
        while True:
            job = connection.recv()
            if job is STOP:
                return
            task, item = job
            try:
                answer: tuple[str, Any] = ("done", task(item))
            except Exception as error:  # sent to the parent, which raises it
                answer = ("error", error)
            connection.send(answer)
    except (EOFError, OSError, KeyboardInterrupt):  # the parent went away or was interrupted: so do we
        return
    finally:
        connection.close()


def a_core_is_idle() -> bool:
    """Whether this process may use a second core now: two or more cores are allowed to it, and the
    load average of the last minute leaves one of them free. Why: on a busy machine the second process
    only adds its own imports (about 0.3 CPU-s) to the work of the one core there is; measured at load
    average 3-4 on 2 cores, one `kg ingest` took 1.8 s wall with it and 1.3 s without."""
    cores = allowed_cores()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load <= cores - 1


ALWAYS_APART_BYTES = 32 * 1024
"""A register is 5-30 KB; a larger file is where a fault in a rule could cost minutes."""


def start(
    paths: list[str], workers: int | None, idle: Callable[[], bool] = a_core_is_idle
) -> EarlyExtraction | LateExtraction | None:
    """The extraction process for a run of `kg ingest` over one file (a folder or several documents use
    the pool of kg.pipeline.ingest), unless --workers 0 or fork is not available: forked now when a core
    is idle (`idle`, checked last: it reads the load average), or the file is ALWAYS_APART_BYTES or more
    (its start-up is small beside its work), or --workers N asks for it; else, a small file on a busy
    machine, forked once the command has imported what both halves need, before it opens the store
    (LateExtraction without preloading the rules: the child imports them). Either way the extraction runs
    under the kernel's limits (kg.pipeline.limits); only --workers 0 extracts in the command's own process."""
    if workers == 0 or len(paths) != 1 or not os.path.isfile(paths[0]) or not fork_available():
        return None
    # --workers N asks for the process whatever the load
    if workers is None and os.path.getsize(paths[0]) < ALWAYS_APART_BYTES and not idle():
        return LateExtraction(preload=False, one_map=True)
    try:
        return EarlyExtraction(one_map=True)
    except OSError:  # no more processes: extracted in this one
        return None
