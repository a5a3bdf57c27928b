"""Ninth outside attack: a named pipe in place of one of the store's own marker files.

Beside RocksDB's files a store keeps small markers of kg's: `alliance-kg.default-graph` (whether the
default graph is the union of the named graphs) inside it, and `STORE.generation` beside it (the
write generation servers follow). A store may be someone else's, unpacked from an archive that holds
a named pipe there: every reader opened it as a file and waited for a writer for ever (`kg sparql`,
`kg query`; `kg serve` never became ready). Such a marker now reads as no marker
(docs/reliability.md section 19).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
from support.cli import kg_command
from support.kg_server import served_store

from kg.testing.live_server import start_server


def store_copy(folder: Path) -> Path:
    store = folder / "store"
    shutil.copytree(served_store(), store)
    return store


def test_a_pipe_as_the_default_graph_marker_is_not_waited_for(tmp_path: Path) -> None:
    store = store_copy(tmp_path)
    (store / "alliance-kg.default-graph").unlink()
    os.mkfifo(store / "alliance-kg.default-graph")
    for command in (("sparql", "ASK { ?s ?p ?o }"), ("query", "collaborators")):
        done = kg_command(*command, cwd=tmp_path, timeout=60)  # before: still waiting at the timeout
        assert done.returncode == 0, (command, done.stderr[-2000:])


def test_a_pipe_as_the_generation_marker_is_not_waited_for(tmp_path: Path) -> None:
    store = store_copy(tmp_path)
    generation = store.with_name(store.name + ".generation")
    generation.unlink(missing_ok=True)
    os.mkfifo(generation)
    done = kg_command("sparql", "ASK { ?s ?p ?o }", cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    server = start_server("--store", str(store))  # before: never ready
    try:
        answer = httpx.get(server.url + "sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
    finally:
        server.stop()
