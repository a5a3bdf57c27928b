"""Ninth outside attack: a named pipe in place of one of the store's own marker files.

Beside RocksDB's files a store keeps small markers of kg's: `alliance-kg.default-graph` (whether the
default graph is the union of the named graphs) inside it, and `STORE.generation` beside it (the
write generation servers follow). A store may be someone else's, unpacked from an archive that holds
a named pipe there: every reader opened it as a file and waited for a writer for ever (`kg sparql`,
`kg query`; `kg serve` never became ready). Such a marker now reads as no marker
(docs/reliability.md section 19).
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import httpx
import pytest
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


def test_a_marker_is_read_neither_through_a_link_nor_past_its_size(tmp_path: Path) -> None:
    """A link to a big file in place of a marker was read whole (the writers never make links, they
    rename): now neither a link nor a regular file bigger than a marker is read as one."""
    from kg.store.files import MARKER_BYTES, NotRegular, regular_text

    big = tmp_path / "big"
    with big.open("wb") as file:
        file.truncate(64 << 20)  # 64 MiB of holes: what a reader would have taken whole
    link = tmp_path / "alliance-kg.default-graph"
    link.symlink_to(big)
    small = tmp_path / "small"
    small.write_text("union 3", encoding="ascii")
    (tmp_path / "linked-small").symlink_to(small)
    for path in (link, tmp_path / "linked-small"):
        with pytest.raises(OSError) as refused:
            regular_text(path)
        assert refused.value.errno == errno.ELOOP  # O_NOFOLLOW: the link itself, not followed
    with pytest.raises(NotRegular, match="more than"):
        regular_text(big)
    assert regular_text(small) == "union 3"
    assert MARKER_BYTES < 64 << 20
