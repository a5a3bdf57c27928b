"""Standards numbered after a letter of their body's series (issue 12 point 9, session 25, engineer C): SAE
International numbers its ground vehicle standards "SAE J2735", "SAE J3161/1", "SAE J1979-2", ASTM
International its standards "ASTM F3322-22", "ASTM E2919". Each is a specification the document names,
whatever sentence it stands in; a committee's code of two digits ("ASTM F42", "ASTM Committee E55") is a
unit, no standard.

The document is invented (the Harbour Metrology Council does not exist); the standards' numbers are the
bodies' own form of numbering, the expected topics written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

LETTER = """# Harbour Metrology Council and SAE International: coordination note

The Harbour Metrology Council (HMC) and SAE International agreed to coordinate their work on vehicle data.
The HMC Tide Gauge Working Group reviews {first} and the ballot on {second}; ASTM International's committee
ASTM F42 follows the work on {third}.

## Work items

- Mapping of tide gauge alerts to {first} messages - target Q3 2027
"""
NUMBERS = {
    "sae": ("SAE J2735", "SAE J3161/1", "SAE J1979-2"),
    "astm": ("ASTM F3322-22", "ASTM E2919", "ASTM D7566"),
}


@pytest.mark.parametrize("series", sorted(NUMBERS))
def test_a_letter_numbered_standard_is_a_topic(tmp_path: Path, series: str) -> None:
    first, second, third = NUMBERS[series]
    record = extracted(tmp_path, LETTER.format(first=first, second=second, third=third), "note.md")
    labels = topic_labels(record)
    assert {first, second, third} <= labels, labels
    assert "ASTM F42" not in labels, labels
