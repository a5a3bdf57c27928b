"""An action written "owner - action - date", or with its fields in brackets (issue 12 point 9, session 26,
engineer C):

minutes' action lists put the owner first and the date last, between dashes ("Ada Lind \u2014 circulate the
code list \u2014 15 May 2027"), or the item first and its fields in brackets at its end ("Circulate the
quality flags to both groups (owner: Ada; due: 20 May 2027)", "(lead: OBC, target: Q3 2027)"). The owner is no
part of the work item; the bracket's due or target field is its target and the bracket no part of it.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# HMC / OBC joint call, 3 May 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint call.

## Action items

- Ada Lind \u2014 circulate the code list \u2014 15 May 2027
- Tomas Brekke \u2013 draft the telemetry profile \u2013 2027-06-01
- Share the quality flags with both groups (owner: Ada; due: 20 May 2027)
- Check the sample records from buoy operators (lead: OBC, target: Q3 2027)
"""

TEXT = """HMC / OBC JOINT CALL - MINUTES
Date: 3 May 2027
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

Actions

  * Ada Lind - circulate the code list - 15 May 2027
  * Tomas Brekke - draft the telemetry profile - 2027-06-01
  * Share the quality flags with both groups (owner: Ada; due: 20 May 2027)
  * Check the sample records from buoy operators (lead: OBC, target: Q3 2027)
"""

HTML = """<html><head><title>HMC / OBC joint call, 3 May 2027</title></head><body>
<h1>HMC / OBC joint call, 3 May 2027</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Action items</h2>
<ul><li>Ada Lind \u2014 circulate the code list \u2014 15 May 2027</li>
<li>Tomas Brekke \u2014 draft the telemetry profile \u2014 2027-06-01</li>
<li>Share the quality flags with both groups (owner: Ada; due: 20 May 2027)</li>
<li>Check the sample records from buoy operators (lead: OBC, target: Q3 2027)</li></ul>
</body></html>
"""

VARIANTS = {"minutes.md": MARKDOWN, "minutes.txt": TEXT, "minutes.html": HTML}
EXPECTED = {
    ("circulate the code list", "15 May 2027"),
    ("draft the telemetry profile", "2027-06-01"),
    ("share the quality flags with both groups", "20 May 2027"),
    ("check the sample records from buoy operators", "Q3 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_owner_before_a_dash_and_fields_in_brackets_are_no_part_of_the_item(
    tmp_path: Path, name: str
) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs


SQUARE = {
    "minutes.md": MARKDOWN.replace("(lead: OBC, target: Q3 2027)", "[Tomas Brekke, 30 September 2027]"),
    "minutes.txt": TEXT.replace("(lead: OBC, target: Q3 2027)", "[T. Brekke; 30 September 2027]"),
    "minutes.html": HTML.replace("(lead: OBC, target: Q3 2027)", "[Tomas, 30 September 2027]"),
}


@pytest.mark.parametrize("name", sorted(SQUARE))
def test_an_owner_and_date_in_square_brackets_give_the_date(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, SQUARE[name], name)
    assert ("check the sample records from buoy operators", "30 September 2027") in pairs, pairs
