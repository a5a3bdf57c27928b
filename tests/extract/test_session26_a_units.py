"""Layout invariance of UNITS named by the heads bodies outside the consortia give their groups (issue 12,
point 9, session 26, tuner A).

Three families of names were lost:
- a group named with its subject after "on" whatever its head ("Standing Committee on Metering", "Working
  Party on Road Data", "Expert Team on Codes"): only a few heads (Technical Committee, Working Group, Focus
  Group, ...) kept their subject, and "Working Party" and "Expert Team" were no heads at all;
- a group written in small letters after its body's name ("the KDA buoy telemetry working group", "the
  NEN Smart Grids standards committee"): read only after a possessive or before "of X";
- a national body's council of one field right after its name ("the FSC Water Resources Division Council"):
  "Council" ends as many bodies' names as units' ("Technical Council" stays what the other rules read).
Every body is invented; each family is written in several layouts (prose, a list, a table), the expected
units written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, kelp_document


def document(layout: str, sentences: list[str]) -> tuple[str, str]:
    return kelp_document(layout, sentences, prose=True, column="Work")


def units(tmp_path: Path, layout: str, sentences: list[str]) -> set[tuple[str, str]]:
    text, name = document(layout, sentences)
    record = extracted(tmp_path, text, name)
    owners = {entity.iri: entity.label for entity, _ in record.parties}
    return {(unit.label, owners.get(unit.unit_of, "?")) for unit, _ in record.units}


KDA, FSC = "Kelp Data Association", "Fjordline Sensor Consortium"
LAYOUTS = ["txt", "md", "html"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_keeps_its_subject_after_on_whatever_its_head(tmp_path: Path, layout: str) -> None:
    found = units(
        tmp_path,
        layout,
        [
            "The KDA Standing Committee on Buoy Metering reviews the profiles.",
            "The FSC Working Party on Harbour Road Data checks the data model.",
            "The KDA Expert Team on Telemetry Codes maintains the code tables.",
        ],
    )
    assert {
        ("Standing Committee on Buoy Metering", KDA),
        ("Working Party on Harbour Road Data", FSC),
        ("Expert Team on Telemetry Codes", KDA),
    } <= found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_in_small_letters_after_its_body_is_that_bodys(tmp_path: Path, layout: str) -> None:
    found = units(
        tmp_path,
        layout,
        [
            "The work is led by the KDA Buoy Telemetry working group.",
            "The FSC Harbour Sensing standards committee approves each draft.",
        ],
    )
    # (the corpus compares names folded, and counts "FSC Harbour ..." as FSC's "Harbour ...")
    folded = {(label.casefold().removeprefix("kda ").removeprefix("fsc "), owner) for label, owner in found}
    assert {("buoy telemetry working group", KDA), ("harbour sensing standards committee", FSC)} <= folded


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_council_right_after_its_body_is_its_unit(tmp_path: Path, layout: str) -> None:
    found = units(
        tmp_path,
        layout,
        [
            "The KDA Electrotechnical Division Council endorsed the plan.",
            "On the FSC side the FSC Water Resources Division Council leads the work.",
        ],
    )
    assert {("Electrotechnical Division Council", KDA), ("Water Resources Division Council", FSC)} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee on 12 May agreed the plan.",
        "A new working group will be formed by the two bodies.",
        "The Harbour Metrology Council joins the work in 2027.",
        "The KDA technical committee meets in May.",
    ],
    ids=["committee-on-a-day", "a-new-working-group", "a-council-that-is-a-body", "a-head-alone"],
)
def test_what_is_no_unit_stays_none(tmp_path: Path, sentence: str) -> None:
    found = {label.casefold() for label, _ in units(tmp_path, "txt", [sentence])}
    assert not found & {
        "committee on 12 may",
        "new working group",
        "harbour metrology council",
        "technical committee",
    }


# --- a register's column abbreviating the groups its text names in full ("DCP WG", "C&C WG") -------------

REGISTER_LEAD = (
    "This register lists the joint work of the Kelp Data Association (KDA) and the Fjordline Sensor "
    "Consortium (FSC). It is kept by the KDA Buoy Data Exchange Working Group and the FSC Sensor & "
    "Calibration Task Force."
)
REGISTER_ROWS = [
    ("Align the buoy message formats", "BDE WG", "Q1 2027"),
    ("Joint calibration test vectors", "S&C TF", "Q2 2027"),
]


def register(layout: str) -> tuple[str, str]:
    if layout == "md":
        rows = "\n".join(
            f"| {i} | {item} | {lead} | {due} |" for i, (item, lead, due) in enumerate(REGISTER_ROWS, 1)
        )
        return (
            f"# KDA - FSC Joint Work Register\n\n{REGISTER_LEAD}\n\n| Ref | Work item | Lead group | Due |\n"
            f"|---|---|---|---|\n{rows}\n",
            "register.md",
        )
    if layout == "html":
        rows = "".join(
            f"<tr><td>{item}</td><td>{lead}</td><td>{due}</td></tr>" for item, lead, due in REGISTER_ROWS
        )
        return (
            f"<html><body><h1>KDA - FSC Joint Work Register</h1><p>{REGISTER_LEAD}</p><table><tr>"
            f"<th>Work item</th><th>Lead</th><th>Target</th></tr>{rows}</table></body></html>\n",
            "register.html",
        )
    items = "\n\n".join(
        f"{i}. {item}\n   Lead: {lead}\n   Target: {due}"
        for i, (item, lead, due) in enumerate(REGISTER_ROWS, 1)
    )
    return f"KDA - FSC Joint Work Register\n\n{REGISTER_LEAD}\n\nWork items\n\n{items}\n", "register.txt"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_groups_initials_in_a_register_are_that_group(tmp_path: Path, layout: str) -> None:
    text, name = register(layout)
    record = extracted(tmp_path, text, name)
    assert sorted(unit.label for unit, _ in record.units) == [
        "Buoy Data Exchange Working Group",
        "Sensor & Calibration Task Force",
    ]


# --- a standards committee named head first with its subject, as national bodies name theirs ----------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_standards_committee_named_head_first_keeps_its_subject(tmp_path: Path, layout: str) -> None:
    found = units(
        tmp_path,
        layout,
        [
            "The KDA Standards Committee Marine Sensors reviews each draft.",
            "The FSC Standards Committee Electrical Engineering (SC EE) approves the test plan.",
        ],
    )
    assert {
        ("Standards Committee Marine Sensors", KDA),
        ("Standards Committee Electrical Engineering", FSC),
    } <= found


def test_a_standards_committee_s_officer_is_no_subject(tmp_path: Path) -> None:
    found = units(tmp_path, "txt", ["The KDA Standards Committee Chair opened the call."])
    assert not {label for label, _ in found} & {"Standards Committee Chair"}
