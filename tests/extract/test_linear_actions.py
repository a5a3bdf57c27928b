"""A hard-wrapped minutes file whose every line holds an action label (one block, thousands of labels) costs
work in proportion to its lines: each label's pieces are found by a binary search, not by a scan of the
whole block (kg.extract.milestones.pieces_of; the review found 855 KB took 64 s). Counted in function calls,
as tests/extract/test_linear_cost.py counts, so that a loaded machine cannot decide it."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

from kg.pipeline.ingest import extract

HEAD = (
    "Joint Call Minutes\nDMTF / SNIA joint liaison call, 12 March 2026\n\n"
    "Attendees: Ada Lind (DMTF), Ben Ode (SNIA)\n\nActions\n\n"
)
LINE = "the group noted the matter and agreed the next step AI-{n}: Ada Lind to send part {n} by 12 May 2026"


def calls(tmp_path: Path, lines: int) -> int:
    path = tmp_path / f"minutes-{lines}.txt"
    path.write_text(HEAD + "\n".join(LINE.format(n=k) for k in range(lines)) + ".\n", encoding="utf-8")
    profiler = cProfile.Profile()
    profiler.enable()
    extraction = extract(path)
    profiler.disable()
    assert extraction.record.milestones, "the minutes must be read as such, or nothing is measured"
    return sum(row[1] for row in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]


def test_work_per_action_line_stays_the_same_when_the_minutes_grow(tmp_path: Path) -> None:
    calls(tmp_path, 100)  # what is done once per process, done
    small, middle, large = (calls(tmp_path, n) for n in (300, 600, 1200))
    first, second = (middle - small) / 300, (large - middle) / 600
    assert 0 < second <= 1.15 * first, (small, middle, large)
