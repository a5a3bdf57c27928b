"""Layout invariance of UNITS for layouts dev lacked (issue 12, point 9, session 25, tuner A).

- A group named head first, its subject after its head, as European bodies write theirs ("the Working Group
  Communication Profiles", "the Study Group Networks of X", "the Working Group Adaptive Platform (WG-AP)"):
  only a "Technical Committee" or an "Industry Specification Group" was read head first, right after its
  body; the others were no units (five dev documents and a fresh one lost theirs).
- A unit whose name opens with a word in small letters and capitals ("prplOS Working Group", "eBUS Task
  Force") was read from its first capital ("OS Working Group").
Every body is invented; each layout is written in several forms, the expected unit written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

OPENING = (
    "# Kelp Data Association and Fjordline Sensor Consortium\n\n"
    "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) cooperate on buoy telemetry "
    "under a liaison agreement.\n\n"
)


def units(tmp_path: Path, body: str, name: str = "u.md") -> dict[str, str | None]:
    record = extracted(tmp_path, OPENING + body, name)
    owners = {str(entity.iri): entity.label for entity, _ in record.parties}
    return {folded(unit.label): owners.get(str(unit.unit_of)) for unit, _ in record.units}


@pytest.mark.parametrize(
    "sentence, unit, owner",
    [
        (
            "The KDA Working Group Tide Profiles and the FSC Telemetry Task Force maintain the profile.",
            "working group tide profiles",
            "Kelp Data Association",
        ),
        (
            "Drafts are reviewed by the Study Group Networks of the Fjordline Sensor Consortium.",
            "study group networks",
            "Fjordline Sensor Consortium",
        ),
        (
            "On the FSC side the Working Group Buoy Firmware (WG-BF) remains responsible for the mapping.",
            "working group buoy firmware",
            "Fjordline Sensor Consortium",
        ),
    ],
    ids=["after-body", "of-body", "bracketed-acronym"],
)
@pytest.mark.parametrize("layout", ["{s}\n", "- {s}\n"], ids=["paragraph", "item"])
def test_a_group_named_head_first_with_its_subject_is_a_unit(
    tmp_path: Path, sentence: str, unit: str, owner: str, layout: str
) -> None:
    found = units(tmp_path, layout.format(s=sentence))
    assert found.get(unit) == owner, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The KDA Working Group Chair, Ada Lindqvist, opened the call.",
        "The Joint Working Group Charter was approved by both boards.",
        "Comments go to the Working Group Mailing List before the Working Group Last Call.",
    ],
)
def test_a_head_first_groups_officers_papers_and_calls_are_no_subject(tmp_path: Path, sentence: str) -> None:
    found = units(tmp_path, sentence + "\n")
    assert not any(word in name for name in found for word in ("chair", "charter", "mailing", "last")), found


@pytest.mark.parametrize(
    "unit",
    ["prplMesh Working Group", "eBuoy Task Force", "iTide Technical Committee"],
)
def test_a_unit_named_after_a_word_in_small_letters_keeps_it(tmp_path: Path, unit: str) -> None:
    found = units(tmp_path, f"The FSC {unit} reviews the telemetry profile with KDA experts.\n")
    assert folded(unit) in found, found
    assert not any(name == folded(unit.split(None, 1)[0][1:]) for name in found)


# A known body whose name opens with a common word (the Research Data Alliance, the Certification Authority
# Browser Forum) was taken for the subject of any sentence opening with that word, and given its units.
@pytest.mark.parametrize(
    "sentence",
    [
        "Research on tide sensors is led by the Sensor Calibration Task Force.",
        "Certification of buoy firmware is run by the Sensor Calibration Task Force.",
    ],
    ids=["research", "certification"],
)
def test_a_sentence_opening_with_a_common_word_is_no_known_bodys(tmp_path: Path, sentence: str) -> None:
    found = units(tmp_path, "## Work\n\n" + sentence + "\n")
    parties = ("Kelp Data Association", "Fjordline Sensor Consortium")
    assert found.get("sensor calibration task force") in parties, found


@pytest.mark.parametrize(
    "sentence, owner",
    [
        ("Drafts go to the FSC Technical Plenary (TP) for approval.", "Fjordline Sensor Consortium"),
        (
            "The Kelp Data Association, represented by its Technical Plenary, approved the plan.",
            "Kelp Data Association",
        ),
    ],
    ids=["after-body", "its"],
)
def test_a_technical_plenary_is_a_unit(tmp_path: Path, sentence: str, owner: str) -> None:
    found = units(tmp_path, sentence + "\n")
    assert found.get("technical plenary") == owner, found


def test_the_writers_own_unit_the_partners_take_part_in_leaves_the_writer_a_party(tmp_path: Path) -> None:
    page = (
        "# Partners\n\n"
        "The Kelp Data Association (KDA) is a partnership project. Its partners transpose its specifications "
        "and take part in the Technical Plenary.\n\n"
        "- Fjordline Sensor Consortium (FSC): founding partner under a partnership agreement\n"
        "- Baltic Buoy Alliance (BBA): founding partner under a partnership agreement\n\n"
        "## Working with the partners\n\n"
        "The partners meet in the technical work of the KDA Technical Plenary (TP) and its groups.\n"
    )
    record = extracted(tmp_path, page, "p.md")
    assert "kelp data association" in {folded(entity.label) for entity, _ in record.parties}
