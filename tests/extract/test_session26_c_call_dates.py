"""A call for participation's dates (issue 12 point 9, session 26, engineer C):

a call names the day it wants its answers in a field or a sentence of its own words ("Responses requested
by:", "Submissions due:", "Expressions of interest by 26 February 2027"): the deadline. It names when the
joint work starts by its first meeting ("starts at its kick-off call on 15 March 2027", "Kick-off meeting
on ..."): the start, `initiated`, and no meeting of the call itself.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """CALL FOR PARTICIPATION

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)
Joint Task Force on Tide Data

Issued: 12 January 2027
Responses requested by: 26 February 2027

The Harbour Metrology Council and the Open Buoy Consortium invite their members to a joint task force.
The task force starts at its kick-off call on 15 March 2027 and is chartered for eighteen months.

Deliverables

  D1. Common station code list for tide gauges ...... due 30 June 2027
"""

MARKDOWN = """# Call for participation: HMC / OBC Joint Task Force on Tide Data

**Issued:** 12 January 2027
**Submissions due:** 26 February 2027

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) invite their members to a joint
task force. Its kick-off meeting on 15 March 2027 opens the work.

## Deliverables

- Common station code list for tide gauges - due 30 June 2027
"""

HTML = """<html><head><title>HMC / OBC call for participation</title></head><body>
<h1>Call for participation: HMC / OBC Joint Task Force on Tide Data</h1>
<p>Published 12 January 2027.</p>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) invite their members to a joint
task force. Expressions of interest by 26 February 2027, please. The work starts with a kick-off call on
15 March 2027.</p>
<h2>Deliverables</h2>
<ul><li>Common station code list for tide gauges - due 30 June 2027</li></ul>
</body></html>
"""

VARIANTS = {"call.txt": TEXT, "call.md": MARKDOWN, "call.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_call_s_answer_day_is_its_deadline_and_its_kick_off_the_start(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    facts = {(fact.role, fact.value) for fact in record.dates}
    assert ("deadline", "2027-02-26") in facts, record.dates
    assert ("initiated", "2027-03-15") in facts, record.dates
    assert ("meeting", "2027-03-15") not in facts, record.dates
