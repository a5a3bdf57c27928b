"""Actions minutes give to a role, not a person (issue 12 point 9, session 24, engineer B): "ACTION 11/3: Both
secretariats to compare X by 30 June 2026", "The chairs will circulate Y by 3 May 2026" under a "Next steps"
heading. The role owns the work and is no part of the item, as a person's name is not; an item whose owner
is a body's name keeps it, as before.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MINUTES = """HMC / OBC Coordination Meeting
Record of decisions and actions

Date: 21 January 2026
Chair: Odile Marchetti-Sandoval (HMC)

1. Coexistence of tide gauges and buoys

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the test results.

ACTION 11/1: Ada Lind to circulate a first draft of the joint test procedure by 15 March 2026.
ACTION 11/3: {owner} to compare the test report formats of the two certification programmes by 30 June 2026.

2. Next steps

- {owner} will circulate the draft agenda of the joint workshop by 3 May 2026.
"""
OWNERS = ["Both secretariats", "The chairs", "The two secretariats", "The liaison officers", "The editors"]


@pytest.mark.parametrize("owner", OWNERS)
def test_a_role_owning_an_action_is_no_part_of_it(tmp_path: Path, owner: str) -> None:
    pairs = written_milestone_pairs(tmp_path, MINUTES.format(owner=owner), "minutes.txt")
    items = {item.rstrip(". ") for item, _ in pairs}
    assert "compare the test report formats of the two certification programmes" in items, pairs
    assert "circulate the draft agenda of the joint workshop" in items, pairs
    assert "circulate a first draft of the joint test procedure" in items, pairs
