"""Subject sentences that name the bodies before the subjects (issue 12 point 9, session 28, B).

News of a cooperation writes "Among the areas of common interest between A and B are X, Y and Z", "The
areas of cooperation between A and B include X, Y and Z", "The collaboration between A and B will cover X,
Y and Z": the bodies stand between the subject words and the verb, which the subject sentence did not
allow (a real ITU news item). "The areas ... between A and B are described in Annex A" names none. Before
the rule the subjects were lost. Bodies and subjects invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

SUBJECTS = ["tide gauge telemetry", "buoy calibration", "sea level forecasting"]
LIST = "tide gauge telemetry, buoy calibration and sea level forecasting"
BETWEEN = "between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)"
SENTENCES = [
    f"Among the areas of common interest {BETWEEN} are {LIST}.",
    f"The areas of cooperation {BETWEEN} include {LIST}.",
    f"The collaboration {BETWEEN} will cover {LIST}.",
]
LAYOUTS = {
    "news.txt": "HMC AND OBC FORMALIZE TIES\n\n{sentence}\n\nThe two bodies meet twice a year.\n",
    "news.md": "# HMC and OBC formalize ties\n\n{sentence}\n\nThe two bodies meet twice a year.\n",
    "news.html": "<html><body><h1>HMC and OBC formalize ties</h1><p>{sentence}</p>"
    "<p>The two bodies meet twice a year.</p></body></html>",
}


def labels_of(tmp_path: Path, name: str, sentence: str) -> set[str]:
    record = extracted(tmp_path, LAYOUTS[name].format(sentence=sentence), name)
    return {label.lower() for label in topic_labels(record)}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_subjects_after_the_bodies(tmp_path: Path, name: str, sentence: str) -> None:
    labels = labels_of(tmp_path, name, sentence)
    assert set(SUBJECTS) <= labels, labels


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_areas_described_elsewhere_name_none(tmp_path: Path, name: str) -> None:
    labels = labels_of(tmp_path, name, f"The areas of cooperation {BETWEEN} are described in Annex A.")
    assert not any("annex" in label or "described" in label for label in labels), labels


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_serial_comma_and_opens_no_item(tmp_path: Path, name: str) -> None:
    """ "X, Y, and Z" (a serial comma, as US news write it): the last item is Z, not "and Z"."""
    labels = labels_of(
        tmp_path, name, f"The areas of cooperation {BETWEEN} include {LIST.replace(' and ', ', and ')}."
    )
    assert set(SUBJECTS) <= labels, labels
    assert not any(label.startswith("and ") for label in labels), labels
