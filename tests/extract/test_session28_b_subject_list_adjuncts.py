"""A sentence's list of cooperation fields that runs on into an adjunct (issue 12 point 9, session 28, B).

Agreements between standards bodies (a national institute's MoU, a consortium's memorandum) write "The
Parties will cooperate in the fields of A, B and C on the basis of equality and mutual benefit": the list
ends where the adjunct begins ("on the basis of", "in accordance with", "with a view to", "in order to",
"under the terms of"), and its last item is C, not "C on the basis of equality". Before the rule the long
last item made the whole list read as a sentence and every subject was lost. Bodies and subjects invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

SUBJECTS = ["tide gauge telemetry", "buoy calibration", "sea level forecasting"]
LIST = "tide gauge telemetry, buoy calibration and sea level forecasting"
BODIES = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)"
SENTENCES = [
    f"{BODIES} will cooperate in the fields of {LIST} on the basis of equality and mutual benefit.",
    f"{BODIES} agree to work together in the areas of {LIST} in accordance with this Memorandum.",
    f"Desiring to promote cooperation in the field of {LIST} with a view to faster adoption of the results;",
    f"{BODIES} shall cooperate in the domains of {LIST} under the terms set out in Annex A.",
]
LAYOUTS = {
    "mou.txt": "MEMORANDUM OF UNDERSTANDING\n\n{lead}\n\n{sentence}\n\nArticle 2\nThree years.\n",
    "mou.md": "# Memorandum of understanding\n\n{lead}\n\n## Article 1\n\n{sentence}\n\n"
    "## Article 2\n\nThree years.\n",
    "mou.html": "<html><body><h1>Memorandum of understanding</h1><p>{lead}</p>"
    "<h2>Article 1</h2><p>{sentence}</p><h2>Article 2</h2><p>Three years.</p></body></html>",
}
LEAD = f"{BODIES} sign this memorandum of understanding."


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_list_ends_where_its_adjunct_begins(tmp_path: Path, name: str, sentence: str) -> None:
    text = LAYOUTS[name].format(lead=LEAD, sentence=sentence)
    labels = {label.lower() for label in topic_labels(extracted(tmp_path, text, name))}
    assert set(SUBJECTS) <= labels, labels
    assert not any("basis" in label or "accordance" in label or "terms" in label for label in labels), labels


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_sentence_past_the_list_is_still_no_list(tmp_path: Path, name: str) -> None:
    """The adjunct cut makes no subject of a clause: an item of many words before it stays a sentence."""
    sentence = (
        f"{BODIES} will cooperate in the fields of the long preparation of every shared draft between "
        "the two secretariats on the basis of equality."
    )
    labels = {
        label.lower()
        for label in topic_labels(
            extracted(tmp_path, LAYOUTS[name].format(lead=LEAD, sentence=sentence), name)
        )
    }
    assert not any("secretariats" in label or "draft" in label for label in labels), labels
