"""Subjects listed in an agreement's annex (issue 12 point 9, session 25, engineer B):

- a heading over the subjects may name the annex, appendix or schedule it opens ("Annex A - Areas of
  Cooperation", "Appendix 1: Fields of cooperation"), and a lead-in paragraph or a date line may stand
  between it and its list: the list is still the subjects;
- a listed item naming its subject before a colon ("Buoy telemetry: a common message format ...") is that
  subject, not a sentence; a reply marker or an exclusion before a colon ("Out of scope: pricing") is none;
- one bullet alone under such a heading (a sub-heading a reader took for an item) lists no subject.

Every body, subject and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do
not exist); the expected subjects were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ANNEX = """# Memorandum of Understanding between the Harbour Metrology Council and the Open Buoy Consortium

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) sign this memorandum.

## {heading}

{between}

1. Buoy telemetry: a common message format for tide readings sent from buoys, including its test
   vectors.
2. Gauge calibration: shared procedures for calibrating tide gauges before deployment.
3. Sea level datums: alignment of the datums both parties publish.
4. Out of scope: pricing of data services and any commercial terms.

## Annex B - Coordinators

- for HMC: Friedrich Albers-Kohl, Technical Director
- for OBC: Maren Oyelaran-Diaz, Director of Standards
"""
HEADINGS = [
    "Annex A - Areas of Cooperation",
    "Appendix 1: Fields of cooperation",
    "Schedule 2 \u2013 Areas of collaboration",
    "Areas of cooperation",
]
BETWEEN = {
    "lead-in": "The Parties intend to cooperate in the areas listed below, which may be extended.",
    "date-and-lead-in": "Effective date: 1 September 2027\n\nThe Parties intend to cooperate in these areas.",
    "nothing": "",
}


def subjects(tmp_path: Path, text: str) -> set[str]:
    record = extracted(tmp_path, text, "mou.md")
    return {str(iri).rsplit("/", 1)[-1] for iri in record.topics}


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("between", sorted(BETWEEN))
def test_an_annex_list_of_labelled_areas_gives_subjects(tmp_path: Path, heading: str, between: str) -> None:
    found = subjects(tmp_path, ANNEX.format(heading=heading, between=BETWEEN[between]))
    assert {"buoy-telemetry", "gauge-calibration", "sea-level-datums"} <= found, found
    assert "out-of-scope" not in found, found


SUB_HEADING = """# HMC / OBC Joint Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register.

## Scope

The two organizations align the tide tables both publish. Pricing is out of scope.

- Work items

Tide table alignment, due Q3 2027, led by HMC.
"""


def test_one_bullet_under_a_scope_heading_is_no_subject(tmp_path: Path) -> None:
    found = subjects(tmp_path, SUB_HEADING)
    assert "work-items" not in found, found


HEADED = """# HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of understanding
in 2026.

## {heading}

- buoy telemetry
- gauge calibration
- sea level datums
"""
HEADINGS_OF_SUBJECTS = [
    "Collaboration areas",
    "Cooperation areas",
    "Priority areas",
    "Key topics",
    "Topics of common interest",
    "Technical scope",
    "Areas of joint work",
    "Themes",
    "Scope of cooperation",
    "Scope of the collaboration",
    "Areas of mutual interest",
    "Technical topics",
]


@pytest.mark.parametrize("heading", HEADINGS_OF_SUBJECTS)
def test_other_headings_of_a_list_of_subjects(tmp_path: Path, heading: str) -> None:
    found = subjects(tmp_path, HEADED.format(heading=heading))
    assert {"buoy-telemetry", "gauge-calibration", "sea-level-datums"} <= found, found


SENTENCE = """# HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of understanding
in 2026.

{sentence}
"""
SENTENCES = [
    "Areas of collaboration include buoy telemetry, gauge calibration and sea level datums.",
    "The cooperation covers buoy telemetry, gauge calibration and sea level datums.",
    "The collaboration focuses on:\n\n- buoy telemetry\n- gauge calibration\n- sea level datums",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_naming_what_the_cooperation_covers(tmp_path: Path, sentence: str) -> None:
    found = subjects(tmp_path, SENTENCE.format(sentence=sentence))
    assert {"buoy-telemetry", "gauge-calibration", "sea-level-datums"} <= found, found


def test_a_line_introducing_a_list_names_no_subject_itself(tmp_path: Path) -> None:
    text = SENTENCE.format(
        sentence="Joint work will address the following topics:\n\n* buoy telemetry;\n* gauge calibration."
    )
    found = subjects(tmp_path, text)
    assert "following-topics" not in found, found
    assert {"buoy-telemetry", "gauge-calibration"} <= found, found


ARTICLE = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

ARTICLE 2 - SCOPE OF COOPERATION

2.1 The Parties will cooperate on:
    (a) buoy telemetry;
    (b) gauge calibration;
    (c) sea level datums.

2.2 Work under this MoU is carried out by the HMC Tide Gauge Working Group.
"""


def test_a_numbered_lead_in_clause_is_no_subject(tmp_path: Path) -> None:
    found = subjects(tmp_path, ARTICLE)
    assert not any("cooperate" in name for name in found), found
