"""A plan or register agreed at a meeting of a day (issue 12 point 9, session 27, engineer C, tag s27c).

Family: a status line or sentence telling that the document was agreed at a meeting and when ("Status:
agreed at the joint steering meeting of 3 March 2027.", "This plan was agreed at the HMC/OBC coordination
call on 3 March 2027.", "Agreed at their joint plenary meeting of 3 March 2027"): the day is the
document's approval, as "approved at the meeting of ..." already was, not a meeting the document records.

Every body and person is invented; the expected dates were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ITEMS = "| Work item | Target |\n|---|---|\n| Joint code list | Q3 2027 |\n"

MARKDOWN = f"""# HMC / OBC joint work plan 2027

Status: agreed at the joint steering meeting of 3 March 2027.

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep one plan of their joint work.

## Work items

{ITEMS}"""

TEXT = """HMC / OBC JOINT WORK PLAN 2027

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep one plan of their joint work.
This plan was agreed at the HMC/OBC coordination call on 3 March 2027.

Work items

1. Joint code list - target Q3 2027
"""

HTML = """<html><body><h1>HMC / OBC joint work plan 2027</h1>
<p><em>Agreed at their joint plenary meeting of 3 March 2027.</em></p>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep one plan of their joint
work.</p>
<h2>Work items</h2>
<ul><li>Joint code list - target Q3 2027</li></ul>
</body></html>
"""

VARIANTS = {"plan.md": MARKDOWN, "plan.txt": TEXT, "plan.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_document_agreed_at_a_meeting_is_approved_that_day(tmp_path: Path, name: str) -> None:
    dates = {(d.role, d.value) for d in extracted(tmp_path, VARIANTS[name], name).dates}
    assert ("approved", "2027-03-03") in dates and ("meeting", "2027-03-03") not in dates, dates
