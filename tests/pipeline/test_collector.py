"""The frozen heap (kg.pipeline.collector.frozen_heap) gives its objects back to the collector, and
their cyclic garbage is collected: a batch's documents left theirs uncollected, 1.5 MB a document
(tests/robustness/test_attack_round4_batches.py measures the whole batch)."""

from __future__ import annotations

import gc
import weakref

import pytest

from kg.pipeline import collector
from kg.pipeline.collector import COLLECT_EVERY, frozen_heap


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_cyclic_garbage_of_frozen_blocks_is_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each block freezes a cycle that dies inside it (a document's graphs, alive when the stage
    starts); with the automatic collector off, only the blocks' own full passes can free them. The
    count of blocks left starts at 0 here (earlier tests of this process left it anywhere)."""
    monkeypatch.setitem(collector._FROZEN, "thawed", 0)
    freed: list[int] = []
    gc.disable()
    try:
        for number in range(COLLECT_EVERY):
            node = Node()
            weakref.finalize(node, freed.append, number)
            with frozen_heap():
                del node
        assert len(freed) == COLLECT_EVERY
    finally:
        gc.enable()
