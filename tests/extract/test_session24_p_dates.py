"""kg.extract.dates reads a short target once per text: the kept reading is the reading, and a long text is
read each time (nothing is kept for it)."""

from __future__ import annotations

from kg.extract.dates import CACHED_TARGET_LENGTH, parse_target, read_target, read_target_once

TARGETS = [
    "Q3 2026", "3Q2026", "2H2027", "On-going", "TBD", "end of 2025", "15 September 2025", "Sept. 2025",
    "FY26", "the March plenary", "in progress, Q3 2026", "R25.5 (Aug 2025)", "Spring 2026", "2026-11-15",
    "March 2026 plenary", "no target here", "", "  Q1 2027.  ",
]  # fmt: skip


def test_a_kept_reading_is_the_reading() -> None:
    for text in TARGETS * 2:
        assert parse_target(text) == read_target(text)


def test_a_short_target_is_read_once() -> None:
    parse_target("Q2 2031")
    before = read_target_once.cache_info()
    assert parse_target("Q2 2031") == read_target("Q2 2031")
    after = read_target_once.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses


def test_a_long_text_is_not_kept() -> None:
    text = "Joint work on the glossary of terms, " * 5 + "Q3 2026"
    assert len(text) > CACHED_TARGET_LENGTH
    before = read_target_once.cache_info()
    assert parse_target(text) == read_target(text)
    assert read_target_once.cache_info() == before
