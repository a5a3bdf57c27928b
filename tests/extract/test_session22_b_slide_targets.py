"""Layout invariance of a SLIDE's or outline's work items whose target is followed by more (issue 12, point
9, session 22, engineer B), in the layouts dev's writers who never saw the rules used:

- the item's field on the line below, run on by the reader after the target ("X -> Q2 2027" over "   Lead:
  TC SAI / WG 5" read as "X -> Q2 2027 Lead: TC SAI / WG 5"): the field is none of the target;
- a note after the target, past a comma or a semicolon ("X -> early 2028, venue tbd").

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

SLIDES = """\
Joint HMC / OBC Workshop on Tide Data
Bergen, 3 November 2026

2
Why a joint workshop
• The Harbour Metrology Council (HMC) writes the tide gauge standards
• The Open Buoy Consortium (OBC) writes the buoy telemetry profiles

3
Joint work plan (agreed at the workshop)
{items}
4
Thank you
"""

ITEMS = {
    ("mapping of the tide record format to the buoy telemetry profile", "Q2 2027"),
    ("common glossary of tide gauge terms", "end of 2027"),
    ("test specification for buoy clock drift", "H1 2028"),
    ("second joint workshop", "early 2028"),
}


def lines(arrow: str, field: str) -> str:
    return (
        f"\u2022 Mapping of the tide record format to the buoy telemetry profile {arrow} Q2 2027\n"
        f"   {field}: Tide Gauge WG / Telemetry TF\n"
        f"\u2022 Common glossary of tide gauge terms {arrow} end of 2027\n"
        f"   {field}: HMC\n"
        f"\u2022 Test specification for buoy clock drift {arrow} H1 2028\n"
        f"   {field}: OBC\n"
        f"\u2022 Second joint workshop {arrow} early 2028, venue tbd\n"
    )


@pytest.mark.parametrize(("arrow", "field"), [("->", "Lead"), ("\u2192", "Owner"), ("=>", "Responsible")])
def test_a_field_or_note_after_the_target_is_none_of_it(tmp_path: Path, arrow: str, field: str) -> None:
    record = extracted(tmp_path, SLIDES.format(items=lines(arrow, field)), "tide-workshop-slides.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
