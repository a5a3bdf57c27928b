"""Subjects listed in a sentence cut by semicolons, or after "are:" (issue 12 point 9, session 30, M).

Real MoU news and memoranda write their areas as "Areas of planned collaboration include A; B and C; D; and
E" (each item may hold an "and" of its own: the semicolons cut the list) and "Topics of particular interest
are: X and Y." inside a numbered component's prose. Before the rule the first list stopped at its first
semicolon and was cut at each "and" ("B" and "C" apart, D and E lost); the second read nothing. Bodies and
subjects invented. The sentences are read by subjects.line_items, as a paragraph, a list item's prose and a
field would give them; one document goes through the whole extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.extract.structure import Block
from kg.extract.subjects import line_items


def items_of(text: str, kind: str = "paragraph") -> list[str]:
    return list(line_items(Block(kind, text, ((0, 0, len(text)),))))


SEMICOLON_SENTENCES = [
    "Areas of planned collaboration include tide gauge telemetry; buoy calibration and drift testing; "
    "sea level forecasting; and harbour sensor networks.",
    '"The areas of cooperation will cover tide gauge telemetry; buoy calibration and drift testing; sea '
    'level forecasting; and harbour sensor networks," the two bodies said.',
    "The collaboration between HMC and OBC includes tide gauge telemetry; buoy calibration and drift\n"
    "testing; sea level forecasting; or harbour sensor networks",
    "The Parties cooperate in the fields of tide gauge telemetry; buoy calibration and drift testing; sea "
    "level forecasting; and harbour sensor networks.",
]
SEMICOLON_SUBJECTS = [
    "tide gauge telemetry",
    "buoy calibration and drift testing",
    "sea level forecasting",
    "harbour sensor networks",
]


@pytest.mark.parametrize("kind", ["paragraph", "item"])
@pytest.mark.parametrize("sentence", SEMICOLON_SENTENCES)
def test_semicolons_cut_the_list_not_its_items_ands(sentence: str, kind: str) -> None:
    assert items_of(sentence, kind) == SEMICOLON_SUBJECTS


@pytest.mark.parametrize(
    "sentence",
    [
        # an item of many words is a clause: the first part is read as before, cut at its "and"
        "Areas of planned collaboration include tide gauge telemetry and buoy calibration; the exchange "
        "of every working draft between the two secretariats before each plenary meeting; and sea level "
        "forecasting.",
        # no "; and" before a last item: what follows the semicolon is a clause of its own
        "The areas of cooperation include tide gauge telemetry and buoy calibration; other areas may be "
        "added later.",
    ],
)
def test_no_semicolon_list_keeps_the_old_reading(sentence: str) -> None:
    assert items_of(sentence) == ["tide gauge telemetry", "buoy calibration"]


COLON_SENTENCES = [
    "1. Exchange of information: each body shares its drafts. Topics of particular interest are: tide "
    "gauge telemetry and buoy calibration.",
    "The memorandum has three parts. The main areas are: tide gauge telemetry, buoy calibration.",
    "Under the memorandum the subjects of common interest include: tide gauge telemetry and buoy "
    "calibration; other subjects may be added.",
    "Technical areas will be: tide gauge telemetry and buoy calibration",
]


@pytest.mark.parametrize("kind", ["paragraph", "item"])
@pytest.mark.parametrize("sentence", COLON_SENTENCES)
def test_subjects_after_are_and_a_colon(sentence: str, kind: str) -> None:
    assert items_of(sentence, kind) == ["tide gauge telemetry", "buoy calibration"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The next steps are: circulate the draft and book a meeting room.",
        "Our objectives are: faster adoption and fewer duplicate drafts.",
    ],
)
def test_a_colon_after_other_words_names_no_subject(sentence: str) -> None:
    assert items_of(sentence) == []


def test_a_news_item_s_semicolon_areas_are_its_topics(tmp_path: Path) -> None:
    text = (
        "# HMC and OBC sign a memorandum of understanding\n\n"
        "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have signed a memorandum "
        "of understanding.\n\n"
        '"Areas of planned collaboration include tide gauge telemetry; buoy calibration and drift testing; '
        'sea level forecasting; and harbour sensor networks," the two bodies said.\n'
    )
    labels = {label.lower() for label in topic_labels(extracted(tmp_path, text, "news.md"))}
    assert set(SEMICOLON_SUBJECTS) <= labels, labels
    assert not {"buoy calibration", "drift testing"} & labels, labels
