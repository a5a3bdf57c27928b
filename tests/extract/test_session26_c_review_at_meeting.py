"""A review set at a meeting of a month (issue 12 point 9, session 26, engineer C):

registers and plans name their next review by the meeting it takes place at: "Next review of this register
at the October 2027 plenary.", "The next review of the plan is at the October 2027 joint meeting.", "Next
review ........ at the October 2027 plenary". The meeting's month is the review's date; no meeting of the
document.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """HMC / OBC Joint Work Register

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

Work items

1. Common station code list for tide gauges - target Q4 2027
2. Shared quality flags for buoy records - target H1 2028

{review}
"""

MARKDOWN = """# HMC / OBC joint projects

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

| No. | Project | Target date |
|---|---|---|
| 1 | Common station code list for tide gauges | 2027-09 |
| 2 | Shared quality flags for buoy records | 2027-12 |

{review}
"""

HTML = """<html><head><title>HMC / OBC joint plan</title></head><body>
<h1>HMC / OBC joint plan</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<ul><li>Common station code list for tide gauges - target Q4 2027</li>
<li>Shared quality flags for buoy records - target H1 2028</li></ul>
<p>{review}</p>
</body></html>
"""

REVIEWS = (
    "Next review of this register at the October 2027 plenary.",
    "The next review of the plan is at the October 2027 joint meeting.",
    "Next review at their October 2027 plenary.",
)
FORMATS = {"txt": TEXT, "md": MARKDOWN, "html": HTML}


@pytest.mark.parametrize("extension", sorted(FORMATS))
@pytest.mark.parametrize("review", REVIEWS)
def test_a_review_at_a_month_s_meeting_is_the_review_date(
    tmp_path: Path, extension: str, review: str
) -> None:
    record = extracted(tmp_path, FORMATS[extension].format(review=review), f"register.{extension}")
    facts = {(fact.role, fact.value) for fact in record.dates}
    assert ("review", "2027-10") in facts, record.dates
    assert ("meeting", "2027-10") not in facts, record.dates
