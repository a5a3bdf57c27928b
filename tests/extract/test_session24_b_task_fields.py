"""Work items as trackers and minutes write their fields (issue 12 point 9, session 24, engineer B):

- a wiki's or a tracker's task list exports each task with its assignee's name and its due date's chip after
  the task ("Publish the mapping table Ada Lind-Okafor 31 May 2027", Confluence, Jira, Planner): the task is
  the item, the date its target, the assignee no part of it; a body's or a meeting's name before a date
  ("at the Harbour Metrology Forum 15 Jan 2027") is no assignee;
- an action's fields after its text ("Owner: Ada Lind. Due: before the June plenary. Status: open."): the
  value of the target field is the target, an occasion the work is due before kept as written with its cue;
  the status the line ends on is not the target, the owner's field no part of the item.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TASKS_HTML = """<html><head><title>HMC / OBC : tide data alignment plan</title></head><body>
<h1>HMC / OBC : tide data alignment plan</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed this plan for their joint
work on tide records.</p>
<h2>Tasks</h2>
<ul class="inline-task-list">
<li><span>Compare the station code lists of both archives</span> <a class="user-mention">Ada Lind-Okafor</a>
 <time datetime="2027-01-15">{first}</time></li>
<li><span>Publish a joint mapping table for buoy record types</span> <a class="user-mention">Tomas Brekke</a>
 <time datetime="2027-05-31">31 May 2027</time></li>
<li><span>Present the mapping at the Harbour Metrology Forum</span>
 <time datetime="2027-06-10">10 Jun 2027</time></li>
</ul>
</body></html>
"""
FIRST_DATES = {"day-first": "15 Jan 2027", "month-first": "Jan 15, 2027", "iso": "2027-01-15"}


@pytest.mark.parametrize("first", sorted(FIRST_DATES))
def test_a_task_s_assignee_and_due_chip_after_it(tmp_path: Path, first: str) -> None:
    pairs = written_milestone_pairs(tmp_path, TASKS_HTML.format(first=FIRST_DATES[first]), "plan.html")
    assert ("compare the station code lists of both archives", FIRST_DATES[first]) in pairs, pairs
    assert ("publish a joint mapping table for buoy record types", "31 May 2027") in pairs, pairs
    # a body's name before the date is no assignee: the task keeps it (or is no work item), never loses it
    assert not any(
        item.endswith(" at the harbour metrology") or item.endswith(" at the") for item, _ in pairs
    )


ACTIONS = """# HMC / OBC joint working group: minutes of meeting 7

Date: 2027-02-19

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) met online.

## Action items

- AI 7-01: Draft the coverage chapter for the tide products. Owner: Ada Lind. Due: 2027-04-30. Status: open.
- AI 7-02: Propose a test thread for the joint pilot. Owner: Tomas Brekke. {label}: {due}. Status: {status}.
"""
OCCASIONS = ["before the June plenary", "before HMC-TG #12", "ahead of the next plenary"]


@pytest.mark.parametrize("status", ["open", "in progress"])
@pytest.mark.parametrize("label", ["Due", "Target"])
@pytest.mark.parametrize("due", OCCASIONS)
def test_the_target_field_s_value_not_the_status_after_it(
    tmp_path: Path, label: str, due: str, status: str
) -> None:
    pairs = written_milestone_pairs(
        tmp_path, ACTIONS.format(label=label, due=due, status=status), "minutes.md"
    )
    assert ("propose a test thread for the joint pilot", due) in pairs, pairs
    assert ("draft the coverage chapter for the tide products", "2027-04-30") in pairs, pairs
    assert not any(target in ("open", "in progress") for _, target in pairs), pairs
