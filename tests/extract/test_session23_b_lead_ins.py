"""Work items a memorandum lists under a lead-in clause, in two layouts dev's writers used (issue 12 point 9,
session 23, engineer B):

- "Cooperative activities under this Memorandum may include:" or "The first implementation plan
  comprises:" over lettered items, each ending on its target after a comma ("(b) a joint workshop on buoy
  calibration, by December 2027;"); an item without one is a duty, no work item;
- numbered lines with dotted leaders, one wrapped over two lines, that the reader ran into one block
  ("1. Identification of ... .. by 31-07-2026" / "2. Publication of the first ..." / "on the ... ....
  by 31-03-2027"): each item ends on the line that ends on its target, and its target is the date
  without the cue "by".

Every body, item and date is invented; the expected (item, target) pairs were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MEMORANDUM = """\
MEMORANDUM OF COOPERATION
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

Article 1
Purpose

The Participants intend to cooperate on standards for tide gauges.

Article 2
Cooperative Activities

{lead_in}

(a) exchange of national positions before each plenary meeting of the Tide Committee;

(b) a joint workshop on test methods for buoy calibration, by December 2027;

(c) a comparison of the national adoptions of the HMC station codes, by June 2028.

Article 3
Coordinators

The Participants designate their secretariats as coordinators.
"""
LEAD_INS = [
    "Cooperative activities under this Memorandum may include:",
    "The first implementation plan comprises:",
    "The joint activities include:",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_items_under_a_lead_in_of_activities_are_work_items(tmp_path: Path, lead_in: str) -> None:
    pairs = written_milestone_pairs(tmp_path, MEMORANDUM.format(lead_in=lead_in), "memorandum.txt")
    assert pairs >= {
        ("a joint workshop on test methods for buoy calibration", "December 2027"),
        ("a comparison of the national adoptions of the hmc station codes", "June 2028"),
    }, (lead_in, pairs)
    assert not any("exchange of national positions" in item for item, _ in pairs), pairs


ARTICLES = """\
MEMORANDUM OF UNDERSTANDING
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

ARTICLE 4 - IMPLEMENTATION PLAN

The first implementation plan comprises:

   1. Identification of OBC profiles for adoption .. by 31-07-2026
   2. Publication of the first adopted HMC standard
      on the buoy telemetry layer .................... by 31-03-2027
   3. Joint workshop on buoy gateway security ........... Q4 2026

ARTICLE 5 - FINANCIAL ARRANGEMENTS

Each Party bears its own costs.
"""


def test_numbered_leader_lines_run_into_one_block_are_items(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, ARTICLES, "memorandum.txt")
    assert pairs >= {
        ("identification of obc profiles for adoption", "31-07-2026"),
        ("publication of the first adopted hmc standard on the buoy telemetry layer", "31-03-2027"),
        ("joint workshop on buoy gateway security", "Q4 2026"),
    }, pairs
