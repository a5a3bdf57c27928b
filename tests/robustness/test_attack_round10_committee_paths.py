"""A document naming thousands of committees by their paths (docs/reliability.md section 20, "committee
paths"): each path is a new unit named with and without its body ("ISO/IEC JTC 1/SC 7/WG 4", "SC 7/WG 4"),
so their names all open with the same word, and `names.Resolver.matches` tried each such name wherever
that word stood: units x places (2,000 lines 12.4 CPU-s, 4,000 killed at the 40 CPU-s limit). A name is now
tried only where the text's words open with all of its words (names.WordTrie).

Judged twice: by a count of the names' pattern calls in the extraction itself (exact, whatever the
machine's load: linear work grows four times with four times the lines, the units x places sixteen), and
by the CPU of the real `kg ingest --dry-run --workers 0`. The bodies and documents are invented.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kg.extract import names
from kg.extract.alliance import extract_document
from kg.extract.documents import read_document
from kg.model.sources import default_sources
from kg.pipeline.ingest import new_resolver
from tests.robustness.test_attack_round7_documents import LEAD
from tests.support.bounded_ingest import assert_linear_growth

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


PATHS = {
    "joint committee": "ISO/IEC JTC 1/SC {i}/WG {j} works on it.",
    "committee of one body": "ISO/TC {i}/SC {j} works on it.",
    "specifications of one body": "DMTF Redfish{k} 1.x is in scope.",
}


def document(form: str, lines: int) -> str:
    """`lines` lines of paths, each a different one (97 subcommittees, then the next working group)."""
    return (
        "DMTF and SNIA Work Register\n\n"
        + LEAD
        + "".join(form.format(i=n % 97 + 1, j=n // 97 + 1, k=n) + "\n" for n in range(lines))
    )


class CountingPattern:
    """A name's compiled pattern that counts the times it is tried."""

    calls = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern

    def match(self, *arguments: Any) -> re.Match[str] | None:
        CountingPattern.calls += 1
        return self.compiled.match(*arguments)

    def search(self, *arguments: Any) -> re.Match[str] | None:
        CountingPattern.calls += 1
        return self.compiled.search(*arguments)

    def finditer(self, text: str, *arguments: Any) -> Any:
        CountingPattern.calls += 1 + len(text) // 100  # a search of the whole text: its length counts
        return self.compiled.finditer(text, *arguments)


def counted(self: names.NamePattern) -> CountingPattern:
    found = self.__dict__.get("counted")
    if found is None:
        found = self.__dict__["counted"] = CountingPattern(re.compile(self.source, self.flags))
    return found


def pattern_calls(tmp_path: Path, form: str, lines: int) -> tuple[int, int]:
    """The names' pattern calls of one extraction, and the units it found."""
    path = tmp_path / f"paths-{lines}.txt"
    path.write_text(document(form, lines), encoding="utf-8")
    resolver = new_resolver(default_sources())
    CountingPattern.calls = 0
    record = extract_document(read_document(path), resolver)
    return CountingPattern.calls, len(record.units)


@pytest.mark.parametrize("form", PATHS.values(), ids=PATHS.keys())
def test_names_are_tried_in_proportion_to_the_lines_not_their_square(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.setattr(names.NamePattern, "pattern", property(counted))
    start_up, _ = pattern_calls(tmp_path, form, 0)
    small, _ = pattern_calls(tmp_path, form, 200)
    full, _ = pattern_calls(tmp_path, form, 800)
    work_small, work_full = small - start_up, full - start_up
    assert work_full <= 6 * work_small, (start_up, small, full)


def test_thousands_of_committee_paths_are_read_in_linear_time(tmp_path: Path) -> None:
    assert_linear_growth(
        tmp_path, "committee paths", lambda lines: document(PATHS["joint committee"], lines), 4_000, ".txt"
    )
