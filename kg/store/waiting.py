"""Waiting for work done in the embedded store's own code, so that Ctrl-C and time limits end a command,
and an interrupt (Ctrl-C, a notebook's "interrupt the kernel") ends a query asked from the Python API.

Why: the embedded store (pyoxigraph) evaluates a query in Oxigraph's own code, and Python runs its
SIGINT handler only between two of its own instructions of the main thread: `kg sparql "SELECT (COUNT(*)
AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"` ignored Ctrl-C for as long as it counted (hours), and
`kg validate --store` of a store whose own shapes hold such a SPARQL constraint ran for good (attack
round 19). pyoxigraph lets go of the interpreter while it evaluates, so the work runs in a thread of its
own while the main thread waits, gets the KeyboardInterrupt at once, and can give up at a time limit.
A thread given up on cannot be stopped: the program then ends without the interpreter's teardown
(kg.cli.main, `abandoned`), which would wait for it. In a notebook the kernel stays usable at once, while
the given-up query finishes on its own core.

Here in kg.store rather than in the command line: EmbeddedStore.execute asks Oxigraph this way when it is
called from the main thread (`interruptible_here`), where an interrupt arrives; a query from the Python API
(`kg.open_store().select(...)` in a notebook) held the kernel until Oxigraph was done, whatever the user
pressed.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable
from typing import ClassVar, TypeVar

from kg.errors import KgError

T = TypeVar("T")
POLL = 0.25  # seconds between two looks at the work, each a chance for the signal handler to run
ABANDONED: list[threading.Event] = []


def interruptible(
    call: Callable[[], T], seconds: float | None = None, past: Callable[[], Exception] | None = None
) -> T:
    """`call()`, made in a daemon thread while this one waits; `past()` raised (a KgError saying what to do)
    when it is still at work after `seconds`. Its own exception is raised here.

    The wait is on an Event, not Thread.join: a KeyboardInterrupt inside join() marks the thread as
    ended while it runs (CPython 3.11's bpo-45274 handling), and the work would not be known to go on."""
    outcome: list[tuple[bool, object]] = []
    done = threading.Event()
    worker = Worker.idle()
    worker.calls.put((call, outcome, done))
    deadline = None if seconds is None else time.monotonic() + seconds
    try:
        while not done.wait(POLL):
            if deadline is not None and time.monotonic() >= deadline:
                raise past() if past is not None else TimeoutError(f"still at work after {seconds} s")
    except BaseException:
        if not done.is_set():  # given up on: the worker is never handed work again
            ABANDONED.append(done)
        else:
            worker.rest()
        raise
    worker.rest()
    made, value = outcome[0]
    if not made:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


Call = tuple[Callable[[], object], list[tuple[bool, object]], threading.Event]


class Worker:
    """A daemon thread that makes the calls handed to it, one at a time, and waits for the next.

    Why not a thread per call: every query of the Python API from the main thread waits this way
    (EmbeddedStore.execute), and starting a thread for each cost about 0.3 ms a query (an ASK on the
    seed store: 0.43 ms against 0.10 ms asked from another thread), past what the store's own answer
    takes for small queries; a kept thread costs a hand-over, about 0.015 ms. Not a ThreadPoolExecutor:
    its threads are joined when the interpreter exits, and a call given up on (Ctrl-C) would hold the
    exit until it ends. A worker whose call was given up on is never handed another (`rest` is not
    called for it); the next call gets a new one."""

    IDLE: ClassVar[list[Worker]] = []
    LOCK = threading.Lock()

    def __init__(self) -> None:
        self.calls: queue.SimpleQueue[Call] = queue.SimpleQueue()
        threading.Thread(target=self.serve, name="kg-work", daemon=True).start()

    @classmethod
    def idle(cls) -> Worker:
        with cls.LOCK:
            return cls.IDLE.pop() if cls.IDLE else cls()

    def rest(self) -> None:
        with self.LOCK:
            self.IDLE.append(self)

    def serve(self) -> None:
        while True:
            call, outcome, done = self.calls.get()
            try:
                outcome.append((True, call()))
            except KgError as error:  # the program's own error, said in one line: its frames stay here
                outcome.append((False, without_frames(error)))
            except BaseException as error:  # handed to the waiting thread, raised there
                outcome.append((False, error))
            finally:
                done.set()
            del call, outcome, done  # what the call made is freed here, in this thread, before the next


def forget_workers() -> None:
    """In a child made by fork: the parent's workers' threads do not exist here (kg.pipeline.early)."""
    Worker.IDLE.clear()
    Worker.LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=forget_workers)


def without_frames(error: BaseException) -> BaseException:
    """`error` and the errors it was raised from or during, without their tracebacks: the frames are
    freed in this thread, with what they hold. Why: pyoxigraph's answers may only be dropped on the
    thread that made them (pyo3's "unsendable"); an answer left in a frame of the traceback was dropped
    on the waiting thread, which printed a RuntimeError under the command's one-line error (a SPARQL
    endpoint's answer over --max-rows). A KgError is printed as its message alone: nothing is lost."""
    seen: set[int] = set()
    chain: list[BaseException | None] = [error]
    while chain:
        link = chain.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        link.__traceback__ = None
        chain += [link.__cause__, link.__context__]
    return error


def abandoned() -> bool:
    """Whether work given up on (interrupted, or past its time) is still running in a thread."""
    return any(not done.is_set() for done in ABANDONED)


def interruptible_here(call: Callable[[], T]) -> T:
    """`call()` as `interruptible` makes it when this is the main thread (where Python delivers SIGINT, and
    a notebook's interrupt), else here: another thread gets no interrupt to wait for, and a server's
    worker or a command's own work thread (`interruptible` above it) would only pay for a second one."""
    if threading.current_thread() is not threading.main_thread():
        return call()
    return interruptible(call)
