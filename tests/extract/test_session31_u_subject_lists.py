"""A unit named after its head and its subject keeps the whole subject: a list of subjects ("Committee on
Tides, Currents and Swell (CTCS)") and a subject of several words after a body's own head ("the HMC
Strategic Programme on Coastal Sensing ...") are read to their end, not cut at the first comma or after the
first word (session 31 round 3, engineer U; dev: "Standing Committee on Measurements, ..." read as
"Standing Committee on Measurements", "Strategic Programme on Production Technology" as "... on
Production").

Bodies and wording invented; prose in three formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import led
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) and the Coastal Data Alliance (CDA) agree to work on tide data."


def units(tmp_path: Path, layout: str, sentence: str) -> set[str]:
    text, name = led(layout, "Cooperation note of HMC and CDA", LEAD, sentence)
    record = extracted(tmp_path, text, name)
    return {e.label for e in record.new_entities if e.kind == "unit"}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "For HMC, the work is led by its Standing Committee on Tides, Currents and Swell (SC-TCS).",
            "Standing Committee on Tides, Currents and Swell",
        ),
        (
            "CDA's Working Group on Sensor Networks, Calibration and Archives (WG 3) drafts the profile.",
            "Working Group on Sensor Networks, Calibration and Archives",
        ),
        (
            "The HMC Technical Committee on Buoys, Moorings, and Floats reviewed the draft.",
            "Technical Committee on Buoys, Moorings, and Floats",
        ),
        (
            "The HMC Strategic Programme on Coastal Sensing asked whether CDA would share its data.",
            "Strategic Programme on Coastal Sensing",
        ),
    ],
)
def test_a_units_subject_is_read_to_its_end(tmp_path: Path, layout: str, sentence: str, unit: str) -> None:
    assert unit in units(tmp_path, layout, sentence)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a list of bodies after the unit's subject is no part of its name
        (
            "The HMC Working Group on Buoys, CDA and the Port Authority met in May.",
            "Working Group on Buoys",
        ),
    ],
)
def test_a_list_of_bodies_after_the_subject_stays_out(
    tmp_path: Path, layout: str, sentence: str, unit: str
) -> None:
    found = units(tmp_path, layout, sentence)
    assert not any(label.startswith(unit + ",") for label in found), found
