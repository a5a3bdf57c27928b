"""A query asked from the Python API is ended by an interrupt (a notebook's "interrupt the kernel", Ctrl-C in
a script): Oxigraph evaluated it in the caller's main thread, where Python runs its SIGINT handler only
between its own instructions, so `select()` of a runaway query held the kernel until the engine was done
(hours), whatever the user pressed. EmbeddedStore.execute now asks Oxigraph in a thread of its own when it
is called from the main thread (kg.store.waiting.interruptible_here): KeyboardInterrupt comes at once, and
the same store answers the next query."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from kg.store.embedded import EmbeddedStore

RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
NOTEBOOK = """
import os, signal, sys, threading, time
from kg.store import open_store
signal.signal(signal.SIGINT, signal.default_int_handler)  # as a kernel or a foreground script has it
store = open_store(sys.argv[1])
threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
started = time.monotonic()
try:
    store.select(sys.argv[2])
    print("answered")
except KeyboardInterrupt:
    print(f"interrupted after {time.monotonic() - started:.0f} s")
rows = store.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
print("next query", int(rows[0]["n"]) > 0)
sys.stdout.flush()
os._exit(0)  # the given-up count still runs in its thread: a kernel would go on; this program ends
"""


def test_an_interrupt_ends_a_runaway_query_of_the_python_api(seed_store: Path) -> None:
    # before: "answered" (or the bound below) once the count ended, the interrupt held until then
    done = subprocess.run(
        [sys.executable, "-c", NOTEBOOK, str(seed_store), RUNAWAY],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("interrupted after "), done.stdout
    assert int(lines[0].split()[2]) < 30
    assert lines[1] == "next query True"


def test_a_query_from_another_thread_is_asked_there(seed_store: Path) -> None:
    seen: list[str] = []
    with EmbeddedStore(seed_store) as store:
        original = store._evaluate

        def spy(form: str, text: str):  # type: ignore[no-untyped-def]
            seen.append(threading.current_thread().name)
            return original(form, text)

        store._evaluate = spy  # type: ignore[method-assign]
        asked = "ASK { ?s ?p ?o }"
        worker = threading.Thread(target=lambda: store.query(asked), name="server-worker")
        worker.start()
        worker.join(60)
        assert store.query(asked).boolean is True
    assert seen == ["server-worker", "kg-work"]
