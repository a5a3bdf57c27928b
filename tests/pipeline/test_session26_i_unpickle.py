"""kg.validate.cache unpickles an entry with the cycle collector paused (session 26, engineer I).

Loading the reference data's entry (1 MB of rdflib graphs) in `kg ingest`'s extraction process set off
collector passes over everything the process held: 52-78 CPU-ms with them, 28-42 without. These tests check
the mechanism, not its time: the collector is off while an entry loads and as it was afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.validate import cache

SEEN: list[bool] = []


def collector_state() -> str:
    """Made again when unpickled: notes whether the collector was on at that moment."""
    SEEN.append(gc.isenabled())
    return "loaded"


class Probe:
    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (collector_state, ())


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    SEEN.clear()
    try:
        yield
    finally:
        if not was:
            gc.disable()


def test_an_entry_loads_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(tmp_path / "cache"))
    made = cache.cached("probe", [b"input"], (), lambda: [Probe()])
    assert made[0].__class__ is Probe  # made, not loaded
    loaded = cache.cached("probe", [b"input"], (), lambda: pytest.fail("the entry was not read"))
    assert loaded == ["loaded"]
    assert SEEN == [False]
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(tmp_path: Path, collector_on: None) -> None:
    path = tmp_path / "entry.pickle"
    cache.write_entry(path, [Probe()])
    gc.disable()
    try:
        assert cache.read_entry(path) == (["loaded"],)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert SEEN == [False]


def test_the_collector_comes_back_when_an_entry_fails_to_load(tmp_path: Path, collector_on: None) -> None:
    assert cache.unpickled(cache.dumps([Probe()])) == ["loaded"]
    with pytest.raises(Exception):  # noqa: B017 - whatever pickle raises for a cut payload
        cache.unpickled(cache.dumps([Probe()])[:-3])
    assert gc.isenabled()
