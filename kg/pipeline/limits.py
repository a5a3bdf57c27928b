"""Kernel-enforced limits on each document's extraction, CPU time and memory, in the processes that
extract.

Why: the extraction rules read text nobody here wrote. They are written to be linear (docs/ingest.md,
"Hostile text"; tests/extract/test_adversarial_text.py), but a rule added later with a pattern that
backtracks, or a library's parser caught in a loop, would make one document take hours. A check in
our own code cannot stop that: a regular expression runs in C and never returns to Python to be
interrupted. The kernel can: each extraction process (a worker of the batch's pool, or the process
kg.pipeline.early forks for one file) sets its soft RLIMIT_CPU, before each document, to the CPU time
it has used plus the document's allowance; the kernel sends SIGXCPU when that is reached, and its
default action ends the process wherever it is. The command then refuses that document (exit 2,
naming it and the limit) and goes on with the others.

The allowance is `--max-seconds N`, else `$ALLIANCE_KG_MAX_SECONDS`, else 300 CPU seconds: an 8 MiB
document (the size cap) takes about 35 s of rules, so only a fault reaches it. It bounds the
extraction (reading, rules, mapping, provenance); validation and the write are bounded by the triple
cap (kg.model.budget). A document extracted in the command's own process (`--workers 0` only: a
small file on a busy machine gets a process forked late, kg.pipeline.early.LateExtraction) has no
kernel limit: the command's process holds the store, and ending it there is not what a limit is for.

Memory: the same processes cap their address space (RLIMIT_AS) at `--max-memory MiB`, else
`$ALLIANCE_KG_MAX_MEMORY`, else 2,048 MiB. The triple cap (kg.model.budget) bounds what the mapping
builds; this bounds what nothing of ours counts: a parser unpacking a document (a PDF's streams, a
Word file's XML, deeply nested HTML) or a rule's working data. An allocation over the cap fails
(MemoryError), and the document is refused as for the CPU limit; the process goes on with the next
one. A 300 KB table of 184,000 triples peaks at 130-150 MiB of address space in an extraction process
(275 MiB before session 13, when its provenance was a graph of its own beside the facts).

No core file is written when a process is ended this way (RLIMIT_CORE is set to 0 in those
processes). Linux and other POSIX systems only; elsewhere the limits are not set.
"""

from __future__ import annotations

import math
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: `kg ingest FILE` without a pool does not load them
    from concurrent.futures import Future, ProcessPoolExecutor

from kg.errors import InputError
from kg.model.settings import whole_number

DEFAULT_CPU_SECONDS = 300
CPU_SECONDS_VARIABLE = "ALLIANCE_KG_MAX_SECONDS"
DEFAULT_MEMORY_MIB = 2048
MEMORY_VARIABLE = "ALLIANCE_KG_MAX_MEMORY"


@dataclass(frozen=True)
class DocumentLimits:
    """The caps given on the command line for each document's extraction (None: the environment's, else
    the defaults): bytes (kg.extract.documents), triples (kg.model.budget), CPU seconds and MiB (here)."""

    max_bytes: int | None = None
    max_triples: int | None = None
    max_seconds: int | None = None
    max_memory: int | None = None


class ExtractionStopped(InputError):
    """The process extracting a document was ended before it answered (its CPU limit, or killed)."""


def cpu_seconds(limit: int | None = None) -> int:
    """The CPU allowance: `limit`, else $ALLIANCE_KG_MAX_SECONDS, else DEFAULT_CPU_SECONDS."""
    return whole_number(limit, CPU_SECONDS_VARIABLE, DEFAULT_CPU_SECONDS, "CPU second")


def memory_mib(limit: int | None = None) -> int:
    """The address-space cap in MiB: `limit`, else $ALLIANCE_KG_MAX_MEMORY, else DEFAULT_MEMORY_MIB."""
    return whole_number(limit, MEMORY_VARIABLE, DEFAULT_MEMORY_MIB, "MiB")


def limit_next_document(seconds: int) -> None:
    """In an extraction process, before a document: the kernel ends this process once it has used
    `seconds` more CPU seconds (its soft RLIMIT_CPU; the hard limit is left as it is, so that the next
    document can be given its own allowance). No core file is written."""
    try:
        import resource
    except ImportError:  # not POSIX: no limit
        return
    used = os.times()
    spent = math.ceil(used.user + used.system)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = spent + seconds if hard == resource.RLIM_INFINITY else min(spent + seconds, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


@contextmanager
def capped_memory(mib: int) -> Iterator[None]:
    """In an extraction process, for one document: its address space capped at `mib` MiB (the soft
    RLIMIT_AS, never above the hard one), so that an allocation past it fails with MemoryError; the
    cap it had is put back after the document (sending the answer, and the next warm-up, are not the
    document's)."""
    try:
        import resource
    except ImportError:  # not POSIX: no cap
        yield
        return
    before = resource.getrlimit(resource.RLIMIT_AS)
    soft_before, hard = before
    wanted = mib * 1024 * 1024
    hook = sys.unraisablehook
    sys.unraisablehook = partial(quiet_about_memory, hook)
    resource.setrlimit(
        resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard)
    )
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft_before, hard))
        sys.unraisablehook = hook


def quiet_about_memory(hook: Callable[[Any], Any], unraisable: Any) -> None:
    """An exception no code can catch (a finalizer's, a garbage collection's), given to `hook` unless it is
    a MemoryError under the cap: the document is refused, with the cap named, by the task's own
    MemoryError; Python's "Exception ignored in ... MemoryError" beside that line was noise, printed in some
    runs only (a CI run of session 29 failed on it)."""
    if not isinstance(unraisable.exc_value, MemoryError):
        hook(unraisable)


def stopped_message(path: Any, exit_code: int | None, seconds: int) -> str:
    """Why a document's extraction process ended without answering, from the process's exit code."""
    signal_number = -exit_code if exit_code is not None and exit_code < 0 else None
    if signal_number is not None and signal_number == getattr(signal, "SIGXCPU", None):
        reason = (
            f"its extraction used more than {seconds:,} CPU second{'' if seconds == 1 else 's'} and was "
            "stopped by the kernel's "
            f"CPU limit (raise it with --max-seconds or ${CPU_SECONDS_VARIABLE})"
        )
    elif signal_number is not None:
        name = signal.Signals(signal_number).name
        reason = f"its extraction process was ended by signal {name} (out of memory?)"
    else:
        reason = f"its extraction process ended without answering (exit code {exit_code})"
    return f"{Path(path)}: {reason}; nothing was stored"


@dataclass(frozen=True)
class LimitedTask:
    """A document's extraction task for an extraction process: the CPU limit set before it runs, and
    the refusal to give when the process was ended before it answered (`stopped`)."""

    task: Callable[[Any], Any]
    seconds: int
    refusal: Callable[..., Any]  # (path, error=...) -> the batch's refusal (kg.pipeline.ingest.Extracted)
    memory: int = DEFAULT_MEMORY_MIB
    owner: int = field(default_factory=os.getpid)  # the command's process, which made the task

    def __call__(self, path: Any) -> Any:
        end_with_the_owner(self.owner)
        limit_next_document(self.seconds)
        try:
            with capped_memory(self.memory):
                return self.task(path)
        except (MemoryError, SystemError, ImportError) as error:
            if isinstance(error, SystemError) and not frame_stack_exhausted(error):
                raise
            if isinstance(error, ImportError) and not library_unmapped(error):
                raise
            return self.refusal(Path(path), error=ExtractionStopped(self.over_memory(path)))

    def over_memory(self, path: Any) -> str:
        return (
            f"{Path(path)}: its extraction needed more than the {self.memory:,} MiB of memory an extraction "
            f"process may use (raise it with --max-memory or ${MEMORY_VARIABLE}); nothing was stored"
        )

    def stopped(self, path: Any, exit_code: int | None) -> Any:
        """The refusal of a document whose extraction process ended before it answered."""
        return self.refusal(
            Path(path), error=ExtractionStopped(stopped_message(path, exit_code, self.seconds))
        )


FRAME_STACK_EXHAUSTED = "error return without exception set"


def frame_stack_exhausted(error: SystemError) -> bool:
    """Whether `error` is CPython 3.11's way of saying a call found no memory for its frame.

    Why: when a call needs a new chunk of the interpreter's frame stack and the kernel refuses the
    pages (our RLIMIT_AS), CPython 3.11 returns from the call without setting MemoryError, and the
    caller raises this SystemError instead (tests/pipeline/test_extraction_limits.py reproduces it).
    Under the cap it is the cap's refusal like any MemoryError; a batch showed it as a traceback."""
    return str(error) == FRAME_STACK_EXHAUSTED


LIBRARY_UNMAPPED = "failed to map segment from shared object"


def library_unmapped(error: ImportError) -> bool:
    """Whether `error` is the dynamic loader refused the pages of a library's shared object: under the cap,
    the first document of a kind whose reader loads a compiled library (lxml for .docx and .odt) needs
    address space for it like any allocation, and the loader says so in these words (glibc's dlopen)."""
    return LIBRARY_UNMAPPED in str(error)


WATCHED: set[int] = set()
"""The owners this process already watches (end_with_the_owner): one thread each, once."""


def end_with_the_owner(owner: int) -> None:
    """In an extraction process: end it as soon as `owner` (the command whose task it runs) has ended.

    Why: a pool's workers are forked by multiprocessing's fork server, not by the command, and wait
    for their next task on pipes they hold both ends of; the fork server waits for them. When `kg
    ingest` was ended by a signal (SIGTERM, a second Ctrl-C) in a batch, its fork server, two workers
    and the resource tracker stayed forever (measured: still there 20 minutes later, holding the
    command's standard error open, so that a caller reading it to its end waited too). The kernel
    tells a waiting thread when the owner ends (a pidfd, Linux 5.3), else it is asked each second."""
    if owner == os.getpid() or owner in WATCHED:
        return
    import threading

    WATCHED.add(owner)
    threading.Thread(target=wait_for_the_end_of, args=(owner,), name="kg-owner-watch", daemon=True).start()


def wait_for_the_end_of(owner: int) -> None:
    """Wait until `owner` has ended (its exit, not its reaping: a pidfd is readable then), then end
    this process at once (os._exit: the document it extracts has no one left to take it)."""
    import select
    import time

    try:
        descriptor = os.pidfd_open(owner)
    except (AttributeError, OSError):  # no pidfd here, or already gone: ask each second
        while owner_alive(owner):
            time.sleep(1.0)
    else:
        select.select([descriptor], [], [])
    os._exit(1)


def owner_alive(owner: int) -> bool:
    try:
        os.kill(owner, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of another user took the number: ours is gone
        return False
    return True


PoolFactory = Callable[[int], "ProcessPoolExecutor"]


AHEAD_PER_WORKER = 2
"""Documents given to the pool ahead of the one the caller waits for, per worker (plus one): enough to
keep every worker busy while the caller validates and writes, few enough that finished extractions
do not pile up."""


def surviving_map(
    pool: ProcessPoolExecutor, new_pool: PoolFactory, task: LimitedTask, paths: Sequence[Any], workers: int
) -> Iterator[Any]:
    """task(path) for each path, in order, computed by the pool's workers, a few documents ahead of
    the caller (AHEAD_PER_WORKER), so that the caller's work overlaps them. When a worker is ended
    (its document over the CPU limit, or killed) the pool breaks and every document not yet done fails
    with it: the first `workers + 1` of those (the ones that may have been running: workers take
    documents in order) are each extracted again alone, in a pool of one, so that only the document
    that ends its process is refused; the others go on in a new pool.

    Why a window and not every document given at once: the pool then extracted as fast as its
    workers could while the caller validated and wrote one document at a time, and every finished
    extraction (graphs, the document's text and offsets) waited in its future, and stayed there once
    read: `kg ingest` of a folder of 2,000 small files grew by about 1.4 MB a document (1.8 GB at
    1,200), so 10,000 would have needed 14 GB."""
    return ordered_results(pool, new_pool, task, list(paths), workers, {})


def ordered_results(
    pool: ProcessPoolExecutor,
    new_pool: PoolFactory,
    task: LimitedTask,
    paths: Sequence[Any],
    workers: int,
    finished: dict[int, Future[Any]],
) -> Iterator[Any]:
    """The results in order; `finished`: futures (by index into `paths`) of documents a broken pool
    had done, used as they are. A future is let go once its result is read."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    ahead = AHEAD_PER_WORKER * max(workers, 1) + 1
    pending: deque[Future[Any]] = deque()
    for index in range(len(paths)):
        for later in range(index + len(pending), min(index + ahead, len(paths))):
            pending.append(finished.pop(later) if later in finished else submitted(pool, task, paths[later]))
        future = pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool:
            yield from after_a_break([future, *pending], new_pool, task, paths[index:], workers)
            return
        yield result


def submitted(pool: ProcessPoolExecutor, task: LimitedTask, path: Any) -> Future[Any]:
    """The pool's future for task(path); a pool already broken gives one failed the same way."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(task, path)
    except BrokenProcessPool as error:
        broken: Future[Any] = Future()
        broken.set_exception(error)
        return broken


def after_a_break(
    futures: list[Future[Any]], new_pool: PoolFactory, task: LimitedTask, paths: Sequence[Any], workers: int
) -> Iterator[Any]:
    """`futures`: those of the first documents of `paths` (the ones given to the pool that broke); the
    documents after them were never given to it."""
    from concurrent.futures.process import BrokenProcessPool

    suspects = workers + 1
    for index, path in enumerate(paths):
        future = futures[index] if index < len(futures) else None
        if future is not None and not isinstance(future.exception(), BrokenProcessPool):
            yield future.result()  # finished before the pool broke
        elif future is not None and suspects:
            suspects -= 1
            yield alone(new_pool, task, path)
        else:
            yield from again(futures[index:], new_pool, task, paths[index:], workers)
            return


def again(
    futures: list[Future[Any]], new_pool: PoolFactory, task: LimitedTask, paths: Sequence[Any], workers: int
) -> Iterator[Any]:
    """The documents after the suspects, in order: those the broken pool finished as they were, the
    others in a new pool (where a later document may break it again, and is found the same way)."""
    from concurrent.futures.process import BrokenProcessPool

    done = {
        index: future
        for index, future in enumerate(futures)
        if not isinstance(future.exception(), BrokenProcessPool)
    }
    with new_pool(workers) as pool:
        yield from ordered_results(pool, new_pool, task, paths, workers, done)


def alone(new_pool: PoolFactory, task: LimitedTask, path: Any) -> Any:
    """One document in a pool of one worker: its answer, or its refusal when that worker was ended."""
    from concurrent.futures.process import BrokenProcessPool

    with new_pool(1) as pool:
        future = pool.submit(task, path)
        try:
            return future.result()
        except BrokenProcessPool:
            workers = pool_workers(pool)
    # Read once the pool is shut down: its own thread joins the ended worker, and a second join at the
    # same time races it for the exit status (multiprocessing then reports 255, not the signal).
    return task.stopped(path, next((w.exitcode for w in workers if w.exitcode is not None), None))


def pool_workers(pool: ProcessPoolExecutor) -> list[Any]:
    """The pool's worker processes (multiprocessing.Process). Why a private attribute:
    concurrent.futures does not say which worker ended or how, and a pool of one has one worker to
    ask; without it the refusal names no signal."""
    return list((getattr(pool, "_processes", None) or {}).values())
