"""No read-only open beside a writer at work (kg.store.gate).

pyoxigraph calls a read-only open while another process writes the store undefined behaviour;
a server view opened while `kg serve`'s write worker was closing the store ran a three-row query
at full CPU for minutes. Writers hold the gate from before their open to after their close,
readers hold it while they open: these tests hold real writers in other processes and show what
readers get, and that the write worker closes the store before it tells readers to follow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.check import open_read_only, try_open_read_only
from kg.store.embedded import EmbeddedStore, write_store
from kg.store.gate import StoreBusy, gate_of, hold_for_writing, reader, try_reader
from kg.store.generation import current
from kg.store.views import views_of

G = URIRef("urn:x-test:gate")
WORKER = "from kg.server.worker import main; main()"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    graph = Graph()
    graph.add((URIRef("urn:x-test:s"), URIRef("urn:x-test:p"), Literal(1)))
    return write_store({G: graph}, tmp_path / "store")


@pytest.fixture
def writer(store: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the store open for writing (an EmbeddedStore, as kg ingest holds it)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from kg.store.embedded import EmbeddedStore\n"
            "store = EmbeddedStore(Path(sys.argv[1]), readonly=False)\n"
            "print('ready', flush=True); sys.stdin.read(); store.close()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield holder
    if holder.poll() is None:
        holder.communicate("", timeout=30)


def test_a_reader_that_cannot_wait_keeps_its_view_while_a_writer_is_at_work(store: Path, writer) -> None:
    with try_reader(store) as open_now:
        assert not open_now
    assert try_open_read_only(store) is None


def test_a_reader_with_no_view_waits_then_names_the_busy_store(store: Path, writer) -> None:
    started = time.monotonic()
    busy = rf"store at {store} is being written by another process"
    with pytest.raises(StoreBusy, match=busy), reader(store, wait=0.3):
        pass
    assert time.monotonic() - started >= 0.3


def test_readers_open_as_soon_as_the_writer_has_closed(store: Path, writer) -> None:
    writer.communicate("", timeout=30)
    opened = try_open_read_only(store)
    assert opened is not None and len(opened) >= 1
    assert len(open_read_only(store)) >= 1


def test_a_second_writer_is_told_at_once_that_the_store_is_held(store: Path, writer) -> None:
    started = time.monotonic()
    with pytest.raises(StoreBusy, match="held by another writer"):
        hold_for_writing(store, wait=30)
    assert time.monotonic() - started < 5  # RocksDB's lock says it is a writer: no waiting


def test_a_writer_waits_only_for_readers_that_are_opening(store: Path) -> None:
    # this process opening: a writer elsewhere waits for it, then is refused
    with reader(store), pytest.raises(StoreBusy, match="held by another writer"):
        hold_for_writing(store, wait=0.2)
    hold_for_writing(store, wait=0.2).release()


def test_an_embedded_writer_opens_the_gate_when_it_closes(store: Path) -> None:
    kg = EmbeddedStore(store, readonly=False)
    with try_reader(store) as open_now:
        assert not open_now  # the same rule in this process: its own writer is at work
    kg.close()
    with try_reader(store) as open_now:
        assert open_now
    assert gate_of(store).is_file()


def test_the_write_worker_closes_the_store_before_readers_are_told_to_follow(store: Path) -> None:
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, "--store", str(store), "--write", "--no-sandbox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert worker.stdin is not None and worker.stdout is not None
    try:
        assert json.loads(worker.stdout.readline())["ready"]
        before = current(store)
        worker.stdin.write(
            json.dumps(
                {"update": f"INSERT DATA {{ GRAPH <{G}> {{ <urn:x-test:t> <urn:x-test:p> 2 }} }}"}
            ).encode()
            + b"\n"
        )
        worker.stdin.flush()
        deadline = time.monotonic() + 60
        while current(store) == before:  # the moment readers are told: the gate must be open
            assert time.monotonic() < deadline, "the write worker never raised the generation"
            time.sleep(0.001)
        with try_reader(store) as open_now:
            assert open_now
        header = json.loads(worker.stdout.readline())
        assert header["status"] == 204
    finally:
        worker.communicate(timeout=30)
    assert len(open_read_only(store)) == 2 + 2  # two quads, each also in the default graph (the union)


def test_a_view_keeps_its_files_when_a_writer_compacts_them_away(store: Path) -> None:
    """The view reads a hard-linked snapshot (kg.store.views): a writer that rewrites and compacts
    every file afterwards takes none of them from it."""
    view = open_read_only(store)
    before = {p.name for p in store.glob("*.sst")}
    with EmbeddedStore(store, readonly=False) as writer:
        writer.update(f"INSERT DATA {{ GRAPH <{G}> {{ <urn:x-test:t> <urn:x-test:p> 2 }} }}")
        writer.oxigraph.optimize()  # compaction: the SST files the view was opened on are deleted
    gone = before - {p.name for p in store.glob("*.sst")}
    assert gone, "the writer deleted none of the view's files: nothing was shown"
    assert count(view) == 1  # the store as it was when the view was opened
    assert count(open_read_only(store)) == 2


def count(store: ox.Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0].value)


def test_a_views_snapshot_goes_when_nothing_holds_it(store: Path) -> None:
    views = views_of(store)
    first = open_read_only(store)
    assert len([p for p in views.iterdir() if p.is_dir()]) >= 1
    del first
    open_read_only(store)  # the next open removes the snapshot nobody holds
    mine = [p for p in views.iterdir() if p.is_dir() and p.name.startswith(f"{os.getpid()}-")]
    assert len(mine) == 1


def test_the_snapshots_of_a_process_that_died_are_removed_by_the_next_reader(store: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from kg.store.check import open_read_only\n"
            "view = open_read_only(Path(sys.argv[1])); os._exit(0)",
            str(store),
        ],
        check=True,
        timeout=60,
    )
    views = views_of(store)
    assert any(p.is_dir() for p in views.iterdir())  # left behind by os._exit (no atexit)
    open_read_only(store)
    assert {p.name.split("-")[0] for p in views.iterdir()} == {str(os.getpid())}
