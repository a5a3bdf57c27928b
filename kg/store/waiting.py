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

import threading
import time
from collections.abc import Callable
from typing import TypeVar

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

    def run() -> None:
        try:
            outcome.append((True, call()))
        except KgError as error:  # the program's own error, said in one line: its frames stay here
            outcome.append((False, without_frames(error)))
        except BaseException as error:  # handed to the waiting thread, raised there
            outcome.append((False, error))
        finally:
            done.set()

    deadline = None if seconds is None else time.monotonic() + seconds
    threading.Thread(target=run, name="kg-work", daemon=True).start()
    try:
        while not done.wait(POLL):
            if deadline is not None and time.monotonic() >= deadline:
                raise past() if past is not None else TimeoutError(f"still at work after {seconds} s")
    except BaseException:
        if not done.is_set():
            ABANDONED.append(done)
        raise
    made, value = outcome[0]
    if not made:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


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
