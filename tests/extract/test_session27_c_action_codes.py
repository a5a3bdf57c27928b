"""An action's code before its verb with no colon (issue 12 point 9, session 27, engineer C, tag s27c).

Family: minutes that number their actions with a code of letters and digits and go straight on with the
action's verb ("AI-1 Complete the ...", "A-12 Circulate ...", "ACT-3 Draft ...", "Action 4 Review ..."),
its owner and due date as fields after dashes or in brackets. The code is no part of the work item, as
"AI-1:" is not.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# HMC / OBC coordination call - minutes

**Date:** 22 September 2027
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Action items

- **AI-1** Complete the tide gauge code list review \u2014 *Owner:* Ada Lind \u2014 *Due:* 15 October 2027
- **AI-2** Draft the change request for the telemetry profile \u2014 *Owner:* TB \u2014 *Due:* end of Q4 2027
- **AI-3** Propose workshop dates to both secretariats \u2014 *Owner:* Ines \u2014 *Due:* 30 November 2027
"""

TEXT = """HMC / OBC COORDINATION CALL - MINUTES
Date: 22 September 2027
Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

4. Actions

   A-12  Complete the tide gauge code list review - Owner: Ada Lind - Due: 15 October 2027
   A-13  Draft the change request for the telemetry profile - Owner: Tomas Brekke - Due: end of Q4 2027
   A-14  Propose workshop dates to both secretariats - Owner: Ines Varga - Due: 30 November 2027
"""

HTML = """<html><head><title>HMC / OBC coordination call</title></head><body>
<h1>HMC / OBC coordination call, 22 September 2027</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Follow-ups</h2>
<ul>
<li>ACT-7 Complete the tide gauge code list review (owner: Ada Lind; due: 15 October 2027)</li>
<li>ACT-8 Draft the change request for the telemetry profile (owner: Tomas Brekke; due: end of Q4 2027)</li>
<li>ACT-9 Propose workshop dates to both secretariats (owner: Ines Varga; due: 30 November 2027)</li>
</ul>
</body></html>
"""

VARIANTS = {"minutes.md": MARKDOWN, "minutes.txt": TEXT, "minutes.html": HTML}
EXPECTED = {
    ("complete the tide gauge code list review", "15 October 2027"),
    ("draft the change request for the telemetry profile", "end of Q4 2027"),
    ("propose workshop dates to both secretariats", "30 November 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_action_code_before_its_verb_is_no_part_of_it(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs
