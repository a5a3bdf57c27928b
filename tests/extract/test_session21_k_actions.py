"""Layout invariance of the ACTIONS of a joint meeting's notes (issue 12, point 9, session 21, tuner K), in
the layouts dev's writers who never saw the rules used:

- an action list whose lines open with an arrow, as notes pads and chat logs write them ("-> AI-1 Ada Lind:
  send ... -- due 2026-12-11", "=> AI-2 ...", "\u2192 AI-3 ..."): the arrow, the action's number and its
  owner are no part of the work item;
- an action owned by a person named by the first name alone, as running notes name the people present
  ("Ada to circulate ... \u2014 by Dec 4, 2026", "Ben will draft ..."): the owner is no part of the item, as a
  full name is not; a body ("HMC to publish ...") stays in it. (A single word before a colon is as often the
  item's topic, "Glossary: review ...", and stays.)

Every body and person is invented; each list is written in three or four variants of its layout, with the
expected (item, target) pairs written before the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import folded
from support.work_items import written_milestone_pairs as milestone_pairs


def folded_pairs(pairs: set[tuple[str, str]]) -> set[tuple[str, str | None]]:
    return {(folded(text), target) for text, target in pairs}


HEAD = """Harbour Metrology Council (HMC) / Open Buoy Consortium (OBC) joint interop call -- 2026-11-24

ATTENDANCE
+ Ada Lindqvist (HMC)
+ Tomasz Wierzbicki (OBC)

NOTES
1) The joint glossary of tide gauge terms is nearly done.
2) The buoy mapping needs a second test file.

ACTIONS
"""

ARROW_ITEMS = {
    ("send the consolidated comment list on the tide record format", "2026-12-11"),
    ("written answer to the OBC comments", "15 Jan 2027"),
    ("publish the list of test files for 2027", "end of January 2027"),
}
ARROW_LINES = [
    "AI-1 Ada Lindqvist: send the consolidated comment list on the tide record format -- due 2026-12-11",
    "AI-2 Tomasz Wierzbicki: written answer to the OBC comments -- due 15 Jan 2027",
    "AI-3 Ada Lindqvist: publish the list of test files for 2027 -- due end of January 2027",
]


@pytest.mark.parametrize("arrow", ["->", "=>", "\u2192", ">>"])
def test_an_arrowed_action_is_its_item_without_arrow_number_and_owner(tmp_path: Path, arrow: str) -> None:
    text = HEAD + "".join(f"{arrow} {line}\n" for line in ARROW_LINES)
    assert milestone_pairs(tmp_path, text, "pad.txt") == folded_pairs(ARROW_ITEMS)


FIRST_NAME_ITEMS = {
    ("circulate the revised glossary to both working groups", "Dec 4, 2026"),
    ("draft the fourth buoy telemetry test scenario", "Dec 11, 2026"),
}
FIRST_NAME_LINES = [
    "{ada} the revised glossary to both working groups \u2014 by Dec 4, 2026",
    "{ben} the fourth buoy telemetry test scenario \u2014 by Dec 11, 2026",
]
NOTES_HEAD = """HMC / OBC tide data coordination - running notes

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) coordinate their tide data work.

Thursday, November 19, 2026

Attendees: Ada Lindqvist, Ben Okafor (HMC); Tomasz Wierzbicki (OBC)

Notes
- Glossary: HMC walked through its draft.

Action items
"""


def first_name_lines(joint: str) -> list[str]:
    verbs = {"to": ("Ada to circulate", "Ben to draft"), "will": ("Ada will circulate", "Ben will draft")}[
        joint
    ]
    return [FIRST_NAME_LINES[0].format(ada=verbs[0]), FIRST_NAME_LINES[1].format(ben=verbs[1])]


def notes_text(joint: str) -> str:
    return NOTES_HEAD + "".join(f"- {line}\n" for line in first_name_lines(joint))


def notes_markdown(joint: str) -> str:
    text = NOTES_HEAD.replace("HMC / OBC tide", "# HMC / OBC tide").replace(
        "Action items\n", "## Action items\n"
    )
    return text + "".join(f"* {line}\n" for line in first_name_lines(joint))


def notes_html(joint: str) -> str:
    items = "".join(f"<li>{line}</li>" for line in first_name_lines(joint))
    return (
        "<html><body><h1>HMC / OBC tide data coordination - running notes</h1><p>The Harbour Metrology "
        "Council (HMC) and the Open Buoy Consortium (OBC) coordinate their tide data work.</p>"
        "<h2>Thursday, November 19, 2026</h2><p>Attendees: Ada Lindqvist, Ben Okafor (HMC); Tomasz "
        "Wierzbicki (OBC)</p><h3>Notes</h3><ul><li>Glossary: HMC walked through its draft.</li></ul>"
        f"<h3>Action items</h3><ul>{items}</ul></body></html>"
    )


@pytest.mark.parametrize("joint", ["to", "will"])
@pytest.mark.parametrize(
    "make, name",
    [(notes_text, "notes.txt"), (notes_markdown, "notes.md"), (notes_html, "notes.html")],
    ids=["text", "markdown", "html"],
)
def test_an_action_owned_by_a_first_name_is_its_item_without_the_owner(
    tmp_path: Path, make, name: str, joint: str
) -> None:  # type: ignore[no-untyped-def]
    assert milestone_pairs(tmp_path, make(joint), name) == folded_pairs(FIRST_NAME_ITEMS)


def test_a_body_owning_an_action_stays_in_the_item(tmp_path: Path) -> None:
    text = NOTES_HEAD + "- HMC to publish the revised glossary \u2014 by Dec 4, 2026\n"
    assert milestone_pairs(tmp_path, text, "notes.txt") == folded_pairs(
        {("HMC to publish the revised glossary", "Dec 4, 2026")}
    )


# --- a meeting's next steps, each owned and due "by" or "in" its date ---------------------------------------

NEXT_STEP_ITEMS = {
    ("circulate the revised glossary to both organizations", "03/20/2026"),
    ("prepare the list of open issues against the buoy profile", "the end of March 2026"),
    ("publish the tide record format release candidate for member review", "Q2 2026"),
}
NEXT_STEPS = [
    "Ada Lindqvist will circulate the revised glossary to both organizations by 03/20/2026.",
    "Tomasz Wierzbicki will prepare the list of open issues against the buoy profile by the end of March "
    "2026.",
    "The group will publish the tide record format release candidate for member review in Q2 2026.",
    "Someone needs to check whether the ice sensor needs its own annex (no owner assigned).",
]
RECAP = (
    "The Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) members of the joint working group "
    "reviewed the glossary and the buoy profile."
)


def next_steps_markdown(heading: str) -> str:
    steps = "".join(f"- {step}\n" for step in NEXT_STEPS)
    return (
        "# Meeting summary for HMC / OBC Joint Working Group - monthly call (03/03/2026)\n\n"
        f"## Quick recap\n\n{RECAP}\n\n## {heading}\n\n{steps}\n## Summary\n\nThe group discussed the "
        "glossary.\n\nParticipants: Ada Lindqvist, Tomasz Wierzbicki\n"
    )


def next_steps_html(heading: str) -> str:
    steps = "".join(f"<li>{step}</li>" for step in NEXT_STEPS)
    return (
        "<html><body><h1>Meeting summary for HMC / OBC Joint Working Group - monthly call (03/03/2026)</h1>"
        f"<h2>Quick recap</h2><p>{RECAP}</p><h2>{heading}</h2><ul>{steps}</ul><h2>Summary</h2>"
        "<p>The group discussed the glossary.</p><p>Participants: Ada Lindqvist, Tomasz Wierzbicki</p>"
        "</body></html>"
    )


def next_steps_text(heading: str) -> str:
    steps = "".join(f"  * {step}\n" for step in NEXT_STEPS)
    return (
        "Meeting summary for HMC / OBC Joint Working Group - monthly call (03/03/2026)\n\n"
        f"Quick recap\n\n{RECAP}\n\n{heading}:\n\n{steps}\nSummary\n\nThe group discussed the glossary.\n\n"
        "Participants: Ada Lindqvist, Tomasz Wierzbicki\n"
    )


@pytest.mark.parametrize("heading", ["Next steps", "Follow-ups"])
@pytest.mark.parametrize(
    "make, name",
    [
        (next_steps_markdown, "summary.md"),
        (next_steps_html, "summary.html"),
        (next_steps_text, "summary.txt"),
    ],
    ids=["markdown", "html", "text"],
)
def test_an_owned_next_step_is_due_by_the_date_it_ends_on(
    tmp_path: Path, make, name: str, heading: str
) -> None:  # type: ignore[no-untyped-def]
    assert milestone_pairs(tmp_path, make(heading), name) == folded_pairs(NEXT_STEP_ITEMS)


# --- a task list's tasks, each an @mention, the task and its due date's chip at the end --------------------

TASK_ITEMS = {
    ("circulate the first draft of the tide glossary mapping note", "10 Apr 2026"),
    ("set up the shared buoy sample repository", "31 Mar 2026"),
}
TASKS = [
    (
        "Ada Lindqvist",
        "circulate the first draft of the tide glossary mapping note",
        "2026-04-10",
        "10 Apr 2026",
    ),
    ("Tomasz Wierzbicki", "set up the shared buoy sample repository", "2026-03-31", "31 Mar 2026"),
    ("Ben Okafor", "propose a joint session at the spring plenary", None, None),
]
TASK_HEAD = (
    "HMC / OBC liaison meeting notes\n\nThe Harbour Metrology Council (HMC) and the Open Buoy Consortium "
    "(OBC) met on 2026-03-02.\n\nAttendees: Ada Lindqvist (HMC), Tomasz Wierzbicki (OBC), Ben Okafor "
    "(HMC)\n\n"
)


def tasks_html() -> str:
    items = "".join(
        f'<li data-inline-task-id="{n}"><input type="checkbox"> @{who} {what}'
        + (f' <time datetime="{iso}">{written}</time>' if iso else "")
        + "</li>"
        for n, (who, what, iso, written) in enumerate(TASKS, 1)
    )
    return (
        "<html><body><h1>HMC / OBC liaison meeting notes</h1><p>The Harbour Metrology Council (HMC) and the "
        "Open Buoy Consortium (OBC) met on 2026-03-02.</p><h2>Attendees</h2><ul><li>Ada Lindqvist (HMC)</li>"
        "<li>Tomasz Wierzbicki (OBC)</li></ul><h2>Action items</h2>"
        f'<ul class="inline-task-list">{items}</ul></body></html>'
    )


def tasks_markdown() -> str:
    items = "".join(
        f"- [ ] @{who} {what}" + (f" {written}" if written else "") + "\n" for who, what, _, written in TASKS
    )
    return "# " + TASK_HEAD + "## Action items\n\n" + items


def tasks_text() -> str:
    items = "".join(
        f"* @{who} {what}" + (f" {written}" if written else "") + "\n" for who, what, _, written in TASKS
    )
    return TASK_HEAD + "Action items\n\n" + items


@pytest.mark.parametrize(
    "make, name",
    [(tasks_html, "notes.html"), (tasks_markdown, "notes.md"), (tasks_text, "notes.txt")],
    ids=["html", "markdown", "text"],
)
def test_a_mentioned_task_is_due_by_the_date_at_its_end(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert milestone_pairs(tmp_path, make(), name) == folded_pairs(TASK_ITEMS)
