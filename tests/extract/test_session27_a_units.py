"""Layout invariance of UNITS named with their short forms (issue 12, point 9, session 27, tuner A).

Two families of names were misread:
- a legend or glossary that writes a group's short form before its name ("SG13 Study Group 13 (future
  networks)", "WG3 Working Group 3", "TF2 Task Force 2"): the short form was read as the name's first word,
  a unit "SG13 Study Group 13" no document calls so;
- a group's code with its number in brackets after its name ("Technical Harmonization Committee on
  Electrotechnology (THC 05)", "Joint Working Group on Buoys (JWG 7)"): only a code without a number was
  kept as the group's short name, so a document naming the group by its code only elsewhere lost it.
Every body is invented; each family is written in several layouts (prose, a list, a table), the expected
units written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, kelp_document


def document(layout: str, sentences: list[str]) -> tuple[str, str]:
    return kelp_document(layout, sentences, prose=False, column="Group")


def unit_names(tmp_path: Path, layout: str, sentences: list[str]) -> set[str]:
    text, name = document(layout, sentences)
    return {unit.label for unit, _ in extracted(tmp_path, text, name).units}


def unit_short_names(tmp_path: Path, layout: str, sentences: list[str]) -> dict[str, str | None]:
    text, name = document(layout, sentences)
    return {unit.label: unit.acronym for unit, _ in extracted(tmp_path, text, name).units}


LAYOUTS = ["txt", "md", "html"]
LEGENDS = [
    ["KDA groups: SG13 Study Group 13 (future networks); SG15 Study Group 15 (transport)."],
    [
        "WG3 Working Group 3 (buoy telemetry) reports to the KDA board.",
        "TF2 Task Force 2 (calibration) of FSC.",
    ],
    ["KDA SG7 Study Group 7 leads the profile work with the FSC."],
]


@pytest.mark.parametrize("sentences", LEGENDS, ids=["legend", "two-lines", "after-body"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_short_form_before_a_groups_name_is_not_part_of_it(
    tmp_path: Path, layout: str, sentences: list[str]
) -> None:
    found = unit_names(tmp_path, layout, sentences)
    assert found, found
    assert not any(name.split()[0] in ("SG13", "SG15", "WG3", "TF2", "SG7") for name in found), found


CODES = [
    ("KDA chairs the FSC's Technical Harmonization Committee on Buoys (THC 05).", "THC 05"),
    ("The Joint Working Group on Sensor Calibration (JWG 7) of the FSC meets monthly.", "JWG 7"),
    ("KDA leads the Telemetry Working Group (TWG-12) with the FSC.", "TWG-12"),
]


@pytest.mark.parametrize("sentence,code", CODES, ids=["thc", "jwg", "hyphen"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_numbered_code_after_a_groups_name_is_its_short_name(
    tmp_path: Path, layout: str, sentence: str, code: str
) -> None:
    found = unit_short_names(tmp_path, layout, [sentence])
    assert code in found.values(), found


GLUED = [
    ("The KDA WG4 leads the telemetry profile; the FSC reviews it.", "WG4", "Kelp Data Association"),
    ("FSC SA5 agreed the calibration study with the KDA.", "SA5", "Fjordline Sensor Consortium"),
    ("KDA JWG12 (buoy data) meets with the FSC each quarter.", "JWG12", "Kelp Data Association"),
]


@pytest.mark.parametrize("sentence,code,owner", GLUED, ids=["wg", "sa", "jwg"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_groups_code_run_on_with_its_number_after_its_body_is_a_unit(
    tmp_path: Path, layout: str, sentence: str, code: str, owner: str
) -> None:
    """A group's code and number written as one word right after its body's name ("O-RAN Alliance WG4",
    "3GPP SA5"), as "Ecma TC39" was read: the body's unit."""
    text, name = document(layout, [sentence])
    record = extracted(tmp_path, text, name)
    owners = {entity.iri: entity.label for entity, _ in record.parties}
    named = {
        (name, owners.get(unit.unit_of, "?"))
        for unit, _ in record.units
        for name in (unit.label, unit.acronym)
    }
    assert (code, owner) in named, named


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_plenary_groups_code_run_on_is_its_working_group_in_full(tmp_path: Path, layout: str) -> None:
    """A partnership project's "CT1" or "RAN3" is the working group of its plenary group ("TSG CT WG1"): one
    unit under both names, not a second unit beside the one written in full."""
    sentences = ["The KDA sends its reply to FSC TSG CT WG1.", "The KDA thanks FSC CT1 for its statement."]
    text, name = document(layout, sentences)
    record = extracted(tmp_path, text, name)
    found = {(unit.label, unit.acronym) for unit, _ in record.units}
    assert ("TSG CT WG1", "CT1") in found and not any(label == "CT1" for label, _ in found), found


QUESTIONS = [
    "At its March meeting, the KDA Study Group 4 (SG4) progressed the draft in Question 3/4 (Q3/4).",
    "The work is done in Question 3/4 of the KDA Study Group 4, with the FSC's comments.",
    "KDA Study Group 4: Question 3/4 carries the buoy profile; the FSC reviews it.",
]


@pytest.mark.parametrize("sentence", QUESTIONS, ids=["bracketed", "of-group", "after-colon"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_study_groups_numbered_question_is_its_bodys_unit(
    tmp_path: Path, layout: str, sentence: str
) -> None:
    """A study group's question written in full ("Question 11/15", "Question 6/13"): the unit the work is
    carried in, of the body whose study group it is."""
    text, name = document(layout, [sentence])
    record = extracted(tmp_path, text, name)
    owners = {entity.iri: entity.label for entity, _ in record.parties}
    found = {(unit.label, owners.get(unit.unit_of, "?")) for unit, _ in record.units}
    assert ("Question 3/4", "Kelp Data Association") in found, found


@pytest.mark.parametrize("field", ["To", "Cc", "For action to"])
def test_a_question_in_an_address_field_is_no_unit(tmp_path: Path, field: str) -> None:
    """A statement's header addressing a question ("To: ITU-T Study Group 13, Question 20/13") names whom it
    goes to, not a group at work in the alliance (the corpus's convention since session 8)."""
    text = (
        "LIAISON STATEMENT\n\nFrom: Fjordline Sensor Consortium (FSC)\n"
        f"{field}: Kelp Data Association (KDA) Study Group 4, Question 3/4\nPurpose: For information\n\n"
        "The FSC informs the KDA of its buoy profile.\n"
    )
    record = extracted(tmp_path, text, "ls.txt")
    assert "Question 3/4" not in {unit.label for unit, _ in record.units}
