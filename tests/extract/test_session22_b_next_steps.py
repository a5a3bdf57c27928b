"""Layout invariance of a steering call's NEXT STEPS after its contacts (issue 12, point 9, session 22,
engineer B), as minutes close:

- a "Next steps" heading opens the meeting's work items, whatever section stood before it (it stayed inside
  the "Liaison representatives" section before it, whose blocks are read as contacts only);
- the closing line's next meeting ("The call was adjourned at 17:05 CEST. Next call: 12 November 2026.") is
  no work item.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

MINUTES = """\
# HMC / OBC joint steering committee -- call of 14 October 2026

Present: Ada Lindqvist (Harbour Metrology Council, HMC), Tomasz Wierzbicki (Open Buoy Consortium, OBC)

## Status of the tide record format

The joint working group of the HMC and the OBC reported that the tide record format is in its second
review.

## {contacts}

The committee confirmed the liaison representatives: Ada Lindqvist for HMC and Tomasz Wierzbicki for OBC.

## {steps}

| No. | Action | Owner | Due |
|---|---|---|---|
| 1 | Resolve the open review comments on the tide record format | Joint working group | 6 November 2026 |
| 2 | Send the release candidate to the members of both organizations | Secretariats | end of November 2026 |
| 3 | Propose dates for the joint buoy test week | Telemetry Task Force | Q1 2027 |

The call was adjourned at 17:05 CEST. Next call: 12 November 2026.
"""

ITEMS = {
    ("resolve the open review comments on the tide record format", "6 November 2026"),
    ("send the release candidate to the members of both organizations", "end of November 2026"),
    ("propose dates for the joint buoy test week", "Q1 2027"),
}


@pytest.mark.parametrize(
    ("contacts", "steps"),
    [
        ("Liaison representatives", "Next steps"),
        ("Contacts", "Next Steps"),
        ("Liaison officers", "Next steps:"),
    ],
)
def test_next_steps_after_the_contacts_are_work_items(tmp_path: Path, contacts: str, steps: str) -> None:
    record = extracted(tmp_path, MINUTES.format(contacts=contacts, steps=steps), "tide-steering-call.md")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
    assert not any("adjourned" in folded(m.label) for m in record.milestones)
