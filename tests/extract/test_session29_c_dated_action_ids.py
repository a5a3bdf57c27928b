"""Board minutes' action items numbered by the meeting's day (issue 12 point 9, session 29, engineer C, s29c).

Family: a standards body's board or coordination committee numbers each action by the day of the meeting
that set it and a running number ("ACTION ITEM 2027-11-03.02: ..."), gives it to a person or to a body's
people ("OBC staff to publish ...", "HMC TC4 liaison to circulate ...", "The co-chairs to ...") and keeps
its state and due date in a bracket under it ("[Status: Open. Due 1 March 2028.]"). The action is what
follows its number and owner. Real layout: an OASIS Board agenda's open action items (probed outside the
repository, /work/s29/c-real.md). Bodies and people are invented; the pairs were written before the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

ITEMS = """ACTION ITEM 2027-11-03.02: HMC TC4 liaison to circulate the tide datum note to the OBC chairs.
[Status: Open. Due 1 March 2028.]

ACTION ITEM 2027-12-08.01: OBC staff to publish the joint glossary on both web sites.
[Status: Open. Due end of Q1 2028.]

ACTION ITEM 2028-01-12.03: Ilse Brandvold to draft the terms for a shared buoy plugfest.
[Status: Open. Target April 2028.]

ACTION ITEM 2028-01-12.05: The co-chairs to propose a common errata process for the two bodies.
[Status: Open. Due 30 June 2028.]
"""

MARKDOWN = f"""# HMC / OBC Joint Coordination Committee

## Agenda and action item review - 9 February 2028

The committee coordinates the work of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) under their cooperation agreement.

### Open Action Items

{ITEMS}"""

TEXT = f"""HMC / OBC JOINT COORDINATION COMMITTEE
Agenda and action item review - 9 February 2028

The committee coordinates the work of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) under their cooperation agreement.

Open Action Items:

{ITEMS}"""

HTML = (
    "<html><body><h1>HMC / OBC Joint Coordination Committee</h1>\n"
    + "".join(
        f"<p>{paragraph}</p>\n"
        for paragraph in [
            "Agenda and action item review - 9 February 2028",
            "The committee coordinates the work of the Harbour Metrology Council (HMC) and the Open Buoy"
            " Consortium (OBC) under their cooperation agreement.",
            *ITEMS.strip().split("\n\n"),
        ]
    )
    + "</body></html>\n"
)

EXPECTED = {
    ("circulate the tide datum note to the obc chairs", "1 March 2028"),
    ("publish the joint glossary on both web sites", "end of Q1 2028"),
    ("draft the terms for a shared buoy plugfest", "April 2028"),
    ("propose a common errata process for the two bodies", "30 June 2028"),
}


@pytest.mark.parametrize(("name", "text"), [("ai.md", MARKDOWN), ("ai.txt", TEXT), ("ai.html", HTML)])
def test_an_action_numbered_by_its_meeting_day_is_the_work_after_its_owner(
    tmp_path: Path, name: str, text: str
) -> None:
    pairs = {(item.rstrip("."), target) for item, target in written_milestone_pairs(tmp_path, text, name)}
    assert pairs == EXPECTED, pairs


def test_an_action_number_of_a_year_alone_still_reads_as_before(tmp_path: Path) -> None:
    """ "Action 2027-4:" (a year and a number) keeps its reading: the longer number adds, takes nothing."""
    text = MARKDOWN.replace("ACTION ITEM 2027-11-03.02:", "Action 2027-4:")
    pairs = {(item.rstrip("."), target) for item, target in written_milestone_pairs(tmp_path, text, "ai.md")}
    assert ("circulate the tide datum note to the obc chairs", "1 March 2028") in pairs, pairs
