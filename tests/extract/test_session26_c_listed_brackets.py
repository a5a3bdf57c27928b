"""Work items listed in one sentence, each with its target in brackets, and an item in an outcome's field
(issue 12 point 9, session 26, engineer C):

pages, reports and minutes list the work to come in a sentence: "Next steps include a joint white paper on
drift corrections (Q3 2027) and a joint plugfest for telemetry profiles (H1 2028).", "Planned: X (Q3 2027),
Y (H1 2028)." Each item runs from the joint before it to its bracket, the clause leading the list in being no
part of the first; a sentence with one bracket is read as before. An item written in a field ("Expected
outcome: X (end of 2028)", "Deliverable: X - Q3 2027") loses the field's name.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HTML = """<html><head><title>HMC and OBC partnership</title></head><body>
<h1>HMC and OBC partnership</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide data.</p>
<h2>Next steps</h2>
<p>Next steps include a joint white paper on drift corrections (Q3 2027) and a joint plugfest for telemetry
profiles (H1 2028).</p>
<p>Expected outcome: a shared archive of sample records (end of 2028).</p>
</body></html>
"""

MARKDOWN = """# HMC / OBC joint call, 3 May 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Outlook

- Planned: a joint white paper on drift corrections (Q3 2027), a joint plugfest for telemetry profiles
  (H1 2028).
- Expected outcome: a shared archive of sample records (end of 2028)
"""

TEXT = """HMC / OBC ANNUAL REPORT 2026 - COOPERATION

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) continued their joint work.

Plans for 2027 and 2028

The work planned for the next two years comprises a joint white paper on drift corrections (Q3 2027) as well
as a joint plugfest for telemetry profiles (H1 2028).

Deliverable: a shared archive of sample records (end of 2028)
"""

VARIANTS = {"page.html": HTML, "notes.md": MARKDOWN, "report.txt": TEXT}
EXPECTED = {
    ("a joint white paper on drift corrections", "Q3 2027"),
    ("a joint plugfest for telemetry profiles", "H1 2028"),
    ("a shared archive of sample records", "end of 2028"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_items_listed_with_their_bracketed_targets_are_one_each(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs >= EXPECTED, pairs
