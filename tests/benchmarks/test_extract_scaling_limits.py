"""bench_extract_scaling.py runs each document in a child whose address space the kernel caps: with the
triple cap lifted, a list-heavy document at the size cap would otherwise grow past the machine's memory."""

from __future__ import annotations

from benchmarks.bench_extract_scaling import run_child


def test_a_document_over_the_memory_limit_is_reported_not_run_on() -> None:
    result = run_child("list", 100_000, profile=0, timeout=120, max_memory=300)
    assert result["error"].startswith("over the memory limit of 300 MiB"), result


def test_a_document_under_it_gives_its_figures() -> None:
    result = run_child("prose", 10_000, profile=0, timeout=120)
    assert "error" not in result, result
    assert result["triples"] > 0 and result["peak_mb"] > 0
