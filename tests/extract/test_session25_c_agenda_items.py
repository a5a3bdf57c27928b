"""Work items of minutes discussed under numbered agenda headings (issue 12 point 9, session 25, engineer C):

- joint-meeting minutes give each register item a sub-heading of its own ("4.1 Work item: X", "4.2 X") and
  write its fields on the lines under it ("Status: ...", "Next step: ...", "Target: Q1 2027"); a Markdown
  reader joins those lines into one paragraph. The heading is the item, the target field's value its
  target, whatever fields stand before it; the status and the next step are no items;
- the actions summed up at the end carry the minutes' numbering ("A4.1 Ada Lind to circulate X - 30
  October 2026", "A-7", "B12"): each is an action without its number and owner, also where a reader ran
  several into one paragraph.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = """# HMC - OBC Joint Meeting No. 6

Meeting date: 12 May 2027

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) held their sixth joint meeting.

## 3. Reports

The HMC Tide Gauge Working Group and the OBC Telemetry Task Force reported on their work.

## 4. Joint work items

"""
LONG_STATUS = (
    "Status: draft circulated to both groups on 3 May; comments came from the HMC Tide Gauge Working Group"
    " and two OBC members."
)
ITEMS = {
    "labelled": [
        (
            "### 4.1 Work item: Common station code list for tide gauges",
            [LONG_STATUS, "Next step: resolve the comments.", "{label}: Q1 2028"],
        ),
        (
            "### 4.2 Work item: Shared quality flags for buoy records",
            ["Status: in progress.", "{label}: end of June 2028"],
        ),
    ],
    "bare": [
        (
            "### 4.1 Common station code list for tide gauges",
            [LONG_STATUS, "Next step: resolve the comments.", "{label}: Q1 2028"],
        ),
        (
            "### 4.2 Shared quality flags for buoy records",
            ["Status: in progress.", "{label}: end of June 2028"],
        ),
    ],
}
EXPECTED = {
    ("common station code list for tide gauges", "Q1 2028"),
    ("shared quality flags for buoy records", "end of June 2028"),
}


def minutes(style: str, label: str, joined: bool, plain: bool) -> str:
    parts = []
    for heading, fields in ITEMS[style]:
        lines = [f.format(label=label) for f in fields]
        parts.append(heading + "\n\n" + ("\n" if joined else "\n\n").join(lines) + "\n")
    text = HEAD + "\n".join(parts) + "\n## 5. Next meeting\n\nThe next meeting is on 9 September 2027.\n"
    return text.replace("### ", "").replace("## ", "").replace("# ", "") if plain else text


@pytest.mark.parametrize("plain", [False, True], ids=["md", "txt"])
@pytest.mark.parametrize("joined", [True, False], ids=["joined", "blank-lines"])
@pytest.mark.parametrize("label", ["Target", "Due"])
@pytest.mark.parametrize("style", sorted(ITEMS))
def test_a_numbered_agenda_item_s_target_field(
    tmp_path: Path, style: str, label: str, joined: bool, plain: bool
) -> None:
    text = minutes(style, label, joined, plain)
    pairs = written_milestone_pairs(tmp_path, text, "minutes.txt" if plain else "minutes.md")
    assert pairs >= EXPECTED, pairs
    assert not any(item.startswith(("status", "next step", "draft circulated")) for item, _ in pairs), pairs


ACTIONS = """# HMC - OBC Joint Meeting No. 6

Meeting date: 12 May 2027

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) held their sixth joint meeting of the
HMC Tide Gauge Working Group and the OBC Telemetry Task Force.

## 7. Summary of new actions

{first} Ada Lind-Okafor to circulate the revised station code list to both groups {dash} 30 October 2027
{second} Tomas Brekke to ask the OBC Telemetry Task Force for comments on the flags {dash} 15 November 2027
"""


@pytest.mark.parametrize("joined", [True, False], ids=["joined", "blank-lines"])
@pytest.mark.parametrize("dash", ["\u2013", "-", "\u2014"])
@pytest.mark.parametrize(("first", "second"), [("A6.1", "A6.2"), ("A-7", "A-8"), ("B12", "B13")])
def test_numbered_actions_without_their_number_and_owner(
    tmp_path: Path, first: str, second: str, dash: str, joined: bool
) -> None:
    text = ACTIONS.format(first=first, second=second, dash=dash)
    if not joined:
        text = text.replace(f"\n{second}", f"\n\n{second}")
    pairs = written_milestone_pairs(tmp_path, text, "minutes.md")
    assert ("circulate the revised station code list to both groups", "30 October 2027") in pairs, pairs
    assert ("ask the obc telemetry task force for comments on the flags", "15 November 2027") in pairs, pairs
