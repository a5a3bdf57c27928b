"""Action points of an ad hoc meeting's report (issue 12 point 9, session 23, engineer B, dev's meeting
records): labelled "AP 7-1:" or "Action point 3:", listed under a numbered heading ("4 Action points") that
stays inside the section an "Approval of the agenda" heading opened, where no work item was read; a target
that is the next meeting by its group and number after "#" ("before HMC-TG #101"), kept as written without
its cue, as "before IETF 126" is. An owner written as a body's unit by its codes ("HMC TG-TIDE to circulate
...") stays in the item, as the scribe names who does the work; a party's acronym alone ("OBC to send") is
taken off, as before. The bodies, people and dates are invented; the expected (item, target)
pairs were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

REPORT = """\
HMC TG-TIDE / OBC Telemetry Task Force joint ad hoc meeting #7
Report of the meeting, 12 March 2026, online

1 Opening
The joint meeting of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) was opened by
the chair, Ada Lindqvist (HMC).

2 Approval of the agenda
The agenda was approved without changes.

3 Record formats
OBC presented the status of the buoy record format and its mapping to the HMC station archive.

4 Action points
{first}: HMC TG-TIDE to circulate the updated station code list to both groups by 30 April 2026.
{second}: OBC to send a liaison statement on record type numbering before HMC-TG #101.

5 Next meeting
To be held jointly with HMC TG-TIDE #72, dates to be confirmed.
"""
LABELS = {"AP": ("AP 7-1", "AP 7-2"), "action point": ("Action point 1", "Action point 2")}


@pytest.mark.parametrize("layout", sorted(LABELS))
def test_action_points_under_the_agenda_s_approval_are_work_items(tmp_path: Path, layout: str) -> None:
    first, second = LABELS[layout]
    pairs = written_milestone_pairs(tmp_path, REPORT.format(first=first, second=second), "report.txt")
    targets = {target for _, target in pairs}
    assert "30 April 2026" in targets, (layout, pairs)
    # a body's unit written as its codes owns the action and stays in it; a party's acronym alone does not
    assert any(
        item.startswith("hmc tg-tide to circulate the updated station code list")
        for item, target in pairs
        if target == "30 April 2026"
    ), pairs
    assert any("liaison statement" in item for item, target in pairs if target == "HMC-TG #101"), pairs


def test_the_approval_s_own_lines_are_no_work_items(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, REPORT.format(first="AP 7-1", second="AP 7-2"), "report.txt")
    assert not any("agenda" in item or "next meeting" in item for item, _ in pairs), pairs
