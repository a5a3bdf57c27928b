"""A write reads only the end of the history's index (History._last) for the last transaction and the
sound length, so a write costs the same after ten or ten thousand transactions. It must agree with
reading the whole index: torn last lines, lines longer than the part read, damaged lines named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.store import history as history_module
from kg.store.history import History, HistoryError, Transaction


def transaction(number: int, graphs: int = 1) -> Transaction:
    return Transaction(
        id=number,
        time=f"2026-12-03T00:00:{number % 60:02d}Z",
        command="kg ingest",
        operation="replace",
        added=3,
        removed=0,
        graphs=[f"https://example.org/graph/{number}/{g}" for g in range(graphs)],
        uuid=f"uuid-{number}",
    )


def index_of(tmp_path: Path, lines: list[bytes]) -> History:
    history = History(tmp_path / "store")
    history.patches.mkdir(parents=True)
    history.index.write_bytes(b"".join(lines))
    return history


def line(t: Transaction) -> bytes:
    return json.dumps(t.json()).encode("utf-8") + b"\n"


def agrees(history: History) -> tuple[Transaction | None, int]:
    found, sound = history._read_index(warn=False)
    last = history._last()
    assert last == ((found[-1] if found else None), sound)
    return last


@pytest.mark.parametrize("tail", [b"", b'{"id": 9', line(transaction(999)).rstrip(b"\n"), b"\n\n"])
def test_the_end_of_a_long_index_agrees_with_the_whole(tmp_path: Path, tail: bytes) -> None:
    lines = [line(transaction(n)) for n in range(1, 2001)]  # about 400 KB: far more than is read
    history = index_of(tmp_path, [*lines, tail])
    last, sound = agrees(history)
    assert last is not None and last.id == 2000
    assert sound == sum(map(len, lines)) + (len(tail) if tail == b"\n\n" else 0)


def test_a_last_line_longer_than_the_part_read_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_module, "TAIL_BYTES", 64)
    history = index_of(tmp_path, [line(transaction(1)), line(transaction(2, graphs=50)), b'{"torn'])
    last, _ = agrees(history)
    assert last is not None and last.id == 2 and len(last.graphs) == 50


def test_an_empty_or_missing_index(tmp_path: Path) -> None:
    assert History(tmp_path / "none")._last() == (None, 0)
    assert agrees(index_of(tmp_path, [])) == (None, 0)


def test_a_damaged_line_near_the_end_is_named_with_its_line_number(tmp_path: Path) -> None:
    lines = [line(transaction(n)) for n in range(1, 100)]
    history = index_of(tmp_path, [*lines, b"not json\n", line(transaction(100))])
    with pytest.raises(HistoryError, match=r"index\.jsonl, line 100"):
        history._last()
