"""The day an addendum takes effect is no approval date (session 23, engineer E, named by engineer B on dev's
addenda): under an "Approval and effect" heading, "Approved by A on X and by B on Y. This addendum takes
effect on Z." gave Z as a third approval, since every date of an approval section was an approval. A
sentence of that section that gives its date another role (takes effect, enters into force, applies from)
keeps it to that role. Bodies, dates and sentences are invented; the expected dates were written before
the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ADDENDUM = """\
HMC / OBC Work Register - Addendum 1

Parties: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

1. Changes to the work items

- Joint glossary of tide gauge terms - target Q3 2027

2. {heading}

{statement}
"""
STATEMENTS = {
    "takes effect, same paragraph": (
        "Approved by the HMC Board on 2 June 2026 and by the OBC Technical Committee on 9 June 2026. "
        "This addendum takes effect on 15 June 2026."
    ),
    "enters into force, own line": (
        "Approved by the HMC Board on 2 June 2026 and by the OBC Technical Committee on 9 June 2026.\n"
        "The addendum enters into force on 15 June 2026."
    ),
    "applies from, after a semicolon-free ISO date": (
        "Approved by the HMC Board on 2026-06-02 and by the OBC Technical Committee on 2026-06-09. "
        "It applies from 2026-06-15."
    ),
}
HEADINGS = ("Approval and effect", "Approval")


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("layout", sorted(STATEMENTS))
def test_the_day_it_takes_effect_is_no_approval(tmp_path: Path, layout: str, heading: str) -> None:
    text = ADDENDUM.format(heading=heading, statement=STATEMENTS[layout])
    dates = {(d.role, d.value) for d in extracted(tmp_path, text, "addendum.txt").dates}
    assert ("approved", "2026-06-02") in dates, (layout, dates)
    assert ("approved", "2026-06-09") in dates, (layout, dates)
    assert ("effective", "2026-06-15") in dates, (layout, dates)
    assert ("approved", "2026-06-15") not in dates, (layout, dates)


def test_an_approval_section_s_dates_stay_approvals(tmp_path: Path) -> None:
    statement = (
        "Approved by the HMC Board on 2 June 2026.\nApproved by the OBC Technical Committee on 9 June 2026."
    )
    text = ADDENDUM.format(heading="Approval", statement=statement)
    dates = {(d.role, d.value) for d in extracted(tmp_path, text, "addendum.txt").dates}
    assert {("approved", "2026-06-02"), ("approved", "2026-06-09")} <= dates, dates
