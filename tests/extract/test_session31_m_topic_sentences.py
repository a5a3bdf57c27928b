"""Subjects a news item or a mail names in the sentences real ones use (issue 12 point 9, session 31, M).

Real announcements of partnerships name their areas in shapes no rule read: the list first ("A, B and C
are among the key areas covered by the agreement"), after "is"/"are" ("One of the areas of focus is X",
"The main topics of the joint work are A, B and C"), after a plural "areas such as" without "in" ("other
technical areas such as A, B and C"), or led by the work done on them ("the development and
implementation of A and B"). Lists of words that make a clause stay none ("The areas are described in
Annex A"). Bodies and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.namespaces import TOPIC

LEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today renewed the memorandum "
    "of understanding under which the two organizations align their standards."
)


def topics(tmp_path: Path, sentence: str, layout: str) -> set[str]:
    if layout == "md":
        text, name = f"# HMC and OBC renew their memorandum\n\n{LEAD}\n\n{sentence}\n", "news.md"
    elif layout == "html":
        text = (
            "<html><body><h1>HMC and OBC renew their memorandum</h1>"
            f"<p>{LEAD}</p><p>{sentence}</p></body></html>\n"
        )
        name = "news.html"
    else:
        text, name = f"HMC and OBC renew their memorandum\n\n{LEAD}\n\n{sentence}\n", "news.txt"
    record = extracted(tmp_path, text, name)
    return {str(t).rsplit("/", 1)[-1] for t in record.topics if str(t).startswith(str(TOPIC))}


CASES = [
    (
        "Tide gauge telemetry, buoy calibration and wave height records are among the key areas covered by "
        "the renewed agreement.",
        {"tide-gauge-telemetry", "buoy-calibration", "wave-height-records"},
    ),
    (
        "Tide gauge telemetry and buoy calibration are the main topics of the renewed agreement.",
        {"tide-gauge-telemetry", "buoy-calibration"},
    ),
    (
        "One of the areas of focus is the calibration of pressure sensors.",
        {"calibration-of-pressure-sensors"},
    ),
    (
        "The main topics of the joint work are tide gauge telemetry, buoy calibration and sea level datums.",
        {"tide-gauge-telemetry", "buoy-calibration", "sea-level-datums"},
    ),
    (
        "The two bodies will also compare notes in other technical areas such as wave height records, "
        "harbour pilotage data and ice charts.",
        {"wave-height-records", "harbour-pilotage-data", "ice-charts"},
    ),
    (
        "The partners cooperate in several areas including the development and implementation of tide gauge "
        "telemetry and buoy calibration.",
        {"tide-gauge-telemetry", "buoy-calibration"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_the_sentence_s_subjects_are_topics(
    tmp_path: Path, sentence: str, expected: set, layout: str
) -> None:
    assert topics(tmp_path, sentence, layout) >= expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The areas of cooperation are described in Annex A and reviewed every year.",
        "The topics are many and the time is short.",
        "Its main areas are broad.",
        "The experts in the field, such as the tide gauge officers and the buoy engineers, met in Bergen.",
        "We met in Bergen and agreed the plan, and the areas are set out below.",
    ],
)
def test_a_clause_is_no_list_of_subjects(tmp_path: Path, sentence: str) -> None:
    assert topics(tmp_path, sentence, "txt") == set()
