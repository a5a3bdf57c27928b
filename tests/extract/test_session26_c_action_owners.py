"""An action's owner written with the owner's body or in brackets (issue 12 point 9, session 26, engineer C):

minutes give an action to a person with the person's body in brackets ("ACTION: Ada (HMC) to circulate the
code list by 15 May 2027", "Tomas Brekke (OBC) will draft ..."), or number the action and put its owner in
square or round brackets before it ("AI 3-2 [Tomas] Draft the telemetry profile - due 2027-06-01", "Action 7
(Ada Lind) Circulate ..."). As for every action, the label, number and owner are no part of the work item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# HMC / OBC joint call, 3 May 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint call.

## Actions

- ACTION: Ada (HMC) to circulate the code list by 15 May 2027.
- AI 3-2 [Tomas] Draft the telemetry profile - due 2027-06-01
- Tomas Brekke (OBC) will check the drift corrections against the archive by 30 June 2027.
"""

TEXT = """HMC / OBC JOINT CALL - MINUTES
Date: 3 May 2027
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

3. Actions

   ACTION: Ada Lind-Okafor (HMC) to circulate the code list by 15 May 2027.

   Action 3-2 (Tomas Brekke) Draft the telemetry profile - due 2027-06-01.

   Tomas (OBC) will check the drift corrections against the archive by 30 June 2027.
"""

HTML = """<html><head><title>HMC / OBC joint call, 3 May 2027</title></head><body>
<h1>HMC / OBC joint call, 3 May 2027</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Action items</h2>
<ul><li>ACTION: Ada Lind (HMC) to circulate the code list by 15 May 2027.</li>
<li>AP 3-2 [T. Brekke] Draft the telemetry profile - due 2027-06-01</li>
<li>Tomas Brekke (OBC) will check the drift corrections against the archive by 30 June 2027.</li></ul>
</body></html>
"""

VARIANTS = {"minutes.md": MARKDOWN, "minutes.txt": TEXT, "minutes.html": HTML}
EXPECTED = {
    ("circulate the code list", "15 May 2027"),
    ("draft the telemetry profile", "2027-06-01"),
    ("check the drift corrections against the archive", "30 June 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_action_loses_its_owner_written_with_a_body_or_in_brackets(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
