"""Headings naming the subjects of a collaboration with other qualifiers (issue 12 point 9, session 26, B).

"Subject areas", "Technology areas", "Thematic areas", "Standardisation topics", "Research themes" head
the list of what the parties work on, as "Priority areas" and "Focus areas" do: each short item is a subject.
Every body and subject is invented; the expected subjects were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.namespaces import TOPIC, slugify

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of "
    "understanding to cooperate on tide data exchange."
)
SUBJECTS = ["tide gauge telemetry", "buoy calibration", "sea level forecasting"]
LAYOUTS = {
    "mou.md": "# HMC and OBC memorandum\n\n{bodies}\n\n## {heading}\n\n{items}\n\n## Term\n\nThree years.\n",
    "mou.html": "<html><body><h1>HMC and OBC memorandum</h1><p>{bodies}</p><h2>{heading}</h2><ul>{items}</ul>"
    "<h2>Term</h2><p>Three years.</p></body></html>",
    "mou.txt": "HMC AND OBC MEMORANDUM\n\n{bodies}\n\n2. {heading}\n\n{items}\n\n3. Term\n\nThree years.\n",
}
ITEMS = {
    "mou.md": "\n".join(f"- {s}" for s in SUBJECTS),
    "mou.html": "".join(f"<li>{s}</li>" for s in SUBJECTS),
    "mou.txt": "\n".join(f"   - {s}" for s in SUBJECTS),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize(
    "heading",
    ["Subject areas", "Technology areas", "Thematic areas", "Standardisation topics", "Research themes"],
)
def test_a_subjects_heading_with_another_qualifier(tmp_path: Path, name: str, heading: str) -> None:
    text = LAYOUTS[name].format(bodies=BODIES, heading=heading, items=ITEMS[name])
    topics = {str(t) for t in extracted(tmp_path, text, name).topics}
    assert {str(TOPIC[slugify(s)]) for s in SUBJECTS} <= topics, topics
