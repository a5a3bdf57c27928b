"""Actions written inline in minutes, under any topic, and a chat log's summary of them (issue 12 point 9,
session 27, engineer C, tag s27c).

Family: minutes whose actions are lines opening with an action marker in the middle of the discussion
("ACTION: Ada to circulate ... by DATE", "AI: Tomas to ...") rather than a list under an "Actions"
heading, closed by a summary that repeats them with a status in square brackets ("[NEW] ACTION: ...",
"[PENDING] ACTION: ..."), one a line, which a plain-text reader runs together. A table of contents naming
"Summary of Action Items" can put the whole discussion in a work-item section: a marked action there is
still an action, not a field of the topic heading above it. A chat line's speaker in angle brackets
("<trackbot> Date: 14 April 2027") dates the meeting and is no work item. Each action counts once.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded, written_milestone_pairs

IRC_TEXT = """HMC / OBC Joint Teleconference

3 March 2027

Attendees

Present
Ada Lind, Tomas Brekke, Ines Varga
Chair
Ada Lind

Contents

  1. Tide gauge code list
  2. Buoy telemetry
  3. Summary of Action Items

<zakim> Date: 3 March 2027

<ada> scribe: Ines

Tide gauge code list

Ada: the Harbour Metrology Council (HMC) has a first list
... it needs the Open Buoy Consortium (OBC) station types

ACTION: Tomas to add the OBC station types to the code list by 17 March 2027

Buoy telemetry

Tomas: the drift corrections are not in the profile yet

ACTION: Ines to compare the drift corrections with the archive by 31 March 2027

Summary of Action Items

[NEW] ACTION: Tomas to add the OBC station types to the code list by 17 March 2027
[NEW] ACTION: Ines to compare the drift corrections with the archive by 31 March 2027
[PENDING] ACTION: Ada to publish the tide gauge glossary by 30 April 2027

Summary of Resolutions

  1. the code list will be published by both bodies

[End of minutes]
"""

MARKDOWN = """# HMC / OBC joint call - 3 March 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Tide gauge code list

Ada reported on the first list; the OBC station types are missing.

ACTION: Tomas to add the OBC station types to the code list by 17 March 2027

## Buoy telemetry

The drift corrections are not in the profile yet.

AI: Ines to compare the drift corrections with the archive by 31 March 2027

## Summary of action items

- [NEW] ACTION: Tomas to add the OBC station types to the code list by 17 March 2027
- [NEW] ACTION: Ines to compare the drift corrections with the archive by 31 March 2027
- [PENDING] ACTION: Ada to publish the tide gauge glossary by 30 April 2027
"""

HTML = """<html><head><title>HMC / OBC joint call</title></head><body>
<h1>HMC / OBC joint call, 3 March 2027</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Contents</h2>
<ol><li>Tide gauge code list</li><li>Summary of Action Items</li></ol>
<h2>Tide gauge code list</h2>
<p>&lt;ada&gt; the OBC station types are missing</p>
<p>ACTION: Tomas to add the OBC station types to the code list by 17 March 2027</p>
<p>ACTION: Ines to compare the drift corrections with the archive by 31 March 2027</p>
<h2>Summary of Action Items</h2>
<p>[NEW] ACTION: Tomas to add the OBC station types to the code list by 17 March 2027<br>
[NEW] ACTION: Ines to compare the drift corrections with the archive by 31 March 2027<br>
[PENDING] ACTION: Ada to publish the tide gauge glossary by 30 April 2027</p>
</body></html>
"""

VARIANTS = {"minutes.txt": IRC_TEXT, "minutes.md": MARKDOWN, "minutes.html": HTML}
EXPECTED = {
    ("add the obc station types to the code list", "17 March 2027"),
    ("compare the drift corrections with the archive", "31 March 2027"),
    ("publish the tide gauge glossary", "30 April 2027"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_inline_actions_and_their_summary_are_work_items_once(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_action_repeated_in_the_summary_counts_once(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    labels = [folded(m.label) for m in record.milestones]
    assert len(labels) == len(set(labels)), labels
