"""Extraction's cost grows linearly with the document (issue 12, point 8), checked by counting work
rather than by timing, so that a loaded machine cannot make it pass or fail: the function calls the
extraction makes (each pass of a generator counts, so a loop over everything found so far shows) and
the characters the resolver scans for names, per line of input, stay the same when the document
grows, for a list-heavy and a prose-heavy register (kg.testing.corpus.scaled_document). What is
compared is the marginal work (of the lines added from one size to the next), after a first run has
paid for what is done once per process (compiling the gazetteer's name patterns): linear work has a
constant margin, quadratic work a margin that doubles with the size.
The timed side is benchmarks/bench_extract_scaling.py."""

from __future__ import annotations

import cProfile
import pstats
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.extract.alliance import extract_document
from kg.extract.documents import read_document
from kg.model.sources import default_sources
from kg.pipeline.ingest import new_resolver
from kg.testing.corpus import scaled_document

SIZES = (25_000, 50_000, 100_000)
# Work per line may vary a little with what the random generator writes; quadratic work would have a
# margin twice the one before.
TOLERANCE = 1.15


@dataclass(frozen=True)
class Work:
    lines: int
    characters: int
    calls: int
    scanned: int  # characters handed to the resolver's pattern scan
    scans: int


def work(tmp_path: Path, kind: str, size: int, monkeypatch: pytest.MonkeyPatch) -> Work:
    """The work of extracting one scaled document, counted."""
    path = tmp_path / f"{kind}-{size}.md"
    path.write_text(scaled_document(kind, size), encoding="utf-8")
    document = read_document(path)
    resolver = new_resolver(default_sources())
    scanned: list[int] = []
    scan = resolver.scan

    def counted(text: str) -> list:  # type: ignore[type-arg]
        scanned.append(len(text))
        return scan(text)

    monkeypatch.setattr(resolver, "scan", counted)
    profiler = cProfile.Profile()
    profiler.enable()
    record = extract_document(document, resolver)
    profiler.disable()
    assert record.milestones, "the scaled document must be extracted, or nothing is measured"
    calls = sum(row[1] for row in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]
    lines = document.text.count("\n") + 1
    return Work(lines, len(document.text), calls, sum(scanned), len(scanned))


def margin(before: Work, after: Work, measure: str, per: str = "lines") -> float:
    """The work of one more line (or character) between two sizes."""
    return (getattr(after, measure) - getattr(before, measure)) / (getattr(after, per) - getattr(before, per))


@pytest.mark.parametrize("kind", ["list", "prose"])
def test_work_per_line_stays_the_same_when_the_document_grows(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    work(tmp_path, kind, SIZES[0], monkeypatch)  # what is done once per process, done
    small, middle, large = (work(tmp_path, kind, size, monkeypatch) for size in SIZES)
    assert small.lines < middle.lines < large.lines
    for measure in ("calls", "scans"):
        first, second = margin(small, middle, measure), margin(middle, large, measure)
        assert first > 0, (measure, small, middle)
        assert second <= TOLERANCE * first, (measure, small, middle, large)
    first = margin(small, middle, "scanned", "characters")
    second = margin(middle, large, "scanned", "characters")
    assert second <= TOLERANCE * first, (small, middle, large)


def test_each_text_is_scanned_for_names_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules ask for a block's mentions many times (after each discovery pass); the resolver scans
    it again only after something new became known, so the scanned text stays a small multiple of the
    document however many rules ask."""
    large = work(tmp_path, "list", SIZES[-1], monkeypatch)
    assert large.scanned <= 3 * large.characters, large
