"""Three forms of minutes' action lists (session 33, H; probed on invented variants of real action lists:
OASIS board action items, notes tools' task boxes, ETSI/3GPP action points):
- the owners and the day in brackets closing the action ("Circulate the model (Ana Lindqvist, 15 February
  2027)", "(Ana Lindqvist and Bo Okafor, due 2027-02-15)"): the day is the target, the owners no part of it;
  a status there ("(Ana Lindqvist, ongoing)") is no day;
- a target's word left after a semicolon or a comma ("X; target date 2027-02-15", "X, deadline 15 March
  2027"): no part of the action;
- a box glyph before the action ("\u2610 Ana Lindqvist to circulate ..."): no part of it, so its owner is
  read.
Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = (
    "{h}Minutes of the OGC / ISO TC 211 joint call, 12 January 2027\n\nAttendees: Ana Lindqvist (OGC), "
    "Bo Okafor (ISO/TC 211)\n\n{h2}Discussion\n\nThe group reviewed the joint work on the harmonized model "
    "with ISO/TC 211.\n\n{h2}Action items\n\n"
)
ITEM = "Circulate the harmonized model"


def pairs(tmp_path: Path, line: str, name: str) -> set[tuple[str, str | None]]:
    md = name.endswith(".md")
    text = HEAD.format(h="# " if md else "", h2="## " if md else "") + line + "\n"
    return milestone_pairs(tmp_path, text, name)


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
@pytest.mark.parametrize(
    ("line", "target"),
    [
        (f"- {ITEM} (Ana Lindqvist, 15 February 2027)", "15 February 2027"),
        (f"- {ITEM} (Ana Lindqvist and Bo Okafor, due 2027-02-15).", "2027-02-15"),
        (f"- {ITEM} (Bo Okafor, by end of March 2027)", "end of March 2027"),
    ],
)
def test_owners_and_day_in_brackets(tmp_path: Path, name: str, line: str, target: str) -> None:
    assert (ITEM, target) in pairs(tmp_path, line, name)


def test_a_status_in_the_brackets_is_no_day(tmp_path: Path) -> None:
    found = pairs(tmp_path, f"- {ITEM} (Ana Lindqvist, ongoing)", "minutes.md")
    assert not any(target == "ongoing" and label == ITEM for label, target in found), found


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("- Ana Lindqvist to circulate the harmonized model; target date 2027-02-15.", "2027-02-15"),
        ("- Ana Lindqvist to circulate the harmonized model, deadline 15 March 2027", "15 March 2027"),
    ],
)
def test_a_target_word_is_no_part_of_the_action(tmp_path: Path, name: str, line: str, target: str) -> None:
    assert (ITEM, target) in pairs(tmp_path, line, name)


@pytest.mark.parametrize("box", ["\u2610", "\u2611", "\u2612"])
def test_a_box_glyph_is_no_part_of_the_action(tmp_path: Path, box: str) -> None:
    line = f"- {box} Ana Lindqvist to circulate the harmonized model (15.02.2027)"
    assert (ITEM, "15.02.2027") in pairs(tmp_path, line, "minutes.md")
