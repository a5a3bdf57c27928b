"""A timeline's step dated by a span of days without its year ("16-30 May - Public comment period", "April
20 - 24: Joint review meeting", "20\u201324 April \u2013 X"): the step with its span as written, as a step of
one day ("16 April - X") is; before, the span's end was taken for the item ("24: Joint review meeting") or
the step was lost (session 33, H; known class b, the milestones' side). Bodies real, the steps invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = (
    "{h}OBC / HMC Buoy Telemetry Timeline 2027\n\nParties: Open Buoy Consortium (OBC) and Harbour Metrology "
    "Council (HMC).\n\n"
)
STEPS = [
    ("16 April", "Circulate the first draft of the telemetry profile"),
    ("{span1}", "Joint review meeting"),
    ("3 May", "Submit the profile to the HMC plenary"),
    ("{span2}", "Public comment period"),
]
SPANS = [
    ("April 20 - 24", "16-30 May"),
    ("20\u201324 April", "16 \u2013 30 May"),
    ("April 20-24", "May 16-30"),
]


@pytest.mark.parametrize("name", ["timeline.md", "timeline.txt"])
@pytest.mark.parametrize("separator", [" - ", ": ", " \u2013 "])
@pytest.mark.parametrize(("span1", "span2"), SPANS)
def test_a_step_of_several_days(tmp_path: Path, name: str, separator: str, span1: str, span2: str) -> None:
    lines = "".join(f"- {when}{separator}{what}\n" for when, what in STEPS).format(span1=span1, span2=span2)
    found = milestone_pairs(tmp_path, HEAD.format(h="# " if name.endswith(".md") else "") + lines, name)
    assert ("Joint review meeting", span1) in found, found
    assert ("Public comment period", span2) in found, found
    assert ("Circulate the first draft of the telemetry profile", "16 April") in found, found
