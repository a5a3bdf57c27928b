"""`kg ingest FILE`'s extraction process ends as soon as its one answer is in (session 26, engineer I).

kg.pipeline.early.start makes the process of one `kg ingest FILE` with `one_map`: the child is told to stop
once the last answer of its one map has come back (EarlyExtraction.let_go), so that its exit overlaps the
command's validation, write and close instead of following them. Other users of the class (kg diff, the
tests) keep the child until shutdown and may map again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.pipeline.early import EarlyExtraction, LateExtraction, fork_available, start

pytestmark = pytest.mark.skipif(not fork_available(), reason="kg.pipeline.early forks (Linux)")


def double(value: int) -> int:
    return 2 * value


def pid_of_worker(_: int) -> int:
    return os.getpid()


def test_one_map_lets_the_child_go_once_its_last_answer_is_in() -> None:
    early = EarlyExtraction(one_map=True)
    try:
        assert list(early.map(double, [1, 2, 3])) == [2, 4, 6]
        early.process.join(timeout=60)  # not shut down: the child ends on its own
        assert early.process.exitcode == 0
        with pytest.raises(RuntimeError, match="one map"):
            early.map(double, [4])
    finally:
        early.shutdown()
    assert early.process.exitcode == 0


def test_the_child_is_not_let_go_before_the_last_answer() -> None:
    early = EarlyExtraction(one_map=True)
    try:
        answers = early.map(pid_of_worker, [0, 1])
        first = next(answers)
        assert first == early.process.pid and early.process.is_alive()
        assert next(answers) == first  # the second item went to the same child
    finally:
        early.shutdown()


def test_without_one_map_the_child_waits_for_more() -> None:
    with EarlyExtraction() as early:
        assert list(early.map(double, [1])) == [2]
        early.process.join(timeout=1)
        assert early.process.is_alive()
        assert list(early.map(double, [5])) == [10]
    assert not early.process.is_alive()


def test_late_extraction_passes_one_map_to_its_child() -> None:
    with LateExtraction(preload=False, one_map=True) as late:
        (pid,) = late.map(pid_of_worker, [0])
        assert late.forked is not None and pid == late.forked.process.pid
        late.forked.process.join(timeout=60)
        assert late.forked.process.exitcode == 0


def test_the_command_s_process_serves_one_map(tmp_path: Path) -> None:
    """kg ingest maps its one document once (kg.pipeline.ingest.ingest_batch): start gives one_map."""
    document = tmp_path / "a.txt"
    document.write_text("text")
    for idle in (True, False):
        made = start([str(document)], None, lambda idle=idle: idle)
        assert made is not None
        try:
            assert made.one_map
        finally:
            made.shutdown()


def collector_in_child(_: int) -> tuple[int, bool]:
    import gc

    return gc.get_freeze_count(), gc.isenabled()


def test_the_child_s_warm_up_is_left_out_of_the_collector_s_passes() -> None:
    """What the warm-up made (imports, rules, reference data) is frozen once it is done (warm_and_kept): the
    collector's first pass in the extraction walked it all (45-70 ms); the collector itself is on again."""
    with EarlyExtraction() as early:
        ((frozen, enabled),) = early.map(collector_in_child, [0])
    assert frozen > 50_000
    assert enabled
