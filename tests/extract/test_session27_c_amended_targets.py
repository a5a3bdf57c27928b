"""An amendment's other words for an item's new target (issue 12 point 9, session 27, engineer C, tag s27c).

Family: addenda changing a work item's target, in words other than "changed from X to Y" or "replace X by
Y": passive ("In item 3 (X), the target date "Q2 2027" is replaced by "Q4 2027"."), moved without the old
one ("The target of work item A.3 (X) is extended until 31 December 2027."), a new value field ("Item 3 (X)
- new target date: 31 December 2027."), and "by Y instead of Z" ("the milestone "X" shall be completed by
31 December 2027 instead of 30 June 2027"); a new item "inserted" as one "added". The item keeps its title
(never the quoted old target), the new value is its target.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = """HMC / OBC WORK REGISTER - AMENDMENT 2

Amendment to the work register between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).
"""

TEXT = f"""{HEAD}
Changes

1. In item 3 (Joint code list), the target date "Q2 2027" is replaced by "Q4 2027".
2. A new item 5 is inserted: "Telemetry profile", lead OBC, target H1 2028.
"""

MARKDOWN = """# HMC / OBC work register - amendment 2

Amendment to the work register between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).

## Changes

Item 3 (Joint code list) - new target date: Q4 2027.

The target of work item 5 (Telemetry profile) is extended until H1 2028.
"""

HTML = """<html><body><h1>HMC / OBC work register - amendment 2</h1>
<p>Amendment to the work register between the Harbour Metrology Council (HMC) and the Open Buoy Consortium
(OBC).</p>
<h2>Amendments</h2>
<p>The milestone "Joint code list" shall be completed by Q4 2027 instead of Q2 2027.</p>
<p>The target date of the milestone "Telemetry profile" is changed to H1 2028.</p>
</body></html>
"""

VARIANTS = {"amendment.txt": TEXT, "amendment.md": MARKDOWN, "amendment.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_amendment_s_new_target_in_other_words(tmp_path: Path, name: str) -> None:
    assert written_milestone_pairs(tmp_path, VARIANTS[name], name) == {
        ("joint code list", "Q4 2027"),
        ("telemetry profile", "H1 2028"),
    }
