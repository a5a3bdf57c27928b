"""In minutes' discussion prose, a sentence in which a person takes an action on with a due day ("Priya
Castellanos will send the list of open questions to the chairs by 15 April 2027.") is an action of the
meeting, under any heading, alone in its paragraph or among other sentences; a day after no due word ("will
present the results at the June 2027 plenary"), a person's report ("noted that ... by ...") and a body's
own sentence outside minutes are none (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """{title}

Attendees: Ana Lindqvist (W3C), Bruno Okafor (IETF), Priya Castellanos (W3C)

{heading}

{prose}
"""
ACTION = ("send the list of open protocol questions to the webtrans chairs", "15 April 2027")
SENTENCE = (
    "Priya Castellanos will send the list of open protocol questions to the WebTrans chairs by 15 April 2027."
)
PROSE = {
    "alone": SENTENCE,
    "among": f"The group discussed the split between the documents. {SENTENCE} Both sides agreed.",
    "line-under": f"The group discussed the split between the documents.\n{SENTENCE}",
}


def pairs(record) -> set[tuple[str, str | None]]:
    return {(m.label.casefold(), m.target.text if m.target else None) for m in record.milestones}


@pytest.mark.parametrize("prose", sorted(PROSE))
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_persons_action_in_a_discussion(tmp_path: Path, prose: str, layout: str) -> None:
    title = "Minutes of the W3C/IETF coordination call, 11 March 2027"
    heading = "Discussion of WebTransport:"
    if layout == "md":
        title, heading = f"# {title}", "## Discussion of WebTransport"
    text = MINUTES.format(title=title, heading=heading, prose=PROSE[prose])
    record = extracted(tmp_path, text, f"minutes.{layout}")
    assert ACTION in pairs(record), record.milestones


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya Castellanos will present the results at the June 2027 plenary.",
        "Priya Castellanos noted that the draft was published by 15 April 2027.",
    ],
)
def test_no_due_day_no_action(tmp_path: Path, sentence: str) -> None:
    text = MINUTES.format(
        title="Minutes of the W3C/IETF coordination call, 11 March 2027",
        heading="Discussion of WebTransport:",
        prose=sentence,
    )
    assert not extracted(tmp_path, text, "minutes.txt").milestones


def test_a_wrapped_action_under_an_action_review_keeps_its_verb(tmp_path: Path) -> None:
    """Under "Review of Action Items:" a plan's reading took the object alone ("List of open ...")."""
    prose = (
        "Review of Action Items:\n\nThe action on the drafts is complete.\n\nDiscussion of WebTransport:\n\n"
        "The group discussed the split.\nPriya Castellanos will send the list of open protocol questions"
        " from\nthe API editors to the WebTrans chairs by 15 April 2027.\n"
    )
    text = MINUTES.format(
        title="Minutes of the W3C/IETF coordination call, 11 March 2027", heading="", prose=prose
    )
    found = pairs(extracted(tmp_path, text, "minutes.txt"))
    wanted = "send the list of open protocol questions from the api editors to the webtrans chairs"
    assert {(" ".join(label.split()), target) for label, target in found} == {(wanted, "15 April 2027")}, (
        found
    )
