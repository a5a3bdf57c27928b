"""A plain-text table of action points aligned by blanks under a header whose number column is headed as
standards bodies head it ("AP" in a 3GPP meeting report, "AI", "Ref.", "Nr.", "Action no."): its rows are
the actions with their owner and due day, not one paragraph run together (session 35, engineer H;
kg.extract.structure.COLUMN_NAME). Bodies real, actions and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

REPORT = """Meeting report of the joint session of ETSI TC LI and 3GPP SA3-LI
Sophia Antipolis, 12 May 2027

1 Opening
The chair opened the joint session.

Annex B  List of action points

{number:<8}{action:<52}{owner:<18}{due}
12/01   Send the draft mapping table to both groups         A. Lind           4 June 2027
12/02   Review the record type numbering                    B. Ek             SA3-LI#100
12/03   Draft a joint LS on the retention profile           Chair             30 June 2027
"""

EXPECTED = {
    ("Send the draft mapping table to both groups", "4 June 2027"),
    ("Review the record type numbering", "SA3-LI#100"),
    ("Draft a joint LS on the retention profile", "30 June 2027"),
}


@pytest.mark.parametrize(
    ("number", "action", "owner", "due"),
    [
        ("AP", "Action", "Responsible", "Due"),
        ("AI", "Action item", "Owner", "Deadline"),
        ("Ref.", "Action", "Owner", "Due date"),
        ("Nr.", "Task", "Responsible", "Target date"),
    ],
)
def test_each_row_of_the_action_points_is_an_action(
    tmp_path: Path, number: str, action: str, owner: str, due: str
) -> None:
    text = REPORT.format(number=number, action=action, owner=owner, due=due)
    assert milestone_pairs(tmp_path, text, "report.txt") == EXPECTED
