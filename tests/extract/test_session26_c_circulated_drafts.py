"""A draft's day of circulation and an export's day (issue 12 point 9, session 26, engineer C):

a register or plan in draft opens with its label and the day it was put out ("Draft 0.4 \u2013 circulated 21
January 2025 for comment", "DRAFT 0.4 - circulated 2026/02/24 for the joint call"), a tool's copy with the
day it was made ("# exported: 2026-09-30 from the tracker"): each is the document's published date. A list
line's item met after a dash ("Common station code list for tide gauges - published 9 Apr 2027") stays the
item's date, as before; a draft's label before the dash is no item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """HMC / OBC Joint Work Register
Draft 0.4 \u2013 circulated 21 January 2027 for comment by both organizations

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

Work items

1. Common station code list for tide gauges - target Q4 2027
"""

MARKDOWN = """**DRAFT 0.4 - circulated 2027/01/21 for the joint call - NOT APPROVED**

# HMC / OBC Joint Work Register

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Work items

- Common station code list for tide gauges - target Q4 2027
"""

CSV_EXPORT = """# HMC / OBC joint register
# exported: 2027-01-21 from the liaison tracker
# Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

"Key","Work item","Due date","Status"
"R-1","Common station code list for tide gauges","2027-12-15","In progress"
"R-2","Shared quality flags for buoy records","2028-03-31","Open"
"""

VARIANTS = {"draft.txt": TEXT, "draft.md": MARKDOWN, "export.txt": CSV_EXPORT}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_draft_s_circulation_or_an_export_s_day_is_the_issue(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    assert ("published", "2027-01-21") in {(fact.role, fact.value) for fact in record.dates}, record.dates
