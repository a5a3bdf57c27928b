"""An action whose owner and due day are written in brackets right after its label ("Action (Ada Lind,
due 30 April 2027): circulate ...", "Action [Ada Lind] circulate ... - due 12 May 2027", "ACTION [Bo Ek,
2027-05-20]: prepare ...", "AP-3 (Ugo Bassi; due: 2027-06-01) - update ..."), as the minutes of ETSI, CEN
and IEC working groups write their action lists: the action with that due day; the owner, the label and
the brackets no part of it. Before, the first was dropped (its due day was read nowhere) and the second
was no action at all (session 34, H; known class b). Bodies real, people and actions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = (
    "{h}ETSI TC ESI / CEN/TC 224 joint meeting - Minutes\n\n"
    "Date: 16 April 2027\nPlace: Sophia Antipolis\n\n{h2}Actions\n\n"
)

CASES = [
    (
        "Action (Piet Oosterhuis, due 30 April 2027): circulate the revised signature profile draft.",
        ("Circulate the revised signature profile draft", "30 April 2027"),
    ),
    (
        "ACTION (Ana Ruiz / Bo Ek; due: 2027-05-02) - check the references of the trust list profile",
        ("Check the references of the trust list profile", "2027-05-02"),
    ),
    (
        "Action [Mara Lindqvist] send the liaison reply to CEN/TC 224 - due 12 May 2027.",
        ("Send the liaison reply to CEN/TC 224", "12 May 2027"),
    ),
    (
        "Action [Bo Lind, 20 May 2027]: prepare the agenda of the joint session.",
        ("Prepare the agenda of the joint session", "20 May 2027"),
    ),
    (
        "AP 87-4 (Ugo Bassi, by 2027-06-01): update the work item schedule of the profile.",
        ("Update the work item schedule of the profile", "2027-06-01"),
    ),
]


@pytest.mark.parametrize("name", ["minutes.txt", "minutes.md"])
@pytest.mark.parametrize(("line", "expected"), CASES)
def test_owner_and_due_in_brackets(tmp_path: Path, name: str, line: str, expected: tuple[str, str]) -> None:
    md = name.endswith(".md")
    text = HEAD.format(h="# " if md else "", h2="## " if md else "") + f"- {line}\n- Any other business.\n"
    assert expected in milestone_pairs(tmp_path, text, name)


def test_a_status_in_brackets_is_no_owner(tmp_path: Path) -> None:
    text = HEAD.format(h="", h2="") + "- Action (open): Ada Lind to circulate the draft by 30 April 2027.\n"
    assert ("Circulate the draft", "30 April 2027") in milestone_pairs(tmp_path, text, "minutes.txt")


def test_no_due_day_no_action(tmp_path: Path) -> None:
    text = HEAD.format(h="", h2="") + "- Action (Piet Oosterhuis): circulate the revised draft.\n"
    assert not {label for label, target in milestone_pairs(tmp_path, text, "minutes.txt") if target}
