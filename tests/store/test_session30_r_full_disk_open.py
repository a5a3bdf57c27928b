"""Attack round 17 (session 30, engineer R): a writer opening a store whose disk is full.

RocksDB writes a new log and manifest as a writer opens the store; on a full disk that fails, and
`kg ingest` and `kg history revert` said "the store at S is damaged or unreadable (IO error: No space
left on device ...): see what is wrong with 'kg store check S', then rebuild it with 'kg build --store S'
or reload it": the store was sound, and a rebuild needs the same room. They now name the full disk
(kg.store.check.damaged). The store is on a tmpfs filled to the last byte, in a mount namespace of the
command's own (`unshare -rm`); skipped where the kernel allows none.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.store.embedded import write_store

FILL = (
    'mount -t tmpfs -o size=4m tmpfs /mnt && cp -r "$0" /mnt/store '
    '&& (dd if=/dev/zero of=/mnt/filler bs=64k 2>/dev/null; true) && exec "$@"'
)


PREFIX = ["unshare", "-rm", "sh", "-c"]


def namespaces_allowed() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True,
        timeout=10,
    )
    return probe.returncode == 0


@pytest.mark.parametrize("command", ["ingest", "history revert"])
def test_a_full_disk_is_named_not_called_damage(command: str, tmp_path: Path) -> None:
    if not namespaces_allowed():
        pytest.skip("no mount namespace to be had here (unshare -rm, mount -t tmpfs)")
    graph = Graph(identifier=URIRef("http://example.org/g"))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({graph.identifier: graph}, tmp_path / "store")
    document = tmp_path / "register.txt"
    document.write_text("Work register between DMTF and SNIA.\n")
    argument = {"ingest": ["ingest", str(document)], "history revert": ["history", "revert", "1"]}[command]
    done = subprocess.run(
        [
            *PREFIX,
            FILL,
            str(store),
            sys.executable,
            "-m",
            "kg.cli",
            *argument[:-1],
            "--store",
            "/mnt/store",
            argument[-1],
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "the disk that holds it is full" in done.stderr and "damaged or unreadable" not in done.stderr, (
        done.stderr
    )
    assert "Traceback" not in done.stderr
