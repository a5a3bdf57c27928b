"""A unit's subject written before a dash and its head after ("the Radio Regulatory - Technical Advisory
Group", a real committee's minutes) was read as a bare "Technical Advisory Group" of the body in context
(issue 12 point 9, session 32, engineer T): the words before the dash are the unit's name with its head,
unless they name a body ("OGC - Technical Committee" stays the body's committee) or a document ("Minutes -
Working Group 3"). Bodies partly real, groups and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = (
    "IEEE 802 Plenary\n\nMinutes\n\n"
    "These are the minutes of IEEE 802.18 meeting of 802.18, the {subject} - {head} session held in Lisbon"
    " during the week of 3 May 2027.\n"
    "The group reviewed a liaison statement from the ITU Radiocommunication Sector (ITU-R) on spectrum.\n"
    "Attendees: Rex Example, Ada Sample.\n"
)


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("Radio Regulatory", "Technical Advisory Group"),
        ("Coexistence", "Technical Advisory Group"),
        ("Spectrum Sharing", "Advisory Group"),
    ],
)
def test_the_words_before_a_dash_are_no_bare_head(tmp_path: Path, subject: str, head: str) -> None:
    record = extracted(tmp_path, MINUTES.format(subject=subject, head=head), "minutes.txt")
    labels = [e.label for e in record.new_entities if e.kind == "unit"]
    assert head not in labels, labels
    assert not any(label.endswith(f" {head}") and subject not in label for label in labels), labels


def test_a_body_before_the_dash_owns_the_unit(tmp_path: Path) -> None:
    text = (
        "Open Geospatial Consortium (OGC) and Harbour Metrology Council (HMC) liaison\n\n"
        "The OGC - Technical Committee met HMC experts on 3 May 2027 to review buoy data encodings.\n"
    )
    record = extracted(tmp_path, text, "liaison.txt")
    labels = [e.label for e in record.new_entities if e.kind == "unit"]
    assert not any(label.startswith("The OGC") or "- " in label for label in labels), labels
