"""A timeline's lines that open with when they are due (issue 12 point 9, session 28, engineer C, tag s28c).

Family: roadmaps, wiki timelines and mailed schedules write one line a step, its date or period first
and the step after it: "2027-01-26 First joint call ...", "2027-05 (May) HMC to circulate ...", "H2 2027
Submit ...", "16 April - Last call on ...", "by the June plenary - Wide review ...". Each line is a work
item dated by its opening (a cue such as "by" is no part of the target; an ISO month keeps the month's
name written after it), also when a reader ran the lines into one paragraph (Markdown's soft breaks) and
when a line is long enough to be read as a paragraph. Real layouts: an OASIS subcommittee's wiki roadmap
and a W3C chair's mailed timeline (probed outside the repository, /work/s28/c-real.md).

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

MARKDOWN = """# Roadmap for the HMC / OBC tide data subgroup

This page is kept by the joint subgroup of the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC). Dates are targets until the line says done.

PHASE 1: SET-UP

2027-01-12 Joint tide data subgroup set up (done)
2027-01-26 First joint call on the working methods of the subgroup

PHASE 2: CORRIGENDA

2027-05 (May) HMC to circulate the draft corrigendum of the tide gauge profile
2027-06-30 OBC to approve the matching errata of the buoy telemetry profile
H2 2027 Submit the merged profile to both memberships for ballot
"""

TEXT = """ROADMAP FOR THE HMC / OBC TIDE DATA SUBGROUP

Kept by the joint subgroup of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).

PHASE 1: SET-UP
2027-01-12 Joint tide data subgroup set up (done)
2027-01-26 First joint call on the working methods of the subgroup
PHASE 2: CORRIGENDA
2027-05 (May) HMC to circulate the draft corrigendum of the tide gauge profile to all members of both bodies
2027-06-30 OBC to approve the matching errata of the buoy telemetry profile
H2 2027 Submit the merged profile to both memberships for ballot
"""

MAIL = """[hmc-obc-joint] Timeline for the merged profile

From: Ines Varga <ines.varga@hmc.example>
Date: Tue, 9 Mar 2027 10:12:44 +0100
To: hmc-obc-joint@lists.example

Hello all,

Following the joint call of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC),
here is the timeline both chairs agreed for the merged profile.

Timeline:

16 April - Last call in HMC on the tide gauge profile draft
14 May - Publication of an OBC working draft aligned with the HMC text
by the June plenary - Wide review of the merged profile closes

Ines
"""

VARIANTS = {"roadmap.md": MARKDOWN, "roadmap.txt": TEXT}
EXPECTED = {
    ("joint tide data subgroup set up", "2027-01-12"),
    ("first joint call on the working methods of the subgroup", "2027-01-26"),
    ("hmc to circulate the draft corrigendum of the tide gauge profile", "2027-05 (May)"),
    ("obc to approve the matching errata of the buoy telemetry profile", "2027-06-30"),
    ("submit the merged profile to both memberships for ballot", "H2 2027"),
}
TEXT_EXPECTED = EXPECTED - {
    ("hmc to circulate the draft corrigendum of the tide gauge profile", "2027-05 (May)")
} | {
    (
        "hmc to circulate the draft corrigendum of the tide gauge profile to all members of both bodies",
        "2027-05 (May)",
    )
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_roadmap_line_is_dated_by_its_opening(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert pairs == (TEXT_EXPECTED if name.endswith(".txt") else EXPECTED), pairs


def test_a_mailed_timeline_dates_each_line_by_its_day_or_occasion(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, MAIL, "timeline.txt")
    assert pairs == {
        ("last call in hmc on the tide gauge profile draft", "16 April"),
        ("publication of an obc working draft aligned with the hmc text", "14 May"),
        ("wide review of the merged profile closes", "the June plenary"),
    }, pairs


def test_a_history_line_opening_with_a_year_is_no_step(tmp_path: Path) -> None:
    """ "2019 HMC and OBC signed ..." opens with a year and a blank: a history's line, not a step due then."""
    history = MARKDOWN.replace(
        "H2 2027 Submit", "2019 HMC and OBC signed their first agreement\n\nH2 2027 Submit"
    )
    pairs = written_milestone_pairs(tmp_path, history, "roadmap.md")
    assert not any(item.startswith("hmc and obc signed") for item, _ in pairs), pairs


RANGE_MD = """# Roadmap for the HMC / OBC tide data subgroup

Kept by the joint subgroup of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).

PHASE 2: COLLECTION

2027-02 (Feb) to 2027-03 (Mar) Collect the tide records from both memberships
2027-03-18 Joint workshop on the collected tide records
"""
RANGE_TXT = RANGE_MD.replace("# Roadmap", "ROADMAP").replace("\n\nPHASE", "\nPHASE")
RANGE_HTML = """<html><body><h1>Roadmap for the HMC / OBC tide data subgroup</h1>
<p>Kept by the joint subgroup of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).</p>
<h2>PHASE 2: COLLECTION</h2>
<p>2027-02 (Feb) to 2027-03 (Mar) Collect the tide records from both memberships</p>
<p>2027-03-18 Joint workshop on the collected tide records</p>
</body></html>
"""
RANGES = {"roadmap.md": RANGE_MD, "roadmap.txt": RANGE_TXT, "roadmap.html": RANGE_HTML}


@pytest.mark.parametrize("name", sorted(RANGES))
def test_a_line_opening_with_a_range_of_months_is_dated_by_the_range(tmp_path: Path, name: str) -> None:
    """ "2027-02 (Feb) to 2027-03 (Mar) X": the range is the target as written; its end starts no line."""
    pairs = written_milestone_pairs(tmp_path, RANGES[name], name)
    assert pairs == {
        ("collect the tide records from both memberships", "2027-02 (Feb) to 2027-03 (Mar)"),
        ("joint workshop on the collected tide records", "2027-03-18"),
    }, pairs
