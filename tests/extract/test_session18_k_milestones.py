"""Layout invariance of MILESTONES on the layouts real alliance documents failed in (issue 12, point 9;
session 18):

- an action of minutes whose owner is a person, written before the action in each way notes tools and
  scribes write it ("Name: verb ...", "Name to verb ...", "Name will verb ...", "@Name verb ...", a chat
  bot's "ACTION: nick to verb ..."): the owner is no part of the work item;
- a table of work items whose first column is a reference or a group ("DGS/HMC-0012", "JG 51") and whose
  item is in a column headed "Title" or "Project";
- a target cell that gives the stage the item reaches before its date ("CDV, Dec. 2026").

Every document is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist), each
in two to five variants of its layout, with its expected items written before the rules ran on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD, extracted, milestone_pairs

MINUTES_HEAD = """Joint call of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

Date: 14 May 2026

Attendees
- Ana Okonkwo-Lind (OBC)
- Jon Arneberg-Sato (HMC)

Agenda
1. Glossary of tide gauge terms
2. Calibration test plan

Action items

"""
ACTION = ("circulate the glossary draft to both groups", "2026-08-20")
ACTIONS = {
    "name-colon": f"- [ ] Ana Okonkwo-Lind: {ACTION[0]} \u2014 due {ACTION[1]}",
    "name-to": f"o  Ana Okonkwo-Lind to {ACTION[0]} - by {ACTION[1]}.",
    "name-will": f"- Ana Okonkwo-Lind will {ACTION[0]} by {ACTION[1]}.",
    "handle": f"- [ ] @Ana Okonkwo-Lind {ACTION[0]} (due {ACTION[1]})",
    "nick": f"  * ACTION: aokonkwo_l to {ACTION[0]} by {ACTION[1]}",
}


@pytest.mark.parametrize("line", ACTIONS.values(), ids=ACTIONS.keys())
def test_an_actions_owner_is_no_part_of_the_work_item(tmp_path: Path, line: str) -> None:
    text = MINUTES_HEAD + line + "\n"
    record = extracted(tmp_path, text, "minutes.txt")
    assert record.kind == "MeetingRecord"
    # (compared as the gold is: case folded; a label opens with a capital)
    assert {(m.label.casefold(), m.target.text if m.target else None) for m in record.milestones} == {ACTION}


def test_a_body_owning_an_action_in_a_register_keeps_its_name(tmp_path: Path) -> None:
    """A body is no person: "HMC to circulate ..." stays the item (the register's own words)."""
    text = TIDE_REGISTER_HEAD + "Work items\n\n- HMC to circulate the glossary draft - target Q3 2026\n"
    assert milestone_pairs(tmp_path, text, "register.txt") == {
        ("HMC to circulate the glossary draft", "Q3 2026")
    }


@pytest.mark.parametrize("joint", ["to", "will"])
def test_a_body_named_in_full_owning_an_action_keeps_its_name(tmp_path: Path, joint: str) -> None:
    """Capitalised words ending as a body's name are no person (the session 18 review: "Open Buoy
    Consortium to publish ..." lost its body, the item's responsible party)."""
    line = f"- Open Buoy Consortium {joint} circulate the glossary draft - target Q3 2026\n"
    assert milestone_pairs(tmp_path, TIDE_REGISTER_HEAD + "Work items\n\n" + line, "register.txt") == {
        (f"Open Buoy Consortium {joint} circulate the glossary draft", "Q3 2026")
    }


REFERENCED_ROWS = [
    ("DGS/HMC-0012", "Joint glossary of tide gauge terms", "HMC", "Stable draft", "Q3 2026"),
    ("JG 51", "Shared calibration test plan for buoy telemetry", "OBC", "DIS ballot", "31 Mar 2027"),
    ("RGS/HMC-009v121", "Interoperability test event for tide stations", "both", "Planned", "H2 2027"),
]
EXPECTED_REFERENCED = {(row[1], row[4]) for row in REFERENCED_ROWS}


def referenced_table(layout: str, item_header: str) -> str:
    header = ["Ref", item_header, "Lead", "Next stage", "Target"]
    rows = [header, *REFERENCED_ROWS]
    if layout == "markdown":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * len(header))
        return TIDE_REGISTER_MD_HEAD + "## Work items\n\n" + "\n".join(lines) + "\n"
    if layout == "html":
        cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        return (
            "<html><body><h1>HMC / OBC Tide Data Work Register</h1><h2>Organizations</h2><ul>"
            "<li>Harbour Metrology Council (HMC)</li><li>Open Buoy Consortium (OBC)</li></ul>"
            f"<h2>Work items</h2><table>{cells}</table></body></html>"
        )
    return TIDE_REGISTER_HEAD + "Work items\n\n" + "\n".join("\t".join(row) for row in rows) + "\n"


@pytest.mark.parametrize("item_header", ["Title", "Project"])
@pytest.mark.parametrize(
    "layout, name", [("markdown", "register.md"), ("html", "register.html"), ("tabs", "register.txt")]
)
def test_a_work_items_reference_column_is_not_its_item(
    tmp_path: Path, layout: str, name: str, item_header: str
) -> None:
    assert milestone_pairs(tmp_path, referenced_table(layout, item_header), name) == EXPECTED_REFERENCED


STAGED_ROWS = [
    ("1", "Joint glossary of tide gauge terms", "HMC", "CDV, Dec. 2026", "Dec. 2026"),
    ("2", "Shared calibration test plan", "OBC", "DIS ballot, Q4 2026", "Q4 2026"),
]


@pytest.mark.parametrize("layout", ["markdown", "tabs"])
def test_a_stage_before_a_target_is_no_part_of_it(tmp_path: Path, layout: str) -> None:
    header = ["No.", "Work item", "Lead", "Circulation"]
    rows = [header, *(row[:4] for row in STAGED_ROWS)]
    if layout == "markdown":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * len(header))
        text = TIDE_REGISTER_MD_HEAD + "## Work items\n\n" + "\n".join(lines) + "\n"
        name = "register.md"
    else:
        text = TIDE_REGISTER_HEAD + "Work items\n\n" + "\n".join("\t".join(row) for row in rows) + "\n"
        name = "register.txt"
    assert milestone_pairs(tmp_path, text, name) == {(row[1], row[4]) for row in STAGED_ROWS}


STATUS_ITEMS = {
    "done-before": "- Joint glossary of tide gauge terms - done 2026-04-30",
    "done-bracketed": "- Joint glossary of tide gauge terms - done (2026-04-30)",
    "completed-after": "- Joint glossary of tide gauge terms \u2013 2026-04-30 (completed)",
    "delivered-colon": "- Joint glossary of tide gauge terms \u2014 delivered: 2026-04-30",
}


@pytest.mark.parametrize("line", STATUS_ITEMS.values(), ids=STATUS_ITEMS.keys())
def test_a_status_word_beside_a_target_is_no_part_of_it(tmp_path: Path, line: str) -> None:
    text = (
        TIDE_REGISTER_HEAD + "Work items\n\n" + line + "\n- Shared calibration test plan - target H1 2027\n"
    )
    assert milestone_pairs(tmp_path, text, "register.txt") == {
        ("Joint glossary of tide gauge terms", "2026-04-30"),
        ("Shared calibration test plan", "H1 2027"),
    }
