"""Target styles schedules use that the calendar reader lacked (issue 12 point 9, session 27, engineer C,
tag s27c).

Family: a target written as a part of a month or quarter ("early Q3 2027", "mid-June 2027", "late June
2027", dated by the period as "mid-2027" already was), as the days of an event ("10-12 June 2027", "June
10-12, 2027": the first to the last day) or as a calendar week with a comma or in German ("week 23, 2027",
"KW 23/2027"). Each is kept as written, in a target column, after a dash or in a sentence.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

from kg.extract.dates import parse_target

MARKDOWN = """# HMC / OBC joint work plan

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Milestones

| Milestone | Target |
|---|---|
| Joint glossary of tide gauge terms | early Q3 2027 |
| Telemetry profile review | mid-June 2027 |
| Joint plugfest in Bergen | 10-12 June 2027 |
| Code list freeze | week 23, 2027 |
"""

TEXT = """HMC / OBC JOINT WORK PLAN

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

3. Milestones

   a) Joint glossary of tide gauge terms - early Q3 2027
   b) Telemetry profile review - mid-June 2027
   c) Joint plugfest in Bergen - 10-12 June 2027
   d) Code list freeze - week 23, 2027
"""

HTML = """<html><head><title>HMC / OBC joint work plan</title></head><body>
<h1>HMC / OBC joint work plan</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Schedule</h2>
<ul>
<li>Joint glossary of tide gauge terms: early Q3 2027</li>
<li>Telemetry profile review: mid-June 2027</li>
<li>Joint plugfest in Bergen: June 10-12, 2027</li>
<li>Code list freeze: KW 23/2027</li>
</ul>
</body></html>
"""

VARIANTS = {"plan.md": MARKDOWN, "plan.txt": TEXT, "plan.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_part_of_a_period_an_event_s_days_and_a_week_are_targets(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    days = "June 10-12, 2027" if name == "plan.html" else "10-12 June 2027"
    week = "KW 23/2027" if name == "plan.html" else "week 23, 2027"
    assert pairs == {
        ("joint glossary of tide gauge terms", "early Q3 2027"),
        ("telemetry profile review", "mid-June 2027"),
        ("joint plugfest in bergen", days),
        ("code list freeze", week),
    }, pairs


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("early Q3 2027", "2027-q3"),
        ("mid-June 2027", "2027-06"),
        ("late June 2027", "2027-06"),
        ("10-12 June 2027", "2027-06-10-2027-06-12"),
        ("10th to 12th June 2027", "2027-06-10-2027-06-12"),
        ("week 23, 2027", "2027-w23"),
        ("KW 23/2027", "2027-w23"),
    ],
)
def test_the_styles_read_as_periods(text: str, key: str) -> None:
    target = parse_target(text)
    assert target is not None and target.key == key and target.text == text


def test_an_event_s_days_run_from_the_first_to_the_last() -> None:
    target = parse_target("June 10-12, 2027")
    assert target is not None and (target.start, target.end) == (dt.date(2027, 6, 10), dt.date(2027, 6, 12))


@pytest.mark.parametrize("text", ["12-10 June 2027", "30-31 June 2027", "late", "mid-term review"])
def test_no_period_is_read_where_there_is_none(text: str) -> None:
    assert parse_target(text) is None


# Family: an event or step with its place and its days after a comma, in a page's "Next:" field, a list of
# upcoming events or a milestone list: the days are its target, the place stays in the item
PAGE_NEXT = """<html><head><title>HMC and OBC</title></head><body>
<h1>Harbour Metrology Council and Open Buoy Consortium</h1>
<p>HMC and OBC compare tide gauge results at joint plugfests.</p>
<p><strong>Next:</strong> first joint plugfest in Bergen, 9-11 March 2027.</p>
</body></html>
"""

EVENTS_MD = """# HMC / OBC joint work plan

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Milestones

- First joint plugfest in Bergen, 9-11 March 2027
"""

EVENTS_TXT = """HMC / OBC JOINT WORK PLAN

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

4. Milestones

   1) First joint plugfest in Bergen, March 9-11, 2027
"""

EVENTS = {"page.html": PAGE_NEXT, "plan.md": EVENTS_MD, "plan.txt": EVENTS_TXT}


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_an_event_s_days_after_its_place_are_its_target(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, EVENTS[name], name)
    days = "March 9-11, 2027" if name == "plan.txt" else "9-11 March 2027"
    assert pairs == {("first joint plugfest in bergen", days)}, pairs
