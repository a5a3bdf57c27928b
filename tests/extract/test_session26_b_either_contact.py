"""A sentence sending the reader to either of two people (issue 12 point 9, session 26, engineer B).

A news post, a blog or a page closes with "For more information, contact A (HMC) or B (OBC).",
"Questions ... may be sent to A (HMC) or to B (OBC)" or "Please contact A for HMC or B for OBC": both are
contacts, each with the body their brackets or "for" name, as when "and" or a comma joins them.

Every body and person is invented; the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
SENTENCES = [
    "For more information, contact Ana Lindqvist-Ahl (HMC) or Bo Kristiansen-Oduya (OBC Telemetry Group).",
    "Questions about the joint work may be sent to Ana Lindqvist-Ahl (HMC) or to Bo Kristiansen-Oduya (OBC).",
    "Please contact Ana Lindqvist-Ahl for HMC or Bo Kristiansen-Oduya for OBC.",
]
NEWS = "{bodies}\n\nThe two bodies publish a joint tide data profile.\n\n{sentence}\n"
LAYOUTS = {
    "post.html": "<html><body><h1>HMC and OBC join forces</h1><p>{bodies}</p>"
    "<p>The two bodies publish a joint tide data profile.</p><p>{sentence}</p></body></html>",
    "news.md": "# HMC and OBC join forces\n\n" + NEWS,
    "news.txt": "HMC AND OBC JOIN FORCES\n\n" + NEWS,
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_either_of_two_people_is_a_contact(tmp_path: Path, name: str, sentence: str) -> None:
    text = LAYOUTS[name].format(bodies=BODIES, sentence=sentence)
    found = contact_bodies(extracted(tmp_path, text, name))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}, found
