"""Session 27, engineer I: a writer skips the read-only probe for a store left as the last writer closed it.

The probe (kg.store.check.probe: RocksDB opened read-only before a writer opens it, which would empty a
store whose MANIFEST lost its column families) cost 12-15 CPU-ms of every `kg ingest` before it could send
its document to the extraction process. A writer that closed the store soundly keeps the state of
RocksDB's files beside it (kg.store.digests: each file's name, size, modification time and inode); the next
writer that finds exactly that state opens the store the last one had open, and skips the probe. Any change
(a file written, truncated, added, removed, or the store copied) and the probe runs as before.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import kg.store.embedded as embedded
from kg.model.namespaces import SHAPES_IRI
from kg.store.check import DamagedStore
from kg.store.digests import DIGESTS
from kg.store.embedded import EmbeddedStore


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The stores probed, in order (the real probe still runs)."""
    seen: list[Path] = []
    real = embedded.probe

    def counted(path: Path) -> None:
        seen.append(Path(path))
        real(path)

    monkeypatch.setattr(embedded, "probe", counted)
    return seen


def closed_by_a_writer(store: Path) -> None:
    """A writer's session that keeps a digest (as `kg ingest` keeps the shapes'), closed soundly."""
    with EmbeddedStore(store, readonly=False) as writer:
        writer.keep_digest(SHAPES_IRI, bytes(32))
    assert (store / DIGESTS).is_file()


def test_a_store_as_the_last_writer_closed_it_is_opened_without_the_probe(
    store_copy: Path, probes: list[Path]
) -> None:
    closed_by_a_writer(store_copy)
    probes.clear()
    with EmbeddedStore(store_copy, readonly=False) as writer:
        assert writer.holds_graph(SHAPES_IRI)
        assert writer.graph_digest(SHAPES_IRI) == bytes(32)
    assert probes == []
    with EmbeddedStore(store_copy, readonly=False):  # the second writer left it as it found it, closed
        pass
    assert probes == []


@pytest.mark.parametrize(
    "change",
    [
        lambda store: os.utime(next(store.glob("*.sst")), ns=(1, 1)),  # a data file's time
        lambda store: (store / "000001.sst.extra").write_bytes(b""),  # a file more
        lambda store: (store / DIGESTS).unlink(),  # nothing kept
    ],
    ids=["a data file's time", "a file added", "no digests file"],
)
def test_any_change_of_the_files_brings_the_probe_back(store_copy: Path, probes: list[Path], change) -> None:
    closed_by_a_writer(store_copy)
    probes.clear()
    change(store_copy)
    with EmbeddedStore(store_copy, readonly=False):
        pass
    assert probes == [store_copy]


def test_a_writer_that_kept_no_digest_still_leaves_the_state(store_copy: Path, probes: list[Path]) -> None:
    """The files' state is written at a sound close whether or not a digest was kept (a session that read
    no shapes: a batch of refused documents, kg store commands), so the next writer skips the probe too."""
    with EmbeddedStore(store_copy, readonly=False):
        pass
    assert (store_copy / DIGESTS).is_file()
    probes.clear()
    with EmbeddedStore(store_copy, readonly=False) as writer:
        assert writer.graph_digest(SHAPES_IRI) is None
    assert probes == []


def test_a_copy_of_a_store_is_probed(store_copy: Path, tmp_path: Path, probes: list[Path]) -> None:
    """A copy has other inodes (and times): not the files any writer closed."""
    closed_by_a_writer(store_copy)
    copy = tmp_path / "copy"
    shutil.copytree(store_copy, copy)
    probes.clear()
    with EmbeddedStore(copy, readonly=False):
        pass
    assert probes == [copy]


def test_a_manifest_truncated_after_a_sound_close_is_still_refused(
    store_copy: Path, probes: list[Path]
) -> None:
    closed_by_a_writer(store_copy)
    probes.clear()
    manifest = next(store_copy.glob("MANIFEST-*"))
    os.truncate(manifest, 200)
    before = {p.name: p.read_bytes() for p in store_copy.iterdir() if p.is_file()}
    with pytest.raises(DamagedStore, match="damaged or unreadable"):
        EmbeddedStore(store_copy, readonly=False)
    assert {p.name: p.read_bytes() for p in store_copy.iterdir() if p.is_file()} == before
    assert probes == [store_copy]
