"""An approval's date in a sentence that goes on to other dates (issue 12 point 9, session 23, engineer B,
dev's addenda): "Approved by the X Board on 2 June 2026 and by the Y Committee on 9 June 2026. This addendum
takes effect on 15 June 2026." gave every body the sentence's last date, the day the addendum takes
effect. A body's date is the first written after its name and before the next body's; a statement whose
only date stands before the body keeps it. The bodies, dates and sentences are invented; the expected
dates were written before the rule."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from support.work_items import extracted

ADDENDUM = """\
HMC / OBC Work Register - Addendum 1

Parties: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

1. Changes to the work items

- Joint glossary of tide gauge terms - target Q3 2027

2. Approval and effect

{statement}
"""
STATEMENTS = {
    "two bodies, then the day it takes effect": (
        "Approved by the HMC Board of Directors on 2 June 2026 and by the OBC Technical Committee on "
        "9 June 2026. This addendum takes effect on 15 June 2026."
    ),
    "one body, then the day it takes effect": (
        "Approved by the HMC Board of Directors on 2 June 2026; this addendum takes effect on 15 June 2026."
    ),
    "one body, then its publication": (
        "Approved by the HMC Board of Directors on 2 June 2026 and published on the member site on "
        "20 June 2026."
    ),
}


@pytest.mark.parametrize("layout", sorted(STATEMENTS))
def test_a_body_s_approval_is_dated_by_the_date_after_its_name(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, ADDENDUM.format(statement=STATEMENTS[layout]), "addendum.txt")
    dates = {a.body.label: a.date for a in record.approvals}
    assert dates.get("HMC Board of Directors") == datetime.date(2026, 6, 2), (layout, dates)
    assert not {datetime.date(2026, 6, 15), datetime.date(2026, 6, 20)} & set(dates.values()), (layout, dates)


def test_a_date_before_the_body_still_dates_it(tmp_path: Path) -> None:
    statement = "On 2 June 2026 this addendum was approved by the HMC Board of Directors."
    record = extracted(tmp_path, ADDENDUM.format(statement=statement), "addendum.txt")
    dates = {a.body.label: a.date for a in record.approvals}
    assert dates.get("HMC Board of Directors") == datetime.date(2026, 6, 2), dates
