"""A sentence naming the people first and then saying they are the contacts (session 31, C): "A (Bluetooth
SIG) and B (CSA) remain the liaison contacts for the coming year", "... are the points of contact", "... have
been named as liaison representatives": each person, with the body in their brackets (only when every part
before the verb is a person). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

NOTES = (
    "# Bluetooth SIG and CSA liaison sync\n\nThe quarterly liaison sync between the Bluetooth SIG and the "
    "Connectivity Standards Alliance (CSA) reviewed Matter commissioning.\n\n- Jonah Example reported on "
    "advertising intervals.\n- {sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Annika Holmström-Diallo (Bluetooth SIG) and Jonah Whitcombe (CSA) remain the liaison contacts for "
        "the coming year.",
        "Annika Holmström-Diallo (Bluetooth SIG), Jonah Whitcombe (CSA) are the points of contact.",
        "Annika Holmström-Diallo (Bluetooth SIG) and Jonah Whitcombe (CSA) have been named as liaison "
        "representatives.",
    ],
)
def test_the_people_before_the_verb_are_the_contacts(tmp_path: Path, sentence: str) -> None:
    record = extracted(tmp_path, NOTES.format(sentence=sentence), "notes.md")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Annika Holmström-Diallo") == "Bluetooth Special Interest Group", record.contacts
    assert found.get("Jonah Whitcombe") == "Connectivity Standards Alliance", record.contacts
