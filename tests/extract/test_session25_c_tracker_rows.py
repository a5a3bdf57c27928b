"""A work register kept in an issue tracker and exported as a table (issue 12 point 9, session 25,
engineer C): Jira's "Issue key | Summary | Status | Due date | Assignee", tab-separated or as a Markdown
table. The summary is the item (the key, a project's code of any length and a number, is its identifier,
no item), the due date its target.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected (item, target) pairs were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = """HMC / OBC Joint Work Register - issue export

The Harbour Metrology Council (HMC) Tide Gauge Working Group and the Open Buoy Consortium (OBC) Telemetry
Task Force track the work items of their joint work register in this project.

"""
ROWS = [
    ("TIDEOBC-12", "Common station code list for tide gauges", "In Progress", "{first}", "Ada Lind-Okafor"),
    ("TIDEOBC-15", "Shared quality flags for buoy records", "To Do", "2027-06-30", "Tomas Brekke"),
]
FIRST = {"iso": "2027-03-31", "day-month": "31 Mar 2027"}


def table(style: str, first: str) -> str:
    header = ("Issue key", "Summary", "Status", "Due date", "Assignee")
    rows = [header, *[tuple(cell.format(first=first) for cell in row) for row in ROWS]]
    if style == "tabs":
        return HEAD + "\n".join("\t".join(row) for row in rows) + "\n"
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(header))
    return HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize("first", sorted(FIRST))
@pytest.mark.parametrize("style", ["tabs", "markdown"])
def test_a_tracker_s_summary_is_the_item(tmp_path: Path, style: str, first: str) -> None:
    text = table(style, FIRST[first])
    pairs = written_milestone_pairs(tmp_path, text, "export.txt" if style == "tabs" else "export.md")
    assert ("common station code list for tide gauges", FIRST[first]) in pairs, pairs
    assert ("shared quality flags for buoy records", "2027-06-30") in pairs, pairs
    assert not any(item.startswith("tideobc-") for item, _ in pairs), pairs
