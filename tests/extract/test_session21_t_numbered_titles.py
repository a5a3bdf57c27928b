"""A standard cited by its number and its title names both (session 21, dev's topics): liaison statements
and registers write a report's title after its number, in quotes ('TR-612 "Coastal Buoy Data Model"') or
in brackets ("ISO 21987 (Tide Gauge Calibration Procedures)", "HMC 40210 (Reef Sensor Exchange Format,
draft)"); the number was read, the title was lost. A title in quotes is cited as a document of its own, a
title in brackets is another name of the number. A bracket of ordinary words ("(see Annex B)", "(draft)")
is no title. The bodies, numbers and titles are invented; the expected facts were written before the
rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "Liaison statement\n\nFrom: Harbour Metrology Council (HMC)\nTo: Open Buoy Consortium (OBC)\n"
    "For: information\n\n"
)
SENTENCES = {
    "quoted titles": (
        'HMC has published TR-612 "Coastal Buoy Data Model" and TR-615 "Tide Gauge Calibration Procedures", '
        "which OBC may cite.\n"
    ),
    "bracketed titles": (
        "HMC has published ISO 21987 (Coastal Buoy Data Model) and HMC 40210 (Tide Gauge Calibration "
        "Procedures, draft), which OBC may cite.\n"
    ),
    "curly quotes in a list": (
        "HMC has published:\n\n- TR-612 \u201cCoastal Buoy Data Model\u201d\n"
        "- TR-615 \u201cTide Gauge Calibration Procedures\u201d\n"
    ),
}


def subject_names(record: AllianceRecord) -> list[set[str]]:
    new = {e.iri: e for e in record.new_entities}
    entities = [s for s, _ in record.specifications] + [new[t] for t in record.topics if t in new]
    return [{folded(n) for n in (e.label, *e.names)} for e in entities]


@pytest.mark.parametrize("layout", sorted(SENTENCES))
def test_a_title_after_a_standard_s_number_is_a_subject(tmp_path: Path, layout: str) -> None:
    names = subject_names(extracted(tmp_path, HEAD + SENTENCES[layout], "liaison.txt"))
    for title in ("coastal buoy data model", "tide gauge calibration procedures"):
        assert any(title in found for found in names), (layout, title, names)


def test_a_bracket_of_ordinary_words_is_no_title(tmp_path: Path) -> None:
    text = HEAD + "HMC has published TR-612 (see Annex B) and TR-615 (draft for comment).\n"
    names = subject_names(extracted(tmp_path, text, "liaison.txt"))
    assert not any(found & {"see annex b", "draft for comment"} for found in names), names
