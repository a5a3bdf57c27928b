"""An action register written one record per action: a heading that is the action's number alone ("Action
Item #3", "### AI-12", "Task 4") over its fields ("Owner:", "Due:", "Status:", "Description:"), as IEEE
working groups' action-item trackers and issue templates write them. The action is its description field,
due on its due field's day; before, the milestone was the number ("Action Item #3") (session 34, H, class d).
Bodies real, people and actions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = (
    "{h}IEEE 802.11 Coexistence SC / ETSI ERM TG11 joint call - Minutes\n\nDate: 2027-03-04\n\n"
    "{h2}Action items\n\n"
)

RECORDS = {
    "bold": "**{number}**\n- **Owner**: {owner}\n- **Due**: {due}\n- **Status**: Open\n"
    "- **{field}**: {text}\n\n",
    "heading": "### {number}\n\n- Owner: {owner}\n- {field}: {text}\n- Due: {due}\n\n",
    "plain": "{number}\n\nOwner: {owner}\nDue: {due}\n{field}: {text}\n\n",
}
ACTIONS = [
    ("Action Item #3", "Ada Lind", "2027-04-15", "Send the coexistence liaison to ETSI ERM TG11"),
    ("Action Item #4", "Bo Ek", "2027-05-02", "Circulate the draft test method of EN 303 687"),
]


@pytest.mark.parametrize("layout", sorted(RECORDS))
@pytest.mark.parametrize("field", ["Description", "Action"])
def test_the_action_is_its_description(tmp_path: Path, layout: str, field: str) -> None:
    name = "minutes.txt" if layout == "plain" else "minutes.md"
    md = name.endswith(".md")
    text = HEAD.format(h="# " if md else "", h2="## " if md else "")
    for number, owner, due, what in ACTIONS:
        number = number if layout != "heading" else number.replace("Action Item #", "AI-")
        text += RECORDS[layout].format(number=number, owner=owner, due=due, field=field, text=what)
    found = milestone_pairs(tmp_path, text, name)
    assert {(what, due) for _, _, due, what in ACTIONS} <= found, found
