"""An action after its label with its owner and "will" ("Action: Mike Lindqvist will communicate to JTC 1
that ... To be done by 2027-01-31."), as a W3C group's resolution records it: the owner is no part of the
action whatever its verb, and the closing "To be done by" sentence is its due day, no part of its text
(session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "# Minutes of the W3C I18N / JTC 1 liaison meeting, 12 January 2027\n\nAttendees: Ana Lindqvist (W3C), "
    "Bruno Okafor (ISO/IEC JTC 1)\n\n## Liaison with external bodies\n\nAgreed: We shall seek to establish "
    "liaison with selected JTC 1 working groups.\n\n"
)
TEXT = "communicate to JTC 1 that the group is interested in a liaison with SC 2/WG 2"


@pytest.mark.parametrize(
    ("line", "target"),
    [
        (f"Action: Mike Lindqvist will {TEXT}. To be done by 2027-01-31.", "2027-01-31"),
        (f"ACTION: Mike Lindqvist will {TEXT}. To be completed by 31 January 2027.", "31 January 2027"),
        (f"- Action: Mike Lindqvist and Ana Okafor shall {TEXT} by 31 January 2027", "31 January 2027"),
    ],
)
def test_the_owner_and_the_due_sentence_are_no_part_of_the_action(
    tmp_path: Path, line: str, target: str
) -> None:
    record = extracted(tmp_path, HEAD + line + "\n", "minutes.md")
    found = {
        (text.casefold(), m.target.text if m.target else None) for m in record.milestones for text in m.texts
    }
    assert (TEXT.casefold(), target) in found, record.milestones
    assert {m.label for m in record.milestones} == {"Communicate to JTC 1"}, record.milestones


def test_a_body_owner_stays(tmp_path: Path) -> None:
    line = "Action: Open Buoy Consortium will communicate the resolution to JTC 1 by 31 January 2027."
    record = extracted(tmp_path, HEAD + line + "\n", "minutes.md")
    assert any(m.label.startswith("Open Buoy Consortium") for m in record.milestones), record.milestones
