"""A liaison note (a page, not minutes) quoting a meeting's resolution with an action whose owner "will" or
"shall" do it by a day ("Action: Ana Example will communicate to ISO/TC 211 that ... To be done by
2027-01-31."): a work item with its due day, as in minutes; a bare "Action:" asking the reader ("Action:
please send comments by ...") stays none outside minutes (session 33, H; the layout of a JTC 1 working group's
note on its liaison with W3C). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

NOTE = (
    "{h}Liaison between the OGC and ISO/TC 211\n\n12 January 2027\n\nLast week I attended the OGC "
    "Technical Committee meeting in Delft. Before the meeting I asked to add an item on the liaison between "
    "OGC working groups and ISO/TC 211.\n\nAfter some discussion the following resolution was agreed:\n\n"
    "Agreed: We shall seek to establish a liaison with selected ISO/TC 211 working groups.\n\n{action}\n\n"
    "Please keep me posted on any relevant ISO/TC 211 resolutions.\n"
)
TEXT = "communicate to ISO/TC 211 that the OGC is interested in a liaison with its WG 4"


def pairs(record) -> set[tuple[str, str | None]]:
    return {(t.casefold(), m.target.text if m.target else None) for m in record.milestones for t in m.texts}


@pytest.mark.parametrize("name", ["note.txt", "note.md"])
@pytest.mark.parametrize(
    ("action", "target"),
    [
        (f"Action: Ana Lindqvist will {TEXT}. To be done by 2027-01-31.", "2027-01-31"),
        (f"ACTION: Ana Lindqvist and Bo Okafor shall {TEXT} by 31 January 2027.", "31 January 2027"),
        (f"Action: Ana Lindqvist will {TEXT}. To be completed by 31 January 2027.", "31 January 2027"),
    ],
)
def test_an_owned_action_on_a_page(tmp_path: Path, name: str, action: str, target: str) -> None:
    text = NOTE.format(h="# " if name.endswith(".md") else "", action=action)
    record = extracted(tmp_path, text, name)
    assert record.kind == "AlliancePage"
    assert (TEXT.casefold(), target) in pairs(record), record.milestones


def test_an_action_asking_the_reader_is_none(tmp_path: Path) -> None:
    action = "Action: please send comments on the liaison to the OGC secretariat by 31 January 2027."
    record = extracted(tmp_path, NOTE.format(h="", action=action), "note.txt")
    assert not record.milestones, record.milestones
