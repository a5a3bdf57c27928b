"""The rules' pattern plans kept between runs (session 26, engineer I; issue 16 point 1).

kg.pipeline.ingest.put_plans puts in place, when the extraction rules are loaded, kg.model.prefilter's plan
of each pattern the rules hold at module level, read from kg.validate.cache (first use planned about 60 of
them from their parse for the first register of every process: 45-75 CPU-ms on the critical path of
`kg ingest FILE`). These tests check the mechanism, not its time: a process that finds the entry plans no
pattern itself, and each plan it puts in place is the plan first use makes.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from kg.model import prefilter
from kg.model.sources import default_sources
from kg.pipeline.ingest import extract_quietly, preload_extraction, put_plans, rule_patterns

SEED = default_sources().root / "data" / "registers"
CLOCK = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ALLIANCE_KG_CACHE", str(folder))
    monkeypatch.setattr(prefilter, "PLANS", {})
    preload_extraction()
    return folder


def refuse_to_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(pattern: re.Pattern[str]) -> prefilter.Plan:
        raise AssertionError(f"planned here: {pattern.pattern[:60]!r}")

    monkeypatch.setattr(prefilter, "new_plan", refuse)


def test_the_rules_patterns_are_found_at_module_level() -> None:
    preload_extraction()
    patterns = rule_patterns()
    assert len(patterns) > 300, "the rules hold hundreds of compiled patterns"
    assert len({id(pattern) for pattern in patterns}) == len(patterns)
    assert patterns == sorted(patterns, key=lambda pattern: (pattern.pattern, pattern.flags))
    date_words = sys.modules["kg.extract.document_dates"].WORDS_MONTH_FIRST
    assert any(pattern is date_words for pattern in patterns)


def test_a_second_process_finds_the_plans_and_plans_nothing(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_plans()  # the first run: planned here, and kept
    assert list(own_cache.glob("plans-*.pickle"))
    monkeypatch.setattr(prefilter, "PLANS", {})
    refuse_to_plan(monkeypatch)
    put_plans()  # a later process: read back
    patterns = rule_patterns()
    assert all(id(pattern) in prefilter.PLANS for pattern in patterns)
    assert all(prefilter.PLANS[id(pattern)].pattern is pattern for pattern in patterns)


def test_each_plan_read_back_is_the_plan_first_use_makes(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_plans()
    monkeypatch.setattr(prefilter, "PLANS", {})
    put_plans()
    kept = dict(prefilter.PLANS)
    prefilter.needs.cache_clear()
    prefilter.openers.cache_clear()
    for pattern in rule_patterns():
        made = prefilter.new_plan(pattern)
        assert prefilter.plan_parts(kept[id(pattern)]) == prefilter.plan_parts(made), pattern.pattern[:60]


def test_a_register_is_extracted_alike_with_plans_read_back(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first register of a process, planned on first use or with the plans read back: the same graph."""
    document = sorted(SEED.glob("*.txt"))[0]
    root = default_sources().root

    def facts() -> set[tuple[object, ...]]:
        extracted = extract_quietly(document, root, None, clock=lambda: CLOCK, rows=[])
        assert extracted.extraction is not None, extracted.error
        return {(s, p, o) for s, p, o in extracted.extraction.facts if "_:" not in f"{s} {o}"}

    monkeypatch.setattr(prefilter, "PLANS", {})
    first_use = facts()
    put_plans()
    monkeypatch.setattr(prefilter, "PLANS", {})
    put_plans()
    assert facts() == first_use


def test_an_entry_for_other_patterns_is_not_used(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the patterns' texts and flags: one pattern more (a rule edited) is another entry."""
    put_plans()
    extra = re.compile(r"\bsession twenty-six\b", re.IGNORECASE)
    monkeypatch.setattr(sys.modules["kg.extract.document_dates"], "S26I_EXTRA", extra, raising=False)
    monkeypatch.setattr(prefilter, "PLANS", {})
    put_plans()
    assert len(list(own_cache.glob("plans-*.pickle"))) == 2
    assert prefilter.PLANS[id(extra)].folded == ("session twenty-six",)


def test_no_more_plans_are_put_in_place_than_prefilter_keeps(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """put_plans stops at prefilter's bound (PLANS_KEPT), as first use does: the rest are planned on use."""
    put_plans()
    monkeypatch.setattr(prefilter, "PLANS", {})
    monkeypatch.setattr(prefilter, "PLANS_KEPT", 5)
    put_plans()
    assert len(prefilter.PLANS) == 5
