"""Minutes' actions with a reply or comments due ("Ana Lindqvist to send the liaison reply by 30 April 2027",
"comments on the draft are due by ...") are work items with their due days, no deadline of the record (a
deadline is what a liaison statement sets its addressee) (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """# IETF / IEEE 802 coordination call

Date: 16 March 2027

Attendees: Ana Lindqvist (IETF), Bruno Okafor (IEEE 802)

## Discussion

The IETF and IEEE 802 reviewed their liaison on time-sensitive networking.

## Actions

- {action}
"""


@pytest.mark.parametrize(
    "action",
    [
        "Ana Lindqvist to send the liaison reply by 30 April 2027",
        "Bruno Okafor to collect the comments on the draft by 30 April 2027",
        "ACTION: Ana Lindqvist to draft the response to IEEE 802.1 before 30 April 2027",
    ],
)
def test_an_actions_due_day_is_no_deadline(tmp_path: Path, action: str) -> None:
    record = extracted(tmp_path, MINUTES.format(action=action), "minutes.md")
    assert {(d.role, d.value) for d in record.dates} == {("meeting", "2027-03-16")}, record.dates
    assert {m.target.text for m in record.milestones if m.target} == {"30 April 2027"}, record.milestones
