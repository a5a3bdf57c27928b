"""Attack round 17 (session 30, engineer R): a Graph Store write or SPARQL Update when the store's disk
is full.

`kg serve` with an update token, its store on a small tmpfs filled to the last byte: the first write
answered 503 "the write ended its worker (more than 4,096 MB, or a crash of the engine)" (the write
worker ended in a traceback: the store's marker could not be written), every later one 503 "another
writer holds it: try again" (the worker died opening the store, which writes a new log first): two
wrong reasons, and a client told to retry at once. Each is now 507 Insufficient Storage naming the full
disk and what was changed (kg.server.worker.no_space); once space is freed, writes go on.

The tmpfs is mounted in a mount namespace of the server's own (`unshare -rm`), and filled from outside
through /proc/PID/root; skipped where the kernel allows no such namespace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.embedded import write_store
from kg.testing.live_server import stop_process_group, wait_ready
from kg.testing.servers import free_port

TOKEN = "disk-full-token"
GRAPH = "http://example.org/g"
NTRIPLES = {"Content-Type": "application/n-triples"}
BODY = "".join(f'<http://example.org/s{n}> <http://example.org/p> "{n}" .\n' for n in range(50))


def namespaces_allowed() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True, timeout=10
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Path]]:
    """The server's URL and its disk as seen from here (/proc/PID/root/...)."""
    if not namespaces_allowed():
        pytest.skip("no mount namespace to be had here (unshare -rm, mount -t tmpfs)")
    folder = Path(tempfile.mkdtemp(prefix="kg-disk-full-"))
    seed = Graph(identifier=URIRef("http://example.org/seed"))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    write_store({seed.identifier: seed}, folder / "seed")
    disk = folder / "disk"
    disk.mkdir()
    port = free_port()
    script = f'mount -t tmpfs -o size=4m tmpfs "{disk}" && cp -r "{folder}/seed" "{disk}/store" && exec "$@"'
    serve = [sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--store", f"{disk}/store"]
    log = folder / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            ["unshare", "-rm", "sh", "-c", script, "sh", *serve, "--log-level", "warning"],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "ALLIANCE_KG_UPDATE_TOKEN": TOKEN},
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_ready(url, process, log)
        yield url, Path(f"/proc/{process.pid}/root{disk}")
    finally:
        stop_process_group(process)
        shutil.rmtree(folder, ignore_errors=True)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * (1 << 16))
                out.flush()
        except OSError:
            pass
    return filler


def test_a_write_on_a_full_disk_is_507_naming_it_and_writes_go_on_once_there_is_room(
    server: tuple[str, Path],
) -> None:
    url, disk = server
    if not (disk / "store").is_dir():
        pytest.skip("the server's mount namespace cannot be read from here (/proc/PID/root)")
    with httpx.Client(
        base_url=url.rstrip("/"), timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}
    ) as client:
        filler = fill(disk)
        try:
            for _ in range(2):  # the second: a worker that cannot even open the store
                put = client.put(
                    "/store",
                    params={"graph": GRAPH},
                    content=BODY,
                    headers={"Content-Type": "application/n-triples"},
                )
                assert put.status_code == 507, put.text
                assert "no space left on the disk that holds the store: nothing was changed" in put.text
            update = client.post(
                "/sparql", data={"update": f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <a:b> <a:c> 1 }} }}"}
            )
            assert update.status_code == 507 and "no space left" in update.text, update.text
        finally:
            filler.unlink()
        put = client.put("/store", params={"graph": GRAPH}, content=BODY, headers=NTRIPLES)
        assert put.status_code == 201, put.text
        count = client.get(
            "/sparql",
            params={"query": f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": "text/csv"},
        )
        assert count.text.split() == ["n", "50"]
