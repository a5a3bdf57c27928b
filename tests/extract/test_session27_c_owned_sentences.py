"""Minutes' actions written as sentences under an "Actions" heading (issue 12 point 9, session 27, engineer
C, tag s27c).

Family: a heading naming actions ("Actions", "Actions agreed", "Follow-ups", "Next steps") over sentences or
list items that each give an owner, "will" or "to", the action and its date ("Ada Lind will
circulate the code list before 15 May 2027.", "- The HMC secretariat will circulate ... by 15 May
2027;"). A person or a role owning it is no part of the action; a body owning it stays in it, as "ETSI TC LI
to circulate ..." does (session 18).

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint call on their collaboration."

TEXT = f"""HMC / OBC joint call - 3 May 2027

{HEAD}

Actions

Ada Lind will circulate the code list before 15 May 2027.

OBC will draft the telemetry profile by 30 June 2027.
"""

MARKDOWN = f"""# HMC / OBC joint call - 3 May 2027

{HEAD}

## Actions agreed

- The HMC secretariat will circulate the code list by 15 May 2027;
- OBC will draft the telemetry profile by 30 June 2027.
"""

HTML = f"""<html><body><h1>HMC / OBC joint call - 3 May 2027</h1>
<p>{HEAD}</p>
<h2>Follow-ups</h2>
<p>The HMC chair will circulate the code list by 15 May 2027.</p>
<p>OBC will draft the telemetry profile by 30 June 2027.</p>
</body></html>
"""

VARIANTS = {"call.txt": TEXT, "call.md": MARKDOWN, "call.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_owned_sentences_under_an_actions_heading(tmp_path: Path, name: str) -> None:
    assert written_milestone_pairs(tmp_path, VARIANTS[name], name) == {
        ("circulate the code list", "15 May 2027"),
        ("obc will draft the telemetry profile", "30 June 2027"),
    }
