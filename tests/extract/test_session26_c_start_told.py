"""The alliance's start, told in more words (issue 12 point 9, session 26, engineer C):

plans, registers and pages say when the joint work began by what the partners agreed to do ("The Harbour
Metrology Council and the Open Buoy Consortium agreed in 2025 to study ..."), by the agreement the work
stands on ("under their cooperation agreement of 2025"), or in a fact box ("Formed: 2025", "Founded
2025"). Each is the `initiated` date; an agreement to a text ("agreed in 2025 by both boards") is none.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAN_TXT = """HMC / OBC Joint Work Plan

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed in 2025 to study a common
station code list for tide gauges.

Work items

1. Common station code list for tide gauges - target Q4 2027
2. Shared quality flags for buoy records - target H1 2028
"""

REGISTER_MD = """# HMC / OBC joint projects

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) develop the following documents
jointly under their cooperation agreement of 2025.

| No. | Project | Target date |
|---|---|---|
| 1 | Common station code list for tide gauges | 2027-09 |
| 2 | Shared quality flags for buoy records | 2027-12 |
"""

PAGE_HTML = """<html><head><title>HMC and OBC</title></head><body>
<h1>HMC and OBC: tide data partnership</h1>
<table><tr><th scope="row">Partners</th>
<td>Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)</td></tr>
<tr><th scope="row">Formed</th><td>2025</td></tr></table>
<p>The partnership develops common codes for tide gauges and buoys.</p>
</body></html>
"""

VARIANTS = {"plan.txt": PLAN_TXT, "register.md": REGISTER_MD, "page.html": PAGE_HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_the_start_of_the_joint_work_is_initiated(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    assert ("initiated", "2025") in {(fact.role, fact.value) for fact in record.dates}, record.dates


APPROVED = PLAN_TXT.replace(
    "agreed in 2025 to study", "published the plan, agreed in 2025 by both boards, on"
)


def test_an_agreement_to_a_text_is_no_start(tmp_path: Path) -> None:
    record = extracted(tmp_path, APPROVED, "plan.txt")
    assert ("initiated", "2025") not in {(fact.role, fact.value) for fact in record.dates}, record.dates
