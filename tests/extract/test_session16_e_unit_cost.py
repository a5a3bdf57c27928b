"""A paragraph naming thousands of units costs in proportion to its length (the brief of session 16: 3,000
units in one paragraph cost 8.7 CPU-s, each new unit rebuilding the resolver's indexes, each unit's
owner looked for among all the block's mentions, each name searched for in the whole text). Measured as
CPU time of the same process (support.growth), five times the units against once: linear work is about
five times, quadratic work twenty-five. The bodies and units are invented.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from support.growth import cheapest_costs

from kg.extract.alliance import extract_document
from kg.extract.documents import read_document
from kg.model.sources import default_sources
from kg.pipeline.ingest import new_resolver

HEAD = (
    "# HMC / OBC Work Register\n\n"
    "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n## Work\n\n"
)
LAYOUTS = {
    "of the body": "The Tide{0} Working Group of HMC met.",
    "lower case, of the body": "The tide{0} working group of HMC met.",
}


def extract_units(tmp_path: Path, line: str, units: int, first: int = 0) -> int:
    """How many units the paragraph of `units` lines numbered from `first` yields. Each measurement
    numbers its units afresh: names already seen would find their patterns in the re module's cache of
    512, which a second run of the small paragraph would, and one of the large would not."""
    path = tmp_path / f"units-{first}-{units}.md"
    numbers = range(first, first + units)
    path.write_text(HEAD + " ".join(line.format(i) for i in numbers) + "\n", encoding="utf-8")
    document = read_document(path)
    resolver = new_resolver(default_sources())
    return len(extract_document(document, resolver).units)


def test_units_in_one_paragraph_cost_their_number(tmp_path: Path) -> None:
    runs = itertools.count(step=100_000)
    for layout, line in LAYOUTS.items():
        assert extract_units(tmp_path, line, 50) == 50, layout  # what is done once per process

        def paragraph(units: int, line: str = line) -> None:
            assert extract_units(tmp_path, line, units, next(runs)) == units, (line, units)

        small, large = cheapest_costs(lambda: paragraph(300), lambda: paragraph(1500), bound=10)
        assert large < 10 * small, (layout, small, large)
