"""kg.validate.cache: what `kg ingest` derives from fixed inputs, kept on disk between runs (issue 16
point 1). An entry is used only when made from the same input bytes by the same code; a damaged one is
ignored and made again; a cache that cannot be written costs time, never a wrong answer; and the
cached reading of a store's shapes gives what reading and compiling them gives."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.model.namespaces import SHAPES_IRI
from kg.store.embedded import EmbeddedStore
from kg.validate import at_scale, cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(where))
    return where


class Maker:
    """Counts the calls of `make`, each giving a new value."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"made": self.calls}


CODE = ("kg.validate.cache",)


def test_an_entry_is_made_once_then_read(folder: Path) -> None:
    make = Maker()
    first = cache.cached("test", [b"input"], CODE, make)
    second = cache.cached("test", [b"input"], CODE, make)
    assert first == second == {"made": 1} and make.calls == 1
    assert len(list(folder.glob("test-*.pickle"))) == 1


def test_other_input_bytes_are_another_entry(folder: Path) -> None:
    make = Maker()
    assert cache.cached("test", [b"one"], CODE, make) == {"made": 1}
    assert cache.cached("test", [b"two"], CODE, make) == {"made": 2}
    assert cache.cached("test", [b"o", b"ne"], CODE, make) == {"made": 3}  # parts are not concatenated
    assert cache.cached("test", [b"one"], CODE, make) == {"made": 1}


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "other-format"])
def test_a_damaged_entry_is_made_again(folder: Path, damage: str) -> None:
    make = Maker()
    cache.cached("test", [b"input"], CODE, make)
    (entry,) = folder.glob("test-*.pickle")
    data = entry.read_bytes()
    broken = {
        "flip": data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
        "truncate": data[: len(data) // 2],
        "empty": b"",
        "other-format": b"alliance-kg cache 0\n" + data[len(cache.FORMAT) :],
    }[damage]
    entry.write_bytes(broken)
    assert cache.cached("test", [b"input"], CODE, make) == {"made": 2}
    assert entry.read_bytes() != broken  # written whole again
    assert cache.cached("test", [b"input"], CODE, make) == {"made": 2}


def test_a_change_of_the_code_is_another_entry(folder: Path, tmp_path: Path, monkeypatch) -> None:
    module = tmp_path / "derive_for_cache_test.py"
    module.write_text("VERSION = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("derive_for_cache_test")
    code = ("derive_for_cache_test",)
    make = Maker()
    try:
        assert cache.cached("test", [b"input"], code, make) == {"made": 1}
        module.write_text("VERSION = 2\n")
        cache.code_version.cache_clear()  # a new process reads the source again
        assert cache.cached("test", [b"input"], code, make) == {"made": 2}
    finally:
        sys.modules.pop("derive_for_cache_test", None)
        cache.code_version.cache_clear()


def test_off_means_made_every_time_and_nothing_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(cache.CACHE_VARIABLE, "off")
    make = Maker()
    cache.cached("test", [b"input"], CODE, make)
    cache.cached("test", [b"input"], CODE, make)
    assert make.calls == 2
    assert cache.cache_directory() is None


def test_a_cache_that_cannot_be_written_still_gives_the_value(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(blocker / "cache"))
    make = Maker()
    assert cache.cached("test", [b"input"], CODE, make) == {"made": 1}
    assert cache.cached("test", [b"input"], CODE, make) == {"made": 2}


def test_old_entries_of_a_kind_are_pruned(folder: Path) -> None:
    make = Maker()
    for number in range(cache.KEPT_PER_KIND + 3):
        cache.cached("test", [str(number).encode()], CODE, make)
    cache.cached("other", [b"input"], CODE, make)
    assert len(list(folder.glob("test-*.pickle"))) == cache.KEPT_PER_KIND
    assert len(list(folder.glob("other-*.pickle"))) == 1


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_directory() == tmp_path / "xdg" / "alliance-kg"


def test_cached_shapes_are_what_reading_and_compiling_gives(folder: Path, store_copy: Path) -> None:
    with EmbeddedStore(store_copy) as store:
        fresh_shapes, fresh_ontology = store.graph(SHAPES_IRI), None
        made = at_scale.shapes_and_ontology(store)  # cold: read and compiled, then kept
        read = at_scale.shapes_and_ontology(store)  # warm: from the entry
        fresh_ontology = at_scale._read_shapes(store)[1]
    assert list(folder.glob("store-shapes-*.pickle"))
    assert read[0] is not made[0]  # a new object from the file, not this process's
    for cached_graph, fresh in ((read[0], fresh_shapes), (read[1], fresh_ontology)):
        assert len(cached_graph) == len(fresh) > 100 and isomorphic(cached_graph, fresh)
    rules, checks, _residual = at_scale.compiled(read[0])
    fresh_rules, fresh_checks, _ = at_scale._compile(fresh_shapes)[0]
    assert [c.query for c in checks] and len(checks) == len(fresh_checks)
    assert sorted(c.where for c in checks) == sorted(c.where for c in fresh_checks)
    assert sorted(r.shape for r in rules) == sorted(r.shape for r in fresh_rules)


def test_a_store_whose_shapes_changed_is_compiled_again(folder: Path, store_copy: Path) -> None:
    """The entry is keyed by the store's shapes as they are: a changed message is in the new checks."""
    with EmbeddedStore(store_copy, readonly=False) as store:
        before = at_scale.compiled(at_scale.shapes_and_ontology(store)[0])[1]
        shape = next(c.shape for c in before if c.messages)
        store.update(
            "PREFIX sh: <http://www.w3.org/ns/shacl#> "
            f"DELETE {{ GRAPH <{SHAPES_IRI}> {{ <{shape}> sh:message ?m }} }} "
            f"INSERT {{ GRAPH <{SHAPES_IRI}> {{ <{shape}> sh:message 'a changed message' }} }} "
            f"WHERE {{ GRAPH <{SHAPES_IRI}> {{ <{shape}> sh:message ?m }} }}"
        )
        after = at_scale.compiled(at_scale.shapes_and_ontology(store)[0])[1]
    assert "a changed message" not in {str(m) for c in before for m in c.messages}
    assert "a changed message" in {str(m) for c in after if c.shape == shape for m in c.messages}
    assert len(list(folder.glob("store-shapes-*.pickle"))) == 2
