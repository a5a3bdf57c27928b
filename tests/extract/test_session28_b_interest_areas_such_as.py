"""Areas of mutual interest a sentence goes on to name (issue 12 point 9, session 28, B).

Cooperation agreements and their announcements write "in areas of mutual interest such as A, B and C",
"in areas of common interest, including A, B and C", "in a number of areas, notably A, B and C": the
items after "such as" are the subjects, as those after "in the areas of" are. "In areas of mutual interest,
as time and resources permit" names none (session 26's guard stays). Before the rule the items were lost.
Bodies and subjects invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

SUBJECTS = ["tide gauge telemetry", "buoy calibration", "sea level forecasting"]
LIST = "tide gauge telemetry, buoy calibration and sea level forecasting"
BODIES = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)"
SENTENCES = [
    f"{BODIES} will cooperate in areas of mutual interest such as {LIST}.",
    f"{BODIES} will work together in areas of common interest, including {LIST}.",
    f"{BODIES} open their cooperation in a number of areas, notably {LIST}.",
]
LAYOUTS = {
    "news.txt": "HMC AND OBC SIGN A MEMORANDUM\n\n{sentence}\n\nThe memorandum runs three years.\n",
    "news.md": "# HMC and OBC sign a memorandum\n\n{sentence}\n\nThe memorandum runs three years.\n",
    "news.html": "<html><body><h1>HMC and OBC sign a memorandum</h1><p>{sentence}</p>"
    "<p>The memorandum runs three years.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_areas_named_after_such_as(tmp_path: Path, name: str, sentence: str) -> None:
    labels = {
        label.lower()
        for label in topic_labels(extracted(tmp_path, LAYOUTS[name].format(sentence=sentence), name))
    }
    assert set(SUBJECTS) <= labels, labels


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_areas_of_interest_as_time_permits_name_none(tmp_path: Path, name: str) -> None:
    sentence = f"{BODIES} will cooperate in areas of mutual interest, as time and resources permit."
    labels = {
        label.lower()
        for label in topic_labels(extracted(tmp_path, LAYOUTS[name].format(sentence=sentence), name))
    }
    assert not any("time" in label or "resources" in label for label in labels), labels


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_people_in_the_field_such_as_are_no_areas(tmp_path: Path, name: str) -> None:
    """ "experts in the field, such as Ana Lind and Bo Ek": no areas named, no subject."""
    sentence = f"{BODIES} invited experts in the field, such as Ana Lind and Bo Ekdahl."
    labels = {
        label.lower()
        for label in topic_labels(extracted(tmp_path, LAYOUTS[name].format(sentence=sentence), name))
    }
    assert not any("lind" in label or "ekdahl" in label for label in labels), labels
