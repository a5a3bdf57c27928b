"""The checks of one document's validation run on two threads once its extraction process is done (session
24, engineer I): that process's core is idle for the serial tail of `kg ingest FILE`. These tests check
that the report is the same whatever the threads, and who asks for two."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.pipeline import ingest
from kg.pipeline.ingest import Session, extract, ingest_batch
from kg.testing.corpus import RegisterDocuments
from kg.validate import at_scale


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """A register the seed store does not hold (kg.testing.corpus, as benchmarks/bench_cli.py ingests)."""
    return RegisterDocuments().write(tmp_path / "documents", 1)[0]


def results(report: Any) -> set[tuple[str, str, str]]:
    return {(r.focus_node, r.severity, r.message) for r in report.results}


def test_two_threads_give_the_same_report(store_copy: Path, register: Path) -> None:
    extraction = extract(register)
    with Session(store_copy, dry_run=True) as session:
        session.prepare()
        one = session.validate(extraction)
        session.check_threads = 2
        two = session.validate(extraction)
    assert results(two) == results(one)
    assert one.results  # a warning at least (a work item without its target): something to compare


class InProcess:
    """An extractor (kg.pipeline.ingest.Extractor) that extracts here, as a stand-in for the early process."""

    def map(self, task: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return map(task, items)


def threads_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    asked: list[int] = []
    checks = at_scale.run_checks

    def recorded(*args: Any, threads: int = 1, **kwargs: Any) -> Any:
        asked.append(threads)
        return checks(*args, threads=threads, **kwargs)

    monkeypatch.setattr(at_scale, "run_checks", recorded)
    monkeypatch.setattr(ingest.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    return asked


def test_one_document_extracted_elsewhere_is_checked_on_two_threads(
    store_copy: Path, register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = threads_asked(monkeypatch)
    outcomes = list(ingest_batch([register], store=store_copy, dry_run=True, extractor=InProcess()))
    assert outcomes and not outcomes[0].refused
    assert asked and set(asked) == {2}


def test_a_batch_keeps_one_thread(store_copy: Path, register: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = threads_asked(monkeypatch)
    outcomes = list(ingest_batch([register], store=store_copy, dry_run=True, workers=0))
    assert outcomes and not outcomes[0].refused
    assert asked and set(asked) == {1}
