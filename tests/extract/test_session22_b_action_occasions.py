"""Layout invariance of the ACTIONS of a joint meeting's minutes whose targets are occasions, not periods
(issue 12, point 9, session 22, engineer B), in the layouts dev's writers who never saw the rules used:

- a chat bot's minutes (MeetBot, and chat exports in its shape): every line ends with who said it and when,
  "(ada_l, 14:12:10)"; that stamp is no part of the action nor of its target;
- an action list's target written as the occasion it falls due at, after a dash or a time word: a day
  without its year ("by 15 March", "by Sept. 30"), the next meeting ("-- next call"), a condition ("-- when
  the draft is stable"), an event by its name and number or year ("before TideCon EU 2027", "before IETF
  131"). The target is kept as written, without its cue "by"/"before".

Every body and person is invented; each layout in three or four variants, with the expected (item, target)
pairs written before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import folded
from support.work_items import written_milestone_pairs as milestone_pairs

MEETBOT = """\
================================================================
#tide-dev: Harbour Metrology Council / Open Buoy Consortium joint sync 2026-10-06
================================================================


Meeting started by ada_l at 14:00:05 UTC.  The full logs are available
at https://meetings.example.org/tide/2026/tide.2026-10-06-14.00.log.html
.



Meeting summary
---------------

* roll call  (ada_l, 14:00:21)
  * INFO: present for the Harbour Metrology Council (HMC): ada_l, bwolde;
    for the Open Buoy Consortium (OBC): tomasz_w, kmiro  (ada_l, 14:01:10)

* tide record format  (ada_l, 14:03:12)
  * AGREED: one joint glossary instead of two  (ada_l, 14:10:44)
{actions}

Meeting ended at 14:58:47 UTC.



People present (lines said)
---------------------------

* ada_l (61)
* tomasz_w (38)
* bwolde (29)
* kmiro (9)
"""

MEETBOT_ITEMS = {
    ("circulate the joint glossary of tide gauge terms", "2026-11-02"),
    ("publish the buoy mapping test files on the OBC wiki", "TideCon EU 2027"),
    ("submit the joint paper on tide record units", "Nov. 30"),
}
MEETBOT_ACTIONS = [
    "  * ACTION: bwolde to circulate the joint glossary of tide gauge terms by\n"
    "    2026-11-02  (ada_l, 14:12:10)",
    "  * ACTION: tomasz_w to publish the buoy mapping test files on the OBC wiki\n"
    "    before TideCon EU 2027  (ada_l, 14:20:22)",
    "  * ACTION: kmiro to collect the failing test cases  (ada_l, 14:21:01)",
    "  * ACTION: ada_l and kmiro to submit the joint paper on tide record units by\n"
    "    Nov. 30  (ada_l, 14:30:50)",
]


@pytest.mark.parametrize("stamp", ["(ada_l, 14:12:10)", "(ada_l, 14:12)", "(meetbot.2, 9:05:59)"])
def test_a_chat_bot_stamp_is_no_part_of_the_action(tmp_path: Path, stamp: str) -> None:
    actions = "\n".join(MEETBOT_ACTIONS).replace("(ada_l, 14:12:10)", stamp)
    pairs = milestone_pairs(tmp_path, MEETBOT.format(actions=actions), "tide-meetbot.txt")
    assert {(folded(text), target) for text, target in MEETBOT_ITEMS} <= pairs
    assert not any("(" in text for text, _ in pairs)


ACTIONS_HEAD = """# HMC / OBC joint steering call -- notes

Attendees: Ada Lindqvist (Harbour Metrology Council, HMC), Tomasz Wierzbicki (Open Buoy Consortium, OBC)

## Discussion

* The joint glossary of tide gauge terms is nearly done.

## Action items

"""

OCCASION_ITEMS = {
    ("draft the cross-reference of buoy test cases", "15 March"),
    ("check whether tide offsets can map to buoy datums", "next call"),
    ("compare the extension against the buoy telemetry profile", "when the draft is stable"),
    ("open an issue on the tide record draft about the units OBC needs", "IETF 131"),
}
OCCASION_LINES = [
    "ACTION (Ada / Tomasz): draft the cross-reference of buoy test cases \u2014 by 15 March",
    "Tomasz Wierzbicki: check whether tide offsets can map to buoy datums \u2014 next call",
    "Compare the extension against the buoy telemetry profile \u2014 when the draft is stable",
    "Ada Lindqvist to open an issue on the tide record draft about the units OBC needs - before IETF 131.",
]


@pytest.mark.parametrize("bullet", ["- [ ] ", "* ", "1. "])
def test_an_action_due_at_an_occasion_keeps_it_as_its_target(tmp_path: Path, bullet: str) -> None:
    lines = [
        f"{bullet}{line}" if not bullet[0].isdigit() else f"{n}. {line}"
        for n, line in enumerate(OCCASION_LINES, 1)
    ]
    pairs = milestone_pairs(tmp_path, ACTIONS_HEAD + "\n".join(lines) + "\n", "tide-steering.md")
    assert {(folded(text), target) for text, target in OCCASION_ITEMS} <= pairs


@pytest.mark.parametrize(
    "line",
    [
        "Compare the extension against the buoy telemetry profile \u2014 Ada and Tomasz",
        "Compare the extension against the buoy telemetry profile \u2014 see the OBC wiki",
        "Compare the extension against the buoy telemetry profile by Tide Gauge Working Group",
    ],
)
def test_a_tail_that_is_no_occasion_gives_no_target(tmp_path: Path, line: str) -> None:
    pairs = milestone_pairs(tmp_path, ACTIONS_HEAD + f"- [ ] {line}\n", "tide-steering.md")
    assert not any(target for text, target in pairs if "buoy telemetry profile" in text)
