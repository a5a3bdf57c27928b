"""Subjects under a subjects heading written as a sentence or as a slide's lines (issue 12 point 9, session
31, M).

Under "Article 2 - Scope" or "Areas of cooperation" an agreement writes "The Parties will collaborate on A,
B and C." or "The cooperation shall focus on the following areas: A, B and C."; a slide's text puts "Focus
Areas" over short lines, each read as a heading by the plain-text reader. None was read. Elsewhere "work on
X" in prose stays no subject, and a sentence pointing to a list ("cooperate in the areas listed below") is
none. Bodies and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.namespaces import TOPIC

HEAD = (
    "Memorandum of Understanding between HMC and OBC\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) sign this memorandum.\n\n"
)
EXPECTED = {"tide-gauge-telemetry", "buoy-calibration", "sea-level-datums"}


def topics(tmp_path: Path, text: str, name: str = "mou.txt") -> set[str]:
    record = extracted(tmp_path, text, name)
    return {str(t).rsplit("/", 1)[-1] for t in record.topics if str(t).startswith(str(TOPIC))}


@pytest.mark.parametrize(
    "heading", ["Article 2 - Scope", "Areas of cooperation", "2. Scope of the cooperation"]
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Parties will collaborate on tide gauge telemetry, buoy calibration and sea level datums.",
        "The cooperation shall focus on the following areas: tide gauge telemetry, buoy calibration and sea "
        "level datums.",
        "Both organizations will work together on tide gauge telemetry, buoy calibration and sea level "
        "datums.",
    ],
)
def test_the_sentence_under_a_subjects_heading_names_them(
    tmp_path: Path, heading: str, sentence: str
) -> None:
    assert topics(tmp_path, f"{HEAD}{heading}\n\n{sentence}\n") >= EXPECTED


def test_the_same_sentence_under_another_heading_names_none(tmp_path: Path) -> None:
    sentence = "The Parties will collaborate on tide gauge telemetry, buoy calibration and sea level datums."
    assert topics(tmp_path, f"{HEAD}Article 5 - Confidentiality\n\n{sentence}\n") == set()


def test_a_sentence_pointing_to_the_list_below_is_none(tmp_path: Path) -> None:
    text = f"{HEAD}Article 2 - Scope\n\nThe Parties will cooperate in the areas listed below.\n"
    assert not any("listed" in topic or topic.startswith("areas") for topic in topics(tmp_path, text))


@pytest.mark.parametrize("heading", ["Focus Areas", "Key topics", "Areas of collaboration"])
def test_a_slide_s_short_lines_under_its_subjects_heading(tmp_path: Path, heading: str) -> None:
    text = (
        "HMC / OBC cooperation slides\n\n"
        "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)\n\n"
        f"{heading}\nTide gauge telemetry\nBuoy calibration\nSea level datums\n\nNext steps\n"
    )
    assert topics(tmp_path, text, "slides.txt") == EXPECTED


def test_a_numbered_heading_after_the_scope_is_no_subject(tmp_path: Path) -> None:
    text = f"{HEAD}2. Scope\n\n3. WORK ITEMS\n\n3.1 Extend the tide record schema with buoy fields.\n"
    assert "work-items" not in topics(tmp_path, text)


def test_short_lines_a_blank_apart_from_their_subjects_heading(tmp_path: Path) -> None:
    text = (
        "HMC / OBC cooperation\n\nThe Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) "
        "work together on tides.\n\nFocus areas\n\nTide gauge telemetry\nBuoy calibration\n"
        "Sea level datums\n\nContact: Ada Lind\n"
    )
    assert topics(tmp_path, text, "page.txt") == EXPECTED
