"""A table an export wrote one cell a line (issue 12 point 9, session 28, engineer C, tag s28c).

Family: a wiki's task table copied as text, or a slide's table exported, keeps each cell on a line of its
own: a header of short lines ("Task" / "Start" / "End"), then each row's cells in the same order. The
header names the item's column and the target's (the end, the due date), so each run of as many lines
after it is a row, dated by the cell under the target column ("Feb 5", a day without its year, kept as
written); the rows end at the first that does not fit. Also a charter template's column titles that
name two things at once ("Action/Milestone") and a "Target Completion Date" column.
Real layouts: ICANN working-group task pages and a working-group charter template (probed outside the
repository, /work/s28/c-real.md).

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TEXT = """HMC / OBC - Joint Tasks: Develop the Joint Glossary of Tide Terms

Assigned to;

  * the joint editing team of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

Tasks include;

Task

Start

End

Collect the terms each body uses for tide levels

Jan 11

Feb 5

Draft the mapping of the tide level terms (teleconference)

Feb 8

Mar 19

Publish the joint glossary on both web sites

Apr 12

Apr 30

Page owners: Ada Lind (HMC) and Tomas Brekke (OBC)
"""

MARKDOWN = """# HMC / OBC - Joint Tasks: Develop the Joint Glossary of Tide Terms

Assigned to the joint editing team of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).

Task

Owner

Due

Collect the terms each body uses for tide levels

HMC

Feb 5

Draft the mapping of the tide level terms

OBC

Mar 19

Publish the joint glossary on both web sites

HMC

Apr 30
"""

HTML = """<html><body><h1>HMC / OBC - Joint Tasks: Develop the Joint Glossary of Tide Terms</h1>
<p>Assigned to the joint editing team of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).</p>
<p>Deliverable</p><p>Target</p>
<p>Collect the terms each body uses for tide levels</p><p>Feb 5</p>
<p>Draft the mapping of the tide level terms</p><p>Mar 19</p>
<p>Publish the joint glossary on both web sites</p><p>Apr 30</p>
<p>Page owners: Ada Lind (HMC) and Tomas Brekke (OBC).</p>
</body></html>
"""

VARIANTS = {"tasks.txt": TEXT, "tasks.md": MARKDOWN, "tasks.html": HTML}
EXPECTED = {
    ("collect the terms each body uses for tide levels", "Feb 5"),
    ("draft the mapping of the tide level terms", "Mar 19"),
    ("publish the joint glossary on both web sites", "Apr 30"),
}

CHARTER = """HMC / OBC Tide Data Working Group Charter

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) charter a joint working group.

High Level Timeline/Action Plan: (Document actions and milestones)

Action/Milestone

Target Completion Date

Comments

Joint glossary of tide terms

30 June 2027

Both memberships to comment

Mapping of the buoy telemetry fields

Q4 2027

OBC leads
"""


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_table_written_a_cell_a_line_is_read_row_by_row(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == EXPECTED, pairs


def test_a_charter_templates_two_named_columns_are_an_item_and_a_target(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, CHARTER, "charter.txt")
    assert pairs == {
        ("joint glossary of tide terms", "30 June 2027"),
        ("mapping of the buoy telemetry fields", "Q4 2027"),
    }, pairs


def test_a_row_whose_target_cell_is_no_date_ends_the_table(tmp_path: Path) -> None:
    """The rows end where a line under the target column is no date: the lines after it are no rows."""
    broken = TEXT.replace("Mar 19", "see the wiki")
    pairs = written_milestone_pairs(tmp_path, broken, "tasks.txt")
    assert ("publish the joint glossary on both web sites", "Apr 30") not in pairs, pairs


HEADERLESS_TXT = """HMC / OBC - Joint Tasks: Develop the Joint Glossary of Tide Terms

Assigned to the joint editing team of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).

Tasks include;

Collect the terms each body uses for tide levels

Jan 11

Feb 5

Draft the mapping of the tide level terms

Mar 19

Publish the joint glossary on both web sites

Apr 12

Apr 30
"""
HEADERLESS_MD = HEADERLESS_TXT.replace("HMC / OBC - Joint", "# HMC / OBC - Joint")
HEADERLESS_HTML = (
    "<html><body>"
    + "".join(f"<p>{line}</p>" for line in HEADERLESS_TXT.splitlines() if line.strip())
    + "</body></html>"
)
HEADERLESS = {"tasks.txt": HEADERLESS_TXT, "tasks.md": HEADERLESS_MD, "tasks.html": HEADERLESS_HTML}


@pytest.mark.parametrize("name", sorted(HEADERLESS))
def test_a_flattened_table_without_its_header_dates_each_task_by_its_last_date(
    tmp_path: Path, name: str
) -> None:
    pairs = written_milestone_pairs(tmp_path, HEADERLESS[name], name)
    assert pairs == EXPECTED, pairs
