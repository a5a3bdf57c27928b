"""An action's owner written with its date (issue 12 point 9, session 27, engineer C, tag s27c).

Family: action lists that put the owner in the date's place, before it ("Circulate X (Ada, 15 May 2027)",
"Circulate X -> Ada Lind, 15.05.2027", "Circulate X (Tomas, by end of June 2027)"), in square brackets
before a bracketed date ("Circulate X [Ada Lind] [15 May 2027]"), or as a tracker's handle with its due
date ("Circulate X (@ada, due 2027-05-15)"). The owner is no part of the target nor of the item; an
occasion named before its date ("OCP Global Summit, October 2025") stays a target as written.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint call on their collaboration."

MARKDOWN = f"""# HMC / OBC joint call - 3 May 2027

{HEAD}

## Action items

- [ ] Circulate the code list (@ada, due 2027-05-15)
- [ ] Draft the telemetry profile (@tomas, due 2027-06-30)
"""

TEXT = f"""HMC / OBC joint call - 3 May 2027

{HEAD}

Next steps
- Circulate the code list -> Ada, 15.05.2027
- Draft the telemetry profile -> Tomas Brekke, 30.06.2027
"""

HTML = f"""<html><body><h1>HMC / OBC joint call - 3 May 2027</h1>
<p>{HEAD}</p>
<h2>Actions</h2>
<ul><li>Circulate the code list [Ada Lind] [15.05.2027]</li>
<li>Draft the telemetry profile (Tomas, 30.06.2027)</li></ul>
</body></html>
"""

VARIANTS = {"call.md": MARKDOWN, "call.txt": TEXT, "call.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_the_owner_before_the_date_is_no_part_of_the_target(tmp_path: Path, name: str) -> None:
    dates = ("2027-05-15", "2027-06-30") if name == "call.md" else ("15.05.2027", "30.06.2027")
    assert written_milestone_pairs(tmp_path, VARIANTS[name], name) == {
        ("circulate the code list", dates[0]),
        ("draft the telemetry profile", dates[1]),
    }
