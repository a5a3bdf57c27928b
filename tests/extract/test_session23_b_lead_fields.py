"""Who leads a work item, written as a field of its own between the item and its target (issue 12 point 9,
session 23, engineer B, dev's addenda): "3.6 Training of buoy operators on the HMC station codes - lead
HMC/TG 12 - target H1 2027", "X - owner: OBC - Q3 2026", "X - responsible HMC - 2026-09". The lead is no
part of the item's text; a word "lead" inside the item ("lead-free", "the lead auditor") stays. The bodies,
items and dates are invented; the expected (item, target) pairs were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

ADDENDUM = """\
HMC / OBC Work Register - Amendment 1

Parties: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

A1.3  The following item is added after item 3.5:
      3.6  {item}

A1.4  Contacts are unchanged.
"""
ITEMS = {
    "lead, then target": (
        "Training of buoy operators on the HMC station codes - lead HMC/TG 12 - target H1 2027",
        ("training of buoy operators on the hmc station codes", "H1 2027"),
    ),
    "owner with a colon": (
        "Joint glossary of tide gauge terms \u2013 owner: OBC \u2013 Q3 2026",
        ("joint glossary of tide gauge terms", "Q3 2026"),
    ),
    "responsible": (
        "Survey of buoy gateway firmware - responsible HMC - 2026-09",
        ("survey of buoy gateway firmware", "2026-09"),
    ),
    "a lead word inside the item": (
        "Guide for the lead auditor of buoy stations - target Q3 2026",
        ("guide for the lead auditor of buoy stations", "Q3 2026"),
    ),
}


@pytest.mark.parametrize("layout", sorted(ITEMS))
def test_a_lead_field_is_no_part_of_the_item(tmp_path: Path, layout: str) -> None:
    item, expected = ITEMS[layout]
    pairs = written_milestone_pairs(tmp_path, ADDENDUM.format(item=item), "amendment.txt")
    assert expected in pairs, (layout, pairs)
