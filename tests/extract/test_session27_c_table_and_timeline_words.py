"""Action tables named "Who | What | When", timelines in two plain-text columns, and status cells that move
or close a target (issue 12 point 9, session 27, engineer C, tag s27c).

Family 1, a table with a header row: minutes' action tables named by the questions they answer ("Who |
What | When", "By whom | Action point | By when", "Output | Owner | Deadline"); the header lexicon had
"Action", "Owner", "Due", not these.

Family 2, a timeline in two columns of plain text, the period first and a column's gap after it, no dash
("Q2 2027    First draft of X", "June 2027<TAB>Joint workshop"): the period is the item's target (a bare
year there may be history and is left alone).

Family 3, a status written beside the target that moves or closes it ("delayed to Q1 2028 (was Q4 2027)",
"slipped to Q2 2028", "now Q1 2028", "completed April 2027"): the target is the new date, or the day the
item was met; the note of the old one is no part of it.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint call on their collaboration."

WHO_MD = f"""# HMC / OBC joint call - 3 May 2027

{HEAD}

## Actions

| Who | What | When |
|---|---|---|
| Ada Lind | Circulate the code list | 15 May 2027 |
| Tomas Brekke | Draft the telemetry profile | end of June 2027 |
"""

WHO_HTML = f"""<html><body><h1>HMC / OBC joint call - 3 May 2027</h1>
<p>{HEAD}</p>
<h2>Follow-up</h2>
<table><tr><th>By whom</th><th>Action point</th><th>By when</th></tr>
<tr><td>Ada Lind</td><td>Circulate the code list</td><td>15 May 2027</td></tr>
<tr><td>Tomas Brekke</td><td>Draft the telemetry profile</td><td>end of June 2027</td></tr>
</table></body></html>
"""

WHO_TXT = f"""HMC / OBC JOINT CALL - 3 May 2027

{HEAD}

Actions

Output\tOwner\tDeadline
Circulate the code list\tAda Lind\t15 May 2027
Draft the telemetry profile\tTomas Brekke\tend of June 2027
"""

WHO = {"call.md": WHO_MD, "call.html": WHO_HTML, "call.txt": WHO_TXT}


@pytest.mark.parametrize("name", sorted(WHO))
def test_an_action_table_named_by_its_questions(tmp_path: Path, name: str) -> None:
    assert written_milestone_pairs(tmp_path, WHO[name], name) == {
        ("circulate the code list", "15 May 2027"),
        ("draft the telemetry profile", "end of June 2027"),
    }


PLAN = (
    "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) joint work plan for their collaboration."
)

TIMELINE_SPACES = f"""HMC / OBC JOINT WORK PLAN 2027

{PLAN}

Timeline
Q1 2027    Scoping of the joint code list
Q2 2027    First draft of the joint code list
Q4 2027    Publication of the joint code list
"""

TIMELINE_TABS = f"""HMC / OBC JOINT WORK PLAN 2027

{PLAN}

Schedule

Q1 2027\tScoping of the joint code list
Q2 2027\tFirst draft of the joint code list
Q4 2027\tPublication of the joint code list
"""

TIMELINE_MONTHS = f"""HMC / OBC JOINT WORK PLAN 2027

{PLAN}

Milestones

March 2027      Scoping of the joint code list
June 2027       First draft of the joint code list
December 2027   Publication of the joint code list
"""


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (TIMELINE_SPACES, ("Q1 2027", "Q2 2027", "Q4 2027")),
        (TIMELINE_TABS, ("Q1 2027", "Q2 2027", "Q4 2027")),
        (TIMELINE_MONTHS, ("March 2027", "June 2027", "December 2027")),
    ],
)
def test_a_timeline_in_two_plain_text_columns(tmp_path: Path, text: str, targets: tuple[str, ...]) -> None:
    items = (
        "scoping of the joint code list",
        "first draft of the joint code list",
        "publication of the joint code list",
    )
    assert written_milestone_pairs(tmp_path, text, "plan.txt") == set(zip(items, targets, strict=True))


STATUS_TXT = f"""HMC - OBC LIAISON REPORT, MAY 2027

{PLAN}

Status of joint work items:

Joint code list ............................. on track, target 30 Sep 2027
Telemetry profile ........................... delayed to Q1 2028 (was Q4 2027)
Shared glossary ............................. completed April 2027
"""

STATUS_MD = f"""# HMC / OBC joint work register - status

{PLAN}

## Work items

| Work item | Status |
|---|---|
| Joint code list | on track, target 30 Sep 2027 |
| Telemetry profile | slipped to Q1 2028 (was Q4 2027) |
| Shared glossary | completed April 2027 |
"""

STATUS_HTML = f"""<html><body><h1>HMC / OBC joint work register - status</h1>
<p>{PLAN}</p>
<h2>Work items</h2>
<table><tr><th>Work item</th><th>Lead</th><th>Target</th></tr>
<tr><td>Joint code list</td><td>HMC</td><td>30 Sep 2027</td></tr>
<tr><td>Telemetry profile</td><td>OBC</td><td>now Q1 2028 (was Q4 2027)</td></tr>
<tr><td>Shared glossary</td><td>both</td><td>completed April 2027</td></tr>
</table></body></html>
"""

STATUS = {"report.txt": STATUS_TXT, "register.md": STATUS_MD, "register.html": STATUS_HTML}


@pytest.mark.parametrize("name", sorted(STATUS))
def test_a_status_that_moves_or_closes_the_target(tmp_path: Path, name: str) -> None:
    assert written_milestone_pairs(tmp_path, STATUS[name], name) == {
        ("joint code list", "30 Sep 2027"),
        ("telemetry profile", "Q1 2028"),
        ("shared glossary", "April 2027"),
    }
