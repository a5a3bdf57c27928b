"""An action item whose owner and due date stand on the line under it (issue 12 point 9, session 29, C).

Family: list archives' minutes review their open action items as a title line (with the item's number in
brackets, "(Open Action Item #0013)") and, indented under it, a line naming the owner and when it is due
("Jeff Doe, Due Sep 24,", "Ana Lind - due 24 September", "The chairs; deadline: 2027-10-14"), then notes.
The title is the action, dated by that line; a note under it is none, and a title whose line names an
owner and no due date is no dated item. Real layout: OpenCSA steering
committee minutes on an OASIS list (probed outside the repository, /work/s29/c-real.md). Bodies and people
are invented; the pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = """HMC / OBC Coordination Steering Call Minutes - 14 October 2027

This call follows up the liaison between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) on tide data.

1. Minutes Approval

- 30 September 2027: Resolution to Approve: Passed - Unanimous.

2. Open Action Item Review

"""

TEXT = (
    HEAD
    + """- Summary of Open Items Not Yet Due:
        - Map the buoy telemetry fields to the HMC tide terms (Open Action Item #0021)
                - Ravi Osterlund, Due Oct 14,
                - Draft mapping shared on the list; kept open.
        - Propose a common test vector format for the interoperability event (Open Action Item #0025)
                - Pieter Vandamme - due 18 November
        - Collect comments from HMC members on the telemetry profile (AI 26)
                - The chairs; deadline: 2027-12-02
        - Keep the shared folder of test records in order (Open Action Item #0027)
                - Ines Marlow, in charge
"""
)

MARKDOWN = (
    "# "
    + HEAD.replace("1. Minutes Approval", "## 1. Minutes Approval").replace("2. Open", "## 2. Open")
    + """- Map the buoy telemetry fields to the HMC tide terms (Open Action Item #0021)
  - Ravi Osterlund, Due Oct 14,
  - Draft mapping shared on the list; kept open.
- Propose a common test vector format for the interoperability event (Open Action Item #0025)
  - Pieter Vandamme - due 18 November
- Collect comments from HMC members on the telemetry profile (AI 26)
  - The chairs; deadline: 2027-12-02
- Keep the shared folder of test records in order (Open Action Item #0027)
  - Ines Marlow, in charge
"""
)

HTML = """<html><body><h1>HMC / OBC Coordination Steering Call Minutes - 14 October 2027</h1>
<p>This call follows up the liaison between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) on tide data.</p>
<h2>Open Action Item Review</h2>
<ul>
<li>Map the buoy telemetry fields to the HMC tide terms (Open Action Item #0021)</li>
<li>Ravi Osterlund, Due Oct 14,</li>
<li>Draft mapping shared on the list; kept open.</li>
<li>Propose a common test vector format for the interoperability event (Open Action Item #0025)</li>
<li>Pieter Vandamme - due 18 November</li>
<li>Collect comments from HMC members on the telemetry profile (AI 26)</li>
<li>The chairs; deadline: 2027-12-02</li>
<li>Keep the shared folder of test records in order (Open Action Item #0027)</li>
<li>Ines Marlow, in charge</li>
</ul>
</body></html>
"""

EXPECTED = {
    ("map the buoy telemetry fields to the hmc tide terms", "Oct 14"),
    ("propose a common test vector format for the interoperability event", "18 November"),
    ("collect comments from hmc members on the telemetry profile", "2027-12-02"),
}


@pytest.mark.parametrize(("name", "text"), [("m.txt", TEXT), ("m.md", MARKDOWN), ("m.html", HTML)])
def test_the_line_under_an_action_dates_it(tmp_path: Path, name: str, text: str) -> None:
    pairs = written_milestone_pairs(tmp_path, text, name)
    assert pairs == EXPECTED, pairs
