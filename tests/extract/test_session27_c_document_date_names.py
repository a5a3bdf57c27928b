"""A document's date named "Date of <what it is>", and the joint work's start told with the work as subject
(issue 12 point 9, session 27, engineer C, tag s27c).

Family 1, a field label and its synonyms: the day of an amendment, a publication or a version is as often
named "Date of amendment:", "Date of publication:", "Date of this version:" as "Amendment date:"; each is
the document's `published` date.

Family 2, a charter's or plan's sentence telling when the joint work starts, with the work as its subject
("The task force starts on 1 July 2027", "The joint project began in March 2026", "the collaboration was
launched on ..."): the `initiated` date. A meeting that starts on a day is none.

Every body and person is invented; the expected dates were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ADDENDUM_TXT = """HMC - OBC TIDE DATA WORK REGISTER
ADDENDUM No. 2

Date of amendment: 15th March 2027

This addendum amends the work register between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).

1. Item 3 (Joint glossary) is deleted.
"""

NOTE_MD = """# HMC / OBC joint tide data plan

**Date of publication:** 2027-03-15

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this plan.

## Work items

- Joint glossary of tide gauge terms - target Q4 2027
"""

CHARTER_HTML = """<html><head><title>HMC / OBC register</title></head><body>
<h1>HMC / OBC tide data work register</h1>
<p>Date of this version: 15 March 2027</p>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register.</p>
<h2>Work items</h2>
<ul><li>Joint glossary of tide gauge terms - target Q4 2027</li></ul>
</body></html>
"""

ISSUED = {"addendum.txt": ADDENDUM_TXT, "plan.md": NOTE_MD, "register.html": CHARTER_HTML}

START_TXT = """HMC / OBC JOINT TASK FORCE ON TIDE DATA - CHARTER

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) form a joint task force on tide
data. The task force starts on 1 July 2027 and ends after 24 months.

Deliverables

1. Joint glossary of tide gauge terms - target Q4 2027
"""

START_MD = """# HMC / OBC joint tide data project

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) run a joint project on tide data.
The joint project began in March 2026 with a shared code list.

## Work items

- Joint glossary of tide gauge terms - target Q4 2027
"""

START_HTML = """<html><head><title>HMC / OBC collaboration</title></head><body>
<h1>HMC / OBC collaboration on tide data</h1>
<p>The collaboration was launched on 4 May 2026 by the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).</p>
<h2>Work items</h2>
<ul><li>Joint glossary of tide gauge terms - target Q4 2027</li></ul>
</body></html>
"""

STARTS = {
    "charter.txt": (START_TXT, "2027-07-01"),
    "project.md": (START_MD, "2026-03"),
    "page.html": (START_HTML, "2026-05-04"),
}


def dates(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in extracted(tmp_path, text, name).dates}


@pytest.mark.parametrize("name", sorted(ISSUED))
def test_a_date_of_what_the_document_is_is_its_issue(tmp_path: Path, name: str) -> None:
    assert ("published", "2027-03-15") in dates(tmp_path, ISSUED[name], name)


@pytest.mark.parametrize("name", sorted(STARTS))
def test_the_joint_work_starting_on_a_day_is_its_start(tmp_path: Path, name: str) -> None:
    text, value = STARTS[name]
    assert ("initiated", value) in dates(tmp_path, text, name)


def test_a_meeting_starting_on_a_day_is_no_start_of_the_work(tmp_path: Path) -> None:
    text = START_TXT.replace("The task force starts on 1 July 2027", "The next meeting starts on 1 July 2027")
    assert not {d for d in dates(tmp_path, text, "charter.txt") if d[0] == "initiated"}
