"""A paragraph naming thousands of units costs in proportion to its length (the brief of session 16: 3,000
units in one paragraph cost 8.7 CPU-s, each new unit rebuilding the resolver's indexes, each unit's
owner looked for among all the block's mentions, each name searched for in the whole text). Measured as
CPU time of the same process, five times the units against once: linear work is about five times,
quadratic work twenty-five. The bodies and units are invented.
"""

from __future__ import annotations

import time
from pathlib import Path

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


def cost(tmp_path: Path, line: str, units: int) -> tuple[float, int]:
    path = tmp_path / f"units-{units}.md"
    path.write_text(HEAD + " ".join(line.format(i) for i in range(units)) + "\n", encoding="utf-8")
    document = read_document(path)
    resolver = new_resolver(default_sources())
    started = time.process_time()
    record = extract_document(document, resolver)
    return time.process_time() - started, len(record.units)


def test_units_in_one_paragraph_cost_their_number(tmp_path: Path) -> None:
    for layout, line in LAYOUTS.items():
        cost(tmp_path, line, 50)  # what is done once per process
        small, found_small = cost(tmp_path, line, 300)
        large, found_large = cost(tmp_path, line, 1500)
        assert (found_small, found_large) == (300, 1500), layout
        assert large < 10 * small, (layout, small, large)
